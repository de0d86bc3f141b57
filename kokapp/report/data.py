"""Everything the report shows, computed once from the core (no Qt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kokapp import __version__
from kokapp.core.datapack import DataPack
from kokapp.core.engine import Comparison, Engine
from kokapp.core.feasibility import Feasibility, FeasibilityModel
from kokapp.core.lane_routes import LaneRoutes, ScenarioEffect, scenario_effect
from kokapp.core.money import MoneyView, money_view, setup_options_at
from kokapp.core.project import Project
from kokapp.core.setup_options import FeasibilityError

SPREAD = 0.25


@dataclass
class ReportData:
    pack: DataPack
    project: Project
    comparison: Comparison
    top_share: dict[str, float]             # location -> share of Monte Carlo draws it ranks first
    draws: int
    leader: str                             # the location whose set-up pays most, else the best-ranked other
                                            # than the Türkiye baseline
    feasibility: list[Feasibility]          # set-ups at the leader that could be evaluated
    feasibility_errors: list[tuple[str, FeasibilityError]] = field(default_factory=list)  # (kind, error)
    created: dt.date = field(default_factory=dt.date.today)
    app_version: str = __version__
    routes: LaneRoutes | None = None        # the lanes' routes as priced (same overrides and scenario)
    route_effect: ScenarioEffect | None = None   # the route scenario against all routes open; None without one
    money: MoneyView | None = None          # yearly landed cost per location and its best set-up (the verdict)

    @property
    def best_feasibility(self) -> Feasibility | None:
        return max(self.feasibility, key=lambda f: f.base.npv_eur, default=None)


def gather(pack: DataPack, project: Project, engine: Engine | None = None) -> ReportData:
    engine = engine or Engine(pack)
    comparison = engine.compare(project)
    stability, _, _ = engine.sensitivity(comparison, spread=SPREAD)
    locations = list(comparison.criteria.index)
    money = money_view(engine, comparison)
    ranked = [loc for loc in comparison.ranking["location"] if loc != project.origin_site]
    leader = money.pays.location if money.pays else ranked[0] if ranked else project.origin_site
    results, errors = [], []
    if leader != project.origin_site:
        for option, chosen in setup_options_at(engine, project, leader):
            try:
                model = FeasibilityModel(engine, project, leader, option, project.feasibility)
            except FeasibilityError as exc:
                errors.append((option.kind, exc))
                continue
            if chosen or option.kind != "sales_office" or model.served_markets:   # as the money view
                results.append(model.evaluate())
    return ReportData(pack, project, comparison, dict(zip(locations, stability.top_share)), stability.draws,
                      leader, results, errors, routes=LaneRoutes(engine, project),
                      route_effect=scenario_effect(engine, project), money=money)
