"""The feasibility assumptions a user can replace, as a form sees them: each with its unit,
Kök's default (by set-up type) and basis, and bounds no looser than the model's own checks
(:func:`~kokapp.core.setup_options.validate_option`, ``validate_settings``).

Set-up figures belong to one location's chosen set-up (``Project.setup_options``), model
settings to the whole project (``Project.feasibility``); both are saved in the project file's
``feasibility`` section.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kokapp.core.bounds import NOT_NEGATIVE, PERCENT, POSITIVE, Bounds
from kokapp.core.setup_options import ASSUMPTIONS, DEFAULT_OPTIONS, KINDS, FeasibilitySettings, SetupOption

RAMP_PERCENT = Bounds(0.0, 1000.0)   # each year's share of the plan, in % (the model allows 0-10 as a share)


@dataclass(frozen=True)
class Assumption:
    name: str                     # a SetupOption or FeasibilitySettings field
    scope: str                    # option | settings
    unit: str                     # EUR | EUR/month | EUR/unit | people | multiple | % | years | ramp
    bounds: Bounds
    optional: bool = False        # empty means "worked out": monthly_wage_eur = minimum wage x multiple
    kinds: tuple[str, ...] = KINDS  # the set-up types it matters for

    @property
    def basis(self) -> str:
        return ASSUMPTIONS.get(self.name, "")


ASSUMPTION_LIST = (
    Assumption("setup_cost_eur", "option", "EUR", NOT_NEGATIVE),
    Assumption("rent_eur_month", "option", "EUR/month", NOT_NEGATIVE),
    Assumption("staff_count", "option", "people", NOT_NEGATIVE),
    Assumption("wage_multiple", "option", "multiple", POSITIVE),
    Assumption("monthly_wage_eur", "option", "EUR/month", POSITIVE, optional=True),
    Assumption("employer_oncost_pct", "option", "%", PERCENT),
    Assumption("management_eur_month", "option", "EUR/month", NOT_NEGATIVE),
    Assumption("variable_cost_change_eur_unit", "option", "EUR/unit", Bounds()),
    Assumption("local_content_pct", "option", "%", PERCENT, kinds=("assembly",)),
    Assumption("staff_replaced_in_turkiye", "option", "people", NOT_NEGATIVE),
    Assumption("volume_uplift_pct", "option", "%", Bounds(0.0, 1000.0)),
    Assumption("served_markets", "option", "markets", Bounds()),
    Assumption("gross_margin_pct", "option", "%", PERCENT),
    Assumption("horizon_years", "settings", "years", Bounds(1, 30, whole=True)),
    Assumption("discount_rate_pct", "settings", "%", PERCENT),
    Assumption("ramp_up", "settings", "ramp", RAMP_PERCENT),
    Assumption("depreciation_years", "settings", "years", Bounds(1, 50, whole=True)),
    Assumption("origin_threshold_pct", "settings", "%", PERCENT, kinds=("assembly",)),
    Assumption("tr_wage_growth_pct", "settings", "%/year", Bounds(-50.0, 100.0), kinds=("assembly",)),
    Assumption("host_wage_growth_pct", "settings", "%/year", Bounds(-50.0, 100.0)),
)
ASSUMPTIONS_BY_NAME = {a.name: a for a in ASSUMPTION_LIST}


def assumptions_for(kind: str) -> list[Assumption]:
    return [a for a in ASSUMPTION_LIST if kind in a.kinds]


def default_value(name: str, kind: str):
    """Kök's default: by set-up type for set-up figures, the model's default for settings."""
    source = DEFAULT_OPTIONS[kind] if ASSUMPTIONS_BY_NAME[name].scope == "option" else FeasibilitySettings()
    return getattr(source, name)


def current_value(name: str, option: SetupOption, settings: FeasibilitySettings):
    return getattr(option if ASSUMPTIONS_BY_NAME[name].scope == "option" else settings, name)


def problem(name: str, value) -> str | None:
    """A bounds code (see :class:`~kokapp.core.bounds.Bounds`) for a value the form would set;
    ramp-up is a list of yearly shares of the plan checked in % (60 for 0.6)."""
    assumption = ASSUMPTIONS_BY_NAME[name]
    if name == "served_markets":
        return None if isinstance(value, (tuple, list)) and all(isinstance(m, str) for m in value) else "not_a_number"
    if value is None:
        return None if assumption.optional else "not_a_number"
    if name == "ramp_up":
        for share in value:
            found = assumption.bounds.problem(share * 100 if isinstance(share, (int, float)) else share)
            if found:
                return found
        return None
    return assumption.bounds.problem(value)


def with_value(name: str, value, option: SetupOption,
               settings: FeasibilitySettings) -> tuple[SetupOption, FeasibilitySettings]:
    """The (option, settings) pair with one assumption changed; ``value`` None restores Kök's
    default (for monthly_wage_eur: minimum wage x multiple again)."""
    assumption = ASSUMPTIONS_BY_NAME[name]
    if value is None and not assumption.optional:
        value = default_value(name, option.kind)
    if name == "served_markets":
        value = tuple(value)
    elif assumption.bounds.whole and value is not None:
        value = int(value)
    elif name == "ramp_up":
        value = tuple(float(v) for v in value)
    elif value is not None:
        value = float(value)
    if assumption.scope == "option":
        return replace(option, **{name: value}), settings
    return option, replace(settings, **{name: value})
