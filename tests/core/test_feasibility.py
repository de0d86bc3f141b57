"""Feasibility economics: hand-computed cash-flow measures, break-even, monotonicity, bad input."""

from dataclasses import replace

import pytest

from kokapp.core.cashflow import irr_pct, npv, payback_years
from kokapp.core.feasibility import FeasibilityModel
from kokapp.core.project import Override
from kokapp.core.setup_options import DEFAULT_OPTIONS, FeasibilityError, FeasibilitySettings


def test_npv_irr_payback_by_hand():
    """-1,000 today, then 300, 400, 500 at 10 %:
    NPV = -1000 + 300/1.1 + 400/1.21 + 500/1.331 = -1000 + 272.727 + 330.579 + 375.657 = -21.037.
    Cumulative: -700 after year 1, -300 after year 2, +200 after year 3 -> payback 2 + 300/500 = 2.6 y.
    IRR: the rate where NPV = 0, just under 10 % (8.896 %)."""
    flows = [-1000, 300, 400, 500]
    assert npv(10, flows) == pytest.approx(-21.0368, abs=1e-4)
    assert payback_years(flows) == pytest.approx(2.6)
    assert irr_pct(flows) == pytest.approx(8.8963, abs=1e-3)
    assert npv(irr_pct(flows), flows) == pytest.approx(0, abs=1e-6)


def test_undefined_measures():
    assert irr_pct([-100, -5, -5]) is None        # never positive: no IRR
    assert payback_years([-100, 10, 10]) is None  # never paid back in the horizon
    assert payback_years([0, 10]) == 0.0


def model(engine, demo, location="RS-BEG", kind="sales_office", settings=FeasibilitySettings(), **changes):
    return FeasibilityModel(engine, demo, location, replace(DEFAULT_OPTIONS[kind], **changes), settings)


def test_year_flows_add_up(engine, demo):
    m = model(engine, demo, kind="assembly")
    outcome, years = m.outcome()
    assert years.loc[0, "cash_flow"] == -DEFAULT_OPTIONS["assembly"].setup_cost_eur
    y = years.iloc[3]
    assert y["operating"] == pytest.approx(y["savings"] + y["staff_saved_in_turkiye"] - y["fixed_costs"]
                                           - y["variable_change"] + y["uplift_margin"])
    assert y["cash_flow"] == pytest.approx(y["operating"] - y["tax"])
    assert y["savings"] == pytest.approx(y["baseline_cost"] - y["option_cost"])
    assert outcome.npv_eur == pytest.approx(npv(12.0, years["cash_flow"]))


def test_break_even_volume_gives_zero_npv(engine, demo):
    m = model(engine, demo, location="EG-ALY", kind="sales_office", served_markets=tuple(demo.markets))
    share = m.break_even()
    assert share is not None and 0 < share < 1  # pays at the planned volume, so breaks even below it
    assert m.outcome(volume=share)[0].npv_eur == pytest.approx(0, abs=200)
    assert m.outcome(volume=share * 0.95)[0].npv_eur < 0 < m.outcome(volume=share * 1.05)[0].npv_eur


@pytest.mark.parametrize("kind", ["logistics_hub", "assembly", "sales_office"])
def test_higher_setup_cost_never_raises_npv(engine, demo, kind):
    values = [model(engine, demo, kind=kind, setup_cost_eur=c).outcome()[0].npv_eur
              for c in (0, 50_000, 500_000, 2_000_000)]
    assert values == sorted(values, reverse=True)


def test_higher_discount_rate_lowers_npv_of_a_positive_late_stream(engine, demo):
    npvs = [model(engine, demo, location="EG-ALY", settings=FeasibilitySettings(discount_rate_pct=r),
                  served_markets=tuple(demo.markets)).outcome()[0].npv_eur
            for r in (0, 5, 12, 25)]
    assert npvs == sorted(npvs, reverse=True)


def test_scenarios_bracket_the_base_case(engine, demo):
    f = model(engine, demo, location="BG-PDV", kind="logistics_hub").evaluate()
    assert f.scenarios["pessimistic"].npv_eur <= f.base.npv_eur <= f.scenarios["optimistic"].npv_eur
    assert 1 <= len(f.tornado) <= 8
    swings = [bar["swing"] for bar in f.tornado]
    assert swings == sorted(swings, reverse=True)


def test_assembly_changes_origin_and_duty(engine, demo):
    """Assembling in Kazakhstan (no EU agreement) with enough local content gives Kazakh origin,
    so the goods pay the EU MFN duty in Germany; below the threshold they stay Turkish (Customs Union)."""
    project = replace(demo, candidates=demo.candidates + ["KZ-ALA"])
    above = model(engine, project, location="KZ-ALA", kind="assembly", local_content_pct=60)
    below = model(engine, project, location="KZ-ALA", kind="assembly", local_content_pct=10)
    assert above.origins["DE"][0] == "KZ" and below.origins["DE"][0] == "TR"
    duty_above = above.outcome()[1].iloc[-1]["option_cost"]
    duty_below = below.outcome()[1].iloc[-1]["option_cost"]
    assert duty_above > duty_below


def test_pem_cumulation_confers_origin_below_the_threshold(engine, demo):
    m = model(engine, demo, location="RS-BEG", kind="assembly", local_content_pct=10)
    origin, reason = m.origins["DE"]
    assert origin == "RS" and "PEM" in reason


@pytest.mark.parametrize("changes, field", [
    ({"setup_cost_eur": -1.0}, "options[RS-BEG].setup_cost_eur"),
    ({"rent_eur_month": float("nan")}, "options[RS-BEG].rent_eur_month"),
    ({"local_content_pct": 120.0}, "options[RS-BEG].local_content_pct"),
    ({"monthly_wage_eur": 0.0}, "options[RS-BEG].monthly_wage_eur"),
])
def test_bad_option_values(engine, demo, changes, field):
    with pytest.raises(FeasibilityError) as caught:
        model(engine, demo, **changes)
    assert caught.value.field == field


@pytest.mark.parametrize("settings, field", [
    (FeasibilitySettings(horizon_years=0), "settings.horizon_years"),
    (FeasibilitySettings(discount_rate_pct=-100), "settings.discount_rate_pct"),
    (FeasibilitySettings(discount_rate_pct=-150), "settings.discount_rate_pct"),
    (FeasibilitySettings(ramp_up=(0.5, -1.0)), "settings.ramp_up[1]"),
])
def test_bad_settings(engine, demo, settings, field):
    with pytest.raises(FeasibilityError) as caught:
        model(engine, demo, settings=settings)
    assert caught.value.field == field


def test_missing_wage_asks_for_the_users_figure(engine, demo):
    with pytest.raises(FeasibilityError, match="enter your figure") as caught:
        model(engine, demo, location="GE-TBS")
    assert caught.value.field == "wage/GE"   # the key of the user's figure in Data sources
    f = model(engine, demo, location="GE-TBS", monthly_wage_eur=900.0)
    assert f.wage == 900.0 and f.wage_basis == "your figure"


def test_tax_override_is_used(engine, demo):
    project = replace(demo, overrides=demo.overrides + [Override("tax/RS", 30.0, "advisor")])
    assert model(engine, project).cit == 30.0


def test_location_must_be_a_candidate(engine, demo):
    with pytest.raises(FeasibilityError, match="candidate"):
        model(engine, demo, location="TR-BUR")


def test_a_sales_offices_extra_sales_come_only_from_the_markets_it_serves(engine, demo):
    """Alexandria sales office, 5 % extra sales at a 20 % margin: serving Iraq only, the margin in
    year 3 (full ramp) is 5 % x 20 % x the plan's Iraqi sales; serving nothing it is zero (Egypt
    is not a target market, so the default serves no market)."""
    iraq = sum(p.unit_value_eur * demo.volume(p.name, "IQ") for p in demo.products)
    served = model(engine, demo, location="EG-ALY", served_markets=("IQ",))
    year3 = served.outcome()[1].iloc[3]
    assert year3["volume_share"] == 1.0
    assert year3["uplift_margin"] == pytest.approx(0.05 * 0.20 * iraq)
    default = model(engine, demo, location="EG-ALY")
    assert default.served_markets == ()
    assert (default.outcome()[1]["uplift_margin"] == 0).all()
    everywhere = model(engine, demo, location="EG-ALY", served_markets=tuple(demo.markets))
    assert everywhere.outcome()[0].npv_eur > served.outcome()[0].npv_eur > default.outcome()[0].npv_eur


def test_a_served_market_must_be_a_target_market(engine, demo):
    with pytest.raises(FeasibilityError, match="not a target market"):
        model(engine, demo, location="EG-ALY", served_markets=("EG",))
