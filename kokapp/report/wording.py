"""Names, numbers and sentences of the report in its language (no Qt)."""

from __future__ import annotations

from kokapp.core.feasibility import Feasibility
from kokapp.core.names import display_names
from kokapp.report.data import ReportData
from kokapp.report.texts import text


class Names:
    """Names in the report language, and numbers written the same way in sentences. A number that
    rounds to zero is written without a sign: never "-0 €"."""

    def __init__(self, data: ReportData, language: str):
        names = display_names(data.pack, language)
        self.countries, self.sites, self.agreements = names.countries, names.sites, names.agreements
        self.language = language

    def money(self, value: float) -> str:
        return f"{self.number(value, 0)} €"

    def number(self, value: float, digits: int) -> str:
        value = round(float(value), digits) + 0.0       # + 0.0 turns -0.0 into 0.0
        text_value = f"{value:,.{digits}f}"
        if self.language == "tr":
            text_value = text_value.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
        return text_value

    def figure(self, key: str, pack) -> str:
        """An own figure's key in words: "Road freight: rate per km (full truck)", "Statutory
        minimum wage — Morocco"; the key itself for a kind the report has no words for."""
        kind, *parts = key.split("/")
        if kind == "freight" and len(parts) == 2:
            table = pack.columns["freight_parameters"]
            for mode, parameter, label in zip(table["mode"], table["parameter"], table[f"label_{self.language}"]):
                if [mode, parameter] == parts:
                    return label
        words = {"wage": "figure_wage", "tax": "figure_tax", "lpi": "figure_lpi", "tariff": "figure_tariff",
                 "duty": "figure_duty", "road": "figure_road", "sea": "figure_sea"}
        if kind not in words or not parts:
            return key
        places = [self.countries.get(x, self.sites.get(x, x)) for x in parts]
        joined = ", ".join(places) if kind == "tariff" else " → ".join(places)
        return f"{text(words[kind], self.language)} — {joined}"

    def percent(self, share: float) -> str:
        value = round(share * 100) + 0
        return f"%{value:.0f}" if self.language == "tr" else f"{value:.0f}%"


def break_even_sentence(feasibility: Feasibility, names: Names, lang: str) -> str:
    """The break-even in words: the share of the planned volume at which NPV = 0. The core gives
    0.0 when the NPV is not negative even at zero volume, and None when it is still negative at
    20 times the plan."""
    share = feasibility.break_even_share
    if share is None:
        return text("break_even_not_reached", lang)
    if share == 0:
        return text("break_even_at_zero", lang)
    return text("break_even_reached", lang, share=names.percent(share),
                units=names.number(feasibility.break_even_units, 0))


def detail_sentence(data: ReportData, names: Names, lang: str) -> str | None:
    """What a detail sheet of a large study leaves out, in words; None when it shows every location.
    At most DETAIL_NAMES locations are named (the sentence would outgrow its cell)."""
    detail = data.detail
    if detail.whole:
        return None
    shown = [names.sites.get(loc, loc) for loc in detail.locations[:DETAIL_NAMES]]
    if len(detail.locations) > DETAIL_NAMES:
        shown.append(text("detail_more", lang, count=len(detail.locations) - DETAIL_NAMES))
    return text("detail_note", lang, total=names.number(detail.total_lane_rows, 0),
                locations=names.number(detail.total_locations, 0), count=len(detail.locations),
                names=", ".join(shown))


DETAIL_NAMES = 12
