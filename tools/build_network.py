"""Route every land lane of the data pack over a multimodal network (build time only).

    pip install -e .[data-build] shapely pycountry
    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz     # Natural Earth 1:50m
    python tools/build_network.py package/countries-50m.json

Network: the OSM road graph of ``road_network.py`` minus the border edges of closed borders
(``closed_borders.csv``), plus the running ferries and fixed links of ``ferry_links.csv``.
Routes minimise a generalised distance: road km, plus for each customs border its fee and
waiting time, plus for each ferry its fare and sailing-plus-waiting time, money and time
turned into km with the base freight parameters (EUR per km; km driven per day). Ro-Ro lines
(unaccompanied trailers) are not in this graph: a Ro-Ro lane is road to a line's port, the
line, road on; the routes to and from every Ro-Ro port are written for that.

Writes ``border_crossings_found.csv`` (every crossing on the graph, named), ``land_distances.csv``
(one route per pair, with its legs) and ``route_scenarios.csv`` (the same routes when one of
the busiest crossings is closed).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import numpy as np
from scipy.sparse.csgraph import dijkstra

sys.path.insert(0, str(Path(__file__).parent))
import road_network  # noqa: E402
from network_edges import (Towns, border_edges, closed_pairs, cluster_crossings, geodesic_km,  # noqa: E402
                           read, snap)
from network_paths import Network, describe, sea_nm  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "resources" / "data"
DETAIL = ("countries", "crossings", "legs")   # route_legs.csv: read when a route is shown, not at start-up
SCENARIO_CROSSINGS = 12   # the crossings most used by routes from Turkish hubs get a closure scenario


def border_waits(rows: list[dict]):
    """(a, b) -> waiting hours (low, base, high) at that customs border: the first group of
    border_waits.csv that holds the pair, else the freight parameter road_ftl/border_delay_days."""
    default = tuple(freight("freight_parameters.csv", lv)[("road_ftl", "border_delay_days")] * 24
                    for lv in ("low", "base", "high"))
    groups = [(set(r["countries_a"].split()), set(r["countries_b"].split()),
               (float(r["low_hours"]), float(r["base_hours"]), float(r["high_hours"]))) for r in rows]

    def hours(a: str, b: str) -> tuple[float, float, float]:
        for left, right, band in groups:
            if (a in left and b in right) or (b in left and a in right):
                return band
        return default
    return hours


def freight(name: str, level: str = "base") -> dict[str, float]:
    return {(r["mode"], r["parameter"]): float(r[level]) for r in read(DATA / name)}


def main(topojson: Path) -> None:
    countries = read(DATA / "countries.csv")
    outside = [(float(c["centre_lat"]), float(c["centre_lon"])) for c in countries]
    graph = road_network.load(topojson, outside)
    f = freight("freight_parameters.csv")
    f[("road_ftl", "border_delay_days_high")] = freight("freight_parameters.csv", "high")[
        ("road_ftl", "border_delay_days")]
    blocs = read(DATA / "blocs.csv")
    territory = {r["iso2"]: r["bloc"] for r in blocs if r["bloc"] in ("EU", "EAEU")}
    towns = Towns()
    crossings = cluster_crossings(graph, border_edges(graph), read(DATA / "border_crossings.csv"), towns)
    closed = closed_pairs(read(DATA / "closed_borders.csv"))
    net = Network(graph, f, territory, crossings, closed, border_waits(read(DATA / "border_waits.csv")))

    ports = {r["locode"]: r for r in read(DATA / "ports.csv")}
    sites = read(DATA / "sites.csv")
    places = {s["site_id"]: (float(s["lat"]), float(s["lon"]), s["iso2"]) for s in sites}
    places.update({c["iso2"]: (float(c["centre_lat"]), float(c["centre_lon"]), c["iso2"]) for c in countries})
    places.update({p: (float(r["lat"]), float(r["lon"]), r["iso2"]) for p, r in ports.items()})
    nodes = {key: snap(graph, lat, lon, iso2) for key, (lat, lon, iso2) in places.items()}
    nodes = {key: node for key, node in nodes.items() if node is not None}

    links = [ferry_times(link, ports, f) for link in read(DATA / "ferry_links.csv")]
    for link in links:
        if link["routed"] == "yes" and link["kind"] != "roro_line":
            net.add_link(link, nodes[link["port_a"]][0], nodes[link["port_b"]][0], float(link["sea_nm"]),
                         (ports[link["port_a"]]["iso2"], ports[link["port_b"]]["iso2"]))
    write("ferry_routes.csv", [{**{k: link[k] for k in FERRY_COLUMNS}, "source_id": "kok_lane_network"}
                               for link in links])

    roro_ports = sorted({link[k] for link in links for k in ("port_a", "port_b")
                         if link["kind"] == "roro_line" and link["routed"] == "yes"})
    pairs = [(s["site_id"], c["iso2"]) for s in sites for c in countries]
    pairs += [(s["site_id"], s["port_locode"]) for s in sites]
    pairs += [(s["site_id"], p) for s in sites for p in roro_ports if p != s["port_locode"]]
    pairs += [(c["port_locode"], c["iso2"]) for c in countries]
    pairs += [(p, c["iso2"]) for p in roro_ports for c in countries if p != c["port_locode"]]
    pairs = list(dict.fromkeys(pairs))

    base = net.route_all(pairs, nodes, places)
    rows = [describe(net, pair, route, places) for pair, route in base.items()]
    write("land_distances.csv", [{k: v for k, v in r.items() if k not in DETAIL} for r in rows])
    write("route_legs.csv", [{"from_id": r["from_id"], "to_id": r["to_id"], **{k: r[k] for k in DETAIL},
                              "source_id": r["source_id"]} for r in rows])

    turkish = [s["site_id"] for s in sites if s["iso2"] == "TR"]
    customs_crossings = {c.crossing_id for c in crossings if net.customs(c.country_a, c.country_b)}
    usage: dict[str, int] = {}
    for (a, _), route in base.items():
        if a in turkish and route is not None:
            for cid in route.crossing_ids():
                usage[cid] = usage.get(cid, 0) + 1
    busiest = sorted((c for c in usage if c in customs_crossings), key=lambda c: -usage[c])[:SCENARIO_CROSSINGS]
    scenario_rows = []
    for cid in busiest:
        affected = [pair for pair, route in base.items() if route is not None and cid in route.crossing_ids()]
        for pair, route in net.route_all(affected, nodes, places, closed_crossing=cid).items():
            scenario_rows.append({"closed_crossing": cid, **describe(net, pair, route, places)})
        print(f"scenario {cid}: {len(affected)} routes rerouted", file=sys.stderr)
    write("route_scenarios.csv", scenario_rows)
    used = {c for row in rows + scenario_rows for c in row["crossings"].split("+") if c}
    write("route_crossings.csv", [{**r, "closable": "yes" if r["crossing_id"] in busiest else ""}
                                  for r in net.crossing_rows(usage) if r["crossing_id"] in used])


FERRY_COLUMNS = ("link_id", "kind", "port_a", "port_b", "sea_nm", "hours_low", "hours_base", "hours_high",
                 "hours_basis", "wait_hours", "routed")


def ferry_times(link: dict, ports: dict, f: dict) -> dict:
    """Sea distance, crossing hours (published, else sea nm at the Ro-Ro speed) and waiting
    hours (half the interval between departures, else the Ro-Ro port dwell: base for a
    scheduled line, high for one that sails irregularly)."""
    routed = link["status"] in ("running", "irregular")
    out = {**link, "routed": "yes" if routed else "no", "sea_nm": "", "hours_low": "", "hours_base": "",
           "hours_high": "", "hours_basis": "", "wait_hours": ""}
    if not routed:
        return out
    a, b = ports[link["port_a"]], ports[link["port_b"]]
    nm = (geodesic_km((float(a["lat"]), float(a["lon"])), (float(b["lat"]), float(b["lon"]))) / 1.852
          if link["kind"] == "fixed_link" else sea_nm(a, b))
    out["sea_nm"] = f"{nm:.1f}"
    if link["crossing_hours_base"]:
        out.update(hours_low=link["crossing_hours_low"], hours_base=link["crossing_hours_base"],
                   hours_high=link["crossing_hours_high"], hours_basis="published")
    else:
        hours = {level: nm / freight_level(level)[("roro", "speed_knots")]
                 for level in ("low", "base", "high")}
        out.update(hours_low=f"{hours['high']:.1f}", hours_base=f"{hours['base']:.1f}",
                   hours_high=f"{hours['low']:.1f}", hours_basis="modelled: sea nm at the Ro-Ro speed")
    per_week = float(link["departures_per_week"] or 0)
    level = "base" if link["status"] == "running" else "high"
    wait = 84.0 / per_week if per_week else freight_level(level)[("roro", "port_dwell_days")] * 24
    out["wait_hours"] = f"{wait:.1f}"
    return out


def freight_level(level: str) -> dict:
    return freight("freight_parameters.csv", level)


OUT = DATA     # python tools/build_network.py countries-50m.json [OUT_DIR] (e.g. to compare a rebuild)


def write(name: str, rows: list[dict]) -> None:
    with open(OUT / name, "w", encoding="utf-8", newline="") as fh:
        out = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        out.writeheader()
        out.writerows(rows)
    print(f"{name}: {len(rows)} rows", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) > 2:
        OUT = Path(sys.argv[2])
    main(Path(sys.argv[1]))
