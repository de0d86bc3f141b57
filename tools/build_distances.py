"""Precompute the sea distance table shipped in resources/data (build time only, never at run time).

    pip install -e .[data-build] && python tools/build_distances.py

- sea nm: shortest sea route between ports on the Eurostat SeaRoute marine network (searoute),
  never below the great circle; for every port that a site or a market ships from and every
  port of a Ro-Ro line.
- chokepoint scenarios: the same route with the Bab-el-Mandeb strait closed (Red Sea crisis:
  Gulf and Asia lanes go round the Cape) and with the Suez Canal closed; empty where no sea
  route is left (e.g. the Mediterranean to Aqaba without Suez).
Land routes are built by ``build_network.py``.
"""

from __future__ import annotations

import csv
import itertools
import sys
import warnings
from pathlib import Path

import searoute
from geographiclib.geodesic import Geodesic


DATA = Path(__file__).resolve().parent.parent / "resources" / "data"


def read(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def great_circle_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return Geodesic.WGS84.Inverse(a[0], a[1], b[0], b[1])["s12"] / 1000.0


SCENARIOS = {"": [], "bab_el_mandeb_closed": ["babalmandab"], "suez_closed": ["suez"]}


def sea_nm(a: tuple[float, float], b: tuple[float, float], closed: list[str] = ()) -> float | None:
    """Sea route length; never below the great circle (searoute snaps a few ports, e.g. Tallinn
    and Helsinki, to network points that would make the route shorter than the straight line).
    None where the closed passages leave no route."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        route = searoute.searoute((a[1], a[0]), (b[1], b[0]), units="naut",
                                  restrictions=["northwest", *closed])
    length = float(route["properties"]["length"])
    if closed and length == 0 and great_circle_km(a, b) > 1:
        return None
    return max(length, great_circle_km(a, b) / 1.852)


def write(name: str, header: list[str], rows: list[list]) -> None:
    with open(DATA / name, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(header)
        out.writerows(rows)
    print(f"{name}: {len(rows)} rows", file=sys.stderr)


def fmt(value: float | None, digits: int = 1) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def main() -> None:
    sites = read("sites.csv")
    countries = read("countries.csv")
    links = read("ferry_links.csv")
    ports = {p["locode"]: (float(p["lat"]), float(p["lon"])) for p in read("ports.csv")}
    used = ({s["port_locode"] for s in sites} | {c["port_locode"] for c in countries}
            | {link[k] for link in links for k in ("port_a", "port_b")
               if link["kind"] == "roro_line" and link["status"] in ("running", "irregular")})
    rows = []
    for a, b in itertools.combinations(sorted(used), 2):
        nm = {name: sea_nm(ports[a], ports[b], closed) for name, closed in SCENARIOS.items()}
        rows.append([a, b, fmt(nm[""]), fmt(nm["bab_el_mandeb_closed"]), fmt(nm["suez_closed"]),
                     "eurostat_searoute"])
    write("sea_distances.csv", ["from_port", "to_port", "sea_nm", "sea_nm_bab_el_mandeb_closed",
                                "sea_nm_suez_closed", "source_id"], rows)


if __name__ == "__main__":
    main()
