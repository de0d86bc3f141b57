"""Everything the report shows, computed once from the core (no Qt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from kokapp import __version__
from kokapp.core.datapack import DataPack
from kokapp.core.engine import Comparison, Engine
from kokapp.core.feasibility import Feasibility, FeasibilityModel
from kokapp.core.lane_routes import LaneRoutes, ScenarioEffect, scenario_effect
from kokapp.core.live import comparison_of
from kokapp.core.money import MoneyView, money_view, setup_economics, setup_options_at
from kokapp.core.project import Project
from kokapp.core.setup_options import FeasibilityError
from kokapp.report.detail import Detail, detail_of

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

    @cached_property
    def detail(self) -> Detail:
        """The locations the detail sheets show lane by lane (every one, in a study of ordinary size)."""
        named = [self.leader, self.comparison.ranked_locations[0]]    # the verdict's and the ranking's first
        if self.money is not None and self.money.costs.best:
            named.append(self.money.costs.best)                          # the one that would cost least
        return detail_of(self.comparison.ranked_locations, self.project.origin_site, named,
                         len(self.project.markets), len(self.project.products))

    def detail_rows(self, columns: list[str]) -> list[dict]:
        """Lane rows (only these columns: the lane table is wide) of the locations the detail sheets show."""
        return self.comparison.lane_rows(columns, locations=None if self.detail.whole else self.detail.locations)

    @property
    def best_feasibility(self) -> Feasibility | None:
        return max(self.feasibility, key=lambda f: f.base.npv_eur, default=None)


def gather(pack: DataPack, project: Project, engine: Engine | None = None,
           economics: dict[str, tuple] | None = None, progress=None) -> ReportData:
    """Everything the report shows. ``economics``: location -> :func:`setup_economics` already
    worked out for this same project (the window's Money tab); the other locations' set-ups are
    worked out here. A stress-size study is compared live (:func:`comparison_of`). ``progress(done,
    total)``, if given, is called after each step (the comparison's, the sensitivity, each
    location's set-ups, the feasibility, the routes); an exception it raises (``Cancelled``) stops
    the gathering."""
    engine = engine or Engine(pack)
    economics = dict(economics or {})
    missing = [loc for loc in project.locations if loc != project.origin_site and loc not in economics]
    first = 1 if engine.fits_in_full(project) else len(project.products) + 1
    total = first + 1 + len(missing) + 2
    step = _Steps(progress, total)
    comparison = comparison_of(engine, project, step.within if first > 1 else None)
    if step.done < first:
        step.to(first)
    stability, _, _ = engine.sensitivity(comparison, spread=SPREAD)
    step.next()
    for loc in missing:
        economics[loc] = setup_economics(engine, project, loc)
        step.next()
    locations = list(comparison.criteria.index)
    money = money_view(engine, comparison, economics)
    ranked = [loc for loc in comparison.ranking["location"] if loc != project.origin_site]
    leader = money.pays.location if money.pays else ranked[0] if ranked else project.origin_site
    results, errors = [], []
    if leader != project.origin_site:
        for option, chosen in setup_options_at(engine, project, leader):
            try:
                model = FeasibilityModel(engine, project, leader, option, project.feasibility)
                if chosen or option.kind != "sales_office" or model.served_markets:   # as the money view
                    results.append(model.evaluate())
            except FeasibilityError as exc:       # raised when built, or when a figure it needs is missing
                errors.append((option.kind, exc.with_traceback(None)))   # no frames kept (they hold all this)
    step.next()
    routes, effect = LaneRoutes(engine, project), scenario_effect(engine, project)
    step.next()
    return ReportData(pack, project, comparison, dict(zip(locations, stability.top_share)), stability.draws,
                      leader, results, errors, routes=routes, route_effect=effect, money=money)


class _Steps:
    """Counts gather's steps for its ``progress`` callback."""

    def __init__(self, progress, total: int):
        self.progress, self.total, self.done = progress, total, 0

    def within(self, done: int, _total: int) -> None:
        """A step of the live comparison (its own count is the first steps of this one)."""
        self.to(done)

    def to(self, done: int) -> None:
        self.done = done
        if self.progress is not None:
            self.progress(done, self.total)

    def next(self) -> None:
        self.to(self.done + 1)
