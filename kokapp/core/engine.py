"""Compare candidate locations for a project: lanes, costs, access, criteria and ranking."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING, Protocol

import numpy as np

from kokapp.core.access import MarketAccess
from kokapp.core.costs import LaneKeys, product_costs, product_rows
from kokapp.core.datapack import DataPack
from kokapp.core.distances import Distances, OverriddenDistances
from kokapp.core.factors import FACTOR_NAMES, FACTORS
from kokapp.core.routes import RouteScenario
from kokapp.core.lanes import Columns, lane_geometry, mode_costs
from kokapp.core.location_sums import LocationSums, location_index
from kokapp.core.origin_verdict import bom_origins
from kokapp.core.project import CRITERIA, Product, Project, ProjectError, validate_project, validate_weights
from kokapp.core.ranked import BENEFIT, Scorer, criteria_matrix, rank_locations
from kokapp.core.ranking import monte_carlo, weight_thresholds
from kokapp.core.reference import Reference
from kokapp.core.scoring import bundled_ranges
from kokapp.core.yielding import checkpoint, holding
from kokapp.core.zones import zones

if TYPE_CHECKING:
    import pandas as pd

OriginRule = Callable[[str, str, Product], str]
UNITS = {"logistics_cost": "EUR/year", "duty_cost": "EUR/year", "distance": "km",
         "transit_time": "days", "duty_free_share": "share", "lpi": "score 1-5",
         "labour_cost": "EUR/month", "tax": "%", **{f.name: f.unit for f in FACTORS}}


FULL_COMPARE_ROWS = 500_000   # lane rows with every mode's costs: about 1 GB; above, only the live ranking


@dataclass
class Comparison:
    """Figures as named numpy columns (what the window reads, no pandas); the same as pandas
    DataFrames through :attr:`lanes`, :attr:`criteria`, :attr:`missing` and :attr:`ranking`
    (built on first use, for the report, the command line and analysis)."""

    project: Project
    lane_columns: Columns        # one row per (location, market, product)
    locations: list[str]         # in project order
    criteria_columns: Columns    # one value per location for each criterion (+ duty_unknown_share)
    missing_mask: np.ndarray     # locations x CRITERIA: True where there is no figure (see scoring's missing rule)
    ranked: Columns              # location, score, value, geometric, topsis, rank, excluded, knockouts; best first
    overrides_used: list = field(default_factory=list)
    source: LaneSource | None = None   # where lane rows come from; None: lane_columns (held in full)

    def __post_init__(self):
        if self.source is None:
            self.source = LaneTable(self.lane_columns)

    @property
    def ranked_locations(self) -> list[str]:
        return list(self.ranked["location"])

    @property
    def leader(self) -> str:
        return str(self.ranked["location"][0])

    def criterion(self, location: str, name: str) -> float:
        return float(self.criteria_columns[name][self._position[location]])

    @cached_property
    def _position(self) -> dict[str, int]:
        return {loc: i for i, loc in enumerate(self.locations)}

    def lane_rows(self, columns: list[str], location: str | None = None, product: str | None = None,
                  locations: list[str] | None = None) -> list[dict]:
        """Lane rows as dicts, of one location and/or one product, e.g. ``lane_rows(cols, location="RS-BEG")``;
        with ``locations``, of those locations, one at a time (a large study's report asks for a few)."""
        if locations is not None:
            return [r for loc in dict.fromkeys(locations) for r in self.lane_rows(columns, loc, product)]
        rows = self.source.rows(location, product)
        picked = [rows[c] for c in columns] if rows else []
        return [dict(zip(columns, values)) for values in zip(*picked)]

    def halted_lanes(self) -> list[tuple[str, str]]:
        """(location, market) pairs with planned volume where trade is halted."""
        return self.source.halted_lanes()

    def unserved(self) -> dict[str, float]:
        """Share of the planned volume each location cannot serve (trade halted), where above 0."""
        share = self.criteria_columns["unserved_share"]
        return {loc: float(v) for loc, v in zip(self.locations, share) if v > 0}

    def knockouts(self, checked: bool = True) -> dict[str, tuple]:
        """Location -> the knock-out thresholds it fails (``checked``) or has no figure to check."""
        out = {}
        for loc, found in zip(self.ranked["location"], self.ranked["knockouts"]):
            picked = tuple(k for k in found if k.checked == checked)
            if picked:
                out[str(loc)] = picked
        return out

    def remedy_lanes(self, locations: list[str] | None = None) -> list[tuple[str, str, str, str]]:
        """(location, market, product, measures) of planned lanes a trade remedy may hit, of every
        location or of the ones given (a report of a stress-size study asks for a few)."""
        rows = self.lane_rows(["location", "market", "product", "remedies", "annual_units"], locations=locations)
        return sorted({(r["location"], r["market"], r["product"], r["remedies"])
                       for r in rows if r["remedies"] and r["annual_units"] > 0})

    def banded_duty_markets(self) -> list[str]:
        """Markets whose duty, for some planned lane, rests on a band (its base in the figures,
        its ends in the low and high scenarios)."""
        return self.source.banded_duty_markets()     # from the lanes' duty facts, never a row per lane in Python

    def unknown_duty_markets(self) -> list[str]:
        """Markets with no citable tariff for some product (those duties are unknown: the
        locations paying them have their duty cost marked missing, never 0)."""
        return self.source.unknown_duty_markets()

    @cached_property
    def lanes(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame(self.lane_columns)

    @cached_property
    def criteria(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame(self.criteria_columns, index=pd.Index(self.locations, name="location"))

    @cached_property
    def missing(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame(self.missing_mask, columns=list(CRITERIA), index=self.criteria.index)

    @cached_property
    def ranking(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame(self.ranked)


class LaneSource(Protocol):
    def rows(self, location: str | None, product: str | None) -> Columns: ...
    def halted_lanes(self) -> list[tuple[str, str]]: ...
    def unknown_duty_markets(self) -> list[str]: ...

    def banded_duty_markets(self) -> list[str]: ...


class LaneTable:
    """Lane rows held in full (every project of ordinary size)."""

    def __init__(self, columns: Columns):
        self.columns = columns

    def rows(self, location: str | None = None, product: str | None = None) -> Columns:
        if not self.columns:
            return {}
        mask = np.ones(len(self.columns["location"]), dtype=bool)
        if location is not None:
            mask &= self.columns["location"] == location
        if product is not None:
            mask &= self.columns["product"] == product
        return {k: v[mask] for k, v in self.columns.items()}

    def halted_lanes(self) -> list[tuple[str, str]]:
        if not self.columns:
            return []
        c = self.columns
        halted = c["trade_halted"] & (c["annual_units"] > 0)
        return sorted(set(zip(c["location"][halted], c["market"][halted])))

    def unknown_duty_markets(self) -> list[str]:
        if not self.columns:
            return []
        return sorted(set(self.columns["market"][~self.columns["duty_known"]]))

    def banded_duty_markets(self) -> list[str]:
        if not self.columns:
            return []
        banded = self.columns["duty_band"].astype(bool) & (self.columns["annual_units"] > 0)
        return sorted(set(self.columns["market"][banded]))


class Engine:
    """Holds what does not depend on the project's volumes or weights (distances, lane costs),
    so recomputes after an edit are cheap and a weight change only re-ranks."""

    _CACHE_SIZE = 8      # lane tables and reference figures kept (a few projects or override sets)

    def __init__(self, pack: DataPack):
        self.pack = pack
        self.distances = Distances(pack)
        self._scenario_distances: dict[RouteScenario, Distances] = {RouteScenario(): self.distances}
        self._site_country = dict(zip(pack.column("sites", "site_id"), pack.column("sites", "iso2")))
        self._lane_cache: dict[tuple, Columns] = {}
        self._references: dict[tuple, tuple[Reference, MarketAccess]] = {}
        self._lock = threading.Lock()    # the window's workers share the engine: one maker per missing entry
        self._making: dict[tuple, threading.Event] = {}
        self._waiting = 0                # threads waiting for an entry being made

    def lanes_for(self, ref: Reference, locations: list[str], markets: list[str],
                  scenario: RouteScenario = RouteScenario()) -> Columns:
        """Lane facts (routes, per-load costs, days) for every location x market, cached."""
        relevant = tuple(sorted((k, o.value) for k, o in ref.overrides.items()
                                if k.startswith(("freight/", "road/", "sea/"))))
        key = (tuple(locations), tuple(markets), relevant, scenario)
        return self._cached(self._lane_cache, key, lambda: mode_costs(
            ref, lane_geometry(ref, self.distances_for(ref, scenario), locations, markets)),
            size=lambda lanes: len(lanes["location"]))

    def reference(self, overrides) -> tuple[Reference, MarketAccess]:
        """The figures with these overrides, and market access over them (its duty look-ups are
        memoised), kept for the next compare with the same overrides."""
        def make() -> tuple[Reference, MarketAccess]:
            ref = Reference(self.pack, list(overrides))
            return ref, MarketAccess(ref)

        return self._cached(self._references, tuple(overrides), make)

    def _cached(self, cache: dict, key: tuple, make, size=None):
        """``cache[key]``, made on a miss; the least recently used entry goes when the cache is full
        (with ``size(value)``, never the largest: the set-ups' hundreds of two-location lane tables
        pushed a 400-location study's out, and the report then built it again, 3 s). Safe from
        several threads: a thread asking for an entry another is making waits for it instead of
        making it again (and the maker then never pauses for the window: it may be the window
        that waits)."""
        slot = (id(cache), key)
        while True:
            with self._lock:
                if key in cache:
                    cache[key] = cache.pop(key)          # the most recently used last
                    return cache[key]
                made = self._making.get(slot)
                if made is None:
                    made = self._making[slot] = threading.Event()
                    break
                self._waiting += 1
            try:
                made.wait()
            finally:
                with self._lock:
                    self._waiting -= 1
        try:
            with holding(lambda: self._waiting > 0):
                value = make()
            with self._lock:
                if len(cache) >= self._CACHE_SIZE:
                    largest = max(cache, key=lambda k: size(cache[k])) if size else None
                    cache.pop(next(k for k in cache if k != largest))
                cache[key] = value
            return value
        finally:
            with self._lock:
                del self._making[slot]
            made.set()

    def distances_for(self, ref: Reference, scenario: RouteScenario = RouteScenario()):
        """The bundled routes under the scenario, with the user's own road and sea distances."""
        base = self._cached(self._scenario_distances, scenario, lambda: Distances(self.pack, scenario))
        road, sea = ref.distance_overrides()
        return OverriddenDistances(base, road, sea) if road or sea else base

    @staticmethod
    def fits_in_full(project: Project) -> bool:
        """The project's lane rows fit FULL_COMPARE_ROWS: :meth:`compare` can hold them all."""
        return len(project.locations) * len(project.markets) * len(project.products) <= FULL_COMPARE_ROWS

    def compare(self, project: Project, origin_of: OriginRule | None = None) -> Comparison:
        """Rank the project's locations. ``origin_of(location, market, product)`` gives the ISO2
        origin of the goods (default: the location's country, i.e. produced there). A study over
        FULL_COMPARE_ROWS lane rows is refused with a clear error: every row holds every mode's
        costs (about 2 KB), so memory would run out; the window ranks such studies live."""
        validate_project(project, self.pack)
        if not self.fits_in_full(project):
            rows_needed = len(project.locations) * len(project.markets) * len(project.products)
            raise ProjectError("products", f"too large to compare in full ({rows_needed:,} location x market x "
                                           f"product rows; at most {FULL_COMPARE_ROWS:,})")
        ref, access = self.reference(project.overrides)
        locations = project.locations
        lanes = self.lanes_for(ref, locations, project.markets, project.route_scenario)
        rows = product_costs(ref, lanes, project, origin_of or self.bom_origins(project, access), access)
        criteria = self._criteria(ref, rows, locations)
        return Comparison(project, rows, list(locations), criteria, np.isnan(criteria_matrix(criteria)),
                          self.rank(criteria, locations, project), list(ref.overrides.values()))

    def rank(self, criteria: Columns, locations: list[str], project: Project) -> Columns:
        return rank_locations(criteria_matrix(criteria), locations, project.weights, criteria["unserved_share"],
                              project.ranking, bundled_ranges(self.pack))

    def annual_costs(self, project: Project, origin_of: OriginRule | None, level: str) -> dict[str, float]:
        """Annual logistics + duty per location at one freight level, and nothing else: what a
        feasibility scenario needs (a break-even search asks for dozens of volume scales)."""
        checkpoint()          # a worker running a feasibility model may give way to the window here
        validate_project(project, self.pack)
        ref, access = self.reference(project.overrides)
        lanes = self.lanes_for(ref, project.locations, project.markets, project.route_scenario)
        keys = LaneKeys.of(lanes, project.markets)
        totals = dict.fromkeys(project.locations, 0.0)
        origin_of = origin_of or self.bom_origins(project, access)
        for product in project.products:
            rows = product_rows(ref, lanes, keys, project, product, origin_of, access, summary=True, level=level)
            cost = rows[f"annual_logistics_{level}"] + rows[f"annual_duty_{level}"]
            for location in totals:
                totals[location] += float(cost[rows["location"] == location].sum())
        return totals

    def rerank(self, comparison: Comparison, weights: dict[str, float], rules=None) -> Comparison:
        """New weights (or ranking rules), same figures: only the ranking is recomputed."""
        validate_weights(weights)
        project = replace(comparison.project, weights=dict(weights), ranking=rules or comparison.project.ranking)
        ranked = self.rank(comparison.criteria_columns, comparison.locations, project)
        return replace(comparison, project=project, ranked=ranked)

    def _criteria(self, ref: Reference, rows: Columns, locations: list[str]) -> Columns:
        sums = LocationSums(len(locations))
        sums.add(location_index(locations, rows.get("location", ())), rows)
        return self.with_country_figures(ref, sums.criteria(), locations)

    def with_country_figures(self, ref: Reference, criteria: dict[str, np.ndarray],
                             locations: list[str]) -> Columns:
        """The lane criteria with each location's country figures (LPI, wage, tax, the optional
        country criteria), in CRITERIA
        order and then the unknown-duty and unserved shares."""
        iso2 = [self._site_country[loc] for loc in locations]
        country = {"lpi": np.array([_value(ref.lpi(c).value) for c in iso2]),
                   "labour_cost": np.array([_value(ref.min_wage(c).value) for c in iso2]),
                   "tax": np.array([self._tax(ref, loc, c) for loc, c in zip(locations, iso2)]),
                   **{f: np.array([_value(ref.country_factor(f, c).value) for c in iso2]) for f in FACTOR_NAMES}}
        merged = {**criteria, **country}
        return {name: merged[name] for name in (*CRITERIA, "duty_unknown_share", "unserved_share")}

    def bom_origins(self, project: Project, access) -> OriginRule | None:
        """With a bill of materials, a product originates where it is made only if the rule is met."""
        used = any(p.bom for p in project.products) or any(o.key.startswith("origin/") for o in project.overrides)
        return bom_origins(self.pack, access, self._site_country) if used else None

    def _tax(self, ref: Reference, location: str, iso2: str) -> float:
        """The corporate tax a location's profits bear in the long run: its free zone's rate once
        any holiday is over, else the country's (the user's own rate for the country beats both)."""
        country = _value(ref.tax(iso2).value)
        zone = zones(self.pack).get(location)
        if zone is None or ref.tax(iso2).source == "override" or np.isnan(country):
            return country
        return zone.long_run(country)

    def sensitivity(self, comparison: Comparison, *, draws: int = 1000, seed: int = 20261126,
                    spread: float = 0.25):
        matrix = criteria_matrix(comparison.criteria_columns)
        weights = np.array([comparison.project.weights.get(c, 0.0) for c in CRITERIA])
        benefit = np.array([BENEFIT[c] for c in CRITERIA])
        order = {loc: i for i, loc in enumerate(comparison.ranked["location"])}
        knocked = np.array([comparison.ranked["excluded"][order[loc]] for loc in comparison.locations], float)
        method = Scorer(matrix, comparison.project.ranking, bundled_ranges(self.pack)).method(knocked)
        stability = monte_carlo(matrix, weights, benefit, draws=draws, seed=seed, spread=spread, method=method)
        leader, thresholds = weight_thresholds(matrix, weights, benefit, method=method)
        return stability, leader, thresholds


def _value(v: float | None) -> float:
    return np.nan if v is None else float(v)
