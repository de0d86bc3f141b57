"""The road graph behind Kök's lanes, at build time only: OSM highways cut to the region,
every node labelled with its country, as a scipy sparse matrix ready for Dijkstra.

- Road network: scgraph 2.15 ``world_highways`` (derived from OpenStreetMap, © OpenStreetMap
  contributors, ODbL), kept where lon -25..125 and lat 8..72.
- Countries: Natural Earth 1:50m admin-0 outlines (public domain) from the npm package
  ``world-atlas`` 2.0.2 (``npm pack world-atlas@2.0.2``; ``countries-50m.json``). A node outside
  every outline (coast, river mouth) takes the nearest outline within 0.3 degrees, else the
  country of its labelled neighbours.
Used by ``build_network.py``.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pycountry
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components
from shapely import STRtree, points
from shapely.geometry import Polygon

sys.path.insert(0, str(Path(__file__).parent))
from build_basemap import decode_arcs, ring_points  # noqa: E402

REGION = (-25.0, 8.0, 125.0, 72.0)  # lon_min, lat_min, lon_max, lat_max
NO_NUMERIC_ID = {"Kosovo": "XK", "N. Cyprus": "CY"}  # names world-atlas gives no ISO number
UNKNOWN = ""
LOCAL_DEGREES = 1.0


@dataclass
class RoadGraph:
    lat: np.ndarray          # node latitude
    lon: np.ndarray          # node longitude
    country: np.ndarray      # node ISO2 (object array)
    rows: np.ndarray         # edge start node
    cols: np.ndarray         # edge end node
    km: np.ndarray           # edge length, km
    component: np.ndarray    # connected-component label of every node
    component_size: np.ndarray

    def matrix(self, weights: np.ndarray, extra: tuple = ()) -> csr_matrix:
        """The graph with the given edge weights plus extra edges (rows, cols, weights)."""
        rows, cols, w = self.rows, self.cols, weights
        if extra:
            rows = np.concatenate([rows, extra[0]])
            cols = np.concatenate([cols, extra[1]])
            w = np.concatenate([w, extra[2]])
        n = len(self.lat)
        return csr_matrix((np.maximum(w, 1e-6), (rows, cols)), shape=(n, n))


def country_shapes(topojson_path: Path) -> tuple[list[Polygon], list[str]]:
    topology = json.loads(topojson_path.read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    shapes, codes = [], []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        numeric = geometry.get("id")
        if numeric:
            found = pycountry.countries.get(numeric=numeric)
            code = found.alpha_2 if found else None
        else:
            code = NO_NUMERIC_ID.get(name)
        if not code:
            continue
        polygons = ([geometry["arcs"]] if geometry["type"] == "Polygon"
                    else geometry["arcs"] if geometry["type"] == "MultiPolygon" else [])
        for rings in polygons:
            outer, *holes = [ring_points(r, arcs) for r in rings]
            if len(outer) >= 4:
                shapes.append(Polygon(outer, [h for h in holes if len(h) >= 4]).buffer(0))
                codes.append(code)
    return shapes, codes


def label_countries(lon: np.ndarray, lat: np.ndarray, shapes: list, codes: list[str]) -> np.ndarray:
    tree = STRtree(shapes)
    pts = points(np.column_stack([lon, lat]))
    out = np.full(len(lon), UNKNOWN, dtype=object)
    point_idx, shape_idx = tree.query(pts, predicate="within")
    out[point_idx] = np.asarray(codes, dtype=object)[shape_idx]
    missing = np.flatnonzero(out == UNKNOWN)
    if len(missing):
        point_idx, shape_idx = tree.query_nearest(pts[missing], max_distance=0.3)
        out[missing[point_idx]] = np.asarray(codes, dtype=object)[shape_idx]
    return out


def load(topojson_path: Path, places: list[tuple[float, float]] = ()) -> RoadGraph:
    """The graph in the region, plus the roads within ``LOCAL_DEGREES`` of any place outside it
    (e.g. New York, so that its port reaches the city)."""
    from scgraph_data.world_highways import world_highways_geograph as roads

    nodes = np.asarray(roads.nodes, dtype=float)
    lon_min, lat_min, lon_max, lat_max = REGION
    keep = ((nodes[:, 1] >= lon_min) & (nodes[:, 1] <= lon_max)
            & (nodes[:, 0] >= lat_min) & (nodes[:, 0] <= lat_max))
    for lat, lon in places:
        if not (lon_min <= lon <= lon_max and lat_min <= lat <= lat_max):
            keep |= (np.abs(nodes[:, 0] - lat) <= LOCAL_DEGREES) & (np.abs(nodes[:, 1] - lon) <= LOCAL_DEGREES)
    new_id = np.full(len(nodes), -1)
    new_id[keep] = np.arange(keep.sum())
    rows, cols, km = [], [], []
    for a in np.flatnonzero(keep):
        for b, length in roads.graph[a].items():
            if keep[b]:
                rows.append(new_id[a])
                cols.append(new_id[b])
                km.append(length)
    lat, lon = nodes[keep, 0], nodes[keep, 1]
    shapes, codes = country_shapes(topojson_path)
    country = label_countries(lon, lat, shapes, codes)
    rows, cols, km = np.asarray(rows), np.asarray(cols), np.asarray(km, float)
    _fill_from_neighbours(country, rows, cols)
    n = len(lat)
    adjacency = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    _, component = connected_components(adjacency, directed=False)
    size = np.bincount(component)
    return RoadGraph(lat, lon, country, rows, cols, km, component, size[component])


def _fill_from_neighbours(country: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> None:
    """Nodes no outline claims take a labelled neighbour's country (a few passes)."""
    for _ in range(20):
        missing = country[rows] == UNKNOWN
        fill = missing & (country[cols] != UNKNOWN)
        if not fill.any():
            break
        country[rows[fill]] = country[cols[fill]]
