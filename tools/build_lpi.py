"""Check resources/data/lpi.csv against the World Bank's LPI sheets kept in tools/downloads, and
fill the LPI 2018 scores (overall and the six components) of the countries LPI 2023 did not score.

    python tools/build_lpi.py && python tools/hash_datapack.py

- ``lpi_2023_international.csv``: the 2023 sheet (scores to one decimal, as published), the
  World Bank economy name of each row kept in lpi.csv's note. Every 2023 row is compared; a
  difference stops the build.
- ``lpi_2018_sheet.csv``: the 2018 sheet of the World Bank workbook
  International_LPI_from_2007_to_2018.xlsx (sheet '2018', first 20 columns, header flattened),
  written from the copy in the public repository Nkauerbach/SCAPP_LPI. Scores are rounded to two
  decimals, as the LPI 2018 report publishes them.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from pack_csv import check_recorded, read_table, write_table

DOWNLOADS = Path(__file__).resolve().parent / "downloads"
COLUMNS_2023 = {"overall": "LPI Score", "customs": "Customs Score", "infrastructure": "Infrastructure Score",
                "international_shipments": "International Shipments Score",
                "logistics_competence": "Logistics Competence and Quality Score", "timeliness": "Timeliness Score",
                "tracking_tracing": "Tracking and Tracing Score"}
COLUMNS_2018 = {"overall": "overall score", "customs": "Customs score", "infrastructure": "Infrastructure score",
                "international_shipments": "International shipments score",
                "logistics_competence": "Logistics quality and competence score",
                "timeliness": "Timeliness score", "tracking_tracing": "Tracking and tracing score"}
NAMES_2023 = {"TC<rkiye": "Turkiye"}           # the mirror's one damaged name
NAMES_2018 = {"AM": "Armenia", "BY": "Belarus", "MR": "Mauritania", "MA": "Morocco", "TN": "Tunisia", "JO": "Jordan",
              "LB": "Lebanon", "TM": "Turkmenistan"}


def sheet(name: str, encoding: str = "utf-8") -> dict[str, dict]:
    check_recorded(DOWNLOADS / name)
    with open(DOWNLOADS / name, encoding=encoding) as fh:
        return {r[next(iter(r))].strip(): r for r in csv.DictReader(fh)}


def main() -> None:
    s2023 = {NAMES_2023.get(k, k): v for k, v in sheet("lpi_2023_international.csv", "latin-1").items()}
    s2018 = sheet("lpi_2018_sheet.csv")
    fields, rows = read_table("lpi.csv")
    for row in rows:
        if row["edition"] == "2023":
            name = re.search(r"World Bank economy name: (.+)$", row["note"]).group(1).strip()
            for column, heading in COLUMNS_2023.items():
                if abs(float(row[column]) - float(s2023[name][heading])) > 1e-9:
                    sys.exit(f"{row['iso2']} {column}: pack {row[column]}, file {s2023[name][heading]}")
        elif row["iso2"] in NAMES_2018 and NAMES_2018[row["iso2"]] in s2018:
            found = s2018[NAMES_2018[row["iso2"]]]
            row.update({column: f"{float(found[heading]):.2f}" for column, heading in COLUMNS_2018.items()})
            row.update(edition="2018", check="verified", source_id="lpi_2018",
                       note=f"not covered by LPI 2023; LPI 2018 scores (rank {found['overall rank']} of 160) from the "
                            f"World Bank's 2018 sheet, economy name: {NAMES_2018[row['iso2']]}")
    have = {r["iso2"] for r in rows}
    for country in read_table("countries.csv")[1]:
        if country["iso2"] in have:
            continue                                   # a country new to the pack: its latest edition
        name = NAMES_2023.get(country["name_en"], country["name_en"])
        row = dict.fromkeys(fields, "") | {"iso2": country["iso2"], "source_id": "lpi_2023"}
        if name in s2023:
            row.update({column: s2023[name][heading] for column, heading in COLUMNS_2023.items()})
            row.update(edition="2023", check="verified",
                       note=f"LPI 2023 published scores (one decimal); World Bank economy name: {name}")
        else:
            row["note"] = "not covered by LPI 2023 or 2018"
        rows.append(row)
    write_table("lpi.csv", fields, rows)


if __name__ == "__main__":
    main()
