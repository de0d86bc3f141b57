"""Feasibility assumptions as a form sees them: every field of the set-up and the model settings
a user can change, bounds no looser than the model's own checks, defaults by set-up type."""

from dataclasses import fields

import pytest

from kokapp.core.assumption_catalog import (ASSUMPTION_LIST, assumptions_for, current_value, default_value, problem,
                                            with_value)
from kokapp.core.setup_options import (ASSUMPTIONS, DEFAULT_OPTIONS, FeasibilitySettings, SetupOption,
                                       validate_option, validate_settings)

SETTINGS = FeasibilitySettings()


def test_every_set_up_figure_and_the_main_settings_are_in_the_form():
    names = {a.name for a in ASSUMPTION_LIST}
    assert names >= {f.name for f in fields(SetupOption)} - {"kind"}
    assert names >= {"horizon_years", "discount_rate_pct", "ramp_up", "depreciation_years", "origin_threshold_pct"}
    assert set(ASSUMPTIONS) - {"ramp_up"} <= names            # every documented assumption has a field


def test_local_content_only_for_an_assembly_line():
    assert "local_content_pct" in {a.name for a in assumptions_for("assembly")}
    assert "local_content_pct" not in {a.name for a in assumptions_for("logistics_hub")}


@pytest.mark.parametrize("assumption", ASSUMPTION_LIST, ids=lambda a: a.name)
def test_values_the_form_accepts_are_values_the_model_accepts(assumption):
    b = assumption.bounds
    candidates = [b.minimum, b.maximum, 0.0, 1.0, 1e9]
    option = DEFAULT_OPTIONS["assembly"]
    for value in candidates:
        if value is None:
            continue
        value = value / 100 if assumption.name == "ramp_up" else value
        value = (value,) if assumption.name == "ramp_up" else value
        if problem(assumption.name, value) is None:
            new_option, new_settings = with_value(assumption.name, value, option, SETTINGS)
            validate_option(new_option)
            validate_settings(new_settings)


def test_a_value_the_model_would_refuse_is_refused_by_the_form():
    assert problem("gross_margin_pct", 150.0) == "out_of_range"
    assert problem("setup_cost_eur", -5.0) == "out_of_range"
    assert problem("horizon_years", 2.5) == "not_whole" and problem("horizon_years", 31) == "out_of_range"
    assert problem("ramp_up", (0.6, 12.0)) == "out_of_range"          # 1,200 % of the plan
    assert problem("variable_cost_change_eur_unit", -0.3) is None      # a saving per unit
    assert problem("monthly_wage_eur", None) is None and problem("rent_eur_month", None) == "not_a_number"


def test_changing_and_restoring_a_value():
    hub = DEFAULT_OPTIONS["logistics_hub"]
    option, settings = with_value("setup_cost_eur", 200_000, hub, SETTINGS)
    assert option.setup_cost_eur == 200_000.0 and option.kind == "logistics_hub" and settings == SETTINGS
    option, _ = with_value("setup_cost_eur", None, option, settings)
    assert option == hub                                              # empty field: Kök's default again
    option, settings = with_value("horizon_years", 7.0, hub, SETTINGS)
    assert settings.horizon_years == 7 and isinstance(settings.horizon_years, int)
    validate_settings(settings)
    _, settings = with_value("ramp_up", [0.5, 1], hub, settings)
    assert settings.ramp_up == (0.5, 1.0) and current_value("ramp_up", hub, settings) == (0.5, 1.0)
    option, _ = with_value("monthly_wage_eur", 900, hub, SETTINGS)
    assert with_value("monthly_wage_eur", None, option, SETTINGS)[0].monthly_wage_eur is None


def test_defaults_are_by_set_up_type():
    assert default_value("setup_cost_eur", "assembly") == 900_000
    assert default_value("setup_cost_eur", "sales_office") == 40_000
    assert default_value("discount_rate_pct", "assembly") == SETTINGS.discount_rate_pct == 12.0
    assert default_value("monthly_wage_eur", "assembly") is None
