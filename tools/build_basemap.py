"""Write resources/map/countries.json: the offline basemap behind Kök's map view.

Natural Earth country outlines (public domain), taken from the TopoJSON files in the npm
package ``world-atlas`` 2.0.2 (no network needed once the package is unpacked):

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python tools/build_basemap.py /tmp/package/countries-110m.json

The 110m file is the one used: from the 50m file the output is about 590 kB, over the
400 kB budget for a bundled resource (the script warns when that happens).

The TopoJSON decoder is here rather than a dependency because it is twenty lines. Only the
region a Turkish SME looks at (lon -25..90, lat 5..72) is kept: every ring whose bounding box
meets that box, and every country with at least one such ring (so overseas parts such as
French Guiana are dropped). Nothing is clipped; rings that cross the 180th meridian are
unwrapped (lon + 360) so that no edge spans the map.
Coordinates are rounded to 2 decimals (about 1 km), which is plenty for a country outline.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "map" / "countries.json"
REGION = (-25.0, 5.0, 90.0, 72.0)  # lon_min, lat_min, lon_max, lat_max
SIZE_LIMIT = 400_000  # bytes; above this, use countries-110m.json instead

Ring = list[list[float]]


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Turn quantized, delta-encoded arcs into absolute lon/lat arcs.

    In a quantized topology each arc's first position is absolute (in grid units) and every
    later one is the difference from its predecessor; ``transform`` maps grid units to degrees.
    """
    transform = topology.get("transform")
    sx, sy = transform["scale"] if transform else (1.0, 1.0)
    tx, ty = transform["translate"] if transform else (0.0, 0.0)
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            if transform:
                x, y = x + dx, y + dy  # undo the delta encoding
            else:
                x, y = dx, dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(arc_indexes: list[int], arcs: list[list[tuple[float, float]]]) -> Ring:
    """Stitch one ring from arc references; index ``~i`` (negative) means arc i reversed.

    Consecutive arcs share an end point, so the first point of every arc after the first is
    skipped. Points are rounded and repeated points (after rounding) dropped.
    """
    ring: Ring = []
    for k, index in enumerate(arc_indexes):
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        for point in points[1:] if k else points:
            rounded = [round(point[0], 2), round(point[1], 2)]
            if not ring or ring[-1] != rounded:
                ring.append(rounded)
    if ring and ring[0] != ring[-1]:
        ring.append(list(ring[0]))
    return unwrap_antimeridian(ring)


def unwrap_antimeridian(ring: Ring) -> Ring:
    """Move the western half of a ring that crosses the 180th meridian (Russia's Chukotka)
    east by 360 degrees, so that no edge runs across the whole map."""
    lons = [p[0] for p in ring]
    if max(lons) - min(lons) <= 180:
        return ring
    return [[lon + 360 if lon < 0 else lon, lat] for lon, lat in ring]


def geometry_rings(geometry: dict, arcs: list[list[tuple[float, float]]]) -> list[Ring]:
    """All rings (outer and holes) of a Polygon or MultiPolygon, in file order."""
    if geometry.get("type") == "Polygon":
        polygons = [geometry["arcs"]]
    elif geometry.get("type") == "MultiPolygon":
        polygons = geometry["arcs"]
    else:
        return []
    return [ring_points(ring, arcs) for polygon in polygons for ring in polygon]


def meets_region(ring: Ring) -> bool:
    """Whether the ring's bounding box meets REGION."""
    lons = [p[0] for p in ring]
    lats = [p[1] for p in ring]
    lon_min, lat_min, lon_max, lat_max = REGION
    return (min(lons) <= lon_max and max(lons) >= lon_min
            and min(lats) <= lat_max and max(lats) >= lat_min)


def build(topology: dict, source: str) -> dict:
    arcs = decode_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        rings = [r for r in geometry_rings(geometry, arcs) if len(r) >= 4 and meets_region(r)]
        if not rings:
            continue
        name = geometry.get("properties", {}).get("name", "")
        countries.append({"id": geometry.get("id") or name, "name": name, "rings": rings})
    countries.sort(key=lambda c: c["name"])
    return {"source": source, "licence": "public domain (Natural Earth)", "countries": countries}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path, help="countries-50m.json or countries-110m.json")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    topology = json.loads(args.topojson.read_text(encoding="utf-8"))
    source = f"Natural Earth via npm world-atlas 2.0.2, {args.topojson.name}"
    text = json.dumps(build(topology, source), ensure_ascii=False, separators=(",", ":"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text + "\n", encoding="utf-8")
    count = len(json.loads(text)["countries"])
    print(f"{args.out.name}: {count} countries, {len(text.encode()) / 1000:.0f} kB")
    if len(text.encode()) > SIZE_LIMIT:
        print(f"warning: over {SIZE_LIMIT // 1000} kB; build from countries-110m.json instead")


if __name__ == "__main__":
    main()
