"""The verdict in money: each location's yearly logistics and duty cost against exporting from
the Türkiye origin hub, and the location that lowers it most (among those that can serve the
whole plan, pass the user's knock-out thresholds and whose costs are all known). Set-up and
fixed costs are the feasibility model's (:mod:`kokapp.core.money`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class CostVerdict:
    baseline: str
    baseline_cost: float              # EUR/year, logistics + duty, exporting from the origin hub
    best: str                         # the cheapest location that serves the whole plan (may be the baseline)
    best_cost: float
    deltas: dict[str, float]          # location -> its cost minus the baseline's (NaN: a cost is unknown)

    @property
    def saving(self) -> float:
        return self.baseline_cost - self.best_cost

    @property
    def keep_exporting(self) -> bool:
        return self.best == self.baseline or not self.saving > 0


def cost_verdict(c) -> CostVerdict:
    cost = {loc: c.criterion(loc, "logistics_cost") + c.criterion(loc, "duty_cost") for loc in c.locations}
    baseline = c.project.origin_site
    excluded = dict(zip(c.ranked["location"], c.ranked["excluded"]))   # knocked out or not serving the whole plan
    served = [loc for loc in c.locations if not excluded[loc] and not math.isnan(cost[loc])]
    best = min(served, key=lambda loc: (cost[loc], loc != baseline)) if served else baseline
    return CostVerdict(baseline, cost[baseline], best, cost[best], {loc: cost[loc] - cost[baseline] for loc in c.locations})
