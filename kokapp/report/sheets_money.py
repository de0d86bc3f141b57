"""The verdict in money and the money table of the Summary sheet: what the owner decides on comes
before the multi-criteria scores (:mod:`kokapp.core.money`)."""

from __future__ import annotations

import math

from openpyxl.worksheet.worksheet import Worksheet

from kokapp.core.money import verdict_phrase
from kokapp.core.scoring import Knockout
from kokapp.report.cells import (BASELINE_FILL, DEC1, EUR, INT, SECTION_FONT, WRAP, ConstantAlignment, header_row, put,
                                 put_note, put_text)
from kokapp.report.data import ReportData
from kokapp.report.texts import text
from kokapp.report.wording import Names

MISSING_FIGURES = {"wage": "missing_wage", "tax": "missing_tax"}
EUR_SIGNED = '+#,##0 "€";-#,##0 "€";0 "€"'      # a difference: its sign always shown
PCT_SIGNED = "+0.0%;-0.0%;0.0%"
RIGHT = ConstantAlignment(horizontal="right")


def missing_text(field: str, message: str, names: Names, lang: str) -> str:
    """A set-up that could not be evaluated, in the report's language (the known reasons)."""
    kind, _, iso2 = field.partition("/")
    if kind in MISSING_FIGURES and iso2:
        return text(MISSING_FIGURES[kind], lang, country=names.countries.get(iso2, iso2))
    return f"{message} ({field})"


def verdict_sentence(data: ReportData, names: Names, lang: str) -> str:
    view, horizon = data.money, data.project.feasibility.horizon_years
    key, v = verdict_phrase(view, horizon)
    sentence = _verdict_words(view, names, lang, horizon, key, v)
    if v.get("excluded"):
        sentence += " " + text("verdict_excluded", lang, count=v["excluded"])
    return sentence


def _verdict_words(view, names: Names, lang: str, horizon: int, key: str, v: dict) -> str:
    if key == "pays":
        values = dict(location=names.sites[v["location"]], kind=text(v["kind"], lang).lower(),
                      npv=names.money(v["npv"]), horizon=horizon)
        if v["payback"] is None:
            return text("verdict_pays_no_payback", lang, **values)
        return text("verdict_pays", lang, years=names.number(v["payback"], 1), **values)
    origin = names.sites[view.baseline]
    if key in ("keep", "unknown"):
        return text(f"verdict_{key}", lang, origin=origin)
    values = dict(location=names.sites[v["location"]], saving=names.money(v["saving"]),
                  share=names.percent(v["share"]), horizon=horizon, origin=origin)
    if key == "undecided":
        missing = "; ".join(missing_text(f, m, names, lang) for f, m in v["problems"])
        return text("verdict_undecided", lang, missing=missing, **values)
    return text("verdict_keep_cheaper", lang, **values)


def knockout_text(k: Knockout, names: Names, lang: str) -> str:
    if k.rule == "min_duty_free_share":
        value, threshold = names.percent(k.value), names.percent(k.threshold)
    else:
        digits = 1 if k.rule == "max_transit_days" else 2
        value, threshold = names.number(k.value, digits), names.number(k.threshold, digits)
    return text(f"knockout_{k.rule}", lang, value=value, threshold=threshold)


COLUMNS = ("location", "logistics_year", "duty_year", "landed_year", "vs_baseline", "vs_baseline_pct", "best_setup",
           "npv", "payback_years", "break_even_units")
FIRST = 2          # the Summary sheet's location column (column 1 marks an excluded location)


def money_table(ws: Worksheet, row: int, data: ReportData, names: Names, lang: str, last_column: int) -> int:
    """The money section from ``row`` (its title); returns its last row."""
    put_text(ws, row, 1, text("money", lang), font=SECTION_FONT)
    row += 1
    put_note(ws, row, text("money_note", lang), last_column)
    row += 1
    header_row(ws, row, [text(k, lang) for k in COLUMNS], column=FIRST)
    view = data.money
    for r in view.rows:
        row += 1
        baseline = r.location == view.baseline
        name = names.sites[r.location] + (f" — {text('baseline', lang)}" if baseline else "")
        if r.excluded:
            put_text(ws, row, 1, "✗ " + text("excluded_mark", lang))
        put_text(ws, row, FIRST, name, alignment=WRAP)
        put(ws, row, FIRST + 1, r.logistics_eur, EUR)
        put(ws, row, FIRST + 2, r.duty_eur, EUR)            # NaN (a duty unknown) stays empty: never 0
        put(ws, row, FIRST + 3, r.landed_eur, EUR)
        if baseline:
            for col in range(1, FIRST + len(COLUMNS)):
                ws.cell(row=row, column=col).fill = BASELINE_FILL
            continue
        put(ws, row, FIRST + 4, r.delta_eur, EUR_SIGNED)
        put(ws, row, FIRST + 5, r.delta_pct, PCT_SIGNED)
        s = r.best_setup
        if s is None:
            put_text(ws, row, FIRST + 6, text("not_evaluated", lang), alignment=WRAP)
            continue
        put_text(ws, row, FIRST + 6, text(s.kind, lang), alignment=WRAP)
        put(ws, row, FIRST + 7, s.npv_eur, EUR)
        put(ws, row, FIRST + 8, s.payback_years if s.payback_years is not None else text("never", lang), DEC1,
            alignment=RIGHT)
        put(ws, row, FIRST + 9, s.break_even_units if s.break_even_units is not None else "—", INT, alignment=RIGHT)
    for r in view.rows:
        if r.setup_problems and r.best_setup is None:
            row += 1
            reasons = "; ".join(missing_text(f, m, names, lang) for f, m in r.problems())
            put_note(ws, row, f"{names.sites[r.location]}: {text('not_evaluated', lang)} — {reasons}", last_column)
    return row


def exclusion_sentences(data: ReportData, names: Names, lang: str) -> list[str]:
    """Knock-outs and the missing-figure rule, said in the recommendation."""
    c = data.comparison
    lines = [text("rec_excluded", lang, location=names.sites[loc],
                  reasons="; ".join(knockout_text(k, names, lang) for k in found))
             for loc, found in c.knockouts().items()]
    words = {"logistics_cost": "logistics_year", "duty_cost": "duty_year", "distance": "distance_km",
             "transit_time": "transit_days", "duty_free_share": "duty_free_share", "lpi": "lpi",
             "labour_cost": "min_wage", "tax": "cit"}
    rule = f"rec_missing_rule_{data.project.ranking.missing}"
    for criterion, key in words.items():
        gaps = [loc for loc in c.locations if math.isnan(c.criterion(loc, criterion))]
        if gaps:
            lines.append(text(rule, lang, criterion=text(key, lang),
                              locations=", ".join(names.sites[loc] for loc in gaps)))
    return lines
