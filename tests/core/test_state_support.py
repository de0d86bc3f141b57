"""Turkish state support (Decision 5973 Art. 11 rent support) and cost drift inside the NPV,
checked by hand."""

from dataclasses import replace

import pytest

from kokapp.core.feasibility import FeasibilityModel
from kokapp.core.setup_options import DEFAULT_OPTIONS, FeasibilityError, FeasibilitySettings
from kokapp.core.state_support import RentSupport

SUPPORT = FeasibilitySettings(state_support=True)


def model(engine, project, location, kind, settings=SUPPORT, **changes):
    return FeasibilityModel(engine, project, location, replace(DEFAULT_OPTIONS[kind], **changes), settings)


def test_the_bundled_rule_and_its_cap_in_euro(pack):
    """50 % of the rent, 4 years, at most half the year's exports to the country; the 2026 cap of
    9,862,972 TL a unit is 9,862,972 / 55.8015 = 176,751 EUR at the bundled ECB rate."""
    rule = RentSupport.of(pack)
    assert (rule.share_pct, rule.max_years, rule.export_limit_share) == (50.0, 4, 0.5)
    assert rule.cap_eur_year == pytest.approx(9_862_972 / 55.8015)
    assert rule.check == "transcribed" and rule.kinds == ("logistics_hub", "sales_office")


def test_a_belgrade_hub_gets_half_its_rent_back_the_year_after(engine, demo):
    """Hub rent 6,000 EUR a month = 72,000 a year: 36,000 earned in years 1-4, paid in years 2-5.
    Neither the cap (176,751 EUR) nor half the exports into Serbia (the whole plan passes through
    the hub) binds. At 12 % the NPV rises by 36,000 x (1/1.12^2 + 1/1.12^3 + 1/1.12^4 + 1/1.12^5)."""
    with_support = model(engine, demo, "RS-BEG", "logistics_hub")
    without = model(engine, demo, "RS-BEG", "logistics_hub", settings=FeasibilitySettings())
    _, years = with_support.outcome()
    assert list(years["state_support"]) == pytest.approx([0, 0, 36_000, 36_000, 36_000, 36_000])
    gain = sum(36_000 / 1.12 ** y for y in (2, 3, 4, 5))
    assert with_support.outcome()[0].npv_eur - without.outcome()[0].npv_eur == pytest.approx(gain)
    assert without.outcome()[1]["state_support"].sum() == 0


def test_the_cap_and_the_export_limit_bind(engine, demo):
    big_rent = model(engine, demo, "RS-BEG", "logistics_hub", rent_eur_month=1_000_000)
    assert big_rent.outcome()[1]["state_support"].max() == pytest.approx(9_862_972 / 55.8015)
    # a Belgrade sales office: the plan sells nothing in Serbia, so nothing is exported there: no support
    office = model(engine, demo, "RS-BEG", "sales_office")
    assert office.support is None and office.exports_value == 0 and office.support_note == "no_exports"
    assert office.outcome()[1]["state_support"].sum() == 0


def test_an_assembly_line_gets_no_rent_support_and_says_why(engine, demo):
    line = model(engine, demo, "RS-BEG", "assembly")
    assert line.support is None and line.support_note == "not_a_unit"
    assert line.outcome()[1]["state_support"].sum() == 0


def test_host_wage_drift_compounds_on_the_staff_cost(engine, demo):
    """10 % a year: year 3's staff cost is 1.1^2 = 1.21 times year 1's; rent and management stay."""
    flat = model(engine, demo, "RS-BEG", "logistics_hub", settings=FeasibilitySettings())
    drift = model(engine, demo, "RS-BEG", "logistics_hub", settings=FeasibilitySettings(host_wage_growth_pct=10.0))
    o = DEFAULT_OPTIONS["logistics_hub"]
    staff = 12 * o.staff_count * flat.wage * (1 + o.employer_oncost_pct / 100)
    fixed_flat = flat.outcome()[1]["fixed_costs"]
    fixed_drift = drift.outcome()[1]["fixed_costs"]
    assert fixed_drift[1] == pytest.approx(fixed_flat[1])
    assert fixed_drift[3] - fixed_flat[3] == pytest.approx(staff * 0.21)
    assert drift.outcome()[0].npv_eur < flat.outcome()[0].npv_eur


def test_turkish_wage_drift_values_the_jobs_an_assembly_line_replaces(engine, demo):
    up = model(engine, demo, "RS-BEG", "assembly", settings=FeasibilitySettings(tr_wage_growth_pct=5.0))
    flat = model(engine, demo, "RS-BEG", "assembly", settings=FeasibilitySettings())
    saved_up, saved_flat = up.outcome()[1]["staff_saved_in_turkiye"], flat.outcome()[1]["staff_saved_in_turkiye"]
    assert saved_up[2] == pytest.approx(saved_flat[2] * 1.05)
    names = [bar["input"] for bar in up.tornado(up.outcome()[0].npv_eur, top=20)]
    assert "tr_wage_growth_pct" in names and "host_wage_growth_pct" in names


def test_drift_outside_its_range_is_refused(engine, demo):
    with pytest.raises(FeasibilityError, match="-50 to 100"):
        model(engine, demo, "RS-BEG", "assembly", settings=FeasibilitySettings(host_wage_growth_pct=150.0))
