"""The notes under the scores: why a location is out, missing figures, halted trade, unknown and
banded duties, the user's own figures; and the scoring method in words."""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication

from kokapp.core.engine import Comparison, Engine
from kokapp.core.zones import zones
from kokapp.gui.figure_form import key_label, place_names
from kokapp.gui.figure_words import plain_number
from kokapp.gui.knockout_words import knockout_lines, missing_lines
from kokapp.gui.messages import fill, shown

translate = QCoreApplication.translate


class ResultNotes:
    def __init__(self, engine: Engine, names: dict[str, str]):
        self.engine, self.names = engine, names
        self._catalog = None
        self._figure_lines: list[str] = []

    def method_words(self, c: Comparison) -> str:
        return {"value": translate("ResultsPanel", "Scores on fixed scales: unticking a location does not reorder the others."),
                "geometric": translate("ResultsPanel", "Scores on fixed scales, without compensation (geometric mean)."),
                "topsis": translate("ResultsPanel", "TOPSIS scores are relative to the locations compared: unticking one can reorder "
                                  "the others.")}[c.project.ranking.method]

    def notes(self, c: Comparison) -> str:
        """The notes for the ranking shown: its knock-outs and missing-figure rule, then the lines
        about the figures (worked out by :meth:`set_figures`, not again on each weight change)."""
        return "\n".join(knockout_lines(c, self.names) + missing_lines(c, self.names) + self._figure_lines)

    def set_figures(self, c: Comparison) -> None:
        """New figures: halted trade, unknown and banded duties, the user's own figures (the duty
        lines read every lane row: once per comparison)."""
        lines = []
        for loc, market in c.halted_lanes():
            lines.append(translate("ResultsPanel", "Trade halted: goods from %1 cannot be sold in %2.")
                         .replace("%1", self.names.get(loc, loc)).replace("%2", self.names.get(market, market)))
        unknown, banded = c.unknown_duty_markets(), c.banded_duty_markets()
        if unknown:
            lines.append(translate("ResultsPanel", "No citable tariff for %1: those duties are unknown, never zero: the duty cost of the "
                                 "locations paying them is marked missing until you enter a quote (Tools ▸ Data "
                                 "sources).").replace("%1", ", ".join(self.names.get(m, m) for m in unknown)))
        if banded:
            lines.append(translate("ResultsPanel", "≈ Only a band is citable for the duties of %1: its base is in the figures, its ends "
                                 "in the low and high scenarios.").replace("%1", ", ".join(self.names.get(m, m)
                                                                                           for m in banded)))
        lines += self._zone_lines(c)
        for o in c.overrides_used:
            lines.append(translate("ResultsPanel", "✎ Your figure: %1 = %2 (%3)").replace("%1", self._figure_label(o.key))
                         .replace("%2", plain_number(o.value)).replace("%3", shown(o.note)))
        self._figure_lines = lines

    def _zone_lines(self, c: Comparison) -> list[str]:
        """A free zone's tax relief where a location has one (the tax score uses its long-run rate)."""
        lines = []
        regimes = zones(self.engine.pack)
        for loc in c.locations:
            zone = regimes.get(loc)
            if zone is None or not zone.relief or f"tax/{loc[:2]}" in {o.key for o in c.overrides_used}:
                continue
            if zone.years is None:
                rule = fill(translate("ResultsPanel", "%1 % corporate tax, no end stated"), plain_number(zone.cit_pct))
            else:
                after = zone.after_pct if zone.after_pct is not None else c.criteria_columns["tax"][c.locations.index(loc)]
                rule = fill(translate("ResultsPanel", "%1 % corporate tax for %2 years, then %3 %"),
                            plain_number(zone.cit_pct), str(zone.years), plain_number(after))
            lines.append(fill(translate("ResultsPanel", "§ %1 — %2: %3. The tax score uses the rate after any holiday, the "
                                        "cash flows apply it year by year. Transcribed from %4: check the zone's "
                                        "conditions."), self.names.get(loc, loc), zone.zone_name, rule, zone.source_url))
        return lines

    def _figure_label(self, key: str) -> str:
        """An own figure in words, as Tools ▸ Data sources names it (the catalogue built once)."""
        if getattr(self, "_catalog", None) is None:
            from kokapp.core.figure_catalog import FigureCatalog

            self._catalog = FigureCatalog(self.engine.pack)
            self._place_names = place_names(self.engine.pack, self.names)
        return key_label(self._catalog, key, self._place_names)
