"""Live ranking for large projects: edits recompute only what they touch.

A full :meth:`Engine.compare` keeps one row per (location, market, product) with every mode's
costs: right for the few hundred or thousand rows of a real project, out of reach at stress
scale (400 locations x 200 markets x 100 products is 8 million rows). :class:`LiveRanking`
keeps only each location's criterion sums (:mod:`kokapp.core.location_sums`):

- built once, product by product, over every lane (no 8-million-row table is ever held);
- a volume edit for one product in one market takes away that market x product's old rows for
  every location and adds the new ones, then re-ranks;
- a weight edit only re-ranks;
- other edits (products, markets, the origin site and candidates) recompute only the rows they
  touch (:meth:`LiveRanking.apply`, :mod:`kokapp.core.live_edits`).

The build reports progress and can be stopped: ``progress(done, total)`` is called after the lane
table and after each product; raising :class:`~kokapp.core.errors.Cancelled` from it stops it.

The figures are the full comparison's (tested against :meth:`Engine.compare`), and the rows of
one location or one product are computed on demand when a view asks for them.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from functools import cached_property

import numpy as np

from kokapp.core.costs import LaneKeys, product_rows
from kokapp.core.engine import Comparison, Engine
from kokapp.core.lanes import Columns, concat_columns
from kokapp.core.live_edits import Progress, apply_edits, subset_keys
from kokapp.core.location_sums import LocationSums, location_index
from kokapp.core.project import Project, ProjectError, validate_project, validate_weights
from kokapp.core.ranked import criteria_matrix


class LiveRanking:
    def __init__(self, engine: Engine, project: Project, progress: Progress | None = None):
        """``progress(done, total)``, if given, is called after the lane table is built and after
        each product is summed (total: products + 1); an exception it raises (``Cancelled``)
        stops the build and propagates."""
        validate_project(project, engine.pack)
        self.engine = engine
        self.project = project.snapshot()   # the window edits its own project in place
        self.ref, self.access = engine.reference(project.overrides)
        self.locations = list(project.locations)
        self.lanes = engine.lanes_for(self.ref, self.locations, self.project.markets,
                                     self.project.route_scenario)
        self.keys = LaneKeys.of(self.lanes, self.project.markets)
        self.location_index = location_index(self.locations, self.lanes["location"])
        self._products = {p.name: p for p in self.project.products}
        self._origin_of = engine.bom_origins(self.project, self.access)    # None: made where it is made
        self.sums = LocationSums(len(self.locations))
        total = len(self.project.products) + 1
        if progress is not None:
            progress(1, total)
        for done, product in enumerate(self.project.products, 2):
            self.sums.add(self.location_index, self._rows(product, slice(None), summary=True))
            if progress is not None:
                progress(done, total)

    def apply(self, project: Project, progress: Progress | None = None) -> bool:
        """Bring the live ranking to ``project`` without a rebuild and return True, or return
        False and change nothing when the edit needs a rebuild (new overrides, route scenario,
        maximum transit time or forced mode). Volumes, weights, ranking rules, products, markets,
        the origin site and the candidates are taken in (:mod:`kokapp.core.live_edits`). Keeps a
        copy of ``project`` (:meth:`Project.snapshot`). ``progress`` as for the constructor; a ``Cancelled`` raised from
        it leaves the live ranking as it was. An unusable project raises ProjectError. Nothing the
        live ranking holds is changed in place (attributes are replaced), so a worker may apply to
        ``copy.copy(live)`` while ``live`` stays as it was (set_volume, by contrast, edits in place)."""
        return apply_edits(self, project, progress)

    def _rows(self, product, lanes: slice | np.ndarray, summary: bool = False,
              project: Project | None = None) -> Columns:
        if isinstance(lanes, slice):
            subset, keys = self.lanes, self.keys
        else:
            subset = {k: v[lanes] for k, v in self.lanes.items()}
            keys = subset_keys(self.keys, lanes)
        return product_rows(self.ref, subset, keys, project or self.project, product, self._origin_of, self.access,
                            summary)

    def set_volume(self, product: str, market: str, units: float) -> None:
        """One cell of the volume table changed: update the sums for that market x product."""
        if product not in self._products:
            raise ProjectError("volumes", "unknown product", product)
        if market not in self.project.markets:
            raise ProjectError("volumes", "unknown market", market)
        if not (units >= 0 and np.isfinite(units)):
            raise ProjectError(f"volumes[{product}][{market}]", "must be zero or more", units)
        lanes = np.flatnonzero(self.keys.market_index == self.project.markets.index(market))
        where = self.location_index[lanes]
        item = self._products[product]
        self.sums.add(where, self._rows(item, lanes, summary=True), -1.0)
        self.project.volumes[(product, market)] = float(units)
        self.sums.add(where, self._rows(item, lanes, summary=True), +1.0)

    def criteria(self) -> Columns:
        return self.engine.with_country_figures(self.ref, self.sums.criteria(), self.locations)

    def ranked(self, weights: dict[str, float] | None = None) -> Columns:
        """Scores and ranks, best first, with the project's weights or the ones given."""
        if weights is not None:
            validate_weights(weights)
            self.project.weights = dict(weights)
        return self.engine.rank(self.criteria(), self.locations, self.project)

    def comparison(self) -> Comparison:
        """The current figures as a Comparison whose lane rows are computed when a view asks.
        It is a snapshot: later edits to this live ranking do not change it."""
        validate_weights(self.project.weights)
        criteria = self.criteria()
        snapshot = replace(self.project, volumes=dict(self.project.volumes), weights=dict(self.project.weights))
        return Comparison(snapshot, {}, self.locations, criteria, np.isnan(criteria_matrix(criteria)),
                          self.engine.rank(criteria, self.locations, snapshot),
                          list(self.ref.overrides.values()), source=_Snapshot(self, snapshot))

    def location_rows(self, location: str) -> Columns:
        """Every market x product row of one location, computed on demand (a detail view)."""
        return self.rows(location, None)

    def rows(self, location: str | None = None, product: str | None = None,
             project: Project | None = None) -> Columns:
        lanes = (np.flatnonzero(self.location_index == self.locations.index(location))
                 if location is not None else slice(None))
        products = [self._products[product]] if product is not None else self.project.products
        return concat_columns([self._rows(p, lanes, project=project) for p in products])

    @cached_property
    def _pair_access(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per lane: trade halted; no citable duty for some product's chapter; a duty that rests on a
        band (by chapter: a study this size is not looked up line by line). Volumes do not change these."""
        chapters = {p.chapter for p in self.project.products}
        halted, unknown, banded = [], [], []
        for origin, market in self.keys.pairs:
            found = [self.access.duty(origin, market, ch) for ch in chapters]
            halted.append(any(a.halted for a in found))
            unknown.append(any(a.rate_pct is None and not a.halted for a in found))
            banded.append(any(a.rate_low_pct is not None for a in found))
        index = self.keys.pair_index
        return (np.array(halted, dtype=bool)[index], np.array(unknown, dtype=bool)[index],
                np.array(banded, dtype=bool)[index])

    def _sold(self, project: Project | None) -> np.ndarray:
        """Per lane: its market has planned volume."""
        volumes = (project or self.project).volumes
        sold = np.array([any(volumes.get((p.name, m), 0.0) > 0 for p in self.project.products)
                         for m in self.project.markets], dtype=bool)
        return sold[self.keys.market_index]

    def halted_lanes(self, project: Project | None = None) -> list[tuple[str, str]]:
        halted = self._pair_access[0] & self._sold(project)
        return sorted(set(zip(self.lanes["location"][halted], self.lanes["market"][halted])))

    def banded_duty_markets(self, project: Project | None = None) -> list[str]:
        return sorted(set(self.lanes["market"][self._pair_access[2] & self._sold(project)]))

    def unknown_duty_markets(self) -> list[str]:
        return sorted(set(self.lanes["market"][self._pair_access[1]]))


def comparison_of(engine: Engine, project: Project, progress: Progress | None = None) -> Comparison:
    """The project's comparison: in full (:meth:`Engine.compare`) when its lane rows fit
    FULL_COMPARE_ROWS, else a live ranking's (the same figures; lane rows are computed when asked),
    with ``progress`` as for :class:`LiveRanking`. The report of a stress-size study needs it."""
    if engine.fits_in_full(project):
        return engine.compare(project)
    return LiveRanking(engine, project, progress).comparison()


class _Snapshot:
    """The lane rows of a live ranking as they were when its Comparison was made: a shallow copy
    of it (``apply`` replaces lanes, keys and products, never changes them in place)."""

    def __init__(self, live: LiveRanking, project: Project):
        self.live = copy.copy(live)
        self.live.project = project

    def rows(self, location: str | None = None, product: str | None = None) -> Columns:
        return self.live.rows(location, product)

    def halted_lanes(self) -> list[tuple[str, str]]:
        return self.live.halted_lanes()

    def unknown_duty_markets(self) -> list[str]:
        return self.live.unknown_duty_markets()

    def banded_duty_markets(self) -> list[str]:
        return self.live.banded_duty_markets()

