"""Lane facts for location -> market: distances, available modes, cost per load and transit days.

One row per (location site, market). Per-load costs are computed for the three parameter
levels (low/base/high) with numpy over all lanes at once. Modes:
- ``road_ftl``: full truck over the road network (site -> market centre);
- ``sea_container``: road to the site's port, sea to the market's (gateway) port, road on;
- ``roro``: road to the site's port, unaccompanied trailer by Ro-Ro ferry (short sea, at most
  ``RORO_MAX_NM``) to a Ro-Ro gateway port, road on; the cheapest gateway is taken;
- ``air``: airport to airport over the great-circle distance, door-to-door days from the model.
A mode is unavailable where a leg has no road connection or a distance is missing.
Customs borders: none inside one country or the EU single market, otherwise one (the import
border; transit borders are not counted: a stated simplification).
"""

from __future__ import annotations

import numpy as np

from kokapp.core.distances import NM_TO_KM, Distances, UnknownPlace
from kokapp.core.reference import LEVELS, Reference

RORO_GATEWAYS = ("ITTRS", "ESALG", "FRMRS", "ITGOA", "ROCND")
RORO_MAX_NM = 1600.0
LOAD_MODES = ("road_ftl", "sea_container", "roro")

Columns = dict[str, np.ndarray]   # a table as named numpy columns of equal length


def as_columns(rows: list[dict]) -> Columns:
    """Rows -> columns (text as object arrays, numbers as float or int arrays)."""
    keys = list(rows[0]) if rows else []
    out = {}
    for key in keys:
        values = [r[key] for r in rows]
        out[key] = (np.array(values, dtype=object) if isinstance(values[0], str) else np.asarray(values))
    return out


def concat_columns(tables: list[Columns]) -> Columns:
    """Column tables with the same columns, one after the other."""
    return {k: np.concatenate([t[k] for t in tables]) for k in tables[0]} if tables else {}


def row(columns: Columns, i: int = 0) -> dict:
    """One row of a column table as a dict (e.g. the single lane of a one-lane table)."""
    return {k: v[i] for k, v in columns.items()}


def _road(distances: Distances, a: str, b: str) -> float:
    if a == b:
        return 0.0
    try:
        road = distances.land(a, b).road_km
    except UnknownPlace:
        return np.nan
    return np.nan if road is None else road


def _sea(distances: Distances, a: str, b: str) -> float:
    try:
        return distances.sea_nm(a, b)
    except UnknownPlace:
        return np.nan


def lane_geometry(ref: Reference, distances: Distances, locations: list[str],
                  markets: list[str]) -> Columns:
    pack = ref.pack
    sites = pack.index("sites", "site_id")
    ports = dict(zip(pack.column("countries", "iso2"), pack.column("countries", "port_locode")))
    eu = {iso2 for bloc, iso2 in zip(pack.column("blocs", "bloc"), pack.column("blocs", "iso2")) if bloc == "EU"}
    sea_rate, road_rate = ref.freight("roro", "rate_per_nm"), ref.freight("road_ftl", "rate_per_km")
    rows = []
    for loc in locations:
        loc_iso2, loc_port = sites[loc]["iso2"], sites[loc]["port_locode"]
        to_port = _road(distances, loc, loc_port)
        for market in markets:
            market_port = ports[market]
            leg = distances.land(loc, market)
            same_territory = loc_iso2 == market or (loc_iso2 in eu and market in eu)
            best_gateway, best_sea, best_road, best_cost = "", np.nan, np.nan, np.inf
            for gateway in RORO_GATEWAYS:
                nm = _sea(distances, loc_port, gateway)
                road_on = _road(distances, gateway, market)
                cost = nm * sea_rate + road_on * road_rate  # base-level distance-dependent cost
                if nm <= RORO_MAX_NM and cost < best_cost:
                    best_gateway, best_sea, best_road, best_cost = gateway, nm, road_on, cost
            rows.append({
                "location": loc, "location_iso2": loc_iso2, "market": market,
                "great_circle_km": leg.great_circle_km,
                "road_km": np.nan if leg.road_km is None else leg.road_km,
                "location_port": loc_port, "market_port": market_port,
                "to_port_km": to_port, "from_port_km": _road(distances, market_port, market),
                "sea_nm": _sea(distances, loc_port, market_port),
                "roro_gateway": best_gateway, "roro_nm": best_sea, "roro_road_km": best_road,
                "borders": 0 if same_territory else 1,
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
    land_roro = num("to_port_km") + num("roro_road_km")
    roro_nm = num("roro_nm")
    # A container or Ro-Ro lane needs a real sea leg; same-port lanes go by road.
    sea_nm = np.where(sea_nm > 0, sea_nm, np.nan)
    roro_nm = np.where(roro_nm > 0, roro_nm, np.nan)
    f = ref.freight
    out["road_ftl_km"] = road
    out["sea_container_km"] = land_sea + sea_nm * NM_TO_KM
    out["roro_km"] = land_roro + roro_nm * NM_TO_KM
    out["air_km"] = num("great_circle_km")
    for level in LEVELS:
        adverse = {"low": "high", "base": "base", "high": "low"}[level]  # slow speeds go with high cost
        road_fixed, per_km = f("road_ftl", "fixed_per_shipment", level), f("road_ftl", "rate_per_km", level)
        border_cost = borders * f("road_ftl", "border_cost", level)
        border_days = borders * f("road_ftl", "border_delay_days", level)
        km_day = f("road_ftl", "km_per_day", adverse)
        out[f"road_ftl_cost_{level}"] = road_fixed + per_km * road + border_cost
        out[f"road_ftl_days_{level}"] = road / km_day + border_days
        out[f"sea_container_cost_{level}"] = (
            road_fixed + per_km * land_sea + f("sea_container", "ocean_fixed_feu", level)
            + f("sea_container", "ocean_rate_per_nm_feu", level) * sea_nm
            + 2 * f("sea_container", "thc_per_port_feu", level) + border_cost)
        out[f"sea_container_days_{level}"] = (
            land_sea / km_day + sea_nm / (24 * f("sea_container", "speed_knots", adverse))
            + 2 * f("sea_container", "port_dwell_days", level)
            + f("sea_container", "sailing_wait_days", level) + border_days)
        out[f"roro_cost_{level}"] = (
            road_fixed + per_km * land_roro + f("roro", "trailer_fixed", level)
            + f("roro", "rate_per_nm", level) * roro_nm + border_cost)
        out[f"roro_days_{level}"] = (
            land_roro / km_day + roro_nm / (24 * f("roro", "speed_knots", adverse))
            + 2 * f("roro", "port_dwell_days", level) + border_days)
        out[f"air_days_{level}"] = f("air", "door_to_door_days", level) + border_days
    return out
