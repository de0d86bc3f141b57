"""Words for the user's own figures: what each figure is, its slots, units, product groups and
the sentences that say what is wrong with a value (one place for them, in the UI language)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from kokapp.core.bounds import Bounds
from kokapp.core.datapack import SourceInfo
from kokapp.gui.i18n import ui_language
from kokapp.gui.numbers import format_number


def _translated(table: dict) -> dict:
    return {key: QCoreApplication.translate("FigureWords", text) for key, text in table.items()}


_MODE_LABELS = {
    "road_ftl": QT_TRANSLATE_NOOP("FigureWords", "Road freight"),
    "road_ltl": QT_TRANSLATE_NOOP("FigureWords", "Road groupage"),
    "sea_container": QT_TRANSLATE_NOOP("FigureWords", "Sea container"),
    "roro": QT_TRANSLATE_NOOP("FigureWords", "Ro-Ro"),
    "rail": QT_TRANSLATE_NOOP("FigureWords", "Rail"),
    "air": QT_TRANSLATE_NOOP("FigureWords", "Air freight"),
    "all": QT_TRANSLATE_NOOP("FigureWords", "All modes"),
}


def mode_labels() -> dict[str, str]:
    return _translated(_MODE_LABELS)


_KIND_LABELS = {
    "tariff": QT_TRANSLATE_NOOP("FigureWords", "MFN import tariff (group average)"),
    "duty": QT_TRANSLATE_NOOP("FigureWords", "Duty quote from your broker"),
    "wage": QT_TRANSLATE_NOOP("FigureWords", "Statutory minimum wage"),
    "tax": QT_TRANSLATE_NOOP("FigureWords", "Corporate income tax"),
    "lpi": QT_TRANSLATE_NOOP("FigureWords", "Logistics performance (LPI score)"),
    "labour_cost_mfg": QT_TRANSLATE_NOOP("FigureWords", "Manufacturing labour cost per hour"),
    "energy_price": QT_TRANSLATE_NOOP("FigureWords", "Industrial electricity price"),
    "governance": QT_TRANSLATE_NOOP("FigureWords", "Governance (World Bank WGI mean)"),
    "proximity": QT_TRANSLATE_NOOP("FigureWords", "Proximity to Türkiye"),
    "lpi_customs": QT_TRANSLATE_NOOP("FigureWords", "LPI customs score"),
    "lpi_timeliness": QT_TRANSLATE_NOOP("FigureWords", "LPI timeliness score"),
    "fx": QT_TRANSLATE_NOOP("FigureWords", "Exchange rate for local wages"),
    "origin": QT_TRANSLATE_NOOP("FigureWords", "Origin of a product on a lane (1 originating, 0 not)"),
    "road": QT_TRANSLATE_NOOP("FigureWords", "Road distance of a land leg"),
    "sea": QT_TRANSLATE_NOOP("FigureWords", "Sea distance between two ports"),
}


def kind_labels() -> dict[str, str]:
    return _translated(_KIND_LABELS)


def kind_label(kind) -> str:
    """What a figure kind is, for a FigureKind of the catalogue (a freight parameter's words come
    from the data pack, in the UI language, as the report's do)."""
    if kind.group == "freight":
        language = ui_language()
        return dict(kind.labels).get(language) or f"{mode_labels().get(kind.mode, kind.mode)}: {kind.parameter}"
    return kind_labels().get(kind.kind_id, kind.kind_id)


_GROUP_LABELS = {
    "freight": QT_TRANSLATE_NOOP("FigureWords", "Freight model"),
    "tariff": QT_TRANSLATE_NOOP("FigureWords", "Tariffs and duty"),
    "country": QT_TRANSLATE_NOOP("FigureWords", "Country figures"),
    "distance": QT_TRANSLATE_NOOP("FigureWords", "Distances"),
}


def group_labels() -> dict[str, str]:
    """Kinds of figure, for the separators of the list of kinds."""
    return _translated(_GROUP_LABELS)


_SLOT_LABELS = {
    "importer": QT_TRANSLATE_NOOP("FigureWords", "Importing country"),
    "group": QT_TRANSLATE_NOOP("FigureWords", "Product group"),
    "origin": QT_TRANSLATE_NOOP("FigureWords", "Origin of the goods"),
    "market": QT_TRANSLATE_NOOP("FigureWords", "Market"),
    "country": QT_TRANSLATE_NOOP("FigureWords", "Country"),
    "from": QT_TRANSLATE_NOOP("FigureWords", "From"),
    "to": QT_TRANSLATE_NOOP("FigureWords", "To"),
    "port": QT_TRANSLATE_NOOP("FigureWords", "Port"),
    "other_port": QT_TRANSLATE_NOOP("FigureWords", "Other port"),
    "currency": QT_TRANSLATE_NOOP("FigureWords", "Currency"),
    "hs": QT_TRANSLATE_NOOP("FigureWords", "HS code"),
}


def slot_labels() -> dict[str, str]:
    return _translated(_SLOT_LABELS)


_UNIT_LABELS = {
    "EUR/km": QT_TRANSLATE_NOOP("FigureWords", "EUR per km"),
    "EUR/nm": QT_TRANSLATE_NOOP("FigureWords", "EUR per nautical mile"),
    "EUR/kg": QT_TRANSLATE_NOOP("FigureWords", "EUR per kg"),
    "EUR/shipment": QT_TRANSLATE_NOOP("FigureWords", "EUR per shipment"),
    "EUR/border": QT_TRANSLATE_NOOP("FigureWords", "EUR per border crossing"),
    "EUR/FEU": QT_TRANSLATE_NOOP("FigureWords", "EUR per 40' container"),
    "EUR/trailer": QT_TRANSLATE_NOOP("FigureWords", "EUR per trailer"),
    "kg": QT_TRANSLATE_NOOP("FigureWords", "kg"),
    "m3": QT_TRANSLATE_NOOP("FigureWords", "m³"),
    "pallets": QT_TRANSLATE_NOOP("FigureWords", "pallets"),
    "km/day": QT_TRANSLATE_NOOP("FigureWords", "km per day"),
    "knots": QT_TRANSLATE_NOOP("FigureWords", "knots"),
    "kg/m3": QT_TRANSLATE_NOOP("FigureWords", "kg per m³"),
    "ratio": QT_TRANSLATE_NOOP("FigureWords", "factor"),
    "days": QT_TRANSLATE_NOOP("FigureWords", "days"),
    "share of value": QT_TRANSLATE_NOOP("FigureWords", "share of the goods' value (0.01 = 1 %)"),
    "share of value per year":
        QT_TRANSLATE_NOOP("FigureWords", "share of the goods' value per year (0.12 = 12 %)"),
    "%": QT_TRANSLATE_NOOP("FigureWords", "%"),
    "EUR/month": QT_TRANSLATE_NOOP("FigureWords", "EUR per month"),
    "lpi": QT_TRANSLATE_NOOP("FigureWords", "score from 1 to 5"),
    "km": QT_TRANSLATE_NOOP("FigureWords", "km"),
    "nm": QT_TRANSLATE_NOOP("FigureWords", "nautical miles"),
    "EUR/hour": QT_TRANSLATE_NOOP("FigureWords", "EUR per hour"),
    "EUR/kWh": QT_TRANSLATE_NOOP("FigureWords", "EUR per kWh"),
    "wgi": QT_TRANSLATE_NOOP("FigureWords", "score from −2.5 to +2.5"),
    "share": QT_TRANSLATE_NOOP("FigureWords", "score from 0 to 1"),
    "per EUR": QT_TRANSLATE_NOOP("FigureWords", "units of the currency per euro"),
    "yes/no": QT_TRANSLATE_NOOP("FigureWords", "1 yes, 0 no"),
}


def unit_labels() -> dict[str, str]:
    return _translated(_UNIT_LABELS)


_PRODUCT_GROUP_LABELS = {
    "ALL": QT_TRANSLATE_NOOP("FigureWords", "All products"),
    "ANIMAL": QT_TRANSLATE_NOOP("FigureWords", "Animal products"),
    "DAIRY": QT_TRANSLATE_NOOP("FigureWords", "Dairy products"),
    "FRUIT_VEG": QT_TRANSLATE_NOOP("FigureWords", "Fruit, vegetables, plants"),
    "COFFEE_TEA": QT_TRANSLATE_NOOP("FigureWords", "Coffee, tea"),
    "CEREALS": QT_TRANSLATE_NOOP("FigureWords", "Cereals and preparations"),
    "OILSEEDS": QT_TRANSLATE_NOOP("FigureWords", "Oilseeds, fats and oils"),
    "SUGARS": QT_TRANSLATE_NOOP("FigureWords", "Sugars and confectionery"),
    "BEVERAGES_TOBACCO": QT_TRANSLATE_NOOP("FigureWords", "Beverages and tobacco"),
    "COTTON": QT_TRANSLATE_NOOP("FigureWords", "Cotton"),
    "OTHER_AG": QT_TRANSLATE_NOOP("FigureWords", "Other agricultural products"),
    "FISH": QT_TRANSLATE_NOOP("FigureWords", "Fish and fish products"),
    "MINERALS_METALS": QT_TRANSLATE_NOOP("FigureWords", "Minerals and metals"),
    "PETROLEUM": QT_TRANSLATE_NOOP("FigureWords", "Petroleum"),
    "CHEMICALS": QT_TRANSLATE_NOOP("FigureWords", "Chemicals"),
    "WOOD_PAPER": QT_TRANSLATE_NOOP("FigureWords", "Wood, paper, etc."),
    "TEXTILES": QT_TRANSLATE_NOOP("FigureWords", "Textiles"),
    "CLOTHING": QT_TRANSLATE_NOOP("FigureWords", "Clothing"),
    "LEATHER_FOOTWEAR": QT_TRANSLATE_NOOP("FigureWords", "Leather, footwear, etc."),
    "NONELEC_MACHINERY": QT_TRANSLATE_NOOP("FigureWords", "Non-electrical machinery"),
    "ELEC_MACHINERY": QT_TRANSLATE_NOOP("FigureWords", "Electrical machinery"),
    "TRANSPORT_EQUIPMENT": QT_TRANSLATE_NOOP("FigureWords", "Transport equipment"),
    "MANUF_NES": QT_TRANSLATE_NOOP("FigureWords", "Manufactures not elsewhere specified"),
}


def product_group_labels() -> dict[str, str]:
    """WTO MTN product groups (as in the WTO World Tariff Profiles)."""
    return _translated(_PRODUCT_GROUP_LABELS)


_KOK_SOURCE_TITLES = {
    "kok_freight_model": QT_TRANSLATE_NOOP("FigureWords", "Kök freight model assumptions"),
    "kok_hs_mtn_mapping": QT_TRANSLATE_NOOP(
        "FigureWords", "HS chapter to WTO MTN product group correspondence (chapter-level approximation)"),
}


def _words(source: SourceInfo) -> tuple[str, str]:
    """(organisation, title): Kök's own sources are Kök's words, so they are translated;
    published sources keep the title they were published under."""
    organisation = source.organisation
    if organisation == "Kök developers":
        organisation = QCoreApplication.translate("FigureWords", "Kök developers")
    return organisation, _translated(_KOK_SOURCE_TITLES).get(source.source_id, source.title)


def source_text(source: SourceInfo | None) -> str:
    """'Organisation: title (year)' in the UI language where the words are Kök's own."""
    if source is None:
        return QCoreApplication.translate("FigureWords", "no source")
    organisation, title = _words(source)
    return f"{organisation}: {title} ({source.year})"


def source_name(source: SourceInfo) -> str:
    """'Organisation: title' (no year) for the data sources table."""
    organisation, title = _words(source)
    return f"{organisation}: {title}"


def plain_number(value: float | None, decimals: int = 4) -> str:
    """A number in the UI locale with no trailing zeros: 1,75 · 2.371 · 0,0015 (Turkish)."""
    text = format_number(value, decimals)
    if text == "–" or decimals == 0:
        return text
    point = QLocale().decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


_RULES = {
    "between": QT_TRANSLATE_NOOP("FigureWords", "Enter a number from %1 to %2."),
    "above": QT_TRANSLATE_NOOP("FigureWords", "Enter a number greater than %1."),
    "at_least": QT_TRANSLATE_NOOP("FigureWords", "Enter a number of %1 or more."),
    "above_up_to": QT_TRANSLATE_NOOP("FigureWords", "Enter a number greater than %1 and at most %2."),
    "at_most": QT_TRANSLATE_NOOP("FigureWords", "Enter a number of at most %2."),
    "any": QT_TRANSLATE_NOOP("FigureWords", "Enter a number."),
}


def problem_text(code: str, bounds: Bounds | None = None) -> str:
    """The sentence shown next to a field for a problem code of the core."""
    if code == "not_a_number":
        return QCoreApplication.translate("FigureWords", "Enter a number.")
    if code == "not_whole":
        return QCoreApplication.translate("FigureWords", "Enter a whole number.")
    if code == "too_large":
        return QCoreApplication.translate("FigureWords", "This number is too large.")
    if code == "unknown":
        return QCoreApplication.translate("FigureWords", "Kök does not know this figure: choose it again.")
    if code == "duplicate":
        return QCoreApplication.translate("FigureWords", "This figure is already in the list.")
    rule = bounds.rule if bounds else "any"
    low = plain_number(bounds.minimum) if bounds and bounds.minimum is not None else ""
    high = plain_number(bounds.maximum) if bounds and bounds.maximum is not None else ""
    text = QCoreApplication.translate("FigureWords", _RULES[rule])
    return text.replace("%1", low).replace("%2", high)
