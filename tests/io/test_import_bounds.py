"""Hostile and oversized spreadsheets, built here: a 5 KB .xlsx with one cell at XFD1048576
(it used to grow to 7.9 GB), a dimension tag that lies, a 1,048,576-row sheet (45 s and 3.7 GB
before), a zip that unpacks to far more than it weighs, hidden and very hidden sheets in front of
the visible one. Each stops at its cap with a message naming the cap, or reads the right sheet
and says which."""

import csv
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hostile_xlsx import HEADER, PRODUCT, SHEET_XML, import_in_child, rewrite, with_sheet_xml, workbook
from openpyxl import Workbook

from kokapp.core.datapack import bundled_datapack
from kokapp.io import sheet_reader
from kokapp.io.sheet_reader import MAX_COLUMNS, MAX_ROWS, MAX_UNZIPPED_BYTES
from kokapp.io.table_import import ImportFileError, import_table

PACK = bundled_datapack()


def test_one_cell_at_xfd1048576_is_named_not_inflated(tmp_path):
    """openpyxl's own row iteration padded every row to 16,384 cells down to row 1,048,576."""
    wb = workbook(HEADER, PRODUCT)
    wb.active["XFD1048576"] = "unutulmuş not"
    path = tmp_path / "ürünler.xlsx"
    wb.save(path)
    assert path.stat().st_size < 10_000
    with zipfile.ZipFile(path) as archive:
        assert b'<dimension ref="A1:XFD1048576"' in archive.read(SHEET_XML)
    result = import_table(path, PACK)
    assert [p.name for p in result.products] == ["Fren balatası"] and result.rows_read == 1
    [warning] = result.warnings
    assert (warning.kind, warning.value, warning.detail) == ("columns_cut", "XFD1048576", "SF")
    assert str(warning) == ("cell XFD1048576: Kök reads the first 500 columns (A to SF); "
                            "cells further right were not imported")


def test_a_market_column_past_the_column_cap_is_named(tmp_path):
    row = PRODUCT + [None] * (MAX_COLUMNS - len(PRODUCT)) + [500]   # column 501 = SG
    path = tmp_path / "geniş.xlsx"
    workbook(HEADER + [None] * (MAX_COLUMNS - len(HEADER)) + ["İtalya"], row).save(path)
    result = import_table(path, PACK)
    assert [(w.kind, w.value) for w in result.warnings] == [("columns_cut", "SG1")]
    assert result.market_columns == {"DE": "Almanya"} and len(result.products) == 1


def test_a_dimension_that_lies_large_is_not_trusted(tmp_path):
    """A1:XFD1048576 stated over a two-row table: only the cells present are read."""
    cells = "".join(f'<c r="{c}1" t="inlineStr"><is><t>{h}</t></is></c>' for c, h in zip("ABCDEF", HEADER))
    cells2 = '<c r="A2" t="inlineStr"><is><t>Fren</t></is></c>' + "".join(
        f'<c r="{c}2"><v>{v}</v></c>' for c, v in zip("BCDEF", PRODUCT[1:]))
    path = with_sheet_xml(tmp_path / "yalan.xlsx", f'<row r="1">{cells}</row><row r="2">{cells2}</row>',
                          "A1:XFD1048576")
    result = import_table(path, PACK)
    assert [p.name for p in result.products] == ["Fren"] and result.warnings == []


def test_a_dimension_that_lies_small_hides_nothing(tmp_path):
    """A1:A1 stated over a six-column table: read-only openpyxl would have read column A only."""
    path = tmp_path / "küçük.xlsx"
    workbook(HEADER, PRODUCT).save(path)
    rewrite(path, SHEET_XML, lambda xml: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:A1"', xml))
    result = import_table(path, PACK)
    assert result.volumes == {("Fren balatası", "DE"): 90000}


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory read from /proc (Linux)")
def test_a_million_rows_stop_at_the_row_cap(tmp_path):
    """1,048,576 rows (every row Excel has), small enough unpacked to pass the size cap: reading
    stops after 10,000 rows of products with a message naming the cap."""
    header = "<row>" + "".join(f'<c t="inlineStr"><is><t>{h}</t></is></c>' for h in HEADER) + "</row>"
    rows = header + "<row><c><v>1</v></c></row>" * (1_048_576 - 1)
    path = with_sheet_xml(tmp_path / "milyon.xlsx", rows, "A1:F1048576")
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo(SHEET_XML).file_size < MAX_UNZIPPED_BYTES
    message, peak_mb = import_in_child(path)
    assert message == ("has more than 10,000 rows of products: Kök imports at most 10,000 at a time "
                       "(split the table)")
    assert peak_mb < 300          # 3.7 GB before (about 50 MB now)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory read from /proc (Linux)")
def test_a_million_full_rows_stop_at_the_unpacked_size_cap(tmp_path):
    cells = "".join(f"<c><v>{v}</v></c>" for v in (1, 870830, 18.5, 1.2, 0.0018, 90000))
    header = "<row>" + "".join(f'<c t="inlineStr"><is><t>{h}</t></is></c>' for h in HEADER) + "</row>"
    path = with_sheet_xml(tmp_path / "milyon.xlsx", header + f"<row>{cells}</row>" * (1_048_576 - 1), "A1:F1048576")
    message, peak_mb = import_in_child(path)
    assert message == "unpacks to more than 50 MB: too large to import (save the product table alone in a new file)"
    assert peak_mb < 300


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path, monkeypatch):
    """60 MB of spaces inside the sheet weigh a few kB zipped; openpyxl is never called."""
    path = tmp_path / "bomba.xlsx"
    workbook(HEADER, PRODUCT).save(path)
    rewrite(path, SHEET_XML, lambda xml: xml.replace(b"<sheetData>", b"<sheetData>" + b" " * 60_000_000))
    assert path.stat().st_size < 200_000
    import openpyxl
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: pytest.fail("openpyxl was asked to read it"))
    with pytest.raises(ImportFileError) as caught:
        import_table(path, PACK)
    assert caught.value.message.startswith("unpacks to more than 50 MB")


def write_csv(path: Path, rows) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    return path


def test_csv_rows_cap(tmp_path):
    rows = [HEADER] + [[f"Ürün {i}", "870830", "1", "1", "0,01", "5"] for i in range(MAX_ROWS)]
    result = import_table(write_csv(tmp_path / "tam.csv", rows), PACK)
    assert len(result.products) == MAX_ROWS                         # the cap itself is imported
    rows.append(["Bir fazla", "870830", "1", "1", "0,01", "5"])
    with pytest.raises(ImportFileError, match="more than 10,000 rows of products"):
        import_table(write_csv(tmp_path / "fazla.csv", rows), PACK)


def test_blank_rows_do_not_count_and_keep_their_numbers(tmp_path):
    rows = [[], [], HEADER] + [[]] * 20_000 + [["Jant", "870870", "40", "9", "0,05", "x"]]
    result = import_table(write_csv(tmp_path / "boşluklu.csv", rows), PACK)
    assert [(i.row, i.field, i.cell) for i in result.issues] == [(20_004, "DE", "F20004")]


def test_csv_columns_cap_and_a_line_of_a_million_cells(tmp_path):
    wide = [HEADER + [""] * (MAX_COLUMNS - len(HEADER)) + ["not"], PRODUCT[:1] + ["870830", "1", "1", "0,01", "5"]]
    result = import_table(write_csv(tmp_path / "geniş.csv", wide), PACK)
    assert [(w.kind, w.value) for w in result.warnings] == [("columns_cut", "SG1")] and len(result.products) == 1
    (tmp_path / "satır.csv").write_text(";".join(HEADER) + "\n" + ";" * 2_000_000 + "\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        import_table(tmp_path / "satır.csv", PACK)
    assert caught.value.message == "has a line longer than 1,000,000 characters: not a table Kök can import"


def sheets(tmp_path, states, active=None, empty=()) -> Path:
    """A workbook with one sheet per state ('visible', 'hidden', 'veryHidden'), each holding a
    product named after its sheet (none in ``empty``)."""
    wb = Workbook()
    wb.remove(wb.active)
    for i, state in enumerate(states):
        ws = wb.create_sheet(f"Sayfa{i + 1}")
        if i not in empty:
            ws.append(HEADER)
            ws.append([f"Ürün {ws.title}"] + PRODUCT[1:])
        ws.sheet_state = state
    if active is not None:
        wb.active = active
    path = tmp_path / "sayfalar.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_hidden_first_sheet_is_not_read(tmp_path, state):
    result = import_table(sheets(tmp_path, [state, "visible"], active=1), PACK)
    assert result.sheet == "Sayfa2" and [p.name for p in result.products] == ["Ürün Sayfa2"]
    assert result.warnings == [] and result.other_sheets == []


def test_the_active_sheet_is_read_and_the_others_named(tmp_path):
    result = import_table(sheets(tmp_path, ["visible", "hidden", "visible"], active=2), PACK)
    assert result.sheet == "Sayfa3" and [p.name for p in result.products] == ["Ürün Sayfa3"]
    assert result.other_sheets == ["Sayfa1"]
    [warning] = result.warnings
    assert str(warning) == "sheet 'Sayfa3' was read; other sheets with data were not: Sayfa1"


def test_a_hidden_active_sheet_gives_way_to_the_first_visible(tmp_path):
    path = sheets(tmp_path, ["visible", "visible", "visible"], active=1)
    hide = (b'<sheet name="Sayfa2" sheetId="2" state="visible"', b'<sheet name="Sayfa2" sheetId="2" state="hidden"')
    rewrite(path, "xl/workbook.xml", lambda xml: xml.replace(*hide) if hide[0] in xml else pytest.fail("no sheet 2"))
    with zipfile.ZipFile(path) as archive:
        assert b'activeTab="1"' in archive.read("xl/workbook.xml")       # the active sheet is the hidden one
    result = import_table(path, PACK)
    assert result.sheet == "Sayfa1" and result.other_sheets == ["Sayfa3"]


def test_an_empty_active_sheet_gives_way_to_a_visible_one_with_data(tmp_path):
    result = import_table(sheets(tmp_path, ["visible", "visible"], active=0, empty=(0,)), PACK)
    assert result.sheet == "Sayfa2" and result.other_sheets == [] and result.warnings == []


def test_only_hidden_sheets_hold_data(tmp_path):
    with pytest.raises(ImportFileError, match="is empty"):
        import_table(sheets(tmp_path, ["veryHidden", "visible"], active=1, empty=(1,)), PACK)


def test_cli_says_which_sheet_it_read(tmp_path):
    path = sheets(tmp_path, ["hidden", "visible", "visible"], active=1)
    target = tmp_path / "proje.kok"
    done = subprocess.run([sys.executable, "-m", "kokapp", "import", str(path), "-o", str(target), "--json"],
                          capture_output=True, text=True, timeout=120)
    report = json.loads(done.stdout)
    assert (report["sheet"], report["other_sheets"]) == ("Sayfa2", ["Sayfa3"])
    assert report["warnings"][0]["kind"] == "other_sheets"
    text = subprocess.run([sys.executable, "-m", "kokapp", "import", str(path), "-o", str(target)],
                          capture_output=True, text=True, timeout=120).stdout
    assert f"{path} (sheet 'Sayfa2'): 1 row(s) read" in text
    assert "  ⚠ sheet 'Sayfa2' was read; other sheets with data were not: Sayfa3" in text


def test_the_file_is_opened_once_and_parsed_from_the_bytes_read(tmp_path, monkeypatch):
    """The bounded read is what openpyxl parses: the path is not opened again (a file swapped
    for a FIFO or /dev/zero after the check would otherwise be read unbounded)."""
    path = tmp_path / "bir.xlsx"
    workbook(HEADER, PRODUCT).save(path)
    real_read = sheet_reader.read_regular_file

    def read_then_remove(target, limit):
        raw = real_read(target, limit)
        Path(target).unlink()
        return raw

    monkeypatch.setattr(sheet_reader, "read_regular_file", read_then_remove)
    assert import_table(path, PACK).volumes == {("Fren balatası", "DE"): 90000}
    assert not path.exists()
