"""The routes of a project's lanes exactly as they were priced (same overrides, same scenario),
and what a route scenario changes against all-open routes.

Used by the window's detail tab and the Excel report; no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from kokapp.core.lane_legs import RouteSummary, place_names, route_line, summarise
from kokapp.core.lanes import row
from kokapp.core.project import Project
from kokapp.core.routes import RouteBook, RouteScenario


class LaneRoutes:
    """Route summaries by (location, market, mode), made on first use."""

    def __init__(self, engine, project: Project):
        ref, _ = engine.reference(project.overrides)
        self.scenario = project.route_scenario
        self.lanes = engine.lanes_for(ref, project.locations, project.markets, self.scenario)
        self.distances = engine.distances_for(ref, self.scenario)
        self.book = RouteBook.of(engine.pack)
        self.pack = engine.pack
        self._index = {(loc, m): i for i, (loc, m) in enumerate(zip(self.lanes["location"], self.lanes["market"]))}
        self._memo: dict[tuple[str, str, str], RouteSummary] = {}

    def summary(self, location: str, market: str, mode: str) -> RouteSummary | None:
        key = (location, market, mode)
        if key not in self._memo:
            i = self._index.get((location, market))
            if i is None:
                return None
            self._memo[key] = summarise(self.book, self.distances, row(self.lanes, i), mode)
        return self._memo[key]

    def line(self, summary: RouteSummary, language: str = "en") -> str:
        return route_line(summary, place_names(self.pack, language), self.book.crossing_name)

    def unlisted(self, summary: RouteSummary) -> list[str]:
        """Customs crossings on the route that no curated list names (check them with a forwarder)."""
        return [c for c in summary.customs_crossings
                if self.book.crossings.get(c, {}).get("named_from") != "curated"]


@dataclass(frozen=True)
class ScenarioEffect:
    """Annual logistics cost per location under the scenario and with every route open."""
    scenario: RouteScenario
    with_scenario: dict[str, float]
    all_open: dict[str, float]

    def change(self, location: str) -> float:
        """Extra logistics cost per year the scenario brings (EUR; NaN where unknown)."""
        a, b = self.with_scenario.get(location, np.nan), self.all_open.get(location, np.nan)
        return a - b


def scenario_effect(engine, project: Project, level: str = "base") -> ScenarioEffect | None:
    """What the project's route scenario costs against all routes open; None without a scenario."""
    if not project.route_scenario.active:
        return None
    open_project = replace(project, route_scenario=RouteScenario())
    return ScenarioEffect(project.route_scenario, engine.annual_costs(project, None, level),
                          engine.annual_costs(open_project, None, level))
