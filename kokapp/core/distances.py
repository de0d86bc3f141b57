"""Distance and route look-ups over the precomputed tables of the data pack (no routing at run time)."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

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
    countries: tuple[str, ...] = ()
    crossings: tuple[str, ...] = ()
    legs_text: str = ""
    no_route_reason: str = ""
    closed_crossing: str = ""     # the scenario's closed crossing this route avoids, if rerouted
    border_hours: tuple[float, float, float] = (0.0, 0.0, 0.0)   # waiting at customs borders (low, base, high)

    @property
    def legs(self) -> tuple[RouteLeg, ...]:
        return parse_legs(self.legs_text)


def _hours(value: float) -> float:
    return 0.0 if value != value else float(value)


def _split(text: str) -> tuple[str, ...]:
    return tuple(filter(None, text.split("+")))


def _legs(columns: dict, prefix: tuple = ()) -> dict:
    out = {}
    for i, (a, b) in enumerate(zip(columns["from_id"], columns["to_id"])):
        road = columns["road_km"][i]
        customs = columns["customs_borders"][i]
        out[(*prefix[i:i + 1], a, b) if prefix else (a, b)] = LandLeg(
            float(columns["great_circle_km"][i]), None if road != road else float(road),
            0.0 if columns["ferry_nm"][i] != columns["ferry_nm"][i] else float(columns["ferry_nm"][i]),
            _split(columns["ferries"][i]), 0 if customs is None else int(customs),
            0 if columns["borders"][i] is None else int(columns["borders"][i]),
            _split(columns["countries"][i]), _split(columns["crossings"][i]), columns["legs"][i],
            columns["no_route_reason"][i], prefix[i] if prefix else "",
            tuple(_hours(columns[f"border_hours_{lv}"][i]) for lv in ("low", "base", "high")))
    return out


class Distances:
    def __init__(self, pack: DataPack, scenario: RouteScenario = RouteScenario()):
        self.pack, self.scenario = pack, scenario
        self._land = _legs(pack.columns["land_distances"])
        self._rerouted: dict = {}
        if scenario.closed_crossing:
            columns = pack.columns["route_scenarios"]
            rerouted = _legs(columns, columns["closed_crossing"])
            self._rerouted = {(a, b): leg for (c, a, b), leg in rerouted.items() if c == scenario.closed_crossing}
        sea = pack.columns["sea_distances"]
        self._sea = {}
        for a, b, nm in zip(sea["from_port"], sea["to_port"], sea[SEA_COLUMN[scenario.sea_closure]]):
            self._sea[(a, b)] = self._sea[(b, a)] = float(nm)

    def land(self, from_id: str, to_id: str) -> LandLeg:
        """The land route from a site or port to a market centre or port (rerouted round the
        scenario's closed crossing where it used it)."""
        leg = self._rerouted.get((from_id, to_id))
        if leg is not None:
            return leg
        try:
            return self._land[(from_id, to_id)]
        except KeyError:
            raise UnknownPlace("land", f"{from_id} -> {to_id}") from None

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
