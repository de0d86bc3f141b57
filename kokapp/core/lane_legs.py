"""The legs of a lane by mode, and what a forwarder reads off them: countries in order, border
crossings by name, ferries, customs borders, the transit regime and border warnings.

Works on one lane row of ``lanes.lane_geometry`` (with the distances it was built from), so the
CLI, the window's detail tab and the report describe exactly the route that was priced.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from kokapp.core.distances import NM_TO_KM, UnknownPlace
from kokapp.core.routes import RouteBook, RouteLeg


@dataclass(frozen=True)
class RouteSummary:
    legs: tuple[RouteLeg, ...]
    countries: tuple[str, ...]
    crossings: tuple[str, ...]          # crossing ids, in order
    customs_crossings: tuple[str, ...]  # those on customs borders
    links: tuple[str, ...]              # ferries, fixed links and Ro-Ro lines used
    customs_borders: int
    transit_regime: str                 # none, common_transit, tir
    warnings: tuple[dict, ...] = field(default=())
    no_route_reason: str = ""
    rerouted_around: str = ""           # the scenario's closed crossing, where the route avoids it

    @property
    def km(self) -> float:
        return sum(leg.km for leg in self.legs)


def _land(distances, a: str, b: str):
    if a == b:
        return None
    try:
        return distances.land(a, b)
    except UnknownPlace:
        return None


def mode_legs(book: RouteBook, distances, lane: dict, mode: str) -> tuple[tuple[RouteLeg, ...], str, str]:
    """(legs, reason there is no route, closed crossing avoided) of one mode of a lane row."""
    loc, market = lane["location"], lane["market"]
    if mode == "air":
        return (RouteLeg("air", loc, market, float(lane["great_circle_km"])),), "", ""
    if mode == "road_ftl":
        leg = _land(distances, loc, market)
        if leg is None or leg.road_km is None:
            return (), leg.no_route_reason if leg else "no route in the data pack", ""
        return leg.legs, "", leg.closed_crossing
    if mode == "sea_container":
        start, end, nm, link = lane["location_port"], lane["market_port"], lane["sea_nm"], ""
    else:
        end, nm, link = lane["roro_port"], lane["roro_nm"], lane["roro_line"]
        if not link:
            return (), "no Ro-Ro line serves this lane", ""
        line = book.links[link]
        start = line["port_a"] if line["port_b"] == end else line["port_b"]
    if nm != nm or nm <= 0:
        return (), "no sea route", ""
    first, last = _land(distances, loc, start), _land(distances, end, market)
    legs = [*(first.legs if first else ()),
            RouteLeg("roro_line" if link else "sea", start, end, float(nm) * NM_TO_KM,
                     tuple(dict.fromkeys((start[:2], end[:2]))), link=link),
            *(last.legs if last else ())]
    avoided = next((x.closed_crossing for x in (first, last) if x and x.closed_crossing), "")
    return tuple(legs), "", avoided


def summarise(book: RouteBook, distances, lane: dict, mode: str) -> RouteSummary:
    legs, reason, avoided = mode_legs(book, distances, lane, mode)
    countries: list[str] = []
    for leg in legs:
        for country in leg.countries:
            if not countries or countries[-1] != country:
                countries.append(country)
    crossings = tuple(c for leg in legs for c in leg.crossings)
    customs = tuple(c for c in crossings if book.is_customs(c))
    customs_count = int({"road_ftl": lane.get("road_customs", 0), "sea_container": lane.get("sea_customs", 0),
                         "roro": lane.get("roro_customs", 0), "air": lane.get("borders", 0)}[mode])
    return RouteSummary(
        legs=legs, countries=tuple(countries), crossings=crossings, customs_crossings=customs,
        links=tuple(leg.link for leg in legs if leg.link), customs_borders=customs_count,
        transit_regime=book.transit_regime(tuple(countries), customs_count) if legs else "none",
        warnings=tuple(book.warnings(tuple(countries))), no_route_reason=reason, rerouted_around=avoided)


def place_names(pack, language: str = "en") -> Mapping[str, str]:
    """Display names of every place a leg starts or ends at: sites, market centres, ports (made
    once per pack and language, read-only: the report asks for them for every route it words)."""
    suffix = "tr" if language == "tr" else "en"

    def make() -> Mapping[str, str]:
        names = dict(zip(pack.column("ports", "locode"), pack.column("ports", "name")))
        names |= dict(zip(pack.column("countries", "iso2"), pack.column("countries", "centre_name")))
        names |= dict(zip(pack.column("sites", "site_id"), pack.column("sites", f"name_{suffix}")))
        return MappingProxyType(names)
    return pack.derived(f"place_names_{suffix}", make)


def route_line(summary: RouteSummary, names: dict[str, str], crossing_name) -> str:
    """``Bursa → Kapıkule – Kapitan Andreevo → Kalotina – Gradina → Belgrade``: the start, every
    customs crossing and ferry or line port on the way, and the end."""
    if not summary.legs:
        return ""
    stops = [names.get(summary.legs[0].start, summary.legs[0].start)]
    for leg in summary.legs:
        if leg.mode == "road":
            stops += [crossing_name(c) for c in leg.crossings if c in summary.customs_crossings]
        elif leg.mode != "air":
            stops.append(names.get(leg.start, leg.start))
        end = names.get(leg.end, leg.end)
        if leg is summary.legs[-1] or leg.mode not in ("road", "air"):
            stops.append(end)
    out: list[str] = []
    for stop in stops:
        if not out or out[-1] != stop:
            out.append(stop)
    return " → ".join(out)
