"""Numbers typed the Turkish or the English way, and shown in the UI locale."""

import pytest
from PySide6.QtCore import QLocale

from kokapp.gui.numbers import format_money, format_number, parse_number, set_display_currency

EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
TR = QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey)


@pytest.mark.parametrize("text, en, tr", [
    ("24,50", 24.5, 24.5),          # a lone comma is a decimal comma in both
    ("6.2", 6.2, 6.2),              # a lone point with one digit group is a decimal point
    ("0,008", 0.008, 0.008),        # leading zero: never thousands
    ("0.008", 0.008, 0.008),
    ("12,000", 12000.0, 12.0),      # three digits after the only separator: the locale decides
    ("12.000", 12.0, 12000.0),
    ("1.234,56", None, 1234.56),
    ("1,234.56", 1234.56, None),
    ("€ 18,00", 18.0, 18.0),
    ("abc", None, None),
    ("nan", None, None),
    ("", None, None),
])
def test_parse(text, en, tr):
    assert parse_number(text, EN) == en
    assert parse_number(text, TR) == tr


def test_format_in_locale():
    assert format_number(1234.5, 2, TR) == "1.234,50"
    assert format_number(1234.5, 2, EN) == "1,234.50"
    assert format_number(None) == "–"


def test_money_sign_and_currency():
    try:
        assert format_money(-1288674, 0, EN) == "-€1,288,674"
        set_display_currency("TRY", 50.0)
        assert format_money(10, 0, TR) == "500 ₺"
    finally:
        set_display_currency("EUR", 1.0)
