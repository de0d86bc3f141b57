"""Money first: per location, what landing the plan costs a year against exporting from the
Türkiye hub, and whether a set-up there (hub, assembly line, sales office) pays.

For each candidate location Kök evaluates the set-up the user chose for it (Feasibility tab),
or else each default set-up the site suits, and keeps the one with the highest NPV at base figures, with its
payback and break-even volume. The verdict sentence follows from those figures:

- a set-up with a positive NPV at a location that serves the whole plan and passes the user's
  knock-outs: "<location> <set-up> pays back in N years";
- none: "keep exporting from <origin hub>", with the location that would lower the yearly cost
  most, if any, and why it still does not pay.

A set-up that cannot be evaluated (no minimum wage for the country…) is listed with the reason,
never counted as zero.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from kokapp.core.engine import Comparison, Engine
from kokapp.core.errors import FieldError
from kokapp.core.setup_options import DEFAULT_OPTIONS, SetupOption
from kokapp.core.verdict import CostVerdict, cost_verdict


@dataclass(frozen=True)
class SetupEconomics:
    kind: str
    npv_eur: float
    payback_years: float | None
    irr_pct: float | None
    break_even_units: float | None      # total annual units at which NPV = 0; None: not reached
    chosen_by_user: bool


@dataclass(frozen=True)
class MoneyRow:
    location: str
    logistics_eur: float                # freight + clearance + insurance + goods-in-transit capital, a year
    duty_eur: float                     # NaN: a duty is unknown
    landed_eur: float                   # logistics + duty (NaN when a duty is unknown)
    delta_eur: float                    # landed minus the baseline's (negative saves)
    delta_pct: float
    unserved_share: float
    excluded: bool                      # fails a knock-out or cannot serve the whole plan
    best_setup: SetupEconomics | None   # None for the baseline, or when no set-up could be evaluated
    setup_problems: tuple[tuple[str, str, str], ...] = ()   # (set-up kind, field, message): not evaluated
    pending: bool = False               # its set-ups are still being evaluated (the window works them out in turn)

    def problems(self) -> list[tuple[str, str]]:
        """The distinct (field, message) reasons a set-up could not be evaluated."""
        return sorted({(f, m) for _, f, m in self.setup_problems})


@dataclass(frozen=True)
class MoneyView:
    baseline: str
    rows: list[MoneyRow]                # the baseline first, then by yearly landed cost
    costs: CostVerdict
    pays: MoneyRow | None               # the location whose set-up pays most, if any

    def row(self, location: str) -> MoneyRow:
        return next(r for r in self.rows if r.location == location)


def setup_options_at(engine: Engine, project, location: str) -> list[tuple[SetupOption, bool]]:
    """The user's set-up for the location, else each default set-up the site suits (sites.csv)."""
    chosen = project.setup_options.get(location)
    if chosen:
        return [(chosen, True)]
    suits = str(engine.pack.index("sites", "site_id")[location]["suits"]).split(";")
    return [(o, False) for kind, o in DEFAULT_OPTIONS.items() if kind in suits]


def setup_economics(engine: Engine, project, location: str) -> tuple[SetupEconomics | None, tuple]:
    """The best-NPV set-up at ``location`` with its payback and break-even, and the set-ups
    that could not be evaluated, with why."""
    from kokapp.core.feasibility import FeasibilityModel

    best, problems = None, []
    for option, chosen in setup_options_at(engine, project, location):
        try:
            model = FeasibilityModel(engine, project, location, option, project.feasibility)
            if option.kind == "sales_office" and not model.served_markets:
                continue                 # sells into no target market: nothing it could earn
            outcome = model.measures()
        except FieldError as e:
            problems.append((option.kind, e.field, e.message))
            continue
        if best is None or outcome.npv_eur > best[1].npv_eur:
            best = (model, outcome, chosen)
    if best is None:
        return None, tuple(problems)
    model, outcome, chosen = best
    share = model.break_even()
    return SetupEconomics(model.option.kind, outcome.npv_eur, outcome.payback_years, outcome.irr_pct,
                          None if share is None else share * model.plan_units, chosen), tuple(problems)


def money_view(engine: Engine, c: Comparison, economics: dict[str, tuple] | None = None) -> MoneyView:
    """``economics``: location -> :func:`setup_economics` already worked out; without it every
    location's set-ups are evaluated now; with it, a location not in it is marked pending."""
    costs = cost_verdict(c)
    baseline = c.project.origin_site
    excluded = dict(zip(c.ranked["location"], c.ranked["excluded"]))
    rows = []
    for loc in c.locations:
        logistics, duty = c.criterion(loc, "logistics_cost"), c.criterion(loc, "duty_cost")
        landed = logistics + duty
        delta = costs.deltas[loc]
        base = costs.baseline_cost
        pending = economics is not None and loc != baseline and loc not in economics
        if loc == baseline or pending:
            found, problems = None, ()
        else:
            found, problems = economics[loc] if economics is not None else setup_economics(engine, c.project, loc)
        rows.append(MoneyRow(loc, logistics, duty, landed, delta, delta / base if base else math.nan,
                             c.criterion(loc, "unserved_share"), bool(excluded[loc]), found, problems, pending))
    rows.sort(key=lambda r: (r.location != baseline, math.isnan(r.landed_eur), r.landed_eur))
    paying = [r for r in rows if r.best_setup is not None and not r.excluded and r.best_setup.npv_eur > 0]
    pays = max(paying, key=lambda r: r.best_setup.npv_eur) if paying else None
    return MoneyView(baseline, rows, costs, pays)


def verdict_phrase(view: MoneyView, horizon_years: int) -> tuple[str, dict]:
    """The verdict as a phrase key with its values, for the window, the report and the CLI to
    word in their language: ``pays``; ``undecided`` (the location that would lower the yearly
    cost most has no set-up Kök could evaluate: a figure is missing); ``keep_cheaper`` (it has,
    and none pays); ``keep`` (no location lowers the cost); ``unknown`` (the hub's own yearly cost
    is unknown — a duty nobody can cite — so no location can be compared with it)."""
    if view.pays is not None:
        s = view.pays.best_setup
        return "pays", {"location": view.pays.location, "kind": s.kind, "payback": s.payback_years,
                        "npv": s.npv_eur, "horizon": horizon_years}
    costs = view.costs
    excluded = sum(r.excluded for r in view.rows)
    if math.isnan(costs.baseline_cost):   # a duty nobody can cite on the hub's lanes: no cost compares
        return "unknown", {"origin": view.baseline, "excluded": excluded}
    if not costs.keep_exporting:
        cheapest = view.row(costs.best)
        key = "undecided" if cheapest.best_setup is None and cheapest.setup_problems else "keep_cheaper"
        return key, {"origin": view.baseline, "location": costs.best, "saving": costs.saving,
                     "share": costs.saving / costs.baseline_cost if costs.baseline_cost else math.nan,
                     "horizon": horizon_years, "problems": cheapest.problems(), "excluded": excluded}
    return "keep", {"origin": view.baseline, "excluded": excluded}
