"""Check the corporate tax rates in resources/data/operating.csv against the Tax Foundation's
downloadable dataset, and take the combined statutory rate from it where the pack's basis was
not the combined one (the United States: federal only).

    python tools/build_cit.py

Source file: ``tools/downloads/taxfoundation_all_rates_2023.csv`` = final_outputs/all_rates_2023.csv
of the repository TaxFoundation/worldwide-corporate-tax-rates at commit
6450139c89cfe062895c52e06a5ca13add5c98c5 (2023-12-12; the latest year the repository publishes),
retrieved 2026-11-30, sha256 below. The pack's rates are the Tax Foundation's 2024 edition
(transcribed); this script prints every country whose rate differs from the 2023 file, so each
difference is a documented 2024 change (tests/core/test_cit.py holds the list). A country new to
the pack (no rate yet) takes the file's rate.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from pack_csv import check_download, read_table, write_table

ROOT = Path(__file__).resolve().parent.parent
FILE = ROOT / "tools" / "downloads" / "taxfoundation_all_rates_2023.csv"
SHA256 = "23eb9728aa6b91c58374c5e81837a9a1f475afae0bd4cbdf1a2bd91616ab3b82"
SOURCE_ID = "operating_taxfoundation_cit_2023"
COMBINED_FROM_FILE = {"US"}        # the pack held the federal rate only: the combined one replaces it


def read_rates(path: Path = FILE) -> dict[str, float]:
    """ISO3 -> combined statutory corporate income tax rate, %."""
    with open(path, encoding="utf-8") as fh:
        return {r["ISO3"]: float(r["Corporate Tax Rate"]) for r in csv.DictReader(fh)
                if r["Corporate Tax Rate"] not in ("", "NA")}


def main() -> None:
    check_download(FILE, SHA256)
    rates = read_rates()
    iso3 = {r["iso2"]: r["iso3"] for r in read_table("countries.csv")[1]}
    fields, rows = read_table("operating.csv")
    for row in rows:
        rate = rates.get(iso3[row["iso2"]])
        if row["iso2"] in COMBINED_FROM_FILE:
            row.update(cit_rate_pct=f"{rate:g}", cit_year="2023", cit_source_id=SOURCE_ID, cit_check="verified")
            row["note"] = row["note"].replace("CIT: federal rate only; state CITs add several points (Tax Foundation "
                                              "combined about 25-26%)", "CIT: combined federal and average state rate")
        elif rate is not None and not row["cit_rate_pct"]:       # a country new to the pack: the file's rate
            row.update(cit_rate_pct=f"{rate:g}", cit_year="2023", cit_source_id=SOURCE_ID, cit_check="verified")
        elif rate is not None and row["cit_rate_pct"] and abs(float(row["cit_rate_pct"]) - rate) > 0.005:
            print(f"{row['iso2']}: pack {row['cit_rate_pct']} % ({row['cit_year']}), file {rate:g} % (2023)",
                  file=sys.stderr)
    write_table("operating.csv", fields, rows)


if __name__ == "__main__":
    main()
