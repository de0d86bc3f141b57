"""Numbers as users type and read them: 1.234,56 on a Turkish system, 1,234.56 otherwise."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale


def parse_number(text: str, locale: QLocale | None = None) -> float | None:
    """Parse user input in the UI locale, also accepting a plain decimal comma or point
    ("12,5" and "12.5" both mean 12.5 when there is no other separator). None if not a number."""
    text = text.strip().replace("\u00a0", "").replace(" ", "").replace("€", "").replace("%", "")
    if not text:
        return None
    locale = locale or QLocale()
    value, ok = locale.toDouble(text)
    group = locale.groupSeparator()
    if ok and group in text and text.lstrip("+-").split(group)[0] in ("", "0"):
        ok = False  # "0,008" (English) or "0.008" (Turkish): a decimal, not thousands
    if not ok:
        c_value, c_ok = QLocale.c().toDouble(text.replace(",", "."))
        if c_ok and (text.count(",") + text.count(".")) <= 1:
            value, ok = c_value, True
    if not ok or math.isnan(value) or math.isinf(value):
        return None
    return value


def format_number(value: float | None, decimals: int = 2, locale: QLocale | None = None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return (locale or QLocale()).toString(float(value), "f", decimals)


SYMBOLS = {"EUR": "€", "USD": "$", "TRY": "₺"}
_display = {"currency": "EUR", "per_eur": 1.0}


def set_display_currency(code: str, units_per_eur: float) -> None:
    """Money is computed in EUR; show it in ``code`` at the bundled reference rate."""
    _display.update(currency=code, per_eur=units_per_eur)


def display_state() -> tuple:
    """What shown money depends on besides the amount: the currency, its rate, the number locale."""
    return _display["currency"], _display["per_eur"], QLocale().name()


def currency_symbol() -> str:
    """The display currency's symbol (€, $, ₺), for column headers and chart units."""
    return SYMBOLS.get(_display["currency"], _display["currency"])


def to_display(eur):
    """An EUR amount (or numpy array) in the display currency, for charts."""
    return eur * _display["per_eur"]


def format_money(value: float | None, decimals: int = 0, locale: QLocale | None = None) -> str:
    """An amount in EUR, shown in the display currency."""
    converted = None if value is None else float(value) * _display["per_eur"]
    text = format_number(None if converted is None else abs(converted), decimals, locale)
    if text == "–":
        return text
    sign = "-" if converted < 0 and text.strip("0.,") else ""
    symbol = currency_symbol()
    if (locale or QLocale()).language() == QLocale.Language.Turkish:
        return f"{sign}{text} {symbol}"          # Turkish writes 142.290 €
    return f"{sign}{symbol}{text}"


def format_percent(share: float | None, decimals: int = 0, locale: QLocale | None = None) -> str:
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return "–"
    return f"%{format_number(share * 100, decimals, locale)}" if (locale or QLocale()).language() == QLocale.Language.Turkish \
        else f"{format_number(share * 100, decimals, locale)}%"
