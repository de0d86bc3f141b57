"""Edits a live ranking takes in without a rebuild (:meth:`kokapp.core.live.LiveRanking.apply`).

A location's criterion sums come from its own lanes (location x market) only, one product's rows
at a time, so an edit recomputes the rows it changes and keeps every other sum:

- volume cells: per product, the rows of the markets whose volume changed go out (old volumes)
  and come back (new volumes), in one call per product however many cells changed;
- a product added, removed or edited in place (same name, other fields, its bill of materials
  included): its old rows out, its new rows in;
- a market added: lanes for that market only (every location); removed: its rows out, its lanes
  dropped; a new order of markets only reorders the lanes;
- the origin site, and the candidates: the origin site is only the first of the locations. The
  ranking reads the baseline (fixed scales, no knock-out) from the first row when it ranks, the
  money and verdict views read ``project.origin_site`` from the comparison's snapshot, and the
  origin of the goods (bill of materials) depends on where they are made, not on the hub; the
  lanes of a location and so its sums are its own. A new origin site is therefore a location
  edit: a location that leaves is dropped with its sums, a new one gets lanes and rows of its own,
  and the locations take the new order;
- weights, ranking rules and what the figures never read (company, currency, feasibility
  settings, set-up options, weight preset, AHP judgements): copied.

Every other field of :class:`~kokapp.core.project.Project` (overrides, route scenario, maximum
transit time, forced mode, and any field added later) must be unchanged, or :func:`apply_edits`
returns False and changes nothing: those change every lane or every row, a rebuild's work.

Nothing is changed until the end: a progress callback that raises (``Cancelled``) leaves the
live ranking as it was. When the rows to recompute outnumber those of a full re-sum (most volume
cells changed, say), the sums are summed afresh over the new lanes instead.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from kokapp.core.costs import LaneKeys, product_rows
from kokapp.core.lanes import Columns, concat_columns, lane_geometry, mode_costs
from kokapp.core.location_sums import LocationSums, location_index
from kokapp.core.project import Project, validate_project

Progress = Callable[[int, int], None]

# Fields apply_edits brings over itself; every other field must be equal (a new field too).
HANDLED = ("company", "origin_site", "candidates", "products", "markets", "volumes", "weights", "ranking",
           "currency", "feasibility", "setup_options", "weight_preset", "pairwise")


def _quiet(done: int, total: int) -> None:
    pass


def apply_edits(live, project: Project, progress: Progress | None = None) -> bool:
    """Bring ``live`` (a :class:`~kokapp.core.live.LiveRanking`; not imported here: live.py imports this
    module) to ``project`` and return True, or return False (nothing changed) when the
    edit needs a rebuild. An unusable project raises ProjectError, as the constructor does."""
    old = live.project
    if replace(old, **dict.fromkeys(HANDLED)) != replace(project, **dict.fromkeys(HANDLED)):
        return False
    validate_project(project, live.engine.pack)
    new = project.snapshot()
    report = progress or _quiet
    before = {p.name: p for p in old.products}
    after = {p.name: p for p in new.products}
    redone = {n for n in after if before.get(n) != after[n]}       # added or edited: every lane
    undone = {n for n in before if after.get(n) != before[n]}      # removed or edited: every lane
    changed = _changed_cells(old, new, before.keys() & after.keys() - redone)

    staying, selling = set(new.locations), set(new.markets)
    old_position = {loc: i for i, loc in enumerate(live.locations)}
    kept = [loc for loc in live.locations if loc in staying]
    markets_kept = [m for m in old.markets if m in selling]
    old_keep = np.isin(live.location_index, [old_position[loc] for loc in kept])
    old_dropped_market = ~np.isin(live.keys.market_index, [old.markets.index(m) for m in markets_kept])
    lanes, keys, where, fresh = _new_lanes(live, new, kept, markets_kept, old_keep & ~old_dropped_market)

    out = [(p, old_keep if p.name in undone else
            old_keep & (old_dropped_market | _market_lanes(live.keys.market_index, changed.get(p.name), old.markets)))
           for p in old.products]
    into = [(p, slice(None) if p.name in redone
             else fresh | _market_lanes(keys.market_index, changed.get(p.name), new.markets)) for p in new.products]
    out = [(p, m) for p, m in out if m.any()]
    into = [(p, m) for p, m in into if isinstance(m, slice) or m.any()]
    rows_needed = sum(_count(m, len(where)) for _, m in into) + sum(int(m.sum()) for _, m in out)
    afresh = rows_needed >= len(new.products) * len(where)      # as much work as summing afresh: do that
    if afresh:
        out, into = [], [(p, slice(None)) for p in new.products]
    sums = LocationSums(len(new.locations)) if afresh else copy.deepcopy(live.sums)
    origin_of = live.engine.bom_origins(new, live.access) if redone or undone else live._origin_of
    total, done = 1 + len(out) + len(into), 1
    report(done, total)             # the lane table is in hand
    for product, mask in out:       # old rows out, on the old lanes with the old volumes
        idx = np.flatnonzero(mask)
        sums.add(live.location_index[idx], _summary(live, live.lanes, live.keys, idx, old, product,
                                                   live._origin_of), -1.0)
        done += 1
        report(done, total)
    if not afresh and live.locations != new.locations:
        position = {loc: i for i, loc in enumerate(new.locations)}
        sums = _moved(sums, [old_position[loc] for loc in kept], [position[loc] for loc in kept],
                      len(new.locations))
    for product, mask in into:      # new rows in, on the new lanes with the new volumes
        idx = mask if isinstance(mask, slice) else np.flatnonzero(mask)
        sums.add(where[idx], _summary(live, lanes, keys, idx, new, product, origin_of), +1.0)
        done += 1
        report(done, total)

    structure = lanes is not live.lanes or redone or undone
    live.project, live.locations, live.lanes, live.keys, live.location_index = new, new.locations, lanes, keys, where
    live._products, live._origin_of, live.sums = dict(after), origin_of, sums
    if structure:
        live.__dict__.pop("_pair_access", None)    # a cached_property: lanes or chapters changed
    return True


def _changed_cells(old: Project, new: Project, products: set[str]) -> dict[str, set[str]]:
    """Product -> markets (kept in both) whose volume changed, for products kept as they were."""
    markets = set(old.markets) & set(new.markets)
    out: dict[str, set[str]] = {}
    for p, m in {key for key, _ in old.volumes.items() ^ new.volumes.items()}:   # set operations in C
        if p in products and m in markets and old.volume(p, m) != new.volume(p, m):
            out.setdefault(p, set()).add(m)
    return out


def _market_lanes(market_index: np.ndarray, markets: set[str] | None, order: list[str]) -> np.ndarray:
    if not markets:
        return np.zeros(len(market_index), dtype=bool)
    return np.isin(market_index, [order.index(m) for m in markets])


def _count(mask, n: int) -> int:
    return n if isinstance(mask, slice) else int(mask.sum())


def _summary(live, lanes: Columns, keys: LaneKeys, idx, project: Project, product,
             origin_of) -> Columns:
    if not isinstance(idx, slice):
        lanes, keys = {k: v[idx] for k, v in lanes.items()}, subset_keys(keys, idx)
    return product_rows(live.ref, lanes, keys, project, product, origin_of, live.access, summary=True)


def subset_keys(keys: LaneKeys, rows: np.ndarray) -> LaneKeys:
    """The keys of some lanes with only the (origin, market) pairs they use: a product's rows look
    up one duty per pair, so a market's 400 lanes need not look up the whole table's thousands."""
    used, pair_index = np.unique(keys.pair_index[rows], return_inverse=True)
    return LaneKeys(keys.markets, keys.market_index[rows], [keys.pairs[i] for i in used], pair_index.ravel())


def _new_lanes(live, new: Project, kept: list[str], markets_kept: list[str],
               old_kept_lanes: np.ndarray) -> tuple[Columns, LaneKeys, np.ndarray, np.ndarray]:
    """(lanes, keys, each lane's location position, lanes that are new) for the new project: the
    old lanes that stay, and lane facts computed for new locations (every market) and for new
    markets (the locations that stay), in the order a fresh build has (location, then market)."""
    locations = new.locations
    if locations == live.locations and new.markets == live.project.markets:
        return live.lanes, live.keys, live.location_index, np.zeros(len(live.location_index), dtype=bool)
    staying, selling = set(kept), set(markets_kept)
    added_locations = [loc for loc in locations if loc not in staying]
    added_markets = [m for m in new.markets if m not in selling]
    distances = live.engine.distances_for(live.ref, new.route_scenario)
    parts = [{k: v[old_kept_lanes] for k, v in live.lanes.items()}]
    for locs, markets in ((added_locations, new.markets), (kept, added_markets)):
        if locs and markets:     # lanes_for would cache these pieces and push out whole tables
            parts.append(mode_costs(live.ref, lane_geometry(live.ref, distances, locs, markets)))
    fresh = np.concatenate([np.zeros(int(old_kept_lanes.sum()), dtype=bool)]
                           + [np.ones(len(p["location"]), dtype=bool) for p in parts[1:]])
    lanes = concat_columns(parts)
    where = location_index(locations, lanes["location"])
    position = {m: j for j, m in enumerate(new.markets)}
    order = np.lexsort((np.fromiter((position[m] for m in lanes["market"]), dtype=np.intp, count=len(where)), where))
    lanes = {k: v[order] for k, v in lanes.items()}
    return lanes, LaneKeys.of(lanes, new.markets), where[order], fresh[order]


def _moved(sums: LocationSums, old: list[int], new: list[int], n: int) -> LocationSums:
    """The sums of the locations that stay, at their new positions among ``n`` locations."""
    out = LocationSums(n)
    for name, value in vars(sums).items():
        if isinstance(value, np.ndarray):
            getattr(out, name)[new] = value[old]
        elif isinstance(value, dict):
            for key, array in value.items():
                getattr(out, name)[key][new] = array[old]
        elif name != "n":
            raise TypeError(f"LocationSums.{name}: cannot move a {type(value).__name__}")
    return out
