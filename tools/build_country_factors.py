"""Build resources/data/country_factors.csv, the optional country criteria, from downloaded files
kept in tools/downloads (each checked against its sha256 in resources/data/downloads.csv).

    python tools/build_country_factors.py && python tools/hash_datapack.py

- governance: the mean of the six Worldwide Governance Indicators estimates (voice and
  accountability, political stability, government effectiveness, regulatory quality, rule of
  law, control of corruption; -2.5 weak to +2.5 strong) of the latest year, World Bank WGI
  2023 update (data to 2022) — rows copied verbatim from WGIData.csv into an extract.
- energy_price: industrial electricity, Eurostat nrg_pc_205, band IC (500-1,999 MWh a year),
  excluding VAT and recoverable taxes, EUR/kWh, the latest half-year a country reports within
  two years of the newest one.
- labour_cost_mfg: ILOSTAT's mean nominal hourly labour cost per employee in manufacturing
  (LAC_XEES_ECO_NB, ISIC rev.4 section C, local currency), latest year from 2020, converted at the
  pack's dated rate; a figure that cannot be hourly (over 100 EUR, as Georgia's and Moldova's
  series) is left out and said on stderr.
- the proximity facts are added by build_proximity.py (same table).
Every row names its period and source; a country without a figure gets no row (the app says
"no figure", never zero).
"""

from __future__ import annotations

import csv
import statistics
import sys
from pathlib import Path

from pack_csv import check_recorded, dated_rates, read_table, write_table

ROOT = Path(__file__).resolve().parent.parent
DOWNLOADS = ROOT / "tools" / "downloads"
FIELDS = ["iso2", "factor", "value", "unit", "period", "source_id", "check", "note"]
WGI = ("VA.EST", "PV.EST", "GE.EST", "RQ.EST", "RL.EST", "CC.EST")
# Eurostat's English labels as the mirror's script shortens them, where they differ from ours
ENERGY_NAMES = {"Czech Rep.": "CZ", "Bosnia and Herz.": "BA", "Turkey": "TR", "North Macedonia": "MK",
                "Moldova": "MD", "Kosovo": "XK", "Georgia": "GE", "United Kingdom": "GB", "Ukraine": "UA"}
OWN = ("governance", "energy_price", "labour_cost_mfg")


def governance(iso3_to_iso2: dict[str, str]) -> list[dict]:
    name = "wgi_2023_update_est_extract.csv"
    check_recorded(DOWNLOADS / name)
    with open(DOWNLOADS / name, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    years = [c for c in rows[0] if c.isdigit()]
    by_country: dict[str, dict[str, float]] = {}
    for r in rows:
        if r["Country Code"] in iso3_to_iso2 and r["Indicator Code"] in WGI and r[years[-1]] not in ("", ".."):
            by_country.setdefault(r["Country Code"], {})[r["Indicator Code"]] = float(r[years[-1]])
    out = []
    for iso3, values in sorted(by_country.items()):
        if len(values) == len(WGI):
            parts = ", ".join(f"{k.split('.')[0]} {values[k]:+.2f}" for k in WGI)
            out.append({"iso2": iso3_to_iso2[iso3], "factor": "governance", "value": f"{statistics.fmean(values.values()):.4f}",
                        "unit": "wgi", "period": years[-1], "source_id": "wgi_2023_update", "check": "verified",
                        "note": f"mean of the six WGI estimates {years[-1]} ({parts})"})
    return out


def energy(names: dict[str, str]) -> list[dict]:
    name = "eurostat_nrg_pc_205_band_ic_time.csv"
    check_recorded(DOWNLOADS / name)
    with open(DOWNLOADS / name, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    periods = [c for c in rows[0] if c[:4].isdigit()]
    newest = int(periods[-1][:4])
    out = []
    for r in rows:
        iso2 = ENERGY_NAMES.get(r["Geopolitical entity (reporting)"]) or names.get(r["Geopolitical entity (reporting)"])
        filled = [p for p in periods if r[p].strip()]
        if not iso2 or not filled or int(filled[-1][:4]) < newest - 1:
            continue
        period = filled[-1]
        half = "S1" if period.endswith("June") else "S2"
        out.append({"iso2": iso2, "factor": "energy_price", "value": r[period].strip(), "unit": "EUR/kWh",
                    "period": f"{period[:4]}-{half}", "source_id": "eurostat_nrg_pc_205", "check": "verified",
                    "note": "non-household electricity, band IC (500-1,999 MWh/year), excl. VAT and recoverable taxes"})
    return out


LABOUR_RANGE = (1.0, 100.0)      # EUR an hour: outside, the series' unit is doubtful (a monthly figure)
LABOUR_OLDEST = 2020
BGN = (1.95583, "the irrevocably fixed euro conversion rate of the lev")


def labour_cost(iso3_to_iso2: dict[str, str], currency: dict[str, str]) -> list[dict]:
    """ILOSTAT's mean nominal hourly labour cost per employee in manufacturing (ISIC rev.4 C),
    local currency, latest year from 2020, converted at the pack's dated rate."""
    name = "ilostat_lac_manufacturing_extract.csv"
    check_recorded(DOWNLOADS / name)
    latest: dict[str, tuple[int, float]] = {}
    with open(DOWNLOADS / name, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            year, key = int(r["time"]), r["ref_area"].upper()
            if key in iso3_to_iso2 and (key not in latest or year > latest[key][0]):
                latest[key] = (year, float(r["lac_xees_eco_nb"]))
    fx, out = {c: (r, d) for c, (r, d, _) in dated_rates().items()}, []
    for iso3, (year, local) in sorted(latest.items()):
        iso2 = iso3_to_iso2[iso3]
        cur = "BGN" if iso2 == "BG" and year < 2026 else currency[iso2]    # Bulgaria's lev until the euro
        rate = (1.0, "") if cur == "EUR" else BGN if cur == "BGN" else fx.get(cur)
        if year < LABOUR_OLDEST or rate is None:
            continue
        eur = local / rate[0]
        if not LABOUR_RANGE[0] <= eur <= LABOUR_RANGE[1]:
            print(f"{iso2}: {local:g} {cur}/h = {eur:.1f} EUR/h is no hourly figure: left out", file=sys.stderr)
            continue
        at = "" if cur == "EUR" else f" at {rate[0]:g} {cur}/EUR ({rate[1]})"
        out.append({"iso2": iso2, "factor": "labour_cost_mfg", "value": f"{eur:.2f}", "unit": "EUR/hour",
                    "period": str(year), "source_id": "ilostat_lac_manufacturing", "check": "verified",
                    "note": f"{local:,.2f} {cur} an hour in manufacturing ({year}){at}"})
    return out


def main() -> None:
    countries = read_table("countries.csv")[1]
    iso3_to_iso2 = {c["iso3"]: c["iso2"] for c in countries}
    names = {c["name_en"]: c["iso2"] for c in countries}
    try:
        fields, kept = read_table("country_factors.csv")
        kept = [r for r in kept if r["factor"] not in OWN]
    except FileNotFoundError:
        fields, kept = FIELDS, []
    currency = {c["iso2"]: c["currency"] for c in countries}
    rows = kept + governance(iso3_to_iso2) + energy(names) + labour_cost(iso3_to_iso2, currency)
    rows.sort(key=lambda r: (r["factor"], r["iso2"]))
    write_table("country_factors.csv", fields, rows)


if __name__ == "__main__":
    main()
