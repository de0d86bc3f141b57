"""Feasibility, Assumptions and Sources sheets."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict

from openpyxl.chart import BarChart, Reference
from openpyxl.workbook import Workbook

from kokapp.core.engine import BENEFIT
from kokapp.core.project import CRITERIA
from kokapp.core.setup_options import ASSUMPTIONS, DEFAULT_OPTIONS
from kokapp.report.cells import (BOLD, DEC2, EUR, INT, OVERRIDE_FILL, PCT, PCT0, SECTION_FONT, header_row,
                                 put, put_formula, put_text, ref, title, widths)
from kokapp.report.data import ReportData
from kokapp.report.sheets_results import Names
from kokapp.report.texts import SETUP_LABELS, text

YEAR_COLUMNS = ["year", "units", "baseline_cost", "option_cost", "savings", "staff_saved", "fixed_costs",
                "variable_change", "uplift_margin", "operating", "depreciation", "tax", "cash_flow"]
YEAR_FIELDS = ["year", "units", "baseline_cost", "option_cost", "savings", "staff_saved_in_turkiye", "fixed_costs",
               "variable_change", "uplift_margin", "operating", "depreciation", "tax", "cash_flow"]
CRITERION_KEYS = {"logistics_cost": "logistics_cost", "duty_cost": "duty_cost", "distance": "distance",
                  "transit_time": "transit_time", "duty_free_share": "duty_free", "lpi": "lpi_criterion",
                  "labour_cost": "labour_cost", "tax": "tax_criterion"}
TORNADO_KEYS = {"setup_cost_eur": ("Set-up cost", "Kuruluş maliyeti"), "rent_eur_month": ("Rent", "Kira"),
                "staff_count": ("Staff", "Personel"), "monthly_wage_eur": ("Local wage", "Yerel ücret"),
                "planned_volume": ("Planned volume", "Planlanan hacim"), "discount_rate_pct": ("Discount rate", "İskonto oranı"),
                "cit_pct": ("Corporate tax", "Kurumlar vergisi"),
                "variable_cost_change_eur_unit": ("Variable cost per unit", "Birim değişken maliyet"),
                "volume_uplift_pct": ("Extra sales", "Ek satış"), "freight_rates": ("Freight rates", "Navlun fiyatları")}


def _payback(value, lang):
    return text("never", lang) if value is None else value


def feasibility_sheet(wb: Workbook, data: ReportData, names: Names, lang: str) -> None:
    ws = wb.create_sheet(text("sheet_feasibility", lang))
    row = 1
    put_text(ws, row, 1, text("feas_overview", lang) + f": {names.sites[data.leader]}", font=SECTION_FONT)
    row += 1
    header_row(ws, row, [text(k, lang) for k in ("kind", "npv", "irr", "payback", "break_even", "break_even_units")])
    for f in data.feasibility:
        row += 1
        put_text(ws, row, 1, text(f.option.kind, lang))
        put(ws, row, 2, f.base.npv_eur, EUR)
        put(ws, row, 3, text("not_defined", lang) if f.base.irr_pct is None else f.base.irr_pct / 100, PCT)
        put(ws, row, 4, _payback(f.base.payback_years, lang), DEC2)
        put(ws, row, 5, text("never", lang) if f.break_even_share is None else f.break_even_share, PCT0)
        put(ws, row, 6, f.break_even_units, INT)
    for kind, error in data.feasibility_errors:
        row += 1
        put_text(ws, row, 1, text(kind, lang))
        put_text(ws, row, 2, text("needs_input", lang, message=f"{error.field}: {error.message}"))
    best = data.best_feasibility
    widths(ws, {i: 17 for i in range(1, 14)} | {1: 24})
    if best is None:
        return
    row += 2
    title(ws, row, text("feas_title", lang, kind=text(best.option.kind, lang), location=names.sites[best.location]),
          font=SECTION_FONT)
    for market, (origin, _) in best.origins.items():
        row += 1
        put_text(ws, row, 1, text("origin_note", lang, market=names.countries[market], origin=names.countries[origin]))
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
            put_formula(ws, row, 13, f"={ref(row, 10)}-{ref(row, 12)}", float(record["cash_flow"]), EUR)
    last = row
    row += 2
    put_text(ws, row, 1, text("discount_rate", lang), font=BOLD)
    put(ws, row, 2, best.settings.discount_rate_pct / 100, PCT)
    rate_cell = ref(row, 2)
    row += 1
    put_text(ws, row, 1, text("npv", lang), font=BOLD)
    put_formula(ws, row, 2, f"={ref(first, 13)}+NPV({rate_cell},{ref(first + 1, 13)}:{ref(last, 13)})",
                best.base.npv_eur, EUR)
    row += 1
    put_text(ws, row, 1, text("irr", lang), font=BOLD)
    put(ws, row, 2, text("not_defined", lang) if best.base.irr_pct is None else best.base.irr_pct / 100, PCT)
    row += 1
    put_text(ws, row, 1, text("payback", lang), font=BOLD)
    put(ws, row, 2, _payback(best.base.payback_years, lang), DEC2)
    row += 1
    put_text(ws, row, 1, text("break_even", lang), font=BOLD)
    put(ws, row, 2, text("never", lang) if best.break_even_share is None else best.break_even_share, PCT0)
    chart = BarChart()
    chart.title = text("chart_cash", lang)
    chart.add_data(Reference(ws, min_col=13, min_row=first - 1, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    chart.y_axis.numFmt = "#,##0"
    chart.height, chart.width = 8, 16
    ws.add_chart(chart, f"O{first - 1}")       # right of the 13-column cash-flow table
    row += 3
    put_text(ws, row, 1, text("scenarios", lang), font=SECTION_FONT)
    row += 1
    header_row(ws, row, [text(k, lang) for k in ("scenario", "npv", "irr", "payback", "freight_level")])
    for name, outcome in best.scenarios.items():
        row += 1
        put_text(ws, row, 1, text(name, lang))
        put(ws, row, 2, outcome.npv_eur, EUR)
        put(ws, row, 3, text("not_defined", lang) if outcome.irr_pct is None else outcome.irr_pct / 100, PCT)
        put(ws, row, 4, _payback(outcome.payback_years, lang), DEC2)
        put_text(ws, row, 5, text(best.scenario_freight[name], lang))
    row += 1
    put_text(ws, row, 1, text("scenario_note", lang))
    row += 2
    put_text(ws, row, 1, text("tornado", lang), font=SECTION_FONT)
    row += 1
    header_row(ws, row, [text(k, lang) for k in ("input", "low_value", "high_value", "npv_low", "npv_high")])
    tornado_first = row + 1
    for bar in best.tornado:
        row += 1
        put_text(ws, row, 1, TORNADO_KEYS.get(bar["input"], (bar["input"],) * 2)[lang == "tr"])
        percent_inputs = {"discount_rate_pct", "cit_pct", "volume_uplift_pct"}
        for col, key in ((2, "low_value"), (3, "high_value")):
            value = bar[key]
            if isinstance(value, str):
                put_text(ws, row, col, text(value, lang))
            elif bar["input"] in percent_inputs:
                put(ws, row, col, value / 100, PCT)
            elif bar["input"] == "planned_volume":
                put(ws, row, col, value, PCT0)
            elif bar["input"] in ("staff_count",):
                put(ws, row, col, value, DEC2)
            else:
                put(ws, row, col, value, EUR if "eur" in bar["input"] else DEC2)
        put(ws, row, 4, bar["npv_low"], EUR)
        put(ws, row, 5, bar["npv_high"], EUR)
    tornado = BarChart()
    tornado.type = "bar"
    tornado.title = text("chart_tornado", lang)
    tornado.add_data(Reference(ws, min_col=4, max_col=5, min_row=tornado_first - 1, max_row=row), titles_from_data=True)
    tornado.set_categories(Reference(ws, min_col=1, min_row=tornado_first, max_row=row))
    tornado.x_axis.numFmt = "#,##0"
    tornado.height, tornado.width = 8, 16
    ws.add_chart(tornado, f"O{max(tornado_first - 1, first + 16)}")
    ws.freeze_panes = "B2"


def assumptions_sheet(wb: Workbook, data: ReportData, names: Names, lang: str) -> None:
    ws = wb.create_sheet(text("sheet_assumptions", lang))
    p, pack = data.project, data.pack
    overrides = {o.key: o for o in p.overrides}
    row = 1
    put_text(ws, row, 1, text("weights", lang), font=SECTION_FONT)
    row += 1
    header_row(ws, row, [text("criterion", lang), text("weight", lang), text("share", lang)])
    total = sum(p.weights.values()) or 1.0
    for criterion in CRITERIA:
        row += 1
        put_text(ws, row, 1, text(CRITERION_KEYS[criterion], lang) + (" ↑" if BENEFIT[criterion] else " ↓"))
        put(ws, row, 2, p.weights.get(criterion, 0.0), DEC2)
        put(ws, row, 3, p.weights.get(criterion, 0.0) / total, PCT0)
    row += 2
    put_text(ws, row, 1, text("overrides", lang), font=SECTION_FONT)
    row += 1
    header_row(ws, row, [text("key", lang), text("value", lang), text("note", lang)])
    for o in p.overrides:
        row += 1
        put_text(ws, row, 1, o.key, fill=OVERRIDE_FILL)
        put(ws, row, 2, o.value, DEC2, fill=OVERRIDE_FILL)
        put_text(ws, row, 3, o.note, fill=OVERRIDE_FILL)
    row += 2
    put_text(ws, row, 1, text("freight_parameters", lang), font=SECTION_FONT)
    row += 1
    header_row(ws, row, [text(k, lang) for k in ("mode", "parameter", "unit", "low", "base", "high", "basis")])
    for f in pack.table("freight_parameters").to_dict("records"):
        row += 1
        key = f"freight/{f['mode']}/{f['parameter']}"
        override = overrides.get(key)
        put_text(ws, row, 1, f["mode"])
        put_text(ws, row, 2, f["parameter"])
        put_text(ws, row, 3, f["unit"])
        for col, level in ((4, "low"), (5, "base"), (6, "high")):
            put(ws, row, col, override.value if override else float(f[level]), fill=OVERRIDE_FILL if override else None)
        put_text(ws, row, 7, f"{text('your_figure', lang)}: {override.note}" if override else f["basis"])
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
            put_text(ws, row, 1, label_tr if lang == "tr" else label_en)
            put(ws, row, 2, value, fill=OVERRIDE_FILL if mine else None)
            put_text(ws, row, 3, text("your_figure", lang) if mine else f"{text('kok_assumption', lang)}: {basis}")
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
            put_text(ws, row, 4, organisations.get(fx["source_id"], fx["source_id"]))
    widths(ws, {1: 34, 2: 30, 3: 18, 4: 12, 5: 12, 6: 12, 7: 90})


def sources_sheet(wb: Workbook, data: ReportData, names: Names, lang: str) -> None:
    ws = wb.create_sheet(text("sheet_sources", lang))
    title(ws, 1, f"Kök {data.app_version} — {text('data_edition', lang)} {data.pack.version}")
    header_row(ws, 3, [text(k, lang) for k in ("dataset", "organisation", "source", "year", "licence", "retrieved", "url")])
    row = 3
    for info in data.pack.datasets():
        for s in info.sources:
            row += 1
            put_text(ws, row, 1, info.title_tr if lang == "tr" else info.title)
            put_text(ws, row, 2, s.organisation)
            put_text(ws, row, 3, s.title)
            put(ws, row, 4, s.year)
            put_text(ws, row, 5, s.licence)
            put_text(ws, row, 6, s.retrieved)
            put_text(ws, row, 7, s.url)
    ws.freeze_panes = "A4"
    ws.auto_filter.ref = f"A3:G{row}"
    widths(ws, {1: 30, 2: 36, 3: 60, 4: 8, 5: 30, 6: 12, 7: 50})
