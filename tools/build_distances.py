"""Precompute the distance tables shipped in resources/data (build time only, never at run time).

    pip install -e .[data-build] && python tools/build_distances.py

- great-circle km: geodesic on WGS84 (geographiclib).
- land legs: site -> market centre, site -> its port, market port -> market centre, Ro-Ro
  gateway port -> market centre.
- road km: shortest path on the scgraph 2.15 ``world_highways`` network (road network derived
  from OpenStreetMap, © OpenStreetMap contributors, ODbL). Pairs the network does not connect
  (islands, Morocco/Algeria/Tunisia versus Europe, Egypt versus Anatolia by land) stay empty:
  those lanes need a sea or Ro-Ro leg.
- sea nm: shortest sea route between ports on the Eurostat SeaRoute marine network (searoute).
"""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import sys
from pathlib import Path

import searoute
from geographiclib.geodesic import Geodesic
from scgraph_data.world_highways import world_highways_geograph as ROADS

sys.path.insert(0, str(Path(__file__).parent))
from reference_tables import RORO_GATEWAYS  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "resources" / "data"


def read(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def great_circle_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return Geodesic.WGS84.Inverse(a[0], a[1], b[0], b[1])["s12"] / 1000.0


def road_km(a: tuple[float, float], b: tuple[float, float]) -> float | None:
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            result = ROADS.get_shortest_path(
                origin_node={"latitude": a[0], "longitude": a[1]},
                destination_node={"latitude": b[0], "longitude": b[1]},
                output_units="km")
        except Exception:  # scgraph raises a bare Exception for disconnected nodes
            return None
    return float(result["length"])


def sea_nm(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Sea route length; never below the great circle (searoute snaps a few ports, e.g. Tallinn
    and Helsinki, to network points that would make the route shorter than the straight line)."""
    route = searoute.searoute((a[1], a[0]), (b[1], b[0]), units="naut")
    return max(float(route["properties"]["length"]), great_circle_km(a, b) / 1.852)


def write(name: str, header: list[str], rows: list[list]) -> None:
    with open(DATA / name, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(header)
        out.writerows(rows)
    print(f"{name}: {len(rows)} rows", file=sys.stderr)


def fmt(value: float | None, digits: int = 1) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def main(parts: set[str]) -> None:
    countries = read("countries.csv")
    sites = read("sites.csv")
    ports = {p["locode"]: (float(p["lat"]), float(p["lon"])) for p in read("ports.csv")}

    places: dict[str, tuple[float, float]] = {}
    for s in sites:
        places[s["site_id"]] = (float(s["lat"]), float(s["lon"]))
    for c in countries:
        places[c["iso2"]] = (float(c["centre_lat"]), float(c["centre_lon"]))
    for code, point in ports.items():
        places[code] = point

    # Land legs: site -> every market centre, site -> its port, market port -> market centre.
    pairs = [(s["site_id"], c["iso2"]) for s in sites for c in countries]
    pairs += [(s["site_id"], s["port_locode"]) for s in sites]
    pairs += [(c["port_locode"], c["iso2"]) for c in countries]
    pairs += [(g, c["iso2"]) for g in RORO_GATEWAYS for c in countries if g != c["port_locode"]]
    rows = []
    for n, (a, b) in enumerate(pairs if "land" in parts else [], 1):
        gc = great_circle_km(places[a], places[b])
        road = road_km(places[a], places[b]) if gc > 0.5 else 0.0
        rows.append([a, b, fmt(gc), fmt(road), "osm_scgraph_roads"])
        if n % 200 == 0:
            print(f"road {n}/{len(pairs)}", file=sys.stderr)
    if "land" in parts:
        write("land_distances.csv", ["from_id", "to_id", "great_circle_km", "road_km", "source_id"], rows)
    if "sea" not in parts:
        return
    sea_rows = []
    for a, b in itertools.combinations(sorted(ports), 2):
        sea_rows.append([a, b, fmt(sea_nm(ports[a], ports[b])), "eurostat_searoute"])
    write("sea_distances.csv", ["from_port", "to_port", "sea_nm", "source_id"], sea_rows)


if __name__ == "__main__":
    main(set(sys.argv[1:]) or {"land", "sea"})  # e.g. `python tools/build_distances.py sea`
