"""Exchange rates: one dated rate per currency, the project's own where it gives one.

Local figures (a minimum wage in dinars, a rent in lira) are kept in their currency with their
date and converted to euros at one dated rate: the data pack's (ECB reference rates, else a
central bank's official rate, each with its date and source), or the user's own rate for the
project (override ``fx/<CUR>``, units per euro, the date in its note). The conversion and the
rate used are always said next to the converted figure.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Rate:
    currency: str
    units_per_eur: float
    date: str            # the rate's date (ISO), or the user's note for an own rate
    source: str          # source_id, or "override"


def pack_rates(pack) -> dict[str, Rate]:
    """The pack's dated rates (ECB first, then the other official ones); a currency without a
    usable rate is left out."""
    def make():
        out: dict[str, Rate] = {}
        for table in ("fx_other", "fx_ecb"):          # ECB wins where both give one
            for r in pack.records(table):
                value = r["units_per_eur"]
                if value is not None and not (isinstance(value, float) and math.isnan(value)) and value > 0:
                    out[r["currency"]] = Rate(r["currency"], float(value), str(r["rate_date"]), r["source_id"])
        return out
    return pack.derived("fx_rates", make)


def rate(pack, currency: str, own: dict[str, tuple[float, str]] | None = None) -> Rate | None:
    """The rate a project converts ``currency`` at: the user's (value, note) if given, else the
    pack's; None where there is none (the figure then stays in its own currency only)."""
    if currency == "EUR":
        return Rate("EUR", 1.0, "", "")
    if own and currency in own:
        value, note = own[currency]
        return Rate(currency, float(value), note, "override")
    return pack_rates(pack).get(currency)
