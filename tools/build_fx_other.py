"""Fill the euro rates of fx_other.csv that no central bank page gave (the denar, the som, the
dram, the Belarusian rouble, the ouguiya) from the downloaded daily file of the
npm package @fawazahmed0/currency-api (market rates it aggregates from public sources; not a
central bank's official rate, and said so on every row). The Syrian pound stays without a rate:
it was redenominated on 1 January 2026 and the file's quote cannot be told to be in new pounds.

    npm pack @fawazahmed0/currency-api@2026.9.29 && tar xzf fawazahmed0-currency-api-2026.9.29.tgz
    cp package/v1/currencies/eur.json tools/downloads/currency_api_eur_2026-09-29.json
    python tools/build_fx_other.py && python tools/hash_datapack.py

A central bank's rate already in the table is never replaced.
"""

from __future__ import annotations

import json
from pathlib import Path

from pack_csv import check_recorded, read_table, write_table

FILE = Path(__file__).resolve().parent / "downloads" / "currency_api_eur_2026-09-29.json"
CURRENCIES = ("MKD", "KGS", "AMD", "BYN", "MRU")   # not SYP: redenominated 1:100 on 2026-01-01
SOURCE_ID = "fx_currency_api"


def main() -> None:
    check_recorded(FILE)
    data = json.loads(FILE.read_text(encoding="utf-8"))
    fields, rows = read_table("fx_other.csv")
    by_currency = {r["currency"]: r for r in rows}
    for currency in CURRENCIES:
        row = by_currency.get(currency)
        if row is None:
            row = dict.fromkeys(fields, "") | {"currency": currency}
            rows.append(row)
        elif row["units_per_eur"]:
            continue                                   # an official rate stays
        rate = data["eur"][currency.lower()]
        old = row.get("note", "")
        row.update(units_per_eur=f"{rate:.6g}", rate_date=data["date"], check="verified", source_id=SOURCE_ID,
                   basis=f"market rate of {data['date']} aggregated by @fawazahmed0/currency-api (not a central "
                         "bank's official rate)",
                   note=("No official rate found: " + old) if old else "No official rate in the data pack.")
    write_table("fx_other.csv", fields, rows, newline="\r\n")      # the file's own line ends


if __name__ == "__main__":
    main()
