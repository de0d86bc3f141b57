"""Update the statutory minimum wages in resources/data/operating.csv from Eurostat's
``earn_mw_cur`` (monthly minimum wages, half-yearly, national currency and EUR).

    python tools/build_min_wages.py

Source file: ``tools/downloads/estat_earn_mw_cur.tsv``, Eurostat's TSV export of earn_mw_cur as
committed in the public repository shubinmykhailo/european-minimum-wage-analysis (file
estat_earn_mw_cur.tsv at commit f4e06f6cccea7c74b87984cf93336052321a91c3, 2026-07-01; Eurostat
data, CC BY 4.0), retrieved 2026-11-30, sha256 below (checked on every run). Eurostat's own
site is not reachable from the build machine; the repository mirrors its file unchanged.

For every country the file gives a figure for, the latest half-year (2026-S1 where published)
in national currency is kept with its period, and converted to EUR at the data pack's one dated
rate for that currency (ECB reference rate, else the national central bank's rate in
fx_other.csv); where the pack has no rate (the denar), Eurostat's own EUR figure for the same
half-year is used and the basis says so. Countries with no figure (": m", no statutory minimum
wage) or none since 2025 (the United Kingdom's series ends in 2020) keep their row as it is.

Every other country gets ILOSTAT's statutory nominal gross monthly minimum wage (indicator
EAR_INEE_NOC_NB, local currency, its latest year from 2022): ``tools/downloads/ilostat_ear_inee_noc_nb.csv``
= datapoints/ddf--datapoints--ear_inee_noc_nb--by--ref_area--time.csv of Gapminder's ILOSTAT copy
open-numbers/ddf--ilo--ilostat at commit c50d060595275a48961dbd0c5971eedea95ffad8 (CC BY 4.0),
paged whole out of the tool library's stored copy of that repository (5.8 GB, too large to fetch),
sha256 recorded in resources/data/downloads.csv. A downloaded figure replaces one typed from a
page. Left without a figure on purpose, where ILOSTAT's number is not a general statutory minimum:
Georgia (the obsolete 1999 decree), Saudi Arabia, Bahrain and Oman (nationals only), China (one
province's rate), Switzerland and Iceland (ILO's figures from cantonal or collective agreements); and where the pack has no rate for the currency (Syria, redenominated in 2026).
"""

from __future__ import annotations

import sys
from pathlib import Path

from pack_csv import check_recorded, dated_rates, read_table, recorded, without_note_part, write_table

ROOT = Path(__file__).resolve().parent.parent
FILE = ROOT / "tools" / "downloads" / "estat_earn_mw_cur.tsv"
SHA256 = recorded(FILE.name)             # as resources/data/downloads.csv records it
GEO = {"EL": "GR", "UK": "GB"}           # Eurostat's codes that are not ISO 3166
SOURCE_ID = "operating_eurostat_mw_2026"
ILO_SOURCE_ID = "operating_ilostat_mw_2024"
ILO_FILE = ROOT / "tools" / "downloads" / "ilostat_ear_inee_noc_nb.csv"
ILO_OLDEST = 2022
NOT_GENERAL = {"GE", "SA", "BH", "OM", "CN", "CH", "IS"}   # ILOSTAT's figure is no general statutory minimum
EURO_2026 = {"BG"}                       # joined the euro on 1 January 2026
OLDEST = "2025-S1"                        # an older half-year does not replace the row's figure


def read_ilostat(path: Path = ILO_FILE) -> dict[str, tuple[int, float]]:
    """ISO3 -> (latest year, monthly amount in local currency)."""
    import csv

    out: dict[str, tuple[int, float]] = {}
    with open(path, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            key, year = r["ref_area"].upper(), int(r["time"])
            if key not in out or year > out[key][0]:
                out[key] = (year, float(r["ear_inee_noc_nb"]))
    return out


def read_earn_mw_cur(path: Path = FILE) -> dict[tuple[str, str], tuple[str, float]]:
    """(ISO2, "NAC" | "EUR") -> (latest half-year with a figure, monthly amount)."""
    rows = path.read_text(encoding="utf-8").splitlines()
    periods = [p.strip() for p in rows[0].split("\t")[1:]]
    out = {}
    for line in rows[1:]:
        key, *cells = line.split("\t")
        freq, currency, geo = key.split(",")
        latest = None
        for period, cell in zip(periods, cells):
            value = cell.strip().split(" ")[0]
            if value not in ("", ":"):
                latest = (period, float(value))
        if latest:
            out[(GEO.get(geo, geo), currency)] = latest
    return out


def no_minimum(path: Path = FILE) -> set[str]:
    """Countries Eurostat flags "m" (no statutory minimum wage) in the latest half-year."""
    rows = path.read_text(encoding="utf-8").splitlines()
    out = set()
    for line in rows[1:]:
        key, *cells = line.split("\t")
        geo = key.split(",")[2]
        if cells and cells[-1].strip() == ": m":
            out.add(GEO.get(geo, geo))
    return out


def main() -> None:
    check_recorded(FILE)
    figures = read_earn_mw_cur()
    words = {"ecb_fx": "ECB reference rate", "fx_currency_api": "market rate (currency-api)"}
    rates = {c: (rate, date, words.get(source, "central bank rate"))
             for c, (rate, date, source) in dated_rates().items()}
    currency_of = {r["iso2"]: r["currency"] for r in read_table("countries.csv")[1]}
    fields, rows = read_table("operating.csv")
    for extra in ("min_wage_local", "min_wage_currency", "min_wage_period"):
        if extra not in fields:
            fields.append(extra)
    updated = 0
    for row in rows:
        found = figures.get((row["iso2"], "NAC"))
        if not found or found[0] < OLDEST:
            continue                     # no figure, or an old one (the UK's ends in 2020): the row stays
        period, local = found
        # Eurostat gives a country that adopted the euro in euro for every period (Bulgaria, 2026)
        currency = "EUR" if currency_of.get(row["iso2"]) == "EUR" or row["iso2"] in EURO_2026 else currency_of[row["iso2"]]
        if currency == "EUR":
            eur, how = local, "EUR"
        elif currency in rates:
            rate, date, source = rates[currency]
            eur, how = local / rate, f"at the {source} EUR 1 = {currency} {rate:g} of {date}"
        else:
            eur = figures[(row["iso2"], "EUR")][1]
            how = f"converted by Eurostat for {period} (no {currency} rate in the data pack)"
        row.update(min_wage_local=f"{local:g}", min_wage_currency=currency, min_wage_period=period,
                   min_wage_eur_month=f"{eur:.2f}", min_wage_year=period[:4],
                   min_wage_basis=f"Eurostat earn_mw_cur {period}: {local:,.0f} {currency} gross a month"
                                  + ("" if currency == "EUR" else f", {how}"),
                   min_wage_source_id=SOURCE_ID, min_wage_check="verified")
        row["note"] = without_note_part(row["note"], "MW:")   # it spoke of the figure replaced
        updated += 1
    flagged = no_minimum()
    for row in rows:                      # "no statutory minimum wage" is a fact of the downloaded file too
        if row["iso2"] in flagged and not row["min_wage_eur_month"]:
            row.update(min_wage_source_id=SOURCE_ID, min_wage_check="verified",
                       min_wage_basis="no statutory national minimum wage (Eurostat earn_mw_cur, flag m)")
    check_recorded(ILO_FILE)
    ilo = read_ilostat()
    iso3 = {r["iso2"]: r["iso3"] for r in read_table("countries.csv")[1]}
    for row in rows:
        found = ilo.get(iso3[row["iso2"]])
        if row["min_wage_source_id"] == SOURCE_ID or row["iso2"] in NOT_GENERAL or not found or found[0] < ILO_OLDEST:
            continue
        year, local = found
        currency = currency_of[row["iso2"]]
        if currency not in rates:
            continue                      # no dated rate to convert at (Syria): the row stays
        rate, date, source = rates[currency]
        row.update(min_wage_local=f"{local:g}", min_wage_currency=currency, min_wage_period=str(year),
                   min_wage_eur_month=f"{local / rate:.2f}", min_wage_year=str(year),
                   min_wage_basis=f"ILOSTAT EAR_INEE_NOC_NB {year}: {local:,.0f} {currency} gross a month, at the "
                                  f"{source} EUR 1 = {currency} {rate:g} of {date}",
                   min_wage_source_id=ILO_SOURCE_ID, min_wage_check="verified")
        row["note"] = without_note_part(row["note"], "MW:")
        updated += 1
    write_table("operating.csv", fields, rows)
    print(f"operating.csv: {updated} minimum wages from {FILE.name}", file=sys.stderr)


if __name__ == "__main__":
    main()
