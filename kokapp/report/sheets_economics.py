"""Feasibility, Assumptions and Sources sheets."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict

from openpyxl.chart import BarChart, Reference
from openpyxl.workbook import Workbook

from kokapp.core.engine import BENEFIT
from kokapp.core.project import CORE_CRITERIA, CRITERIA
from kokapp.core.setup_options import ASSUMPTIONS, DEFAULT_OPTIONS
from kokapp.report.cells import (BOLD, DEC2, EUR, EUR2, INT, OVERRIDE_FILL, PCT, PCT0, SECTION_FONT, WRAP,
                                 ConstantAlignment, header_row, put, put_formula, put_note, put_text, ref, title,
                                 widths)
from kokapp.report.data import ReportData
from kokapp.report.printing import break_before, set_up_page
from kokapp.report.sheets_routes import scenario_rows
from kokapp.report.sheets_country import factor_rows, zone_rows
from kokapp.report.texts import SETUP_LABELS, text, unit_text
from kokapp.report.wording import Names, break_even_sentence

YEAR_COLUMNS = ["year", "units", "baseline_cost", "option_cost", "savings", "staff_saved", "fixed_costs",
                "variable_change", "uplift_margin", "operating", "depreciation", "tax", "state_support", "cash_flow"]
YEAR_FIELDS = ["year", "units", "baseline_cost", "option_cost", "savings", "staff_saved_in_turkiye", "fixed_costs",
               "variable_change", "uplift_margin", "operating", "depreciation", "tax", "state_support", "cash_flow"]
CASH = YEAR_FIELDS.index("cash_flow") + 1          # the cash-flow column
OPTIONAL = CRITERIA[len(CORE_CRITERIA):]
CRITERION_KEYS = {"logistics_cost": "logistics_cost", "duty_cost": "duty_cost", "distance": "distance",
                  "transit_time": "transit_time", "duty_free_share": "duty_free", "lpi": "lpi_criterion",
                  "labour_cost": "labour_cost", "tax": "tax_criterion", **{f: f for f in OPTIONAL}}
TORNADO_KEYS = {"setup_cost_eur": ("Set-up cost", "Kuruluş maliyeti"), "rent_eur_month": ("Rent", "Kira"),
                "staff_count": ("Staff", "Personel"), "monthly_wage_eur": ("Local wage", "Yerel ücret"),
                "planned_volume": ("Planned volume", "Planlanan hacim"), "discount_rate_pct": ("Discount rate", "İskonto oranı"),
                "cit_pct": ("Corporate tax", "Kurumlar vergisi"),
                "variable_cost_change_eur_unit": ("Variable cost per unit", "Birim değişken maliyet"),
                "volume_uplift_pct": ("Extra sales", "Ek satış"), "freight_rates": ("Freight rates", "Navlun fiyatları"),
                "host_wage_growth_pct": ("Host wage drift (EUR, a year)", "Ev sahibi ülke ücret artışı (EUR, yıllık)"),
                "tr_wage_growth_pct": ("Turkish wage drift (EUR, a year)", "Türkiye ücret artışı (EUR, yıllık)")}


FEASIBILITY_COLUMNS = len(YEAR_COLUMNS)
ASSUMPTION_COLUMNS = 7
WRAP_RIGHT = ConstantAlignment(wrap_text=True, horizontal="right")   # words in a column of figures line up with them
SOURCE_COLUMNS = 7


def _payback(value, lang):
    return text("never", lang) if value is None else value


def _break_even(value, lang):
    return text("break_even_none", lang) if value is None else value


def feasibility_sheet(wb: Workbook, data: ReportData, names: Names, lang: str) -> None:
    ws = wb.create_sheet(text("sheet_feasibility", lang))
    widths(ws, {i: 13 for i in range(2, FEASIBILITY_COLUMNS + 1)} | {1: 25, 6: 15})
    title(ws, 1, text("feas_sheet_title", lang, location=names.sites[data.leader]))   # repeated on every page
    row = 3
    put_text(ws, row, 1, text("feas_overview", lang), font=SECTION_FONT)
    row += 1
    header_row(ws, row, [text(k, lang) for k in ("kind", "npv", "irr", "payback", "break_even", "break_even_units")])
    for f in data.feasibility:
        row += 1
        put_text(ws, row, 1, text(f.option.kind, lang))
        put(ws, row, 2, f.base.npv_eur, EUR)
        put(ws, row, 3, text("not_defined", lang) if f.base.irr_pct is None else f.base.irr_pct / 100, PCT,
            alignment=WRAP_RIGHT)
        put(ws, row, 4, _payback(f.base.payback_years, lang), DEC2, alignment=WRAP_RIGHT)
        put(ws, row, 5, _break_even(f.break_even_share, lang), PCT0, alignment=WRAP_RIGHT)
        put(ws, row, 6, f.break_even_units, INT)
    for kind, error in data.feasibility_errors:
        row += 1
        put_text(ws, row, 1, text(kind, lang))
        put_note(ws, row, text("needs_input", lang, message=f"{error.field}: {error.message}"), FEASIBILITY_COLUMNS,
                 column=2)
    best = data.best_feasibility
    if best is None:
        _set_up_feasibility_page(ws, data, lang)
        return
    row += 2
    title(ws, row, text("feas_title", lang, kind=text(best.option.kind, lang), location=names.sites[best.location]),
          font=SECTION_FONT)
    for market, (origin, _) in best.origins.items():
        row += 1
        put_text(ws, row, 1, text("origin_note", lang, market=names.countries[market], origin=names.countries[origin]))
    row += 1
    support = best.state_support
    put_note(ws, row, text({"counted": "support_counted", "": "support_off", "no_exports": "support_no_exports"}.get(
        support, "support_not_here"), lang), FEASIBILITY_COLUMNS)
    row += 2
    header_row(ws, row, [text(k, lang) for k in YEAR_COLUMNS])
    first = row + 1
    for record in best.years.to_dict("records"):
        row += 1
        for col, field in enumerate(YEAR_FIELDS, start=1):
            put(ws, row, col, int(record[field]) if field == "year" else float(record[field]), INT if col <= 2 else EUR)
        # cash flow = operating - tax, operating = the sum of its parts: visible formulas
        put_formula(ws, row, 10, f"={ref(row, 5)}+{ref(row, 6)}-{ref(row, 7)}-{ref(row, 8)}+{ref(row, 9)}",
                    float(record["operating"]), EUR)
        if record["year"] > 0:
            put_formula(ws, row, CASH, f"={ref(row, 10)}-{ref(row, 12)}+{ref(row, 13)}", float(record["cash_flow"]),
                        EUR)
    last = row
    row += 2
    put_text(ws, row, 1, text("discount_rate", lang), font=BOLD)
    put(ws, row, 2, best.settings.discount_rate_pct / 100, PCT)
    rate_cell = ref(row, 2)
    row += 1
    put_text(ws, row, 1, text("npv", lang), font=BOLD)
    put_formula(ws, row, 2, f"={ref(first, CASH)}+NPV({rate_cell},{ref(first + 1, CASH)}:{ref(last, CASH)})",
                best.base.npv_eur, EUR)
    row += 1
    put_text(ws, row, 1, text("irr", lang), font=BOLD)
    put(ws, row, 2, text("not_defined", lang) if best.base.irr_pct is None else best.base.irr_pct / 100, PCT)
    row += 1
    put_text(ws, row, 1, text("payback", lang), font=BOLD)
    put(ws, row, 2, _payback(best.base.payback_years, lang), DEC2)
    row += 1
    put_text(ws, row, 1, text("break_even", lang), font=BOLD)
    put(ws, row, 2, _break_even(best.break_even_share, lang), PCT0)
    row += 1
    put_note(ws, row, break_even_sentence(best, names, lang), FEASIBILITY_COLUMNS)
    row += 3
    break_before(ws, row)       # page 2: what could change the answer (its size does not depend on the project)
    put_text(ws, row, 1, text("scenarios", lang), font=SECTION_FONT)
    row += 1
    header_row(ws, row, [text(k, lang) for k in ("scenario", "npv", "irr", "payback", "freight_level")])
    for name, outcome in best.scenarios.items():
        row += 1
        put_text(ws, row, 1, text(name, lang))
        put(ws, row, 2, outcome.npv_eur, EUR)
        put(ws, row, 3, text("not_defined", lang) if outcome.irr_pct is None else outcome.irr_pct / 100, PCT,
            alignment=WRAP_RIGHT)
        put(ws, row, 4, _payback(outcome.payback_years, lang), DEC2, alignment=WRAP_RIGHT)
        put_text(ws, row, 5, text(best.scenario_freight[name], lang))
    row += 1
    put_note(ws, row, text("scenario_note", lang), FEASIBILITY_COLUMNS)
    row += 2
    put_text(ws, row, 1, text("tornado", lang), font=SECTION_FONT)
    row += 1
    header_row(ws, row, [text(k, lang) for k in ("input", "low_value", "high_value", "npv_low", "npv_high")])
    tornado_first = row + 1
    for bar in best.tornado:
        row += 1
        put_text(ws, row, 1, TORNADO_KEYS.get(bar["input"], (bar["input"],) * 2)[lang == "tr"], alignment=WRAP)
        for col, key in ((2, "low_value"), (3, "high_value")):
            _tornado_value(ws, row, col, bar["input"], bar[key], lang)
        put(ws, row, 4, bar["npv_low"], EUR)
        put(ws, row, 5, bar["npv_high"], EUR)
    row += 2                    # the two charts side by side under the tables
    ws.add_chart(_cash_chart(ws, lang, first, last), f"A{row}")
    ws.add_chart(_tornado_chart(ws, lang, tornado_first, tornado_first + len(best.tornado) - 1), f"G{row}")
    ws.freeze_panes = "B2"
    _set_up_feasibility_page(ws, data, lang)


def _tornado_value(ws, row: int, col: int, name: str, value, lang: str) -> None:
    """An input's low or high value in its own unit: %, share of the plan, staff, € or € per unit."""
    if isinstance(value, str):
        put_text(ws, row, col, text(value, lang))
    elif name in ("discount_rate_pct", "cit_pct", "volume_uplift_pct", "host_wage_growth_pct", "tr_wage_growth_pct"):
        put(ws, row, col, value / 100, PCT)
    elif name == "planned_volume":
        put(ws, row, col, value, PCT0)
    elif name == "staff_count":
        put(ws, row, col, value, DEC2)
    elif name.endswith("_eur_unit"):          # € per unit: cents matter (±0.20 € is not "-0 €")
        put(ws, row, col, value, EUR2)
    else:
        put(ws, row, col, value, EUR if "eur" in name else DEC2)


def _cash_chart(ws, lang: str, first: int, last: int) -> BarChart:
    chart = BarChart()
    chart.title = text("chart_cash", lang)
    chart.add_data(Reference(ws, min_col=CASH, min_row=first - 1, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    chart.y_axis.numFmt = "#,##0"
    chart.x_axis.tickLblPos = "low"           # years under the plot, also below negative bars
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.legend = None
    chart.height, chart.width = 7.5, 15
    return chart


def _tornado_chart(ws, lang: str, first: int, last: int) -> BarChart:
    """Horizontal bars, the most influential input on top; the input names sit at the left edge
    of the plot ("low" labels), not on the zero line where they would cover negative bars."""
    chart = BarChart()
    chart.type = "bar"
    chart.title = text("chart_tornado", lang)
    chart.add_data(Reference(ws, min_col=4, max_col=5, min_row=first - 1, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    chart.x_axis.tickLblPos = "low"
    chart.x_axis.scaling.orientation = "maxMin"   # first (largest swing) at the top
    chart.y_axis.crosses = "max"                  # keeps the value axis at the bottom
    chart.y_axis.numFmt = "#,##0"
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.legend.position = "b"
    chart.height, chart.width = 7.5, 15
    return chart


def _set_up_feasibility_page(ws, data: ReportData, lang: str) -> None:
    set_up_page(ws, lang, last_column=FEASIBILITY_COLUMNS, title_rows="1:1", company=data.project.company,
                version=data.app_version)


def assumptions_sheet(wb: Workbook, data: ReportData, names: Names, lang: str) -> None:
    ws = wb.create_sheet(text("sheet_assumptions", lang))
    p, pack = data.project, data.pack
    overrides = {o.key: o for o in p.overrides}
    widths(ws, {1: 32, 2: 24, 3: 16, 4: 10, 5: 10, 6: 10, 7: 56})
    title(ws, 1, text("assumptions_title", lang))         # repeated on every page
    row = 3
    put_text(ws, row, 1, text("weights", lang), font=SECTION_FONT)
    row += 1
    header_row(ws, row, [text("criterion", lang), text("weight", lang), text("share", lang)])
    total = sum(p.weights.values()) or 1.0
    for criterion in CRITERIA:
        row += 1
        put_text(ws, row, 1, text(CRITERION_KEYS[criterion], lang) + (" ↑" if BENEFIT[criterion] else " ↓"))
        put(ws, row, 2, p.weights.get(criterion, 0.0), DEC2)
        put(ws, row, 3, p.weights.get(criterion, 0.0) / total, PCT0)
    row = zone_rows(ws, factor_rows(ws, row + 2, data, names, lang), data, names, lang, ASSUMPTION_COLUMNS)
    put_text(ws, row, 1, text("overrides", lang), font=SECTION_FONT)
    row += 1
    header_row(ws, row, [text("key", lang), text("value", lang), text("note", lang)])
    for o in p.overrides:
        row += 1
        put_text(ws, row, 1, names.figure(o.key, pack), fill=OVERRIDE_FILL, alignment=WRAP)
        put(ws, row, 2, o.value, DEC2, fill=OVERRIDE_FILL)
        put_note(ws, row, o.note, ASSUMPTION_COLUMNS, column=3, fill=OVERRIDE_FILL)
    row = scenario_rows(ws, row, data, names, lang, ASSUMPTION_COLUMNS) + 2
    put_text(ws, row, 1, text("freight_parameters", lang), font=SECTION_FONT)
    row += 1
    header_row(ws, row, [text(k, lang)[:1].upper() + text(k, lang)[1:]
                         for k in ("mode", "parameter", "unit", "low", "base", "high", "basis")])
    for f in pack.table("freight_parameters").to_dict("records"):
        row += 1
        key = f"freight/{f['mode']}/{f['parameter']}"
        override = overrides.get(key)
        label = f[f"label_{lang}"]
        mode_words, _, parameter_words = label.partition(": ")
        put_text(ws, row, 1, mode_words, alignment=WRAP)
        put_text(ws, row, 2, parameter_words or f["parameter"], alignment=WRAP)
        put_text(ws, row, 3, unit_text(f["unit"], lang), alignment=WRAP)
        for col, level in ((4, "low"), (5, "base"), (6, "high")):
            put(ws, row, col, override.value if override else float(f[level]), fill=OVERRIDE_FILL if override else None)
        basis = f["basis_tr"] if lang == "tr" else f["basis"]
        put_text(ws, row, 7, f"{text('your_figure', lang)}: {override.note}" if override else basis,
                 alignment=WRAP)
    best = data.best_feasibility
    if best is not None:
        row += 2
        put_text(ws, row, 1, text("setup_parameters", lang) + f" — {text(best.option.kind, lang)}", font=SECTION_FONT)
        row += 1
        header_row(ws, row, [text("parameter", lang), text("value", lang), text("basis", lang)])
        defaults = asdict(DEFAULT_OPTIONS[best.option.kind])
        for key, value in asdict(best.option).items():
            if key == "kind":
                continue
            row += 1
            mine = value != defaults[key]
            label_en, label_tr, basis_tr = SETUP_LABELS.get(key, (key, key, ""))
            basis = basis_tr if lang == "tr" else ASSUMPTIONS.get(key, "")
            put_text(ws, row, 1, label_tr if lang == "tr" else label_en, alignment=WRAP)
            if key == "served_markets":
                value = ", ".join(names.countries.get(m, m) for m in value) if value else "—"
            put(ws, row, 2, value, fill=OVERRIDE_FILL if mine else None)
            put_note(ws, row, text("your_figure", lang) if mine else f"{text('kok_assumption', lang)}: {basis}",
                     ASSUMPTION_COLUMNS, column=3)
    row += 2
    put_text(ws, row, 1, text("fx", lang), font=SECTION_FONT)
    row += 1
    header_row(ws, row, [text("currency", lang), text("rate", lang), text("rate_date", lang), text("source", lang)])
    organisations = dict(zip(pack.table("sources")["source_id"], pack.table("sources")["organisation"]))
    for table in ("fx_ecb", "fx_other"):
        for fx in pack.table(table).to_dict("records"):
            if fx["units_per_eur"] != fx["units_per_eur"]:  # NaN: no reliable official rate
                continue
            row += 1
            put_text(ws, row, 1, fx["currency"])
            put(ws, row, 2, float(fx["units_per_eur"]), "#,##0.0000")
            put(ws, row, 3, dt.date.fromisoformat(fx["rate_date"]), "yyyy-mm-dd")
            put_note(ws, row, organisations.get(fx["source_id"], fx["source_id"]), ASSUMPTION_COLUMNS, column=4)
    set_up_page(ws, lang, last_column=ASSUMPTION_COLUMNS, title_rows="1:1", print_area=True, company=p.company,
                version=data.app_version)


def sources_sheet(wb: Workbook, data: ReportData, names: Names, lang: str) -> None:
    ws = wb.create_sheet(text("sheet_sources", lang))
    widths(ws, {1: 24, 2: 24, 3: 44, 4: 7, 5: 24, 6: 11, 7: 44})
    title(ws, 1, f"Kök {data.app_version} — {text('data_edition', lang)} {data.pack.version}")
    header_row(ws, 3, [text(k, lang) for k in ("dataset", "organisation", "source", "year", "licence", "retrieved", "url")])
    row = 3
    for info in data.pack.datasets():
        for s in info.sources:
            row += 1
            put_text(ws, row, 1, info.title_tr if lang == "tr" else info.title, alignment=WRAP)
            put_text(ws, row, 2, s.organisation, alignment=WRAP)
            put_text(ws, row, 3, s.title, alignment=WRAP)
            put(ws, row, 4, s.year)
            put_text(ws, row, 5, s.licence, alignment=WRAP)
            put_text(ws, row, 6, s.retrieved)
            put_text(ws, row, 7, s.url, alignment=WRAP)
    ws.freeze_panes = "A4"
    ws.auto_filter.ref = f"A3:G{row}"
    set_up_page(ws, lang, last_column=SOURCE_COLUMNS, title_rows="3:3", print_area=True,
                company=data.project.company, version=data.app_version)
