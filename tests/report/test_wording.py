"""Numbers and sentences the reader sees: never "-0", the break-even said right in both
languages, and the tornado chart's input names beside its bars."""

from dataclasses import replace

import pytest
from openpyxl import Workbook, load_workbook

from kokapp.report.cells import DAYS, DEC1, DEC2, DEC3, EUR, EUR2, INT, PCT, PCT0, _shown_decimals, put, put_formula
from kokapp.report.texts import text
from kokapp.report.wording import Names, break_even_sentence
from kokapp.report.writer import write_report

SENTENCES = {
    "reached": {
        "en": "Break-even: the NPV reaches zero at 53% of the planned volume (192,794 units a year once fully "
              "ramped up).",
        "tr": "Başabaş: NBD, planlanan hacmin %53 oranında sıfıra ulaşıyor (tam kapasitede yılda 192.794 adet)."},
    "not_reached": {
        "en": "Break-even: not reached; the NPV is still negative at 20 times the planned volume.",
        "tr": "Başabaş: ulaşılmıyor; NBD planlanan hacmin 20 katında bile negatif."},
    "at_zero": {
        "en": "Break-even: no volume needed; the NPV is zero or positive even with no volume at all.",
        "tr": "Başabaş: hacim gerekmiyor; NBD hacim sıfırken bile sıfır ya da pozitif."},
}
CASES = {"reached": (0.5282, 192793.75), "not_reached": (None, None), "at_zero": (0.0, 0.0)}


def shows_minus_zero(value, number_format) -> bool:
    """Would Excel show this number as -0 (-0 €, -0.0 %, -0.00 …) in this format?"""
    if not isinstance(value, float) or not str(value).startswith("-"):
        return False
    decimals = 15 if number_format in (None, "General") else _shown_decimals(number_format)
    return round(value, decimals) == 0


def test_shown_decimals_of_the_report_formats():
    assert [_shown_decimals(f) for f in (EUR, EUR2, PCT, PCT0, INT, DAYS, DEC1, DEC2, DEC3, "#,##0.0000")] == \
        [0, 2, 3, 2, 0, 1, 1, 2, 3, 4]


@pytest.mark.parametrize("value, number_format, written", [
    (-0.0, EUR, 0.0), (-0.3, EUR, 0.0), (-0.49, EUR, 0.0), (-0.6, EUR, -0.6), (-0.3, EUR2, -0.3),
    (-0.004, EUR2, 0.0), (-0.00004, PCT, 0.0), (-0.0004, PCT, 0.0), (-0.0006, PCT, -0.0006), (-0.004, PCT0, 0.0), (-0.0, None, 0.0),
    (-1e-12, None, -1e-12), (0.3, EUR, 0.3)])
def test_put_never_writes_a_minus_zero(value, number_format, written):
    ws = Workbook().active
    cell = put(ws, 1, 1, value, number_format)
    assert cell.value == written and str(cell.value).startswith("-") == str(written).startswith("-")
    formula = put_formula(ws, 2, 1, "=A1*1", value, number_format)
    assert str(ws.kok_cached[formula.coordinate]) == str(written)       # the cached value too


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_no_cell_of_the_report_shows_minus_zero(books, lang):
    path = books[1][lang]
    for data_only in (False, True):                          # typed values, then formulas' cached values
        for ws in load_workbook(path, data_only=data_only).worksheets:
            bad = [(c.coordinate, c.value, c.number_format) for row in ws.iter_rows() for c in row
                   if shows_minus_zero(c.value, c.number_format)]
            assert not bad, (ws.title, bad)


def test_tornado_cost_per_unit_shows_cents():
    """A hub's ±0.20 € a unit in the tornado table is "-0.20 €", not "-0 €" (a sales office,
    moving no goods, has no such bar)."""
    from openpyxl import Workbook

    from kokapp.report.sheets_economics import _tornado_value

    ws = Workbook().active
    _tornado_value(ws, 1, 2, "variable_cost_change_eur_unit", -0.2, "en")
    _tornado_value(ws, 1, 3, "variable_cost_change_eur_unit", 0.2, "en")
    assert (ws.cell(1, 2).value, ws.cell(1, 3).value) == (pytest.approx(-0.2), pytest.approx(0.2))
    assert ws.cell(1, 2).number_format == ws.cell(1, 3).number_format == EUR2


@pytest.mark.parametrize("lang, money, number, percent", [
    ("en", "0 €", "0.0", "0%"), ("tr", "0 €", "0,0", "%0")])
def test_sentences_never_say_minus_zero(data, lang, money, number, percent):
    names = Names(data, lang)
    assert names.money(-0.4) == names.money(-0.0) == money
    assert names.number(-0.04, 1) == number and names.percent(-0.001) == percent
    assert names.money(-0.6) == "-1 €" and names.money(-1234.4) == ("-1,234 €" if lang == "en" else "-1.234 €")


@pytest.mark.parametrize("lang", ["en", "tr"])
@pytest.mark.parametrize("case", list(CASES))
def test_break_even_sentence_for_each_case(data, case, lang):
    share, units = CASES[case]
    feasibility = replace(data.best_feasibility, break_even_share=share, break_even_units=units)
    assert break_even_sentence(feasibility, Names(data, lang), lang) == SENTENCES[case][lang]


@pytest.mark.parametrize("case", list(CASES))
def test_break_even_in_the_workbook(data, tmp_path, case):
    """The sentence under the key figures and in the recommendation; the figure itself reads right."""
    share, units = CASES[case]
    best = replace(data.best_feasibility, break_even_share=share, break_even_units=units)
    report = replace(data, feasibility=[f if f is not data.best_feasibility else best for f in data.feasibility])
    for lang in ("en", "tr"):
        wb = load_workbook(write_report(report, tmp_path / f"{case}-{lang}.xlsx", lang))
        summary, feasibility = wb.worksheets[0], wb[text("sheet_feasibility", lang)]
        assert SENTENCES[case][lang] in [summary.cell(r, 1).value for r in range(11, 21)]
        labels = [feasibility.cell(r, 1).value for r in range(1, feasibility.max_row + 1)]
        row = labels.index("Break-even share of plan" if lang == "en" else "Başabaş (planın payı)") + 1
        figure = feasibility.cell(row, 2).value
        assert figure == ({"en": "not reached up to 20 × the plan", "tr": "planın 20 katına kadar ulaşılmıyor"}[lang]
                          if share is None else pytest.approx(share))
        assert feasibility.cell(row + 1, 1).value == SENTENCES[case][lang]


def test_demo_set_ups_that_never_break_even_are_not_called_late_paybacks(books, data):
    """A demo set-up that does not break even up to 20 × the plan (the logistics hub at the
    leading location): the overview says so, not "not within the horizon", which is the
    payback's wording; the others show their share."""
    never = [f.break_even_share is None for f in data.feasibility]
    assert any(never) and not all(never)
    for lang, expected in (("en", "not reached up to 20 × the plan"), ("tr", "planın 20 katına kadar ulaşılmıyor")):
        ws = books[0][lang][text("sheet_feasibility", lang)]
        for row, f in zip((5, 6, 7), data.feasibility):
            assert ws.cell(row, 5).value == (expected if f.break_even_share is None
                                             else pytest.approx(f.break_even_share))


def test_tornado_labels_sit_at_the_low_end_beside_the_bars(books):
    for lang in ("en", "tr"):
        charts = books[0][lang][text("sheet_feasibility", lang)]._charts
        tornado = next(c for c in charts if c.type == "bar")
        assert tornado.x_axis.tickLblPos == "low"              # not on the zero line over negative bars
        assert tornado.x_axis.scaling.orientation == "maxMin"  # the most influential input on top
        assert tornado.y_axis.crosses == "max"                 # value axis kept at the bottom
        assert tornado.x_axis.delete is False and tornado.y_axis.delete is False
        cash = next(c for c in charts if c.type == "col")
        assert cash.x_axis.tickLblPos == "low"                 # years below the negative year-0 bar too
