"""A study too large to show lane by lane: the report shows some locations whole and says so; a
study too large to compare in full is gathered live, with the same figures; set-ups already
worked out are not worked out again; a duty nobody can cite never breaks the report."""

from dataclasses import replace

import pytest
from openpyxl import load_workbook

from kokapp.core import engine as engine_module
from kokapp.core import money as money_module
from kokapp.core.datapack import bundled_datapack
from kokapp.core.engine import Engine
from kokapp.core.errors import Cancelled
from kokapp.core.live import _Snapshot
from kokapp.io.project_file import load_project
from kokapp.paths import demo_project
from kokapp.report import detail as detail_module
from kokapp.report import data as data_module
from kokapp.report.data import gather
from kokapp.report.detail import detail_of
from kokapp.report.writer import write_report

RANKED = ["RS-BEG", "MA-TNG", "TR-BUR", "EG-ALY", "GE-TBS"]


def test_every_location_while_their_lanes_fit():
    d = detail_of(RANKED, "TR-BUR", ["EG-ALY"], markets=4, products=5, budget=100)
    assert d.whole and d.locations == tuple(RANKED) and d.lane_rows == d.total_lane_rows == 100


def test_over_the_budget_the_baseline_the_named_then_the_best_ranked_in_ranking_order():
    # 20 rows a location, 70 rows of room: three whole locations; the baseline and the location the
    # verdict names first, then the best-ranked other, shown in ranking order
    d = detail_of(RANKED, "TR-BUR", ["EG-ALY"], markets=4, products=5, budget=70)
    assert d.locations == ("RS-BEG", "TR-BUR", "EG-ALY")
    assert not d.whole and (d.lane_rows, d.total_lane_rows, d.total_locations) == (60, 100, 5)
    assert d.keeps("EG-ALY") and not d.keeps("MA-TNG")


def test_the_baseline_and_every_named_location_even_over_the_budget():
    d = detail_of(RANKED, "TR-BUR", ["GE-TBS", "RS-BEG", "GE-TBS", "XX-NOT"], markets=4, products=5, budget=10)
    assert d.locations == ("RS-BEG", "TR-BUR", "GE-TBS") and d.lane_rows == 60


@pytest.fixture(scope="module")
def small_budget_books(tmp_path_factory):
    """The demo report with room for three locations' lanes (the demo has 5 markets x 3 products)."""
    pack = bundled_datapack()
    data = gather(pack, load_project(demo_project()))
    per_location = len(data.project.markets) * len(data.project.products)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(detail_module, "LANE_DETAIL_ROWS", 3 * per_location)
        folder = tmp_path_factory.mktemp("Büyük çalışma")
        paths = {lang: write_report(data, folder / f"rapor {lang}.xlsx", lang) for lang in ("en", "tr")}
    return data, {lang: load_workbook(path) for lang, path in paths.items()}


def test_the_detail_sheets_show_the_chosen_locations_and_say_so(small_budget_books):
    data, books = small_budget_books
    detail = data.detail
    assert not detail.whole and len(detail.locations) == 3
    named = {data.project.origin_site, data.leader, data.comparison.ranked_locations[0], data.money.costs.best}
    assert named <= set(detail.locations)            # every location the Summary's sentences name
    ws = books["en"]["Locations"]
    note = ws.cell(1, 1).value
    assert note.startswith(f"This study has {detail.total_lane_rows:,} location × market × product rows")
    assert "shows 3 of the locations, in ranking order: " in note
    assert ws.cell(2, 1).value == "Location" and ws.freeze_panes == "D3"
    assert ws.auto_filter.ref.startswith("A2:") and ws.print_title_rows == "$2:$2"
    shown = [ws.cell(r, 1).value for r in range(3, ws.max_row + 1)]
    assert len(shown) == detail.lane_rows
    names = list(dict.fromkeys(shown))                # in ranking order, whole
    assert len(names) == 3 and all(shown.count(n) == detail.lane_rows // 3 for n in names)
    assert all(n.split(" (")[0] in note for n in names)
    access = books["en"]["Market access"]
    assert access.cell(1, 1).value == note and access.print_title_rows == "$4:$4" and access.cell(4, 1).value == "Location"
    rows = [access.cell(r, 1).value for r in range(1, access.max_row + 1)]
    assert sum(1 for v in rows if v in names) == 3 * len(data.project.products)
    routes = books["en"]["Routes"]
    assert routes.auto_filter.ref.startswith("A2:") and routes.freeze_panes == "C3"
    assert routes.cell(1, 1).value == note and {routes.cell(r, 1).value for r in range(3, routes.max_row + 1)
                                                if routes.cell(r, 2).value} == set(names)
    # the Summary still ranks every location
    summary = books["en"]["Summary"]
    ranks = [summary.cell(r, 1).value for r in range(1, summary.max_row + 1)]
    assert max(v for v in ranks if isinstance(v, int)) == len(data.project.locations)
    assert books["tr"]["Lokasyonlar"].cell(1, 1).value.startswith("Bu çalışmada ")


def test_a_study_too_large_to_compare_in_full_is_reported_from_a_live_ranking(monkeypatch, tmp_path):
    """Above FULL_COMPARE_ROWS the report is gathered live, with the full comparison's figures,
    and its progress runs from the first step to the last."""
    pack, project = bundled_datapack(), load_project(demo_project())
    engine = Engine(pack)
    full = gather(pack, project, engine)
    # room for the two locations a feasibility model compares, not for the study
    monkeypatch.setattr(engine_module, "FULL_COMPARE_ROWS", 2 * len(project.markets) * len(project.products))
    steps = []
    live = gather(pack, project, engine, progress=lambda done, total: steps.append((done, total)))
    assert isinstance(live.comparison.source, _Snapshot) and not live.comparison.lane_columns   # nothing held
    assert live.comparison.ranked_locations == full.comparison.ranked_locations
    for name in ("logistics_cost", "duty_cost", "duty_free_share"):
        assert live.comparison.criteria[name].to_list() == pytest.approx(full.comparison.criteria[name].to_list())
    assert live.leader == full.leader and live.money.costs.best == full.money.costs.best
    assert [(r.location, r.best_setup) for r in live.money.rows] == [(r.location, r.best_setup) for r in full.money.rows]
    assert [r.landed_eur for r in live.money.rows] == pytest.approx([r.landed_eur for r in full.money.rows], nan_ok=True)
    total = steps[0][1]
    assert [d for d, _ in steps] == list(range(1, total + 1)) and {t for _, t in steps} == {total}
    assert total == len(project.products) + 1 + 1 + len(project.candidates) + 2
    path = write_report(live, tmp_path / "canlı.xlsx", "en")
    ws = load_workbook(path)["Locations"]
    assert ws.max_row - 1 == len(project.locations) * len(project.markets) * len(project.products)


def test_set_ups_already_worked_out_are_taken_as_they_are_and_a_stop_stops(monkeypatch):
    pack, project = bundled_datapack(), load_project(demo_project())
    engine = Engine(pack)
    known = {loc: money_module.setup_economics(engine, project, loc) for loc in project.candidates[1:]}
    asked = []
    real = money_module.setup_economics
    monkeypatch.setattr(data_module, "setup_economics", lambda e, p, loc: asked.append(loc) or real(e, p, loc))
    data = gather(pack, project, engine, economics=known)
    assert asked == [project.candidates[0]]
    assert {r.location: r.best_setup for r in data.money.rows if r.location in known} == \
           {loc: found for loc, (found, _) in known.items()}

    def stop(done, total):
        if done == 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        gather(pack, project, engine, progress=stop)


def test_a_long_list_of_locations_is_cut_short_in_the_note(small_budget_books, monkeypatch):
    from kokapp.report import wording
    from kokapp.report.wording import Names, detail_sentence

    data, _ = small_budget_books
    monkeypatch.setattr(wording, "DETAIL_NAMES", 2)
    note = detail_sentence(data, Names(data, "en"), "en")
    listed = note.split("in ranking order: ")[1].split(". They are")[0]
    assert len(data.detail.locations) == 3 and listed.count(", ") == 2 and listed.endswith(", and 1 more")


def test_the_written_workbooks_cells_are_freed_at_once_not_left_to_the_cycle_collector(tmp_path):
    """Each cell knows its sheet and its sheet its cells: left as they were, a large report's cells
    (760,000 at 10x) stayed in memory until the next full collection. write_report lets go of them;
    the few sheet and style objects left in cycles are for the collector."""
    import gc

    pack, project = bundled_datapack(), load_project(demo_project())
    data = gather(pack, project)
    cells = sum(ws.max_row * ws.max_column for ws in load_workbook(write_report(data, tmp_path / "a.xlsx", "en")))
    gc.collect()
    gc.disable()
    try:
        before = len(gc.get_objects())
        write_report(data, tmp_path / "bellek.xlsx", "en")
        left = len(gc.get_objects()) - before
    finally:
        gc.enable()
    assert cells > 5_000 and left < cells / 2          # without letting go: 18,000 left, with: 2,800


def test_a_duty_nobody_can_cite_on_the_hubs_lanes_never_breaks_the_report(tmp_path):
    """Armenia has no citable MFN tariff: the hub's yearly cost is unknown, so the set-ups at the
    leading location cannot be evaluated. The report says why instead of failing, and writes no
    "nan" where a cost difference would be."""
    demo = load_project(demo_project())
    project = replace(demo, markets=[*demo.markets, "AM"],
                      volumes=demo.volumes | {(p.name, "AM"): 100.0 for p in demo.products})
    data = gather(bundled_datapack(), project)
    assert data.feasibility == [] and {kind for kind, _ in data.feasibility_errors} >= {"logistics_hub"}
    assert all(exc.field == "duty" for _, exc in data.feasibility_errors)
    for lang, words in (("en", "cannot be set against exporting from"), ("tr", "karşılaştırılamıyor")):
        wb = load_workbook(write_report(data, tmp_path / f"ermenistan {lang}.xlsx", lang))
        texts = [str(c.value) for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
        assert any(words in t for t in texts)
        assert not any("nan" in t.lower().replace(",", " ").split() or "nan €" in t for t in texts)


def test_formula_values_are_filled_in_a_piece_at_a_time_with_the_same_result(monkeypatch):
    """The sheet streams through in pieces cut after a row's end, Turkish letters (two bytes each)
    included, with the same result as one pass over the whole."""
    import io

    from kokapp.report import writer

    rows = "".join(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Çağrı Şişli {r}</t></is></c>'
                   f'<c r="B{r}"><f>A{r}*2</f><v></v></c></row>' for r in range(1, 400))
    part = f'<worksheet><sheetData>{rows}</sheetData></worksheet>'.encode("utf-8")
    cached = {f"B{r}": 2.0 * r for r in range(1, 400)}
    whole = writer._filled(part, cached)
    monkeypatch.setattr(writer, "PIECE", 500)
    pieces = list(writer._pieces(io.BytesIO(part)))
    assert len(pieces) > 20 and b"".join(pieces) == part
    assert all(p.endswith(b"</row>") for p in pieces[:-1]) and pieces[-1].endswith(b"</worksheet>")
    assert b"".join(writer._filled(p, cached) for p in pieces) == whole
    assert whole.count(b"<v>798.0</v>") == 1 and whole.count(b"<v>") == 399 and "Çağrı Şişli 7" in whole.decode()
