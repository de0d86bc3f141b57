"""Lane facts for location -> market: routes, available modes, cost per load and transit days.

One row per (location site, market). Per-load costs are computed for the three parameter
levels (low/base/high) with numpy over all lanes at once. Routes come from the lane network
built at data-build time (``kokapp.core.routes``); modes:
- ``road_ftl``: full truck on the road route (site -> market centre), including the ferries
  and fixed links on the way (a ferry priced like a Ro-Ro crossing: trailer charge + rate per
  nautical mile; its sailing and waiting hours added);
- ``sea_container``: road to the site's port, sea to the market's (gateway) port, road on;
- ``roro``: road to the port of a Ro-Ro line, the line (unaccompanied trailer), road on; the
  line with the lowest base cost is taken;
- ``air``: airport to airport over the great-circle distance, door-to-door days from the model.
A mode is unavailable where a leg has no route or a distance is missing (the reason is kept).
Customs borders are counted per mode from the route: every border between two customs
territories (the EU and the EAEU each count as one) costs the border charge and its waiting
hours (``border_waits.csv`` for Türkiye-EU, Western Balkans and CAREC borders; elsewhere the
freight parameter ``road_ftl/border_delay_days``);
``borders`` (0/1) says whether the market is another customs territory (import clearance).
"""

from __future__ import annotations

import numpy as np

from kokapp.core.distances import NM_TO_KM, Distances, LandLeg, UnknownPlace
from kokapp.core.reference import LEVELS, Reference
from kokapp.core.routes import RouteBook
from kokapp.core.yielding import checkpoint

LOAD_MODES = ("road_ftl", "sea_container", "roro")

Columns = dict[str, np.ndarray]   # a table as named numpy columns of equal length


FREE_ROWS = 2_000         # row dicts freed at a time (a few milliseconds each)


def as_columns(rows: list[dict]) -> Columns:
    """Rows -> columns (text as object arrays, numbers as float or int arrays). Empties ``rows``
    as it ends, FREE_ROWS at a time: freeing a 10x study's 80,000 row dicts at once was one call
    into C that held the interpreter 65 ms, a window beside this worker waiting."""
    keys = list(rows[0]) if rows else []
    out = {}
    for key in keys:
        values = [r[key] for r in rows]
        out[key] = (np.array(values, dtype=object) if isinstance(values[0], str) else np.asarray(values))
    while rows:
        del rows[-FREE_ROWS:]
    return out


def concat_columns(tables: list[Columns]) -> Columns:
    """Column tables with the same columns, one after the other."""
    return {k: np.concatenate([t[k] for t in tables]) for k in tables[0]} if tables else {}


def row(columns: Columns, i: int = 0) -> dict:
    """One row of a column table as a dict (e.g. the single lane of a one-lane table)."""
    return {k: v[i] for k, v in columns.items()}


NO_ROUTE = LandLeg(float("nan"), None, no_route_reason="no route in the data pack")


def _route(distances: Distances, a: str, b: str) -> LandLeg:
    if a == b:
        return LandLeg(0.0, 0.0)
    try:
        return distances.land(a, b)
    except UnknownPlace:
        return NO_ROUTE


def _km(leg: LandLeg) -> float:
    return np.nan if leg.road_km is None else leg.road_km


def _sea(distances: Distances, a: str, b: str) -> float:
    try:
        return distances.sea_nm(a, b)
    except UnknownPlace:
        return np.nan


def _ferry_figures(book: RouteBook, leg: LandLeg) -> dict:
    """Ferries on a road route: how many, and sailing plus waiting hours at each level."""
    ferries = [book.links[k] for k in leg.ferries if k in book.links]
    out = {"road_ferries": sum(1 for f in ferries if f["kind"] == "ferry")}
    for level in LEVELS:
        out[f"road_ferry_hours_{level}"] = sum(f[f"hours_{level}"] + f["wait_hours"] for f in ferries)
    return out


def _default_wait(ref: Reference, level: str) -> float:
    return ref.freight("road_ftl", "border_delay_days", level) * 24


def _entry_wait(ref: Reference, book: RouteBook, a: str, b: str, level: str) -> float:
    """Waiting hours at the customs border of a sea or Ro-Ro arrival from country a into b."""
    if "freight/road_ftl/border_delay_days" in ref.overrides:
        return _default_wait(ref, level)
    return book.wait_hours(a, b, level, _default_wait(ref, level))


def _route_waits(ref: Reference, leg: LandLeg) -> tuple[float, float, float]:
    """Waiting hours at a route's customs borders: Kök's per-border figures, or the user's own
    waiting time per border (override of road_ftl/border_delay_days) at every one of them."""
    if "freight/road_ftl/border_delay_days" in ref.overrides:
        return tuple(leg.customs_borders * _default_wait(ref, lv) for lv in LEVELS)
    return leg.border_hours


def _best_roro(ref: Reference, distances, book: RouteBook, ports: dict, loc: str, home: str, market: str,
               direct: float) -> dict:
    """The Ro-Ro line with the lowest base cost from loc to market, among the lines that leave
    from the location's country for another and land nearer the market than the location is by
    road (``direct`` km: a forwarder's Ro-Ro lane, not a detour)."""
    f = ref.freight
    rate, km_day = f("road_ftl", "rate_per_km"), f("road_ftl", "km_per_day")
    border = f("road_ftl", "border_cost") + f("road_ftl", "border_delay_days") * km_day * rate
    best = {"roro_line": "", "roro_port": "", "roro_nm": np.nan, "roro_road_km": np.nan, "roro_customs": 0,
            **{f"roro_{kind}_{lv}": np.nan for kind in ("hours", "border_hours") for lv in LEVELS}}
    best_cost = np.inf
    for line in book.roro_lines():
        for start, end in ((line["port_a"], line["port_b"]), (line["port_b"], line["port_a"])):
            if ports[start] != home or ports[end] == home:
                continue
            first, last = _route(distances, loc, start), _route(distances, end, market)
            if _km(last) >= direct:      # a line that does not shorten the drive is a detour
                continue
            road = _km(first) + _km(last)
            if not np.isfinite(road):
                continue
            entry = book.customs_border(ports[start], ports[end])
            customs = first.customs_borders + last.customs_borders + int(entry)
            hours = line["hours_base"] + line["wait_hours"]
            cost = (rate * road + f("roro", "trailer_fixed") + f("roro", "rate_per_nm") * line["sea_nm"]
                    + hours / 24 * km_day * rate + customs * border)
            if cost < best_cost:
                best_cost = cost
                waits = np.add(_route_waits(ref, first), _route_waits(ref, last))
                best = {"roro_line": line["link_id"], "roro_port": end, "roro_nm": line["sea_nm"],
                        "roro_road_km": road, "roro_customs": customs,
                        **{f"roro_hours_{lv}": line[f"hours_{lv}"] + line["wait_hours"] for lv in LEVELS},
                        **{f"roro_border_hours_{lv}": waits[i] + (
                            _entry_wait(ref, book, ports[start], ports[end], lv) if entry else 0.0)
                           for i, lv in enumerate(LEVELS)}}
    return best


def lane_geometry(ref: Reference, distances: Distances, locations: list[str],
                  markets: list[str]) -> Columns:
    pack = ref.pack
    book = RouteBook.of(pack)
    sites = pack.index("sites", "site_id")
    ports = dict(zip(pack.column("countries", "iso2"), pack.column("countries", "port_locode")))
    port_country = dict(zip(pack.column("ports", "locode"), pack.column("ports", "iso2")))
    rows = []
    for loc in locations:
        checkpoint()      # a location's lanes at a time: a worker may give way to the window here
        loc_iso2, loc_port = sites[loc]["iso2"], sites[loc]["port_locode"]
        to_port = _route(distances, loc, loc_port)
        for market in markets:
            market_port = ports[market]
            leg = _route(distances, loc, market)
            from_port = _route(distances, market_port, market)
            entry = book.customs_border(port_country[loc_port], port_country[market_port])
            sea_customs = to_port.customs_borders + from_port.customs_borders + int(entry)
            sea_waits = np.add(_route_waits(ref, to_port), _route_waits(ref, from_port))
            rows.append({
                "location": loc, "location_iso2": loc_iso2, "market": market,
                "great_circle_km": leg.great_circle_km, "road_km": _km(leg),
                "road_ferry_nm": leg.ferry_nm, "road_customs": leg.customs_borders,
                **dict(zip((f"road_ftl_border_hours_{lv}" for lv in LEVELS), _route_waits(ref, leg))),
                **{f"sea_container_border_hours_{lv}": sea_waits[i] + (
                    _entry_wait(ref, book, port_country[loc_port], port_country[market_port], lv)
                    if entry else 0.0) for i, lv in enumerate(LEVELS)},
                **_ferry_figures(book, leg),
                "location_port": loc_port, "market_port": market_port,
                "to_port_km": _km(to_port), "from_port_km": _km(from_port),
                "sea_nm": _sea(distances, loc_port, market_port), "sea_customs": sea_customs,
                **_best_roro(ref, distances, book, port_country, loc, loc_iso2, market, _km(leg)),
                "borders": int(book.customs_border(loc_iso2, market)),
                "no_road_reason": leg.no_route_reason,
            })
    return as_columns(rows)


def mode_costs(ref: Reference, lanes: Columns) -> Columns:
    """Add ``<mode>_cost_<level>`` (EUR per load), ``<mode>_days_<level>`` and ``<mode>_km``."""
    out = dict(lanes)

    def num(key: str) -> np.ndarray:
        return np.asarray(out[key], float)

    borders = num("borders")
    road = num("road_km")
    land_sea = num("to_port_km") + num("from_port_km")
    sea_nm = num("sea_nm")
    land_roro = num("roro_road_km")
    roro_nm = num("roro_nm")
    ferries, ferry_nm = num("road_ferries"), num("road_ferry_nm")
    customs = {"road_ftl": num("road_customs"), "sea_container": num("sea_customs"), "roro": num("roro_customs")}
    # A container or Ro-Ro lane needs a real sea leg; same-port lanes go by road.
    sea_nm = np.where(sea_nm > 0, sea_nm, np.nan)
    roro_nm = np.where(roro_nm > 0, roro_nm, np.nan)
    f = ref.freight
    out["road_ftl_km"] = road + ferry_nm * NM_TO_KM
    out["sea_container_km"] = land_sea + sea_nm * NM_TO_KM
    out["roro_km"] = land_roro + roro_nm * NM_TO_KM
    out["air_km"] = num("great_circle_km")
    for level in LEVELS:
        adverse = {"low": "high", "base": "base", "high": "low"}[level]  # slow speeds go with high cost
        road_fixed, per_km = f("road_ftl", "fixed_per_shipment", level), f("road_ftl", "rate_per_km", level)
        border_cost = {m: c * f("road_ftl", "border_cost", level) for m, c in customs.items()}
        border_days = {m: num(f"{m}_border_hours_{level}") / 24 for m in customs}
        km_day = f("road_ftl", "km_per_day", adverse)
        ferry_cost = ferries * f("roro", "trailer_fixed", level) + f("roro", "rate_per_nm", level) * ferry_nm
        out[f"road_ftl_cost_{level}"] = road_fixed + per_km * road + ferry_cost + border_cost["road_ftl"]
        out[f"road_ftl_days_{level}"] = (road / km_day + num(f"road_ferry_hours_{level}") / 24
                                         + border_days["road_ftl"])
        out[f"sea_container_cost_{level}"] = (
            road_fixed + per_km * land_sea + f("sea_container", "ocean_fixed_feu", level)
            + f("sea_container", "ocean_rate_per_nm_feu", level) * sea_nm
            + 2 * f("sea_container", "thc_per_port_feu", level) + border_cost["sea_container"])
        out[f"sea_container_days_{level}"] = (
            land_sea / km_day + sea_nm / (24 * f("sea_container", "speed_knots", adverse))
            + 2 * f("sea_container", "port_dwell_days", level)
            + f("sea_container", "sailing_wait_days", level) + border_days["sea_container"])
        out[f"roro_cost_{level}"] = (
            road_fixed + per_km * land_roro + f("roro", "trailer_fixed", level)
            + f("roro", "rate_per_nm", level) * roro_nm + border_cost["roro"])
        out[f"roro_days_{level}"] = (
            land_roro / km_day + num(f"roro_hours_{level}") / 24
            + 2 * f("roro", "port_dwell_days", level) + border_days["roro"])
        out[f"air_days_{level}"] = (f("air", "door_to_door_days", level)
                                    + borders * f("road_ftl", "border_delay_days", level))
    return out
