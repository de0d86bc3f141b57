"""Free-zone and special-economic-zone tax regimes attached to sites (``free_zones.csv``).

A Turkish investor in Tanger Med pays no corporate tax for five years and then the zone rate; in
a Georgian free industrial zone none with no end date stated; in a Serbian free zone the
standard rate (the zone saves customs duty and VAT, not tax). Each row is transcribed from a
cited page with its year; ``cit_pct`` empty means the zone gives no corporate-tax relief,
``years`` empty that no end is stated, ``after_pct`` empty that the country's statutory rate
follows. A regime Kök cannot express as a rate (Poland's exemption capped at a share of the
investment) has no rate and says so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


def _number(value) -> float | None:
    return None if value is None or value == "" or (isinstance(value, float) and math.isnan(value)) else float(value)


@dataclass(frozen=True)
class ZoneRegime:
    site_id: str
    zone_name: str
    cit_pct: float | None        # the zone's rate while the regime lasts; None: no corporate-tax relief
    years: int | None            # how long; None: no end stated
    after_pct: float | None      # the rate after; None: the country's statutory rate
    incentives: str
    source_url: str
    source_year: str

    @property
    def relief(self) -> bool:
        return self.cit_pct is not None

    def rate(self, year: int, country_pct: float) -> float:
        """The corporate tax rate (%) of operating year ``year`` (1 = first) at this site."""
        if self.cit_pct is None:
            return country_pct
        if self.years is None or year <= self.years:
            return self.cit_pct
        return country_pct if self.after_pct is None else self.after_pct

    def long_run(self, country_pct: float) -> float:
        """The rate once any holiday is over (what the ranking's tax criterion compares)."""
        return self.rate(10_000, country_pct)

    def summary(self, country_pct: float) -> str:
        if self.cit_pct is None:
            return f"{self.zone_name}: no corporate-tax relief ({country_pct:g} %)"
        if self.years is None:
            return f"{self.zone_name}: {self.cit_pct:g} % (no end stated)"
        return f"{self.zone_name}: {self.cit_pct:g} % for {self.years} years, then {self.long_run(country_pct):g} %"


def zones(pack) -> dict[str, ZoneRegime]:
    """Site id -> its zone regime (read once per data pack)."""
    def make():
        out = {}
        for r in pack.records("free_zones"):
            years = _number(r["years"])
            out[r["site_id"]] = ZoneRegime(r["site_id"], r["zone_name"], _number(r["cit_pct"]),
                                           None if years is None else int(years), _number(r["after_pct"]),
                                           r["incentives"], r["source_url"], str(r["source_year"]))
        return out
    return pack.derived("free_zones", make)
