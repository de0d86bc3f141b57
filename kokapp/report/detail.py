"""Which locations the report shows lane by lane.

A study of ordinary size is shown whole: every (location, market, product) lane on the Locations
sheet, every location on the route, access and origin sheets. A large study is not: 400
locations x 200 markets x 100 products is 8 million lane rows, more than a worksheet holds (Excel
stops at 1,048,576 rows) and more than anyone reads. Above LANE_DETAIL_ROWS lane rows its detail
sheets show the Türkiye baseline, the locations the report's sentences name (the verdict's, the
ranking's first, the cheapest) and the best-ranked others, as many whole locations as fit, and say
so at their top; the Summary sheet still ranks every location with its yearly totals.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

LANE_DETAIL_ROWS = 50_000     # lane rows written at most (about 20 s of writing on a 2-core machine)


@dataclass(frozen=True)
class Detail:
    locations: tuple[str, ...]      # shown lane by lane, in ranking order
    total_locations: int
    lane_rows: int                  # lane rows shown
    total_lane_rows: int

    @property
    def whole(self) -> bool:
        return len(self.locations) == self.total_locations

    def keeps(self, location: str) -> bool:
        return location in self._kept

    @cached_property
    def _kept(self) -> frozenset[str]:
        return frozenset(self.locations)


def detail_of(ranked: list[str], baseline: str, named: list[str], markets: int, products: int,
              budget: int | None = None) -> Detail:
    """``ranked``: every location, best first. Every location when all their lanes fit ``budget``
    (default LANE_DETAIL_ROWS); else the baseline and the locations the report's sentences
    ``named`` (always, even over the budget: a reader looks them up), then the best-ranked others
    while whole locations still fit."""
    budget = LANE_DETAIL_ROWS if budget is None else budget
    per_location = markets * products
    total = per_location * len(ranked)
    if total <= budget:
        return Detail(tuple(ranked), len(ranked), total, total)
    chosen = [loc for loc in dict.fromkeys((baseline, *named)) if loc in ranked]
    for loc in ranked:
        if (len(chosen) + 1) * per_location > budget:
            break
        if loc not in chosen:
            chosen.append(loc)
    kept = set(chosen)
    shown = tuple(loc for loc in ranked if loc in kept)
    return Detail(shown, len(ranked), per_location * len(shown), total)
