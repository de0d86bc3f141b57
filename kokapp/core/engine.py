"""Compare candidate locations for a project: lanes, costs, access, criteria and ranking."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from kokapp.core.access import MarketAccess
from kokapp.core.costs import product_costs
from kokapp.core.datapack import DataPack
from kokapp.core.distances import Distances, OverriddenDistances
from kokapp.core.lanes import lane_geometry, mode_costs
from kokapp.core.project import CRITERIA, Product, Project, validate_project, validate_weights
from kokapp.core.ranking import fill_missing, monte_carlo, ranks, topsis, weight_thresholds, weighted_sum
from kokapp.core.reference import Reference

OriginRule = Callable[[str, str, Product], str]
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
    """Holds what does not depend on the project's volumes or weights (distances, lane costs),
    so recomputes after an edit are cheap and a weight change only re-ranks."""

    _LANE_CACHE_SIZE = 8

    def __init__(self, pack: DataPack):
        self.pack = pack
        self.distances = Distances(pack)
        self._sites = pack.table("sites").set_index("site_id")
        self._lane_cache: dict[tuple, pd.DataFrame] = {}

    def _lanes(self, ref: Reference, locations: list[str], markets: list[str]) -> pd.DataFrame:
        relevant = tuple(sorted((k, o.value) for k, o in ref.overrides.items()
                                if k.startswith(("freight/", "road/", "sea/"))))
        key = (tuple(locations), tuple(markets), relevant)
        if key not in self._lane_cache:
            if len(self._lane_cache) >= self._LANE_CACHE_SIZE:
                self._lane_cache.pop(next(iter(self._lane_cache)))
            distances = self.distances_for(ref)
            self._lane_cache[key] = mode_costs(ref, lane_geometry(ref, distances, locations, markets))
        return self._lane_cache[key]

    def distances_for(self, ref: Reference):
        """The bundled distances, with the user's own road and sea distances where given."""
        road, sea = ref.distance_overrides()
        return OverriddenDistances(self.distances, road, sea) if road or sea else self.distances

    def compare(self, project: Project, origin_of: OriginRule | None = None) -> Comparison:
        """Rank the project's locations. ``origin_of(location, market, product)`` gives the ISO2
        origin of the goods (default: the location's country, i.e. produced there)."""
        validate_project(project, self.pack)
        ref = Reference(self.pack, project.overrides)
        locations = project.locations
        lanes = self._lanes(ref, locations, project.markets)
        if origin_of is None:
            countries = {loc: self._sites.loc[loc, "iso2"] for loc in locations}

            def origin_of(location: str, market: str, product) -> str:
                return countries[location]

        rows = product_costs(ref, lanes, project, origin_of, MarketAccess(ref))
        criteria = self._criteria(ref, rows, locations)
        filled, missing = fill_missing(criteria[list(CRITERIA)].to_numpy(float))
        return Comparison(project, rows, criteria,
                          pd.DataFrame(missing, columns=list(CRITERIA), index=criteria.index),
                          rank_locations(filled, locations, project.weights),
                          list(ref.overrides.values()))

    def rerank(self, comparison: Comparison, weights: dict[str, float]) -> Comparison:
        """New weights, same figures: only the ranking is recomputed (live weight sliders)."""
        validate_weights(weights)
        project = replace(comparison.project, weights=dict(weights))
        filled, _ = fill_missing(comparison.criteria[list(CRITERIA)].to_numpy(float))
        ranking = rank_locations(filled, list(comparison.criteria.index), project.weights)
        return replace(comparison, project=project, ranking=ranking)

    def _criteria(self, ref: Reference, rows: pd.DataFrame, locations: list[str]) -> pd.DataFrame:
        index = pd.Index(locations).get_indexer(rows["location"])
        n = len(locations)
        units = rows["annual_units"].to_numpy(float)
        totals = np.bincount(index, units, n)
        counts = np.bincount(index, minlength=n)
        # volume weights within each location; equal weights where a location has no volume
        share = np.where(totals[index] > 0, units / np.where(totals[index] > 0, totals[index], 1),
                         1.0 / counts[index])

        def per_location(values) -> np.ndarray:
            return np.bincount(index, np.asarray(values, float), n)

        iso2 = [self._sites.loc[loc, "iso2"] for loc in locations]
        return pd.DataFrame({
            "logistics_cost": per_location(rows["annual_logistics"]),
            "duty_cost": per_location(rows["annual_duty"]),
            "distance": per_location(share * rows["distance_km"].to_numpy(float)),
            "transit_time": per_location(share * rows["transit_days_base"].to_numpy(float)),
            "duty_free_share": per_location(share * (rows["duty_rate_pct"].to_numpy(float) == 0)),
            "lpi": [_value(ref.lpi(c).value) for c in iso2],
            "labour_cost": [_value(ref.min_wage(c).value) for c in iso2],
            "tax": [_value(ref.tax(c).value) for c in iso2],
            "duty_unknown_share": per_location(share * ~rows["duty_known"].to_numpy(bool)),
        }, index=pd.Index(locations, name="location"))

    def sensitivity(self, comparison: Comparison, *, draws: int = 1000, seed: int = 20261126,
                    spread: float = 0.25):
        matrix, _ = fill_missing(comparison.criteria[list(CRITERIA)].to_numpy(float))
        weights = np.array([comparison.project.weights.get(c, 0.0) for c in CRITERIA])
        benefit = np.array([BENEFIT[c] for c in CRITERIA])
        stability = monte_carlo(matrix, weights, benefit, draws=draws, seed=seed, spread=spread)
        leader, thresholds = weight_thresholds(matrix, weights, benefit)
        return stability, leader, thresholds


def rank_locations(filled: np.ndarray, locations: list[str], weights: dict[str, float]) -> pd.DataFrame:
    w = np.array([weights.get(c, 0.0) for c in CRITERIA])
    benefit = np.array([BENEFIT[c] for c in CRITERIA])
    ranking = pd.DataFrame({"location": locations})
    ranking["topsis"] = topsis(filled, w, benefit)
    ranking["weighted_sum"] = weighted_sum(filled, w, benefit)
    ranking["rank"] = ranks(ranking["topsis"].to_numpy())
    ranking["rank_weighted_sum"] = ranks(ranking["weighted_sum"].to_numpy())
    return ranking.sort_values("rank").reset_index(drop=True)


def _value(v: float | None) -> float:
    return np.nan if v is None else float(v)
