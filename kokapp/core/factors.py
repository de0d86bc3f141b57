"""Optional country criteria: figures about the country a location is in that a user may weight
(all at weight zero by default, so a project that does not use them ranks as before).

- ``labour_cost_mfg``: average hourly labour cost in manufacturing, EUR (ILOSTAT), beside the
  statutory minimum wage (``labour_cost``): what a worker costs, not the legal floor;
- ``energy_price``: industrial electricity, EUR/kWh (Eurostat nrg_pc_205, band IC, excl. VAT);
- ``governance``: the mean of the six World Bank Worldwide Governance Indicators (-2.5..+2.5);
- ``proximity``: business and cultural closeness to Türkiye, 0-1
  (:mod:`kokapp.core.proximity`);
- ``lpi_customs`` and ``lpi_timeliness``: two of the World Bank LPI's six components (1-5).

Each has a fixed scale (best, worst) so that ticking or unticking a location never reorders the
others; ``None`` means "zero to the highest figure in the bundled data" (money-like figures).
A country without a figure has none: the ranking's missing-figure rule applies, never a zero.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CountryFactor:
    name: str
    unit: str                                   # as in the pack and the figure forms
    benefit: bool                               # True: higher is better
    scale: tuple[float, float] | None           # (best, worst); None: 0 .. bundled maximum
    table: str = "country_factors"              # where the bundled figure lives
    column: str = ""                            # the lpi.csv column for LPI components


FACTORS = (
    CountryFactor("labour_cost_mfg", "EUR/hour", False, None),
    CountryFactor("energy_price", "EUR/kWh", False, None),
    CountryFactor("governance", "wgi", True, (2.5, -2.5)),
    CountryFactor("proximity", "share", True, (1.0, 0.0)),
    CountryFactor("lpi_customs", "lpi", True, (5.0, 1.0), "lpi", "customs"),
    CountryFactor("lpi_timeliness", "lpi", True, (5.0, 1.0), "lpi", "timeliness"),
)
FACTOR_NAMES = tuple(f.name for f in FACTORS)
BY_NAME = {f.name: f for f in FACTORS}


def bundled_maximum(pack, name: str) -> float:
    values = [float(r["value"]) for r in pack.records("country_factors") if r["factor"] == name]
    return max(values) if values else float("nan")


def factor_rows(pack) -> dict[tuple[str, str], dict]:
    """(iso2, factor) -> the country_factors row (read once per data pack)."""
    return pack.derived("country_factor_rows",
                        lambda: {(r["iso2"], r["factor"]): r for r in pack.records("country_factors")})
