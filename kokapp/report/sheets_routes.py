"""The Routes sheet: the route of every location × market by the mode the comparison chose, as
priced; and the route scenario's rows of the Assumptions sheet."""

from __future__ import annotations

from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from kokapp.core.engine import Engine
from kokapp.core.lane_routes import LaneRoutes
from kokapp.core.yielding import checkpoint
from kokapp.report.cells import (BOLD, EUR, INT, SECTION_FONT, WRAP, ConstantAlignment, header_row, put, put_note,
                                 put_text, ref, widths)
from kokapp.report.data import ReportData
from kokapp.report.printing import set_up_page
from kokapp.report.route_wording import (countries_words, links_words, regime_words, route_words,
                                         scenario_sentences, unlisted_words, warnings_words)
from kokapp.report.texts import text
from kokapp.report.wording import Names, detail_sentence

COLUMNS = ["location", "market", "mode", "routes_products", "routes_route", "routes_countries", "routes_customs",
           "routes_regime", "routes_links", "routes_warnings", "routes_unlisted"]
# printed about 0.7 of full size on landscape A4: the long texts (route, warnings) get the room
ROUTE_WIDTHS = {1: 15, 2: 11, 3: 12, 4: 18, 5: 32, 6: 19, 7: 9, 8: 12, 9: 24, 10: 46, 11: 18}
EMPTY_WIDTH = 12
MODE_ORDER = ("road_ftl", "sea_container", "roro", "air")
TOP_WRAP = ConstantAlignment(wrap_text=True, vertical="top")
TOP_CENTRE = ConstantAlignment(horizontal="center", vertical="top")


def lane_modes(data: ReportData) -> list[tuple[str, str, str, list[str]]]:
    """(location, market, mode, products going that way) in ranking, market and mode order: one
    row per location × market, more where its products travel by different modes."""
    products: dict[tuple[str, str, str], list[str]] = {}
    for lane in data.detail_rows(["location", "market", "product", "mode"]):
        products.setdefault((lane["location"], lane["market"], lane["mode"]), []).append(lane["product"])
    locations = {loc: i for i, loc in enumerate(data.comparison.ranked_locations)}
    markets = {m: i for i, m in enumerate(data.project.markets)}
    modes = {m: i for i, m in enumerate(MODE_ORDER)}
    keys = sorted(products, key=lambda k: (locations.get(k[0], len(locations)), markets.get(k[1], len(markets)),
                                           modes.get(k[2], len(modes)), k[2]))
    return [(*key, products[key]) for key in keys]


def lane_routes(data: ReportData) -> LaneRoutes:
    return data.routes if data.routes is not None else LaneRoutes(Engine(data.pack), data.project)


def route_cells(data: ReportData, routes: LaneRoutes, names: Names, lang: str) -> list[list]:
    """The sheet's rows as values: texts, and the customs borders as a whole number (None where a
    lane has no route: its reason stands in the route column)."""
    every_product = len(data.project.products)
    rows = []
    for location, market, mode, products in lane_modes(data):
        summary = routes.summary(location, market, mode)
        cells = [names.sites.get(location, location), names.countries.get(market, market), text(mode, lang),
                 text("routes_all_products", lang) if len(products) == every_product else "\n".join(products)]
        if summary is not None:
            cells.append(route_words(routes, summary, names, lang))
        if summary is not None and summary.legs:
            cells += [countries_words(summary, names), int(summary.customs_borders),
                      regime_words(summary.transit_regime, lang), links_words(summary, routes.book, lang),
                      warnings_words(summary, names, lang), unlisted_words(routes, summary, lang)]
        rows.append(cells + [None] * (len(COLUMNS) - len(cells)))
    return rows


def routes_sheet(wb: Workbook, data: ReportData, names: Names, lang: str) -> None:
    ws = wb.create_sheet(text("sheet_routes", lang))
    routes = lane_routes(data)
    rows = route_cells(data, routes, names, lang)
    # a column nobody's route fills (no ferry, no warning) keeps only its header's width
    widths(ws, {col: width if col < 9 or any(r[col - 1] for r in rows) else EMPTY_WIDTH
                for col, width in ROUTE_WIDTHS.items()})
    note = detail_sentence(data, names, lang)
    if note:                  # a stress-size study: some locations only, said above the table
        put_note(ws, 1, note, len(COLUMNS))
    top = 2 if note else 1
    header_row(ws, top, [text(k, lang) for k in COLUMNS])
    for row, cells in enumerate(rows, start=top + 1):
        if row % 200 == 0:
            checkpoint()          # a report written in a worker may give way to the window here
        for col, value in enumerate(cells, start=1):
            if isinstance(value, int):
                put(ws, row, col, value, INT, alignment=TOP_CENTRE)
            elif value:
                put_text(ws, row, col, value, alignment=TOP_WRAP)
    last = len(rows) + top
    row = last + 2
    for sentence in scenario_sentences(data, routes.book, names, lang)[:1] + [text("routes_legend", lang)]:
        put_note(ws, row, sentence, len(COLUMNS))
        row += 1
    ws.freeze_panes = f"C{top + 1}"
    ws.auto_filter.ref = f"A{top}:{ref(last, len(COLUMNS))}"
    set_up_page(ws, lang, last_column=len(COLUMNS), title_rows=f"{top}:{top}", title_columns=2, print_area=row - 1,
                company=data.project.company, version=data.app_version)


def scenario_rows(ws: Worksheet, row: int, data: ReportData, names: Names, lang: str, last_column: int) -> int:
    """The route scenario on the Assumptions sheet, from ``row``: what is closed, what it costs at
    each location against all routes open. Writes nothing and returns ``row`` without one."""
    effect = data.route_effect
    if effect is None or not data.project.route_scenario.active:
        return row
    routes, scenario = lane_routes(data), data.project.route_scenario
    row += 2
    put_text(ws, row, 1, text("route_scenario", lang), font=SECTION_FONT)
    if scenario.closed_crossing:
        row += 1
        put_text(ws, row, 1, text("scenario_closed_crossing", lang), font=BOLD)
        put_note(ws, row, routes.book.crossing_name(scenario.closed_crossing), last_column, column=2)
    if scenario.sea_closure:
        row += 1
        put_text(ws, row, 1, text("scenario_closed_sea", lang), font=BOLD)
        put_note(ws, row, text(f"strait_{scenario.sea_closure}", lang), last_column, column=2)
    for sentence in scenario_sentences(data, routes.book, names, lang):
        row += 1
        put_note(ws, row, sentence, last_column)
    row += 1
    header_row(ws, row, [text("location", lang), text("scenario_change", lang)])
    for location in data.comparison.ranked_locations:
        row += 1
        label = names.sites.get(location, location)
        if location == data.project.origin_site:
            label += f" — {text('baseline', lang)}"
        put_text(ws, row, 1, label, alignment=WRAP)
        put(ws, row, 2, float(effect.change(location)), EUR)
    return row
