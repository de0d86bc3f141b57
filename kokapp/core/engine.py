"""Compare candidate locations for a project: lanes, costs, access, criteria and ranking."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from kokapp.core.access import MarketAccess
from kokapp.core.costs import product_costs
from kokapp.core.datapack import DataPack
from kokapp.core.distances import Distances
from kokapp.core.lanes import lane_geometry, mode_costs
from kokapp.core.project import CRITERIA, Project, validate_project
from kokapp.core.ranking import fill_missing, monte_carlo, ranks, topsis, weight_thresholds, weighted_sum
from kokapp.core.reference import Reference

BENEFIT = {"logistics_cost": False, "duty_cost": False, "distance": False, "transit_time": False,
           "duty_free_share": True, "lpi": True, "labour_cost": False, "tax": False}
UNITS = {"logistics_cost": "EUR/year", "duty_cost": "EUR/year", "distance": "km",
         "transit_time": "days", "duty_free_share": "share", "lpi": "score 1-5",
         "labour_cost": "EUR/month", "tax": "%"}


@dataclass
class Comparison:
    project: Project
    lanes: pd.DataFrame          # one row per (location, market, product)
    criteria: pd.DataFrame       # one row per location, one column per criterion
    missing: pd.DataFrame        # True where a criterion value was missing and filled neutrally
    ranking: pd.DataFrame        # location, scores, ranks, sorted by TOPSIS rank
    overrides_used: list = field(default_factory=list)

    def location_rows(self, location: str) -> pd.DataFrame:
        return self.lanes[self.lanes["location"] == location]


class Engine:
    """Holds what does not depend on the project (distances), so recomputes are cheap."""

    def __init__(self, pack: DataPack):
        self.pack = pack
        self.distances = Distances(pack)
        self._sites = pack.table("sites").set_index("site_id")

    def compare(self, project: Project) -> Comparison:
        validate_project(project, self.pack)
        ref = Reference(self.pack, project.overrides)
        access = MarketAccess(ref)
        locations = project.locations
        lanes = mode_costs(ref, lane_geometry(ref, self.distances, locations, project.markets))
        origin_of = {loc: self._sites.loc[loc, "iso2"] for loc in locations}
        rows = product_costs(ref, lanes, project, origin_of, access)
        criteria = self._criteria(ref, rows, locations)
        matrix = criteria[list(CRITERIA)].to_numpy(float)
        filled, missing = fill_missing(matrix)
        weights = np.array([project.weights.get(c, 0.0) for c in CRITERIA])
        benefit = np.array([BENEFIT[c] for c in CRITERIA])
        ranking = pd.DataFrame({"location": locations})
        ranking["topsis"] = topsis(filled, weights, benefit)
        ranking["weighted_sum"] = weighted_sum(filled, weights, benefit)
        ranking["rank"] = ranks(ranking["topsis"].to_numpy())
        ranking["rank_weighted_sum"] = ranks(ranking["weighted_sum"].to_numpy())
        ranking = ranking.sort_values("rank").reset_index(drop=True)
        return Comparison(project, rows, criteria,
                          pd.DataFrame(missing, columns=list(CRITERIA), index=criteria.index),
                          ranking, list(ref.overrides.values()))

    def _criteria(self, ref: Reference, rows: pd.DataFrame, locations: list[str]) -> pd.DataFrame:
        out = []
        for loc in locations:
            r = rows[rows["location"] == loc]
            units = r["annual_units"].to_numpy(float)
            total = units.sum()
            weights = units / total if total > 0 else np.full(len(r), 1 / max(len(r), 1))
            iso2 = self._sites.loc[loc, "iso2"]
            out.append({
                "location": loc,
                "logistics_cost": float(r["annual_logistics"].sum()),
                "duty_cost": float(r["annual_duty"].sum()),
                "distance": float((r["distance_km"].to_numpy(float) * weights).sum()),
                "transit_time": float((r["transit_days_base"].to_numpy(float) * weights).sum()),
                "duty_free_share": float((weights * (r["duty_rate_pct"].to_numpy(float) == 0)).sum()),
                "lpi": _value(ref.lpi(iso2).value),
                "labour_cost": _value(ref.min_wage(iso2).value),
                "tax": _value(ref.tax(iso2).value),
                "duty_unknown_share": float((weights * ~r["duty_known"].to_numpy(bool)).sum()),
            })
        return pd.DataFrame(out).set_index("location")

    def sensitivity(self, comparison: Comparison, *, draws: int = 1000, seed: int = 20261126):
        matrix, _ = fill_missing(comparison.criteria[list(CRITERIA)].to_numpy(float))
        weights = np.array([comparison.project.weights.get(c, 0.0) for c in CRITERIA])
        benefit = np.array([BENEFIT[c] for c in CRITERIA])
        stability = monte_carlo(matrix, weights, benefit, draws=draws, seed=seed)
        leader, thresholds = weight_thresholds(matrix, weights, benefit)
        return stability, leader, thresholds


def _value(v: float | None) -> float:
    return np.nan if v is None else float(v)
