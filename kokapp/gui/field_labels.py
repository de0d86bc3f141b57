"""The core names a field by its path (``products[2].hs_code``, ``options[RS-BEG].rent_eur_month``,
``wage/MA``); the user reads "Product 3 · HS code (GTİP)", "Set-up at RS-BEG · Rent", "Statutory
minimum wage — Morocco". One place turns paths into words in the UI language."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kokapp.core.names import display_names
from kokapp.gui.assumption_words import assumption_labels
from kokapp.gui.criteria import criterion_names
from kokapp.gui.figure_words import kind_labels
from kokapp.gui.i18n import ui_language


def _tr(text: str) -> str:
    """Texts are marked with QT_TRANSLATE_NOOP where they stand, so lupdate finds them."""
    return QCoreApplication.translate("Fields", text)


_PRODUCT_FIELDS = {
    "name": QT_TRANSLATE_NOOP("Fields", "name"),
    "hs_code": QT_TRANSLATE_NOOP("Fields", "HS code (GTİP)"),
    "unit_value_eur": QT_TRANSLATE_NOOP("Fields", "unit value (EUR)"),
    "unit_weight_kg": QT_TRANSLATE_NOOP("Fields", "gross weight (kg)"),
    "unit_volume_m3": QT_TRANSLATE_NOOP("Fields", "volume (m³)"),
    "units_per_pallet": QT_TRANSLATE_NOOP("Fields", "units per pallet"),
}
_TOP = {
    "products": QT_TRANSLATE_NOOP("Fields", "Products"),
    "markets": QT_TRANSLATE_NOOP("Fields", "Target markets"),
    "candidates": QT_TRANSLATE_NOOP("Fields", "Candidate locations"),
    "volumes": QT_TRANSLATE_NOOP("Fields", "Annual volumes"),
    "weights": QT_TRANSLATE_NOOP("Fields", "Weights"),
    "origin_site": QT_TRANSLATE_NOOP("Fields", "Origin hub"),
    "forced_mode": QT_TRANSLATE_NOOP("Fields", "Transport mode"),
    "overrides": QT_TRANSLATE_NOOP("Fields", "Your figures"),
    "location": QT_TRANSLATE_NOOP("Fields", "Location"),
    "company": QT_TRANSLATE_NOOP("Fields", "Company"),
    "settings": QT_TRANSLATE_NOOP("Fields", "Feasibility"),
    "option": QT_TRANSLATE_NOOP("Fields", "Set-up"),
    "max_transit_days": QT_TRANSLATE_NOOP("Fields", "Maximum transit days"),
}


def _product_fields() -> dict[str, str]:
    return {key: _tr(text) for key, text in _PRODUCT_FIELDS.items()}


def _top() -> dict[str, str]:
    return {key: _tr(text) for key, text in _TOP.items()}


_pack_countries: dict[str, dict[str, str]] = {}     # language -> ISO2 -> the data pack's name


def know_countries(pack) -> None:
    """The data pack's country names, which :func:`country_name` reads first: the names the rest
    of the window shows, without loading babel's CLDR data (10 MB, 50 ms) for the pack's countries."""
    _pack_countries.clear()
    for language in ("tr", "en"):
        _pack_countries[language] = display_names(pack, language).countries


def country_name(iso2: str) -> str:
    """A country in the UI language: the data pack's name, else CLDR's through babel (a supplier's
    country such as CN), else the code."""
    language = ui_language()
    known = _pack_countries.get(language, {}).get(iso2)
    if known:
        return known
    from babel import Locale

    return Locale(language).territories.get(iso2, iso2)


def figure_key_label(key: str) -> str | None:
    """``wage/MA`` → "Statutory minimum wage — Morocco"; None when the key is no country figure."""
    kind, _, rest = key.partition("/")
    if kind in ("wage", "tax", "lpi") and re.fullmatch(r"[A-Z]{2}", rest):
        return f"{kind_labels()[kind]} — {country_name(rest)}"
    return None


def field_label(path: str, names: dict[str, str] | None = None) -> str:
    """Words for a core field path; unknown parts are kept as they are (never lost). ``names``:
    site ids to names in the UI language, where the caller has them."""
    figure = figure_key_label(path)
    if figure:
        return figure
    top = _top()
    match = re.fullmatch(r"products\[(\d+)\](?:\.(\w+))?", path)
    if match:
        text = _tr(QT_TRANSLATE_NOOP("Fields", "Product %1")).replace("%1", str(int(match.group(1)) + 1))
        return text + (f" · {_product_fields().get(match.group(2), match.group(2))}" if match.group(2) else "")
    match = re.fullmatch(r"(markets|candidates)\[(\d+)\]", path)
    if match:
        label = _tr(QT_TRANSLATE_NOOP("Fields", "Target market %1")) if match.group(1) == "markets" else _tr(QT_TRANSLATE_NOOP("Fields", "Candidate location %1"))
        return label.replace("%1", str(int(match.group(2)) + 1))
    match = re.fullmatch(r"volumes\[(.+), (\w+)\]|volumes\[(.+)\]\[(\w+)\]", path)
    if match:
        product, market = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        return _tr(QT_TRANSLATE_NOOP("Fields", "Annual volume of %1 in %2")).replace("%1", product).replace("%2", country_name(market))
    match = re.fullmatch(r"weights\.(\w+)", path)
    if match:
        return _tr(QT_TRANSLATE_NOOP("Fields", "Weight of %1")).replace("%1", criterion_names().get(match.group(1), match.group(1)))
    match = re.fullmatch(r"overrides\[(\d+)\]\.(key|value)", path)
    if match:
        return _tr(QT_TRANSLATE_NOOP("Fields", "Your figure %1")).replace("%1", str(int(match.group(1)) + 1))
    match = re.fullmatch(r"(?:options\[([\w-]+)\]|option|feasibility\.options\.([\w-]+)|settings)\.(\w+)(?:\[\d+\])?", path)
    if match:
        label = assumption_labels().get(match.group(3), match.group(3))
        site = match.group(1) or match.group(2)
        site = (names or {}).get(site, site)
        if site:
            return _tr(QT_TRANSLATE_NOOP("Fields", "Set-up at %1")).replace("%1", site) + " · " + label
        return _tr(QT_TRANSLATE_NOOP("Fields", "Feasibility")) + " · " + label
    return top.get(path, path)
