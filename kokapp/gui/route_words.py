"""A lane's route in words for the detail tab: the route line, and a tooltip with what a forwarder
asks (countries in order, customs borders, transit regime, ferries and Ro-Ro lines, border
warnings, crossings to check, a scenario's detour).

The core's route summary holds ids and English reasons; the words are made here, in the UI language.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QObject

from kokapp.core.lane_legs import RouteSummary
from kokapp.core.lane_routes import LaneRoutes
from kokapp.gui.field_labels import country_name
from kokapp.gui.i18n import ui_language

CLOSED_BORDER = re.compile(r"^only land route crosses a closed border \((?P<pairs>[^)]*)\)$")


class RouteWords(QObject):
    """Route texts of one comparison's lanes (one LaneRoutes, made once per comparison)."""

    def __init__(self, routes: LaneRoutes, names: dict[str, str], parent: QObject | None = None):
        super().__init__(parent)
        self.routes, self.names = routes, names
        self.language = ui_language()
        self._cells: dict[tuple[str, str, str], tuple[str, str, str]] = {}

    # -- the cell --------------------------------------------------------------------------------
    def cell(self, location: str, market: str, mode: str) -> tuple[str, str, str]:
        """(route text, customs borders text, tooltip as rich text) of a lane's mode; every product
        of a lane shares them, so they are made once."""
        key = (location, market, mode)
        if key not in self._cells:
            self._cells[key] = self._cell(location, market, mode)
        return self._cells[key]

    def _cell(self, location: str, market: str, mode: str) -> tuple[str, str, str]:
        summary = self.routes.summary(location, market, mode)
        if summary is None or not summary.legs:
            reason = self.reason(summary.no_route_reason if summary else "no route in the data pack")
            return self.tr("no route: %1").replace("%1", reason), "–", _rich([reason])
        text = self.tr("airport to airport") if mode == "air" else self.routes.line(summary, self.language)
        return text, str(summary.customs_borders), _rich(self.tooltip_lines(summary, mode))

    def tooltip_lines(self, summary: RouteSummary, mode: str = "") -> list[str]:
        lines = []
        if summary.countries and mode != "air":
            lines.append(self.tr("Countries: %1").replace("%1", " → ".join(self.country(c) for c in summary.countries)))
        lines.append(self.tr("Customs borders: %1").replace("%1", str(summary.customs_borders)))
        lines.append(self.tr("Transit: %1").replace("%1", self.regime(summary.transit_regime)))
        lines += [self.link(link) for link in summary.links]
        lines += [self.warning(w) for w in summary.warnings]
        lines += [self.tr("%1: crossing not in Kök's list of truck customs posts: check with your forwarder")
                  .replace("%1", self.routes.book.crossing_name(c)) for c in self.routes.unlisted(summary)]
        if summary.rerouted_around:
            lines.append(self.tr("Rerouted round the closed crossing %1")
                         .replace("%1", self.routes.book.crossing_name(summary.rerouted_around)))
        return lines

    # -- pieces ----------------------------------------------------------------------------------
    def country(self, iso2: str) -> str:
        """As the app names countries; one outside the reference data by its CLDR name."""
        return self.names.get(iso2) or country_name(iso2)

    def regime(self, regime: str) -> str:
        return {"none": self.tr("no customs border"),
                "common_transit": self.tr("common transit (NCTS): one transit declaration"),
                "tir": self.tr("TIR carnet")}.get(regime, regime)

    def link(self, link_id: str) -> str:
        row = self.routes.book.links.get(link_id, {})
        kind = {"ferry": self.tr("Ferry"), "roro_line": self.tr("Ro-Ro line"),
                "fixed_link": self.tr("Bridge or tunnel")}.get(row.get("kind", ""), self.tr("Ferry"))
        text = f"{kind}: {row.get('port_a_name') or link_id} – {row.get('port_b_name') or ''}".rstrip(" –")
        operator = (row.get("operator") or "").strip()
        return f"{text} ({operator})" if operator else text

    def warning(self, row: dict) -> str:
        pair = f"{self.country(row.get('country_a', ''))} – {self.country(row.get('country_b', ''))}"
        status = row.get("status", "")
        if status == "reopened":
            words = self.tr("%1 reopened %2: %3")
        elif status == "restricted":
            words = self.tr("%1 restricted since %2: %3")
        else:
            words = self.tr("%1 closed since %2: %3")
        return words.replace("%1", pair).replace("%2", str(row.get("since", ""))).replace("%3", row.get("note", ""))

    def reason(self, reason: str) -> str:
        """The core's English reason for a missing route, in the UI language."""
        known = {"no land connection: sea or air only": self.tr("no land connection: sea or air only"),
                 "no Ro-Ro line serves this lane": self.tr("no Ro-Ro line serves this lane"),
                 "no sea route": self.tr("no sea route"),
                 "no route in the data pack": self.tr("no route in the reference data")}
        if reason in known:
            return known[reason]
        closed = CLOSED_BORDER.match(reason)
        if closed:
            pairs = [p.strip() for p in closed["pairs"].split(",") if p.strip()]
            words = ", ".join(" – ".join(self.country(c) for c in p.split("-")) for p in pairs)
            return self.tr("only land route crosses a closed border (%1)").replace("%1", words)
        return reason or self.tr("no route in the reference data")


def _rich(lines: list[str]) -> str:
    """A tooltip Qt word-wraps (rich text), each line a paragraph; the texts escaped."""
    return "<qt>" + "".join(f"<p style='margin:0 0 3px 0'>{html.escape(line, quote=False)}</p>" for line in lines) + "</qt>"
