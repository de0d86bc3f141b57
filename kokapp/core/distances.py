"""Distance look-ups over the precomputed tables of the data pack (no routing at run time)."""

from __future__ import annotations

from dataclasses import dataclass

from kokapp.core.datapack import DataPack
from kokapp.core.errors import KokError

NM_TO_KM = 1.852


class UnknownPlace(KokError):
    def __init__(self, kind: str, key: str):
        self.kind, self.key = kind, key
        super().__init__(f"no {kind} distance for {key}")


@dataclass(frozen=True)
class LandLeg:
    great_circle_km: float
    road_km: float | None  # None: the road network does not connect the two places


class Distances:
    def __init__(self, pack: DataPack):
        land = pack.columns["land_distances"]
        self._land = {
            (a, b): LandLeg(float(gc), None if road != road else float(road))
            for a, b, gc, road in zip(land["from_id"], land["to_id"], land["great_circle_km"],
                                      land["road_km"])
        }
        sea = pack.columns["sea_distances"]
        self._sea = {}
        for a, b, nm in zip(sea["from_port"], sea["to_port"], sea["sea_nm"]):
            self._sea[(a, b)] = self._sea[(b, a)] = float(nm)

    def land(self, from_id: str, to_id: str) -> LandLeg:
        """Site -> market centre, site -> its port, or market port -> market centre."""
        try:
            return self._land[(from_id, to_id)]
        except KeyError:
            raise UnknownPlace("land", f"{from_id} -> {to_id}") from None

    def sea_nm(self, port_a: str, port_b: str) -> float:
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

    def land(self, from_id: str, to_id: str) -> LandLeg:
        leg = self.base.land(from_id, to_id)
        road = self._road.get((from_id, to_id))
        return leg if road is None else LandLeg(leg.great_circle_km, road)

    def sea_nm(self, port_a: str, port_b: str) -> float:
        return self._sea.get((port_a, port_b)) or self.base.sea_nm(port_a, port_b)
