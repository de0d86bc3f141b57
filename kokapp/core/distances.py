"""Distance and route look-ups over the precomputed tables of the data pack (no routing at run time)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from kokapp.core.datapack import DataPack
from kokapp.core.errors import KokError
from kokapp.core.routes import SEA_COLUMN, RouteLeg, RouteScenario, parse_legs

NM_TO_KM = 1.852


class UnknownPlace(KokError):
    def __init__(self, kind: str, key: str):
        self.kind, self.key = kind, key
        super().__init__(f"no {kind} distance for {key}")


@dataclass(frozen=True)
class LandLeg:
    """A land route: driving km, the ferries on the way and the borders it crosses."""
    great_circle_km: float
    road_km: float | None  # None: no land route (the reason says why)
    ferry_nm: float = 0.0
    ferries: tuple[str, ...] = ()
    customs_borders: int = 0
    borders: int = 0
    no_route_reason: str = ""
    closed_crossing: str = ""     # the scenario's closed crossing this route avoids, if rerouted
    border_hours: tuple[float, float, float] = (0.0, 0.0, 0.0)   # waiting at customs borders (low, base, high)
    # (countries, crossings, legs text), read from route_legs.csv only when a route is shown
    detail: Callable[[], tuple[str, str, str]] | None = field(default=None, compare=False, repr=False)

    @property
    def countries(self) -> tuple[str, ...]:
        return _split(self.detail()[0]) if self.detail else ()

    @property
    def crossings(self) -> tuple[str, ...]:
        return _split(self.detail()[1]) if self.detail else ()

    @property
    def legs(self) -> tuple[RouteLeg, ...]:
        return parse_legs(self.detail()[2]) if self.detail else ()


def _hours(value: float) -> float:
    return 0.0 if value != value else float(value)


def _split(text: str) -> tuple[str, ...]:
    return tuple(filter(None, text.split("+")))


class _Routes:
    """Route rows of a table by (from, to), turned into LandLeg objects on first use; the legs
    come from ``details()`` (a table with countries, crossings and legs in the same row order)."""

    def __init__(self, columns: dict, details: Callable[[], dict], keep=lambda i: True):
        self.c, self.details = columns, details
        self.rows = {(a, b): i for i, (a, b) in enumerate(zip(columns["from_id"], columns["to_id"])) if keep(i)}
        self.memo: dict[tuple[str, str], LandLeg] = {}

    def _detail(self, i: int) -> tuple[str, str, str]:
        d = self.details()
        return d["countries"][i], d["crossings"][i], d["legs"][i]

    def get(self, key: tuple[str, str]) -> LandLeg | None:
        leg = self.memo.get(key)
        if leg is None and key in self.rows:
            leg = self.memo[key] = self._leg(self.rows[key])
        return leg

    def _leg(self, i: int) -> LandLeg:
        c = self.c
        road, customs, borders, ferry = c["road_km"][i], c["customs_borders"][i], c["borders"][i], c["ferry_nm"][i]
        return LandLeg(
            float(c["great_circle_km"][i]), None if road != road else float(road),
            0.0 if ferry != ferry else float(ferry), _split(c["ferries"][i]),
            0 if customs is None else int(customs), 0 if borders is None else int(borders),
            c["no_route_reason"][i], c["closed_crossing"][i] if "closed_crossing" in c else "",
            tuple(_hours(c[f"border_hours_{lv}"][i]) for lv in ("low", "base", "high")),
            lambda: self._detail(i))


class Distances:
    def __init__(self, pack: DataPack, scenario: RouteScenario = RouteScenario()):
        self.pack, self.scenario = pack, scenario
        self._land = _Routes(pack.columns["land_distances"], lambda: pack.columns["route_legs"])
        self._rerouted = None
        if scenario.closed_crossing:
            columns = pack.columns["route_scenarios"]
            closed = columns["closed_crossing"]
            self._rerouted = _Routes(columns, lambda: columns, lambda i: closed[i] == scenario.closed_crossing)
        sea = pack.columns["sea_distances"]
        self._sea = {}
        for a, b, nm in zip(sea["from_port"], sea["to_port"], sea[SEA_COLUMN[scenario.sea_closure]]):
            self._sea[(a, b)] = self._sea[(b, a)] = float(nm)

    def land(self, from_id: str, to_id: str) -> LandLeg:
        """The land route from a site or port to a market centre or port (rerouted round the
        scenario's closed crossing where it used it)."""
        leg = self._rerouted.get((from_id, to_id)) if self._rerouted else None
        leg = leg or self._land.get((from_id, to_id))
        if leg is None:
            raise UnknownPlace("land", f"{from_id} -> {to_id}")
        return leg

    def sea_nm(self, port_a: str, port_b: str) -> float:
        """Sea nautical miles; NaN where the scenario's closed chokepoint leaves no sea route."""
        if port_a == port_b:
            return 0.0
        try:
            return self._sea[(port_a, port_b)]
        except KeyError:
            raise UnknownPlace("sea", f"{port_a} -> {port_b}") from None


class OverriddenDistances:
    """The same look-ups with the user's own distances laid over the bundled ones
    (override keys ``road/<from>/<to>`` in km and ``sea/<port>/<port>`` in nautical miles)."""

    def __init__(self, base: Distances, road: dict[tuple[str, str], float], sea: dict[tuple[str, str], float]):
        self.base, self._road, self._sea = base, road, {**sea, **{(b, a): v for (a, b), v in sea.items()}}
        self.scenario = base.scenario

    def land(self, from_id: str, to_id: str) -> LandLeg:
        leg = self.base.land(from_id, to_id)
        road = self._road.get((from_id, to_id))
        return leg if road is None else replace(leg, road_km=road, no_route_reason="")

    def sea_nm(self, port_a: str, port_b: str) -> float:
        own = self._sea.get((port_a, port_b))
        return own if own is not None and not math.isnan(own) else self.base.sea_nm(port_a, port_b)
