"""Free-zone tax regimes: the rate year by year in the cash flows, the long-run rate in the
ranking, the user's own rate above both, and a zone without tax relief giving none."""

from dataclasses import replace

import pytest

from kokapp.core.feasibility import FeasibilityModel
from kokapp.core.project import Override
from kokapp.core.setup_options import DEFAULT_OPTIONS, FeasibilitySettings
from kokapp.core.zones import zones


def test_regimes_year_by_year(pack):
    z = zones(pack)
    tangier = z["MA-TNG"]                                  # Finance Law 2023: 0 % for 5 years, then 20 %
    assert [tangier.rate(y, 34.0) for y in (1, 5, 6, 10)] == [0.0, 0.0, 20.0, 20.0]
    assert z["MK-SKP"].rate(10, 10.0) == 0.0 and z["MK-SKP"].rate(11, 10.0) == 10.0   # then the country's rate
    assert z["GE-TBS"].rate(30, 15.0) == 0.0 and "no end stated" in z["GE-TBS"].summary(15.0)
    assert not z["RS-BEG"].relief and z["RS-BEG"].rate(1, 15.0) == 15.0                 # customs and VAT only
    assert z["PL-LCJ"].cit_pct is None and "not modelled" in z["PL-LCJ"].incentives     # a cap, not a rate
    assert "QA-DOH" not in z and "TM-ASB" not in z                                      # not found: no regime
    assert {r["check"] for r in pack.records("free_zones")} == {"transcribed"}
    assert all(r["source_url"].startswith("http") for r in pack.records("free_zones"))


def tax_by_year(engine, project, site, settings):
    model = FeasibilityModel(engine, project, site, DEFAULT_OPTIONS["assembly"], settings)
    _, rows = model._flows({"volume": 40.0}, "base", 1.0)    # a volume large enough to make a profit
    return model, {r["year"]: (r["tax"], r["operating"] - r["depreciation"]) for r in rows[1:]}


def test_the_cash_flows_apply_the_holiday_then_the_zone_rate(engine, demo):
    project = replace(demo, candidates=[*demo.candidates, "MA-TNG"] if "MA-TNG" not in demo.candidates
                      else demo.candidates)
    model, years = tax_by_year(engine, project, "MA-TNG", FeasibilitySettings(horizon_years=8))
    assert model.cit == 34.0                                # Morocco's top statutory rate (Tax Foundation 2025)
    for year in (1, 5):
        assert years[year][0] == 0.0
    taxable = years[7][1]
    assert taxable > 0 and years[7][0] == pytest.approx(0.20 * taxable)
    assert model.evaluate().tax_regime.startswith("Tanger Med Zones") and "0 % for 5 years, then 20 %" in \
        model.evaluate().tax_regime


def test_your_own_tax_rate_beats_the_zone(engine, demo):
    project = replace(demo, overrides=[*demo.overrides, Override("tax/MA", 25.0, "our adviser: no zone licence")])
    model, years = tax_by_year(engine, project, "MA-TNG", FeasibilitySettings(horizon_years=6))
    assert model.zone is None
    assert years[2][0] == pytest.approx(0.25 * max(years[2][1], 0.0))


def test_the_ranking_compares_the_rate_after_any_holiday(engine, demo):
    c = engine.compare(demo)
    tax = dict(zip(c.locations, c.criteria_columns["tax"]))
    assert tax["MA-TNG"] == 20.0 and tax["RS-BEG"] == 15.0 and tax["TR-BUR"] == 25.0
    own = engine.compare(replace(demo, overrides=[*demo.overrides, Override("tax/MA", 31.0, "adviser")]))
    assert dict(zip(own.locations, own.criteria_columns["tax"]))["MA-TNG"] == 31.0
