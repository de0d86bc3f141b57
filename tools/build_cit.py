"""Corporate income tax of every country in resources/data/operating.csv from the Tax
Foundation's downloadable dataset, on one basis: the combined statutory rate (central plus the
average sub-central rate) of 2025.

    python tools/build_cit.py && python tools/hash_datapack.py

Source file: ``tools/downloads/taxfoundation_all_rates_2025.csv`` = final_outputs/all_rates_2025.csv
of the repository TaxFoundation/worldwide-corporate-tax-rates at commit
d0fac3d60574b1b718bf4707049e01c33b7eee79, paged whole out of the tool library's stored copy of the
repository (the fetchable snapshot stops at the 2023 update), retrieved 2026-11-30, sha256 in
resources/data/downloads.csv. The note's "CIT:" part of a row whose rate the file changes no
longer describes the rate: it goes, and the note says the 2025 figure replaced it.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from pack_csv import check_recorded, read_table, without_note_part, write_table

FILE = Path(__file__).resolve().parent / "downloads" / "taxfoundation_all_rates_2025.csv"
SOURCE_ID = "operating_taxfoundation_cit_2025"


def read_rates(path: Path = FILE) -> dict[str, float]:
    """ISO3 -> combined statutory corporate income tax rate, %."""
    with open(path, encoding="utf-8") as fh:
        return {r["ISO3"]: float(r["Corporate Tax Rate"]) for r in csv.DictReader(fh)
                if r["Corporate Tax Rate"] not in ("", "NA")}


def main() -> None:
    check_recorded(FILE)
    rates = read_rates()
    iso3 = {r["iso2"]: r["iso3"] for r in read_table("countries.csv")[1]}
    fields, rows = read_table("operating.csv")
    for row in rows:
        rate = rates.get(iso3[row["iso2"]])
        if rate is None:
            print(f"{row['iso2']}: no 2025 rate in the file: the row stays", file=sys.stderr)
            continue
        if row["cit_rate_pct"] and abs(float(row["cit_rate_pct"]) - rate) > 0.005:
            row["note"] = without_note_part(row["note"], "CIT:")
        row.update(cit_rate_pct=f"{rate:.10g}", cit_year="2025", cit_source_id=SOURCE_ID, cit_check="verified")
    write_table("operating.csv", fields, rows)


if __name__ == "__main__":
    main()
