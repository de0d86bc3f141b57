"""GDP (current US$) and population of every country in resources/data/operating.csv from the
World Bank's World Development Indicators, as republished by the public repositories
datasets/gdp (NY.GDP.MKTP.CD) and datasets/population (SP.POP.TOTL); extracts of the rows of
Kök's countries are kept in tools/downloads and checked against their recorded hashes.

    python tools/build_wdi.py && python tools/hash_datapack.py

Each country takes its latest year in the file (GDP 2023, population 2024 at the mirrors'
commits of March 2026), GDP in USD billions to one decimal, population in millions to two. A
country without a figure keeps none (Syria has no GDP after 2021 in WDI: left empty).
"""

from __future__ import annotations

import csv
from pathlib import Path

from pack_csv import check_recorded, read_table, without_note_part, write_table

DOWNLOADS = Path(__file__).resolve().parent / "downloads"
OLDEST = 2022
SOURCE_ID = "wdi_datasets_2026"


def latest(name: str) -> dict[str, tuple[int, float]]:
    check_recorded(DOWNLOADS / name)
    out: dict[str, tuple[int, float]] = {}
    with open(DOWNLOADS / name, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            year = int(r["Year"])
            if r["Value"] and (r["Country Code"] not in out or year > out[r["Country Code"]][0]):
                out[r["Country Code"]] = (year, float(r["Value"]))
    return out


def main() -> None:
    gdp, population = latest("wdi_gdp_current_usd_extract.csv"), latest("wdi_population_extract.csv")
    iso3 = {r["iso2"]: r["iso3"] for r in read_table("countries.csv")[1]}
    fields, rows = read_table("operating.csv")
    for row in rows:
        g, p = gdp.get(iso3[row["iso2"]]), population.get(iso3[row["iso2"]])
        g = g if g and g[0] >= OLDEST else None
        row.update(gdp_usd_bn=f"{g[1] / 1e9:.1f}" if g else "", gdp_year=str(g[0]) if g else "",
                   population_m=f"{p[1] / 1e6:.2f}" if p else "", population_year=str(p[0]) if p else "",
                   wdi_source_id=SOURCE_ID, wdi_check="verified")
        row["note"] = without_note_part(row["note"], "WDI:")
    write_table("operating.csv", fields, rows)


if __name__ == "__main__":
    main()
