"""The Excel summary read back: sheets, key values against the core, formats, charts, safety."""

import os
import re
import shutil
import statistics
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kokapp.core.engine import Engine
from kokapp.report.cells import EUR, EUR2, PCT
from kokapp.report.data import gather
from kokapp.report.texts import TEXTS
from kokapp.report.writer import ReportError, build_workbook, write_report


def test_every_text_has_both_languages():
    assert all(en and tr for en, tr in TEXTS.values())
    assert all(len(TEXTS[k][i]) <= 31 for k in TEXTS if k.startswith("sheet_") for i in (0, 1))


def test_sheets_in_each_language(books):
    wb = books[0]
    assert wb["tr"].sheetnames == ["Özet", "Lokasyonlar", "Güzergâhlar", "Pazara erişim", "Menşe", "Fizibilite", "Varsayımlar", "Veri durumu",
                                  "Kaynaklar"]
    assert wb["en"].sheetnames == ["Summary", "Locations", "Routes", "Market access", "Origin", "Feasibility", "Assumptions", "Data availability",
                                  "Sources"]


def test_summary_matches_the_core(books, data):
    ws = books[0]["en"]["Summary"]
    rows = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1) if isinstance(ws.cell(r, 1).value, int)}
    c = data.comparison
    for rank in c.ranking.itertuples():
        r = rows[rank.rank]
        assert ws.cell(r, 3).value == pytest.approx(rank.score)
        assert (ws.cell(r, 4).value or "") == ("✗" if rank.excluded else "")
        assert ws.cell(r, 5).value == pytest.approx(c.criteria.loc[rank.location, "logistics_cost"])
        assert ws.cell(r, 5).number_format == EUR
        assert ws.cell(r, 7).value == f"=E{r}+F{r}"          # a formula a reader can follow
    date_row = [ws.cell(r, 1).value for r in range(1, 10)].index("Date") + 1
    assert ws.cell(date_row, 2).is_date and ws.cell(date_row, 2).number_format == "yyyy-mm-dd"
    assert len(ws._charts) == 1
    sentences = " ".join(str(ws.cell(r, 1).value) for r in range(10, 20))
    leader = str(ws.cell(rows[1], 2).value)              # the recommendation names the ranking's first
    assert leader.split(" (")[0] in sentences and ("ranks first" in sentences or "Best set-up" in sentences)
    title = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Recommendation")
    # money first: the verdict opens the recommendation (the demo: Tangier would save most if the
    # goods were made there, but no set-up there pays back)
    assert ws.cell(title + 1, 1).value.startswith("Keep exporting from Bursa (Türkiye): Tangier (Tanger Med) (Morocco)")


def test_summary_money_table_matches_the_core_and_comes_before_the_scores(books, data):
    ws = books[0]["en"]["Summary"]
    labels = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1)]
    money = labels.index("Money: yearly landed cost and the best set-up") + 1
    ranking = next(r for r, v in enumerate(labels, start=1) if str(v).startswith("Ranking: your weighting"))
    assert money < ranking
    header = money + 2
    assert [ws.cell(header, c).value for c in (2, 5, 6, 8, 9)] == [
        "Location", "Landed €/year", "vs. exporting from Türkiye", "Best set-up", "NPV €"]
    view = data.money
    for i, r in enumerate(view.rows, start=header + 1):
        assert ws.cell(i, 5).value == pytest.approx(r.landed_eur)
        if r.location == view.baseline:
            assert ws.cell(i, 6).value is None
            continue
        assert ws.cell(i, 6).value == pytest.approx(r.delta_eur)
        assert ws.cell(i, 7).value == pytest.approx(r.delta_pct)
        if r.best_setup is None:
            assert ws.cell(i, 8).value == "not evaluated"
        else:
            assert ws.cell(i, 9).value == pytest.approx(r.best_setup.npv_eur)
    notes = " ".join(str(v) for v in labels[header + len(view.rows):ranking])
    assert "Tbilisi (Georgia): not evaluated — no statutory minimum wage for Georgia" in notes


def test_locations_rows_formulas_and_formats(books, data):
    ws = books[0]["en"]["Locations"]
    assert ws.max_row - 1 == len(data.comparison.lanes)
    assert ws.freeze_panes == "D2" and ws.auto_filter.ref.startswith("A1:")
    assert ws["Q2"].value == "=O2*P2" and ws["L2"].number_format == PCT and ws["O2"].number_format == EUR2
    total = sum(ws.cell(r, 15).value * ws.cell(r, 16).value for r in range(2, ws.max_row + 1))
    assert total == pytest.approx(data.comparison.lanes["annual_landed"].sum(), rel=1e-9)


def test_formula_values_are_cached_for_programs_that_do_not_recalculate(books):
    path = books[1]["en"]
    values = load_workbook(path, data_only=True)["Locations"]
    formulas = books[0]["en"]["Locations"]
    for r in range(2, 12):
        assert values.cell(r, 17).value == pytest.approx(formulas.cell(r, 15).value * formulas.cell(r, 16).value)


def test_feasibility_sheet(books, data):
    ws = books[0]["en"]["Feasibility"]
    best = data.best_feasibility
    assert best is not None and len(ws._charts) == 2
    labels = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1)]
    npv_row = labels.index("NPV €", labels.index("Discount rate")) + 1
    cached = load_workbook(books[1]["en"], data_only=True)["Feasibility"].cell(npv_row, 2).value
    assert cached == pytest.approx(best.base.npv_eur, rel=1e-9)
    assert ws.cell(npv_row, 2).value.startswith("=N") and "NPV(" in ws.cell(npv_row, 2).value   # N: cash flow
    header = labels.index("Year")
    assert ws.cell(header + 1, 13).value == "State support €"
    for r in range(header + 3, npv_row - 3):                                 # cash flow = operating - tax + support
        assert ws.cell(r, 14).value == f"=J{r}-L{r}+M{r}"


def test_assumptions_and_sources(books, data):
    ws = books[0]["tr"]["Varsayımlar"]
    texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert "Karayolu navlunu: km başına ücret (komple TIR)" in texts   # the demo's own figure, in words
    assert not any(t.startswith("freight/") for t in texts) and "sevkiyat başına EUR" in texts
    assert any("Kök varsayımı" in t for t in texts)
    assert "TRY" in texts and "USD" in texts
    sources = books[0]["tr"]["Kaynaklar"]
    organisations = {sources.cell(r, 2).value for r in range(4, sources.max_row + 1)}
    assert "World Bank" in organisations



def test_weights_table_heads_its_share_column_share(books):
    """The weights table's third column is each weight's share of their sum: "Pay" / "Share" (a
    second "share" key in texts.py once made it read "Fiyattaki payı", the Origin sheet's words)."""
    for lang, sheet, heads in (("tr", "Varsayımlar", ["Kriter", "Ağırlık", "Pay"]),
                               ("en", "Assumptions", ["Criterion", "Weight", "Share"])):
        ws = books[0][lang][sheet]
        row = next(r for r in range(1, 20) if ws.cell(r, 1).value == heads[0])
        assert [ws.cell(row, c).value for c in (1, 2, 3)] == heads
        shares = [ws.cell(r, 3).value for r in range(row + 1, row + 9) if isinstance(ws.cell(r, 3).value, float)]
        assert shares and abs(sum(shares) - 1.0) < 1e-9


@pytest.mark.parametrize("module", ["texts", "texts_availability", "texts_money", "texts_origin", "texts_routes"])
def test_no_report_word_is_defined_twice(module):
    """A dict literal keeps the last of two equal keys without a word: read the source instead."""
    import ast
    import importlib
    source = Path(importlib.import_module(f"kokapp.report.{module}").__file__).read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
            assert sorted(k for k in set(keys) if keys.count(k) > 1) == []

def test_user_text_never_becomes_a_formula(data, tmp_path):
    evil = ["=cmd|' /C calc'!A0", "+SUM(1,2)", "-2+3", "@HYPERLINK(\"x\")", "\tTab", "\rCR"]
    overrides = [replace(data.project.overrides[0], note=evil[5])]
    project = replace(data.project, company=evil[0], overrides=overrides,
                      products=[replace(p, name=name) for p, name in zip(data.project.products, evil[1:])],
                      volumes={(evil[1:][[p.name for p in data.project.products].index(k[0])], k[1]): v
                               for k, v in data.project.volumes.items()})
    report = gather(data.pack, project, Engine(data.pack))
    wb = load_workbook(write_report(report, tmp_path / "evil.xlsx", "en"))
    # XML turns a bare carriage return into a line feed; everything else arrives unchanged
    expected = {e.replace("\r", "\n") for e in evil}
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value in expected]
    assert {c.value for c in cells} == expected
    assert all(c.data_type == "s" for c in cells)               # and as text, never a formula


def test_locked_target_is_refused_and_left_alone(data, tmp_path):
    target = tmp_path / "açık.xlsx"
    target.write_bytes(b"previous")
    (tmp_path / "~$açık.xlsx").write_bytes(b"")          # Excel's lock file
    with pytest.raises(ReportError) as caught:
        write_report(data, target, "tr")
    assert caught.value.reason == "locked" and target.read_bytes() == b"previous"


def test_read_only_target(data, tmp_path, monkeypatch):
    target = tmp_path / "salt okunur.xlsx"
    target.write_bytes(b"previous")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(target) else real_access(p, mode))
    with pytest.raises(ReportError) as caught:
        write_report(data, target, "en")
    assert caught.value.reason == "read_only" and target.read_bytes() == b"previous"
    with pytest.raises(ReportError) as caught:                 # a folder nobody can write into
        write_report(data, "/sys/kok-report.xlsx", "en")
    assert caught.value.reason == "read_only"


def test_failure_never_leaves_a_half_written_file(data, tmp_path, monkeypatch):
    target = tmp_path / "rapor.xlsx"
    target.write_bytes(b"previous")
    from openpyxl.writer.excel import ExcelWriter

    def broken_save(self):          # the disk fills up halfway through the package
        self._archive.writestr("[Content_Types].xml", b"<Types/>")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ExcelWriter, "save", broken_save)
    with pytest.raises(ReportError):
        write_report(data, target, "en")
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapor.xlsx"]



def test_progress_counts_every_sheet_and_then_the_file(data, tmp_path):
    """Each sheet is a step and the saved file the last one, reported before the target is
    replaced: a stop at that last step leaves the previous file as it was."""
    from kokapp.report.writer import SHEETS, STEPS
    steps = []
    write_report(data, tmp_path / "rapor.xlsx", "tr", progress=lambda done, total: steps.append((done, total)))
    assert steps == [(done, STEPS) for done in range(1, len(SHEETS) + 2)] and STEPS == len(SHEETS) + 1

    class Stop(Exception):
        pass

    def stop_at_the_file(done, total):
        if done == total:
            raise Stop
    target = tmp_path / "eski.xlsx"
    target.write_bytes(b"previous")
    with pytest.raises(Stop):
        write_report(data, target, "en", progress=stop_at_the_file)
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["eski.xlsx", "rapor.xlsx"]

def test_unknown_language(data):
    with pytest.raises(ValueError):
        build_workbook(data, "de")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_renders_the_demo_workbook(books, tmp_path):
    source = books[1]["tr"]
    result = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                             "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                            capture_output=True, text=True, timeout=240)
    pdf = tmp_path / (source.stem + ".pdf")
    assert pdf.exists() and pdf.stat().st_size > 20_000, result.stderr
    if shutil.which("pdftotext"):
        text_out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Kök fizibilite özeti" in text_out and "Öneri" in text_out
        assert "Sayfa 1 / " in text_out                          # the footer
        check_printed_pages(pdf)
        # the routes print one page wide: every page of the sheet shows its last column's header
        routes = [page for page in text_out.split("\f") if "Güzergâhlar" in page.splitlines()]
        assert routes and all("Teyit edilecek" in page and "Lokasyon" in page for page in routes)


def check_printed_pages(pdf):
    """Every page A4, the narrow access matrix upright and the rest landscape, a sane number of
    pages, and text on every page no smaller than half its size on a full-size page (the old
    layout printed the lane table at 47 %, with 4-5 pt text)."""
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True, text=True).stdout
        sizes = [tuple(round(float(v)) for v in line.split()[3:6:2]) for line in info.splitlines()
                 if re.match(r"Page\s+\d+ size:", line)]
        assert 10 <= len(sizes) <= 45, len(sizes)      # 41 for the demo: the country and free-zone tables, 130 sources
        assert set(sizes) <= {(842, 595), (595, 842)}, set(sizes)            # A4 only
        assert sizes.count((595, 842)) >= 1 and sizes.count((842, 595)) >= 6
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True).stdout
    medians = [statistics.median(float(y1) - float(y0) for y0, y1 in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', page))
               for page in boxes.split("<page ")[1:]]
    assert medians and min(medians) >= 0.5 * max(medians), medians
    assert min(medians) >= 6.5, medians                                      # points: word boxes of ≥ 5-pt text


def test_halted_trade_is_marked_in_the_report(data, tmp_path):
    """Adding Israel as a market: goods from Bursa are marked × (trade halted), Belgrade's are not."""
    project = replace(data.project, markets=data.project.markets + ["IL"],
                      volumes=data.project.volumes | {(data.project.products[0].name, "IL"): 1000.0})
    report = gather(data.pack, project, Engine(data.pack))
    wb = load_workbook(write_report(report, tmp_path / "il.xlsx", "en"))
    ws = wb["Market access"]
    header = [c.value for c in ws[2]]
    rows = {ws.cell(r, 1).value: r for r in range(3, 3 + len(project.locations))}
    column = header.index("Israel") + 1
    assert ws.cell(rows["Bursa (Türkiye)"], column).value == "×"
    assert ws.cell(rows["Belgrade (Serbia)"], column).value != "×"
    reasons = {ws.cell(r, 13).value for ws in [wb["Locations"]] for r in range(2, ws.max_row + 1)}
    assert "trade halted: cannot be sold there (agreement suspended)" in reasons


def test_cells_given_the_same_styles_read_back_alike_and_a_restyled_cell_keeps_its_own():
    """Styles are handed from cell to cell within a workbook (cells._style): each cell still
    reads back exactly what it was given, on top of what it already had."""
    from openpyxl import Workbook
    from kokapp.report.cells import BOLD, HEADER_FILL, WRAP, put, put_text
    wb = Workbook()
    ws = wb.active
    for row in (1, 2):
        put(ws, row, 1, 1234.5, EUR, font=BOLD)
    put_text(ws, 3, 1, "başlık", font=BOLD, fill=HEADER_FILL)
    put(ws, 3, 1, 7.0, PCT)                            # the same cell again: a number format on top
    put_text(ws, 4, 1, "kısa", alignment=WRAP)
    for row in (1, 2):
        assert ws.cell(row, 1).font.b and ws.cell(row, 1).number_format == EUR and ws.cell(row, 1).fill.fgColor.rgb != HEADER_FILL.fgColor.rgb
    third = ws.cell(3, 1)
    assert third.font.b and third.fill.fgColor.rgb == HEADER_FILL.fgColor.rgb and third.number_format == PCT
    assert ws.cell(4, 1).number_format == "General" and not ws.cell(4, 1).font.b
    assert ws.cell(1, 1).style_id == ws.cell(2, 1).style_id != third.style_id


def test_a_stop_while_formula_values_are_filled_leaves_nothing_behind(data, tmp_path, monkeypatch):
    """Stopped in the pass that fills formula values and compresses the package: the target is as
    it was and neither the temporary workbook nor the half-written patch stays in the folder."""
    from kokapp.core.errors import Cancelled
    from kokapp.core.yielding import yielding
    from kokapp.report import writer

    target = tmp_path / "rapor.xlsx"
    target.write_bytes(b"previous")
    saved = []
    save = writer._save
    monkeypatch.setattr(writer, "_save", lambda wb, path: (save(wb, path), saved.append(path)))

    def hook(_holding):
        if saved:
            raise Cancelled()
    with yielding(hook), pytest.raises(Cancelled):
        write_report(data, target, "tr")
    assert saved and target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapor.xlsx"]


def test_nothing_can_be_stopped_once_the_target_is_replaced(data, tmp_path):
    """The file is the last step: after it no checkpoint comes that a Cancel could turn into
    "not written" while the new workbook is already in place."""
    from kokapp.core.yielding import yielding
    from kokapp.report.writer import STEPS

    last = []
    after = []
    with yielding(lambda _holding: last and after.append(True)):
        write_report(data, tmp_path / "rapor.xlsx", "en",
                     progress=lambda done, total: done == STEPS and last.append(done))
    assert last == [STEPS] and after == []


def test_a_stop_while_the_workbook_is_let_go_still_frees_all_of_it(data):
    """Its cells are let go in chunks with a checkpoint between; a stop there is raised after the
    last chunk, so no half-freed workbook stays in memory."""
    from kokapp.core.errors import Cancelled
    from kokapp.core.yielding import yielding
    from kokapp.report import writer

    wb = build_workbook(data, "en")
    assert sum(len(ws._cells) for ws in wb.worksheets) > 5000          # more than one chunk

    def stop(_holding):
        raise Cancelled()
    with yielding(stop), pytest.raises(Cancelled):
        writer._let_go(wb)
    assert wb.worksheets == []
