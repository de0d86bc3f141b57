"""The Routes sheet, the route scenario in the summary and assumptions, and the route datasets on
the Sources sheet, read back from written workbooks and checked against the core."""

from dataclasses import replace

import pytest
from openpyxl import load_workbook

from kokapp.core.engine import Engine
from kokapp.core.lane_legs import RouteSummary
from kokapp.core.routes import RouteLeg, RouteScenario
from kokapp.report.data import gather
from kokapp.report.route_wording import links_words, reason_words, route_words, unlisted_words, warnings_words
from kokapp.report.sheets_routes import COLUMNS, MODE_ORDER
from kokapp.report.texts import text
from kokapp.report.wording import Names
from kokapp.report.writer import build_workbook, write_report

SHEET = {"en": "Routes", "tr": "Güzergâhlar"}
REGIMES = {"en": {"no customs border", "common transit (NCTS)", "TIR carnet"},
           "tr": {"gümrük sınırı yok", "ortak transit (NCTS)", "TIR karnesi"}}
ROUTE_DATASETS = ["land_distances", "route_scenarios", "route_crossings", "closed_borders", "border_crossings",
                  "ferry_links", "ferry_routes", "border_waits"]


def table(ws) -> list[dict]:
    """The sheet's lane rows as {column key: value}, up to the first empty row."""
    rows = []
    for values in ws.iter_rows(min_row=2, max_col=len(COLUMNS), values_only=True):
        if values[0] is None:
            break
        rows.append(dict(zip(COLUMNS, values)))
    return rows


def keyed(rows: list[dict], data, lang: str) -> dict[tuple[str, str, str], dict]:
    """Rows by (location id, market ISO2, mode), the names read back to the ids they stand for."""
    names = Names(data, lang)
    sites = {names.sites[s]: s for s in data.project.locations}
    countries = {names.countries[m]: m for m in data.project.markets}
    modes = {text(m, lang): m for m in MODE_ORDER}
    return {(sites[r["location"]], countries[r["market"]], modes[r["mode"]]): r for r in rows}


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_one_row_per_location_market_and_chosen_mode(books, data, lang):
    wb = books[0][lang]
    assert wb.sheetnames.index(SHEET[lang]) == wb.sheetnames.index(text("sheet_locations", lang)) + 1
    rows = keyed(table(wb[SHEET[lang]]), data, lang)
    chosen: dict[tuple[str, str, str], set[str]] = {}
    for lane in data.comparison.lane_rows(["location", "market", "product", "mode"]):
        chosen.setdefault((lane["location"], lane["market"], lane["mode"]), set()).add(lane["product"])
    assert set(rows) == set(chosen)           # the modes the comparison chose, no other
    pairs = {(loc, m) for loc, m, _ in rows}
    assert pairs == {(loc, m) for loc in data.project.locations for m in data.project.markets}
    everything = {p.name for p in data.project.products}
    for key, products in chosen.items():      # the products that travel that way, or "all"
        shown = rows[key]["routes_products"]
        assert (shown == text("routes_all_products", lang)) == (products == everything)
        if products != everything:
            assert set(shown.split("\n")) == products


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_every_route_matches_the_core(books, data, lang):
    rows = keyed(table(books[0][lang][SHEET[lang]]), data, lang)
    for (location, market, mode), row in rows.items():
        summary = data.routes.summary(location, market, mode)
        assert summary.legs, (location, market, mode)       # the demo's chosen modes all have a route
        assert row["routes_route"] == data.routes.line(summary, lang)
        assert isinstance(row["routes_customs"], int) and row["routes_customs"] == summary.customs_borders
        assert row["routes_regime"] in REGIMES[lang]
        assert row["routes_regime"] == text(f"regime_{summary.transit_regime}", lang)


@pytest.mark.parametrize("lang, countries, regime, mode", [
    ("en", "Türkiye → Bulgaria → Romania", "common transit (NCTS)", "Truck"),
    ("tr", "Türkiye → Bulgaristan → Romanya", "ortak transit (NCTS)", "Tır")])
def test_bursa_to_romania_by_truck_crosses_at_kapikule(books, data, lang, countries, regime, mode):
    rows = keyed(table(books[0][lang][SHEET[lang]]), data, lang)
    row = rows[("TR-BUR", "RO", "road_ftl")]
    assert row["mode"] == mode
    assert row["routes_route"].startswith("Bursa → Kapıkule – Kapitan Andreevo → ")
    assert row["routes_countries"] == countries
    assert row["routes_customs"] == 1 == data.routes.summary("TR-BUR", "RO", "road_ftl").customs_borders
    assert row["routes_regime"] == regime
    ferry = rows[("EG-ALY", "IQ", "road_ftl")]["routes_links"]      # Egypt to Iraq by truck: over the Gulf of Aqaba
    assert ferry == {"en": "ferry Nuweiba – Aqaba, Arab Bridge Maritime (AB Maritime)",
                     "tr": "feribot Nuweiba – Aqaba, Arab Bridge Maritime (AB Maritime)"}[lang]


def test_turkish_sheet_speaks_turkish(books):
    ws = books[0]["tr"][SHEET["tr"]]
    assert [c.value for c in ws[1]] == ["Lokasyon", "Pazar", "Taşıma türü", "Ürünler", "Güzergâh", "Ülkeler",
                                        "Gümrük sınırları", "Transit rejimi", "Feribot ve Ro-Ro hatları",
                                        "Sınır uyarıları", "Teyit edilecek kapılar"]
    words = {str(c.value) for row in ws.iter_rows() for c in row if c.value is not None}
    assert not words & (REGIMES["en"] | {"Truck", "Container ship", "all", "ferry"})
    assert any(w.startswith("Her satır, adı geçen ürünler için") for w in words)     # the legend
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$1:$1"
    assert ws.freeze_panes == "C2" and ws.auto_filter.ref.startswith("A1:K")


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_no_scenario_says_nothing_new(books, lang):
    wb = books[0][lang]
    for ws in (wb.worksheets[0], wb[text("sheet_assumptions", lang)]):
        words = " ".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)
        assert text("route_scenario", lang) not in words and text("scenario_closed_crossing", lang) not in words
        assert "Kapıkule – Kapitan Andreevo" not in words     # (Kapıkule's waiting hours are a freight basis)


@pytest.fixture(scope="module")
def kapikule(data, tmp_path_factory):
    """The demo's Balkan candidates with Kapıkule closed (their Iraqi trucks cross Türkiye):
    (report data, {lang: workbook read back})."""
    balkan = [c for c in data.project.candidates if c[:2] in ("RS", "BG", "MK")]
    project = replace(data.project, candidates=balkan, route_scenario=RouteScenario(closed_crossing="TR-BG-KAPIKULE"))
    report = gather(data.pack, project, Engine(data.pack))
    folder = tmp_path_factory.mktemp("kapikule")
    return report, {lang: load_workbook(write_report(report, folder / f"{lang}.xlsx", lang)) for lang in ("en", "tr")}


def annual_cost(comparison, location: str) -> float:
    row = comparison.criteria.loc[location]
    return float(row["logistics_cost"] + row["duty_cost"])


def test_closed_kapikule_in_the_summary_and_assumptions(kapikule, data):
    report, books = kapikule
    engine = Engine(data.pack)
    open_routes = engine.compare(replace(report.project, route_scenario=RouteScenario()))
    closed = engine.compare(report.project)
    leader, origin = report.leader, report.project.origin_site
    # worked out apart from the report: the same project compared with and without the scenario
    change = annual_cost(closed, leader) - annual_cost(open_routes, leader)
    origin_change = annual_cost(closed, origin) - annual_cost(open_routes, origin)
    assert change > 0 and origin_change > 0          # Kapıkule carries the demo's Bulgarian border traffic
    for lang, crossing in (("en", "the Kapıkule – Kapitan Andreevo border crossing (Bulgaria–Türkiye)"),
                           ("tr", "Kapıkule – Kapitan Andreevo sınır kapısı (Bulgaristan–Türkiye)")):
        names = Names(report, lang)
        money = "+" + names.money(change)
        summary = [str(books[lang].worksheets[0].cell(r, 1).value) for r in range(11, 15)]
        assert crossing in summary[0]                # said first: every figure after it assumes it
        assert money in summary[1] and names.sites[leader] in summary[1]
        assert "+" + names.money(origin_change) in summary[1]
        ws = books[lang][text("sheet_assumptions", lang)]
        cells = [(c.row, c.column, c.value) for row in ws.iter_rows() for c in row if c.value is not None]
        assert any(v == "Kapıkule – Kapitan Andreevo" for _, _, v in cells)
        assert any(isinstance(v, str) and money in v for _, _, v in cells)
        label = max(r for r, col, v in cells if col == 1 and v == names.sites[leader])   # after the criteria table
        assert ws.cell(label, 2).value == pytest.approx(change)


def test_routes_avoid_the_closed_crossing(kapikule):
    report, books = kapikule
    assert report.routes.summary("TR-BUR", "RO", "road_ftl").rerouted_around == "TR-BG-KAPIKULE"
    for lang, avoids in (("en", " (avoids the closed Kapıkule – Kapitan Andreevo)"),
                         ("tr", " (kapalı Kapıkule – Kapitan Andreevo kapısı kullanılmadan)")):
        rows = keyed(table(books[lang][SHEET[lang]]), report, lang)
        assert all("Kapıkule – Kapitan Andreevo →" not in row["routes_route"] for row in rows.values())
        romania = rows[("TR-BUR", "RO", "road_ftl")]["routes_route"]      # still by truck, by another gate
        assert romania.startswith("Bursa → ") and romania.endswith(" → Bucharest" + avoids)
        notes = [books[lang][SHEET[lang]].cell(r, 1).value for r in range(len(rows) + 2, len(rows) + 5)]
        assert any(n and "Kapıkule – Kapitan Andreevo" in n for n in notes)


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_sources_list_the_route_datasets(books, data, lang):
    ws = books[0][lang][text("sheet_sources", lang)]
    listed = {(ws.cell(r, 1).value, ws.cell(r, 2).value) for r in range(4, ws.max_row + 1)}
    infos = {info.name: info for info in data.pack.datasets()}
    for name in ROUTE_DATASETS:
        title = infos[name].title_tr if lang == "tr" else infos[name].title
        assert infos[name].sources, name
        assert {(title, s.organisation) for s in infos[name].sources} <= listed, name


@pytest.mark.parametrize("lang, expected", [
    ("en", ["no land connection: sea or air only", "the only land route crosses a closed border (Armenia–Türkiye)",
            "no Ro-Ro line serves this lane", "no sea route", "no route in the data pack", "a reason Kök has no words for"]),
    ("tr", ["kara bağlantısı yok: yalnızca deniz ya da hava yolu",
            "tek kara güzergâhı kapalı bir sınırdan geçiyor (Ermenistan–Türkiye)",
            "bu güzergâha hizmet veren Ro-Ro hattı yok", "deniz güzergâhı yok", "veri paketinde güzergâh yok",
            "a reason Kök has no words for"])])
def test_reasons_for_no_route_in_the_report_language(data, lang, expected):
    reasons = ["no land connection: sea or air only", "only land route crosses a closed border (AM-TR)",
               "no Ro-Ro line serves this lane", "no sea route", "no route in the data pack",
               "a reason Kök has no words for"]
    assert [reason_words(r, Names(data, lang), lang) for r in reasons] == expected


def test_a_ferry_sailed_backwards_names_its_ports_in_order_and_warnings_in_words(data):
    book = data.routes.book
    link_id, link = next((k, v) for k, v in book.links.items() if v["kind"] == "ferry")
    backwards = RouteSummary(legs=(RouteLeg("ferry", link["port_b"], link["port_a"], 10.0, link=link_id),),
                             countries=("SY", "TR"), crossings=(), customs_crossings=(), links=(link_id,),
                             customs_borders=1, transit_regime="tir",
                             warnings=({"country_a": "SY", "country_b": "TR", "status": "restricted",
                                        "since": "2026-02-07", "note": "Trucks transship.",
                                        "source_url": "https://example.org/x"},))
    assert links_words(backwards, book, "tr") == f"feribot {link['port_b_name']} – {link['port_a_name']}, {link['operator']}"
    assert warnings_words(backwards, Names(data, "en"), "en") == \
        "Syria–Türkiye: restricted since 2026-02-07 — Trucks transship. (source: https://example.org/x)"
    assert warnings_words(backwards, Names(data, "tr"), "tr") == \
        "Suriye–Türkiye: kısıtlı (2026-02-07 itibarıyla) — Trucks transship. (kaynak: https://example.org/x)"


def test_a_crossing_placed_from_the_map_is_flagged_for_the_forwarder(data):
    routes = data.routes
    curated = next(c for c, row in routes.book.crossings.items() if row["named_from"] == "curated")
    mapped = next(c for c, row in routes.book.crossings.items() if row["named_from"] != "curated")
    summary = RouteSummary(legs=(), countries=(), crossings=(curated, mapped), customs_crossings=(curated, mapped),
                           links=(), customs_borders=2, transit_regime="tir")
    name = routes.book.crossing_name(mapped)
    assert unlisted_words(routes, summary, "en") == f"check with your forwarder: {name}"
    assert unlisted_words(routes, summary, "tr") == f"nakliyecinizle teyit edin: {name}"
    assert unlisted_words(routes, replace(summary, customs_crossings=(curated,)), "en") == ""
    nowhere = replace(summary, crossings=(), customs_crossings=(), no_route_reason="no sea route")
    assert route_words(routes, nowhere, Names(data, "tr"), "tr") == "Güzergâh yok: deniz güzergâhı yok"


def test_report_data_without_routes_works_them_out(data, books):
    """ReportData made without gather() (no routes): the sheet finds the same routes itself."""
    ws = build_workbook(replace(data, routes=None), "en")["Routes"]
    assert table(ws) == table(books[0]["en"]["Routes"])
