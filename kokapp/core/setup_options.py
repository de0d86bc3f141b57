"""Set-up options for a candidate location and the settings of the feasibility model.

Defaults that no public source gives (rent, set-up cost, staffing, wage multiples, employer
on-costs, discount rate, ramp-up) are Kök assumptions: each is listed in ``ASSUMPTIONS`` with
its basis, shown to the user as an assumption and meant to be replaced by the user's own figure.
Public figures (minimum wage, corporate tax) come from the data pack.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

from kokapp.core.errors import FieldError

KINDS = ("logistics_hub", "assembly", "sales_office")


class FeasibilityError(FieldError):
    """An unusable feasibility input, e.g. ``options[RS-BEG].setup_cost_eur``."""


@dataclass(frozen=True)
class SetupOption:
    kind: str
    setup_cost_eur: float
    rent_eur_month: float
    staff_count: float
    wage_multiple: float              # monthly wage = local minimum wage x this multiple
    employer_oncost_pct: float        # employer social contributions on top of gross wages
    management_eur_month: float
    variable_cost_change_eur_unit: float = 0.0   # + costs more per unit, - saves per unit
    local_content_pct: float = 0.0               # share of ex-works value added locally
    volume_uplift_pct: float = 0.0               # extra sales from being near the market
    gross_margin_pct: float = 20.0               # margin earned on extra sales
    monthly_wage_eur: float | None = None        # set to override minimum wage x multiple
    staff_replaced_in_turkiye: float = 0.0       # headcount no longer needed at the origin hub
    served_markets: tuple[str, ...] = ()         # markets whose sales the uplift applies to; () = the
                                                 # location's own country, if it is a target market


DEFAULT_OPTIONS = {
    "logistics_hub": SetupOption("logistics_hub", setup_cost_eur=150_000, rent_eur_month=6_000,
                                 staff_count=5, wage_multiple=1.5, employer_oncost_pct=25,
                                 management_eur_month=3_500, variable_cost_change_eur_unit=0.10),
    "assembly": SetupOption("assembly", setup_cost_eur=900_000, rent_eur_month=12_000,
                            staff_count=25, wage_multiple=1.3, employer_oncost_pct=25,
                            management_eur_month=6_000, variable_cost_change_eur_unit=0.0,
                            local_content_pct=45, staff_replaced_in_turkiye=25),
    "sales_office": SetupOption("sales_office", setup_cost_eur=40_000, rent_eur_month=2_000,
                                staff_count=2, wage_multiple=2.5, employer_oncost_pct=25,
                                management_eur_month=0, volume_uplift_pct=5),
}

ASSUMPTIONS = {
    "setup_cost_eur": "one-off: fit-out, equipment, permits, company set-up; by set-up type",
    "rent_eur_month": "warehouse/plant/office rent; by set-up type, not by country",
    "staff_count": "local headcount; by set-up type",
    "wage_multiple": "average local wage as a multiple of the statutory minimum wage",
    "employer_oncost_pct": "employer social contributions (national rates vary, roughly 15-35 %)",
    "management_eur_month": "local manager or expatriate allowance",
    "variable_cost_change_eur_unit": "extra handling (hub) or cost change (assembly) per unit",
    "local_content_pct": "share of value added at the location, for origin",
    "staff_replaced_in_turkiye": "assembly jobs that move from the origin hub, valued at the Turkish minimum wage x the same multiple",
    "volume_uplift_pct": "extra sales from local presence, in the markets the set-up serves",
    "gross_margin_pct": "margin on extra sales",
    "served_markets": "the target markets whose sales the extra sales apply to (default: the location's own country)",
    "discount_rate_pct": "EUR cost of capital of an SME investment",
    "ramp_up": "share of the planned volume reached in each year",
    "tr_wage_growth_pct": "Turkish wages in EUR terms, a year: TRY wage growth net of the lira's fall (default 0: no drift)",
    "host_wage_growth_pct": "the host country's wages in EUR terms, a year (default 0: no drift)",
}


@dataclass(frozen=True)
class FeasibilitySettings:
    horizon_years: int = 5
    discount_rate_pct: float = 12.0
    ramp_up: tuple[float, ...] = (0.6, 0.85, 1.0)   # later years stay at the last value
    origin_threshold_pct: float = 40.0              # local content that confers origin
    depreciation_years: int = 5
    # Scenario ranges: multipliers on set-up and fixed costs, and the volume range; the freight
    # level (low/base/high) and volume inside the range are taken at their worst (pessimistic)
    # or best (optimistic) for this option.
    setup_range: tuple[float, float] = (0.9, 1.2)
    fixed_range: tuple[float, float] = (0.95, 1.1)
    volume_range: tuple[float, float] = (0.8, 1.1)
    # Cost drift, in EUR terms a year: Turkish wages (TRY wage growth net of the lira's fall against
    # the euro) and the host country's wages; 0: today's wages all along (Kök default).
    tr_wage_growth_pct: float = 0.0
    host_wage_growth_pct: float = 0.0
    state_support: bool = False      # count the Ministry of Trade's unit rent support (state_support.csv)

    def ramp(self, year: int) -> float:
        return self.ramp_up[min(year, len(self.ramp_up)) - 1] if self.ramp_up else 1.0


def _finite(where: str, value) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise FeasibilityError(where, "must be a finite number", value)
    return float(value)


def validate_option(option: SetupOption, where: str = "option") -> None:
    if option.kind not in KINDS:
        raise FeasibilityError(f"{where}.kind", f"must be one of {', '.join(KINDS)}", option.kind)
    for f in fields(SetupOption):
        if f.name in ("kind", "monthly_wage_eur", "variable_cost_change_eur_unit", "served_markets"):
            continue
        if _finite(f"{where}.{f.name}", getattr(option, f.name)) < 0:
            raise FeasibilityError(f"{where}.{f.name}", "must not be negative", getattr(option, f.name))
    _finite(f"{where}.variable_cost_change_eur_unit", option.variable_cost_change_eur_unit)
    if option.monthly_wage_eur is not None and _finite(f"{where}.monthly_wage_eur", option.monthly_wage_eur) <= 0:
        raise FeasibilityError(f"{where}.monthly_wage_eur", "must be greater than zero", option.monthly_wage_eur)
    for name in ("local_content_pct", "gross_margin_pct"):
        if getattr(option, name) > 100:
            raise FeasibilityError(f"{where}.{name}", "must be at most 100 %", getattr(option, name))


def validate_settings(settings: FeasibilitySettings) -> None:
    if not isinstance(settings.horizon_years, int) or not 1 <= settings.horizon_years <= 30:
        raise FeasibilityError("settings.horizon_years", "must be a whole number of years from 1 to 30",
                               settings.horizon_years)
    if _finite("settings.discount_rate_pct", settings.discount_rate_pct) <= -100:
        raise FeasibilityError("settings.discount_rate_pct", "must be above -100 %", settings.discount_rate_pct)
    for i, share in enumerate(settings.ramp_up):
        if not 0 <= _finite(f"settings.ramp_up[{i}]", share) <= 10:
            raise FeasibilityError(f"settings.ramp_up[{i}]", "must be a share from 0 to 10", share)
    if not 0 <= _finite("settings.origin_threshold_pct", settings.origin_threshold_pct) <= 100:
        raise FeasibilityError("settings.origin_threshold_pct", "must be from 0 to 100 %", settings.origin_threshold_pct)
    for name in ("tr_wage_growth_pct", "host_wage_growth_pct"):
        if not -50 <= _finite(f"settings.{name}", getattr(settings, name)) <= 100:
            raise FeasibilityError(f"settings.{name}", "must be from -50 to 100 % a year", getattr(settings, name))
    if not isinstance(settings.state_support, bool):
        raise FeasibilityError("settings.state_support", "must be true or false", settings.state_support)
    if not isinstance(settings.depreciation_years, int) or settings.depreciation_years < 1:
        raise FeasibilityError("settings.depreciation_years", "must be a whole number of years, at least 1",
                               settings.depreciation_years)
