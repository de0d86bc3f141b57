"""The core names a field by its path (``products[2].hs_code``, ``options[RS-BEG].rent_eur_month``,
``wage/MA``); the user reads "Product 3 · HS code (GTİP)", "Set-up at RS-BEG · Rent", "Statutory
minimum wage — Morocco". One place turns paths into words in the UI language."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from kokapp.gui.assumption_words import assumption_labels
from kokapp.gui.criteria import criterion_names
from kokapp.gui.figure_words import kind_labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


def _product_fields() -> dict[str, str]:
    return {"name": _tr("name"), "hs_code": _tr("HS code (GTİP)"), "unit_value_eur": _tr("unit value (EUR)"),
            "unit_weight_kg": _tr("gross weight (kg)"), "unit_volume_m3": _tr("volume (m³)"),
            "units_per_pallet": _tr("units per pallet")}


def _top() -> dict[str, str]:
    return {"products": _tr("Products"), "markets": _tr("Target markets"), "candidates": _tr("Candidate locations"),
            "volumes": _tr("Annual volumes"), "weights": _tr("Weights"), "origin_site": _tr("Origin hub"),
            "forced_mode": _tr("Transport mode"), "overrides": _tr("Your figures"), "location": _tr("Location"),
            "company": _tr("Company"), "settings": _tr("Feasibility"), "option": _tr("Set-up"),
            "max_transit_days": _tr("Maximum transit days")}


def country_name(iso2: str) -> str:
    """A country in the UI language (CLDR names through babel), the code if babel has none."""
    from babel import Locale

    language = "tr" if QLocale().language() == QLocale.Language.Turkish else "en"
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
        text = _tr("Product %1").replace("%1", str(int(match.group(1)) + 1))
        return text + (f" · {_product_fields().get(match.group(2), match.group(2))}" if match.group(2) else "")
    match = re.fullmatch(r"(markets|candidates)\[(\d+)\]", path)
    if match:
        label = _tr("Target market %1") if match.group(1) == "markets" else _tr("Candidate location %1")
        return label.replace("%1", str(int(match.group(2)) + 1))
    match = re.fullmatch(r"volumes\[(.+), (\w+)\]|volumes\[(.+)\]\[(\w+)\]", path)
    if match:
        product, market = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        return _tr("Annual volume of %1 in %2").replace("%1", product).replace("%2", country_name(market))
    match = re.fullmatch(r"weights\.(\w+)", path)
    if match:
        return _tr("Weight of %1").replace("%1", criterion_names().get(match.group(1), match.group(1)))
    match = re.fullmatch(r"overrides\[(\d+)\]\.(key|value)", path)
    if match:
        return _tr("Your figure %1").replace("%1", str(int(match.group(1)) + 1))
    match = re.fullmatch(r"(?:options\[([\w-]+)\]|option|feasibility\.options\.([\w-]+)|settings)\.(\w+)(?:\[\d+\])?", path)
    if match:
        label = assumption_labels().get(match.group(3), match.group(3))
        site = match.group(1) or match.group(2)
        site = (names or {}).get(site, site)
        return f"{_tr('Set-up at %1').replace('%1', site)} · {label}" if site else f"{_tr('Feasibility')} · {label}"
    return top.get(path, path)
