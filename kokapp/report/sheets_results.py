"""Summary, Locations and Market access sheets."""

from __future__ import annotations

import math

from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import PatternFill
from openpyxl.workbook import Workbook

from kokapp.core.yielding import checkpoint
from kokapp.report.cells import (BASELINE_FILL, BOLD, DAYS, DEC1, DEC3, EUR, EUR2, INT, PCT, PCT0, SECTION_FONT, WRAP,
                                 ConstantAlignment, header_row, put, put_formula, put_note, put_text, ref, title, widths)
from kokapp.report.data import ReportData
from kokapp.report.printing import break_before, page_height_pt, rows_height_pt, set_up_page
from kokapp.report.route_wording import scenario_sentences
from kokapp.report.sheets_money import exclusion_sentences, money_table, verdict_sentence
from kokapp.report.sheets_routes import lane_routes
from kokapp.report.texts import text
from kokapp.report.wording import Names, break_even_sentence, detail_sentence

SUMMARY_COLUMNS = 13
CHART_CM = 9
TOP = ConstantAlignment(vertical="top")
LEFT = ConstantAlignment(horizontal="left")
CENTRE = ConstantAlignment(horizontal="center")
WRAP_INDENTED = ConstantAlignment(wrap_text=True, indent=1)     # clear of the duty rate to its left
LOCATION_WIDTHS = {1: 20, 2: 12, 3: 20, 4: 9, 5: 10, 6: 9, 7: 8, 8: 11, 9: 11, 10: 11, 11: 11, 12: 8, 13: 26,
                   14: 11, 15: 12, 16: 10, 17: 14, 18: 13, 19: 13}
FREIGHT_BAND = ("H", "J")       # freight low and high: collapsed, one click away, left out of print


def summary_sheet(wb: Workbook, data: ReportData, names: Names, lang: str) -> None:
    ws = wb.active
    ws.title = text("sheet_summary", lang)
    c, p = data.comparison, data.project
    # widths first: the sentences below are wrapped to them
    widths(ws, {1: 14, 2: 34, 3: 11, 4: 11, 5: 14, 6: 13, 7: 14, 8: 18, 9: 13, 10: 10, 11: 11, 12: 13, 13: 11})
    title(ws, 1, text("title", lang))
    facts = [("company", p.company), ("origin", names.sites[p.origin_site]),
             ("markets", ", ".join(names.countries[m] for m in p.markets)),
             ("date", data.created), ("data_edition", data.pack.version), ("app_version", data.app_version)]
    for i, (key, value) in enumerate(facts, start=3):
        put_text(ws, i, 1, text(key, lang), font=BOLD)
        ws.cell(i, 1).alignment = TOP
        if key in ("company", "origin", "markets"):
            put_note(ws, i, value, SUMMARY_COLUMNS, column=2)
        else:
            put(ws, i, 2, value, "yyyy-mm-dd" if key == "date" else None, alignment=LEFT)
    row = 10
    put_text(ws, row, 1, text("recommendation", lang), font=SECTION_FONT)
    for sentence in recommendation(data, names, lang):
        row += 1
        put_note(ws, row, sentence, SUMMARY_COLUMNS)
    row = money_table(ws, row + 2, data, names, lang, SUMMARY_COLUMNS)
    row += 2
    ranking_row = row       # printed from the top of page 2: page 1 is the verdict and the money, page 2 the ranking
    put_text(ws, row, 1, text("ranking_method", lang, method=text(f"method_{p.ranking.method}", lang)),
             font=SECTION_FONT)
    row += 1
    header_row(ws, row, [text(k, lang) for k in ("rank", "location", "score", "excluded_col", "logistics_year",
                                                 "duty_year", "total_year", "vs_baseline", "duty_free_share",
                                                 "transit_days", "lpi", "min_wage", "cit")])
    first = row + 1
    baseline_row = None
    totals: dict[int, float] = {}
    for rank in c.ranking.to_dict("records"):
        row += 1
        loc = rank["location"]
        k = c.criteria.loc[loc]
        if loc == p.origin_site:
            baseline_row = row
        put(ws, row, 1, int(rank["rank"]), alignment=CENTRE)
        put_text(ws, row, 2, names.sites[loc] + (f" — {text('baseline', lang)}" if loc == p.origin_site else ""),
                 alignment=WRAP)
        put(ws, row, 3, float(rank["score"]), DEC3)
        put_text(ws, row, 4, "✗" if rank["excluded"] else "", alignment=CENTRE)
        put(ws, row, 5, float(k["logistics_cost"]), EUR)
        put(ws, row, 6, float(k["duty_cost"]), EUR)
        totals[row] = float(k["logistics_cost"] + k["duty_cost"])
        put_formula(ws, row, 7, f"={ref(row, 5)}+{ref(row, 6)}", totals[row], EUR)
        put(ws, row, 9, float(k["duty_free_share"]), PCT0)
        put(ws, row, 10, float(k["transit_time"]), DAYS)
        put(ws, row, 11, None if c.missing.loc[loc, "lpi"] else float(k["lpi"]), DEC1)
        put(ws, row, 12, None if c.missing.loc[loc, "labour_cost"] else float(k["labour_cost"]), EUR)
        put(ws, row, 13, None if c.missing.loc[loc, "tax"] else float(k["tax"]) / 100, PCT)
    last = row
    for r in range(first, last + 1):
        put_formula(ws, r, 8, f"={ref(r, 7)}-{ref(baseline_row, 7)}", totals[r] - totals[baseline_row], EUR)
        if r == baseline_row:
            for col in range(1, SUMMARY_COLUMNS + 1):
                ws.cell(row=r, column=col).fill = BASELINE_FILL
    ws.freeze_panes = ws.cell(row=first, column=3)
    chart = BarChart()
    chart.type, chart.grouping, chart.overlap = "col", "stacked", 100
    chart.title = text("chart_cost", lang)
    chart.y_axis.numFmt = "#,##0"
    chart.x_axis.delete = chart.y_axis.delete = False     # written out: some Excel versions hide unstated axes
    chart.add_data(Reference(ws, min_col=5, max_col=6, min_row=first - 1, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=2, min_row=first, max_row=last))
    chart.height, chart.width = CHART_CM, 22
    ws.add_chart(chart, f"B{last + 3}")
    layout = set_up_page(ws, lang, last_column=SUMMARY_COLUMNS, title_rows=f"{first - 1}:{first - 1}",
                         company=p.company, version=data.app_version)
    break_before(ws, ranking_row)
    ranking_and_chart = rows_height_pt(ws, ranking_row, last + 2) + CHART_CM / 2.54 * 72
    if ranking_and_chart > page_height_pt(layout):     # a long ranking: the chart starts a page, never split
        break_before(ws, last + 3)


def recommendation(data: ReportData, names: Names, lang: str) -> list[str]:
    """Plain sentences built from the results: the feasibility verdict first (it is what the owner
    decides on), then the ranking and what it leaves out, then stability and data gaps."""
    c, p = data.comparison, data.project
    top = c.ranking.iloc[0]
    origin = names.sites[p.origin_site]
    crit, leader = c.criteria, data.leader
    lines = []
    if p.route_scenario.active:          # said first: every figure after it assumes the scenario
        lines += scenario_sentences(data, lane_routes(data).book, names, lang)
    lines.append(verdict_sentence(data, names, lang))
    best = data.best_feasibility
    if leader != p.origin_site and best is not None:
        if best.base.npv_eur <= 0:
            lines.append(text("rec_nothing_pays", lang, location=names.sites[leader], years=best.settings.horizon_years,
                              npv=names.money(best.base.npv_eur)))
        else:
            payback = text("rec_no_payback", lang) if best.base.payback_years is None else \
                text("rec_payback", lang, years=names.number(best.base.payback_years, 1))
            lines.append(text("rec_feasibility", lang, location=names.sites[leader], kind=text(best.option.kind, lang),
                              npv=names.money(best.base.npv_eur), years=best.settings.horizon_years, payback=payback))
            years = best.years[best.years["year"] > 0]
            if abs(years["savings"]).max() < 1 and years["staff_saved_in_turkiye"].max() == 0 and years["uplift_margin"].max() > 0:
                lines.append(text("rec_uplift_only", lang, uplift=names.percent(best.option.volume_uplift_pct / 100),
                                  margin=names.percent(best.option.gross_margin_pct / 100)))
        lines.append(break_even_sentence(best, names, lang))
    if top["location"] == p.origin_site:
        lines.append(text("rec_baseline_best", lang, origin=origin))
    else:
        lines.append(text("rec_top", lang, top=names.sites[top["location"]], score=names.number(top["score"], 3)))
    if leader != p.origin_site:
        cost = crit.loc[leader, "logistics_cost"] + crit.loc[leader, "duty_cost"]
        base = crit.loc[p.origin_site, "logistics_cost"] + crit.loc[p.origin_site, "duty_cost"]
        if math.isnan(cost - base):      # a duty nobody can cite: no yearly cost to set against the other
            lines.append(f"{names.sites[leader]}: " + text("rec_cost_unknown", lang, origin=origin))
        else:
            diff = ("+" if round(cost - base) > 0 else "") + names.money(cost - base)
            lines.append(f"{names.sites[leader]}: " + text("rec_cost", lang, cost=names.money(cost),
                                                           base=names.money(base), origin=origin, diff=diff))
        lines.append(text("rec_access", lang, share=names.percent(crit.loc[leader, "duty_free_share"])))
        lines.append(text("rec_scope", lang))
    lines.append(text("rec_stability", lang, share=names.percent(data.top_share[top["location"]]),
                      draws=names.number(data.draws, 0)))
    for location, share in c.unserved().items():
        lines.append(text("rec_unserved", lang, location=names.sites[location], share=names.percent(share)))
    lines += exclusion_sentences(data, names, lang)
    unknown = c.unknown_duty_markets()
    if unknown:
        lines.append(text("rec_gaps", lang, markets=", ".join(names.countries[m] for m in unknown)))
    shown = c.remedy_lanes([leader, p.origin_site, top["location"]])
    for location, market, product, measures in shown[:6]:
        lines.append(text("rec_remedy", lang, location=names.sites[location], market=names.countries[market],
                          product=product, measures=measures))
    banded = c.banded_duty_markets()
    if banded:
        lines.append(text("rec_bands", lang, markets=", ".join(names.countries[m] for m in banded)))
    return lines


def duty_basis(row: dict, names: Names, lang: str) -> str:
    if row["duty_basis"] == "agreement":
        basis = names.agreements.get(row["agreement_id"], row["agreement_id"])
    elif row["duty_basis"] in ("mfn", "not_originating") and not row["duty_known"]:   # halted has its own
        basis = text("basis_unknown", lang)
    else:
        basis = text(f"basis_{row['duty_basis']}", lang)
    return basis + (f" ({text('suspended', lang)})" if row["suspended"] else "")


def locations_sheet(wb: Workbook, data: ReportData, names: Names, lang: str) -> None:
    ws = wb.create_sheet(text("sheet_locations", lang))
    columns = ["location", "market", "product", "hs", "mode", "distance_km", "transit_days", "freight_low",
               "freight_unit", "freight_high", "logistics_unit", "duty_rate", "duty_basis", "duty_unit",
               "landed_unit", "annual_units", "annual_landed", "annual_logistics", "annual_duty"]
    widths(ws, LOCATION_WIDTHS)
    note = detail_sentence(data, names, lang)
    if note:                  # a stress-size study: some locations only, said above the table
        put_note(ws, 1, note, len(columns))
    top = 2 if note else 1
    header_row(ws, top, [text(k, lang) for k in columns])
    hs = {p.name: p.hs_code for p in data.project.products}
    order = {loc: i for i, loc in enumerate(data.comparison.ranked_locations)}
    needed = ["location", "market", "product", "mode", "distance_km", "transit_days_base", "freight_unit_low",
              "freight_unit_base", "freight_unit_high", "logistics_unit_base", "duty_rate_pct", "duty_basis",
              "agreement_id", "suspended", "duty_known", "duty_unit_base", "landed_unit_base", "annual_units"]
    lanes = data.detail_rows(needed)
    lanes.sort(key=lambda lane: (order[lane["location"]], lane["market"], lane["product"]))
    for row, lane in enumerate(lanes, start=top + 1):
        if row % 200 == 0:
            checkpoint()          # a report written in a worker may give way to the window here
        put_text(ws, row, 1, names.sites[lane["location"]], alignment=WRAP)
        put_text(ws, row, 2, names.countries[lane["market"]], alignment=WRAP)
        put_text(ws, row, 3, lane["product"], alignment=WRAP)
        put_text(ws, row, 4, hs[lane["product"]])
        put_text(ws, row, 5, text(lane["mode"], lang), alignment=WRAP)
        put(ws, row, 6, float(lane["distance_km"]), INT)
        put(ws, row, 7, float(lane["transit_days_base"]), DAYS)
        for col, level in ((8, "low"), (9, "base"), (10, "high")):
            put(ws, row, col, float(lane[f"freight_unit_{level}"]), EUR2)
        put(ws, row, 11, float(lane["logistics_unit_base"]), EUR2)
        put(ws, row, 12, None if math.isnan(lane["duty_rate_pct"]) else lane["duty_rate_pct"] / 100, PCT)
        put_text(ws, row, 13, duty_basis(lane, names, lang), alignment=WRAP_INDENTED)
        put(ws, row, 14, float(lane["duty_unit_base"]), EUR2)
        put(ws, row, 15, float(lane["landed_unit_base"]), EUR2)
        put(ws, row, 16, float(lane["annual_units"]), INT)
        # totals as formulas: a reader who changes the units sees them move
        units = float(lane["annual_units"])
        put_formula(ws, row, 17, f"={ref(row, 15)}*{ref(row, 16)}", float(lane["landed_unit_base"]) * units, EUR)
        put_formula(ws, row, 18, f"={ref(row, 11)}*{ref(row, 16)}", float(lane["logistics_unit_base"]) * units, EUR)
        put_formula(ws, row, 19, f"={ref(row, 14)}*{ref(row, 16)}", float(lane["duty_unit_base"]) * units, EUR)
    ws.freeze_panes = f"D{top + 1}"
    last = top + len(lanes)
    ws.auto_filter.ref = f"A{top}:{ref(last, len(columns))}"
    for letter in FREIGHT_BAND:
        ws.column_dimensions.group(letter, letter, outline_level=1, hidden=True)
    set_up_page(ws, lang, last_column=len(columns), title_rows=f"{top}:{top}", title_columns=3, print_area=last,
                company=data.project.company, version=data.app_version)


def access_sheet(wb: Workbook, data: ReportData, names: Names, lang: str) -> None:
    ws = wb.create_sheet(text("sheet_access", lang))
    locations, markets = list(data.detail.locations), list(data.project.markets)
    last_column = len(markets) + 1
    widths(ws, {1: 30, **{i: 12 for i in range(2, last_column + 1)}})
    row = 1
    note = detail_sentence(data, names, lang)
    if note:                  # a stress-size study: some locations only, said at the top
        put_note(ws, row, note, min(last_column, 13))
        row += 2
    first_header = row + 1      # the first product's header row, printed atop every page
    green, orange, grey = (PatternFill("solid", fgColor=x) for x in ("C8E6C9", "FFCC80", "E0E0E0"))
    wanted = ["location", "market", "product", "duty_rate_pct", "trade_halted"]
    every = {(r["location"], r["market"], r["product"]): r for r in data.detail_rows(wanted)}
    for product in data.project.products:
        put_note(ws, row, text("access_title", lang, product=product.name), last_column, font=SECTION_FONT)
        row += 1
        header_row(ws, row, [text("location", lang)] + [names.countries[m] for m in markets])
        top = row + 1
        for loc in locations:
            row += 1
            put_text(ws, row, 1, names.sites[loc], alignment=WRAP)
            for col, market in enumerate(markets, start=2):
                lane = every[(loc, market, product.name)]
                rate = lane["duty_rate_pct"]
                shown = "×" if lane["trade_halted"] else "?" if math.isnan(rate) else rate / 100
                cell = put(ws, row, col, shown, PCT)
                cell.alignment = CENTRE
        area = f"B{top}:{ref(row, len(markets) + 1)}"
        ws.conditional_formatting.add(area, FormulaRule(formula=[f'ISTEXT(B{top})'], fill=grey))
        ws.conditional_formatting.add(area, CellIsRule(operator="equal", formula=["0"], fill=green))
        ws.conditional_formatting.add(area, CellIsRule(operator="greaterThan", formula=["0"], fill=orange))
        row += 2
    put_note(ws, row, text("legend", lang), last_column)
    set_up_page(ws, lang, last_column=last_column, title_rows=f"{first_header}:{first_header}", title_columns=1,
                print_area=row, company=data.project.company, version=data.app_version)
