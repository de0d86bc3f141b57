"""Duties a customs broker would sign: a band enters at its base with its ends in the scenarios,
an unknown duty is never counted as zero, a halted market is not served."""

import math
from dataclasses import replace

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from kokapp.core.datapack import load_datapack
from kokapp.core.engine import Engine
from kokapp.core.project import Override, Product, Project


def test_an_unknown_duty_is_missing_not_zero(pack_copy, demo):
    """With Iraq's band taken out of a copy of the pack, the Iraqi duty is unknown: the lanes
    carry NaN (not 0), the locations that pay it have their duty cost marked missing (filled
    with the others' mean for the ranking, never with 0) and the mode choice does not change."""
    path = pack_copy / "tariffs_mfn.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines = [line for line in lines if not line.startswith("IQ,ALL,")]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    c = Engine(load_datapack(pack_copy)).compare(demo)
    iraq = c.lanes[(c.lanes["market"] == "IQ") & (c.lanes["duty_basis"] == "mfn")]   # GAFTA origins pay 0
    assert len(iraq) and iraq["duty_rate_pct"].isna().all() and iraq["duty_unit_base"].isna().all()
    assert c.unknown_duty_markets() == ["IQ"]
    assert math.isnan(c.criteria.loc["TR-BUR", "duty_cost"])
    assert c.criteria.loc["TR-BUR", "duty_unknown_share"] > 0
    banded = Engine(load_datapack_bundled()).compare(demo)
    assert list(c.lanes["mode"]) == list(banded.lanes["mode"])


def load_datapack_bundled():
    from kokapp.core.datapack import bundled_datapack

    return bundled_datapack()


def test_a_halted_market_is_unserved_and_ranks_after_every_serving_location(engine):
    """Türkiye halted trade with Israel (2 May 2024): Turkish locations cannot sell there.
    Their Israeli volume is unserved (not a zero duty), and they rank after every location
    that serves the whole plan, whatever their score."""
    product = Product("Valve", "848180", 40.0, 2.0, 0.004)
    project = Project("T", "TR-DEN", [product], ["IL", "DE"], {("Valve", "IL"): 5000.0, ("Valve", "DE"): 5000.0},
                      ["TR-IZM", "RS-BEG", "GR-SKG"])
    c = engine.compare(project)
    lanes = c.lanes.set_index(["location", "market"])
    assert lanes.loc[("TR-DEN", "IL"), "trade_halted"]
    assert lanes.loc[("TR-DEN", "IL"), "unserved_units"] == 5000.0
    assert lanes.loc[("TR-DEN", "IL"), "annual_duty"] == 0 and lanes.loc[("TR-DEN", "IL"), "annual_logistics"] == 0
    assert c.criteria.loc["TR-DEN", "unserved_share"] == 0.5
    assert c.criteria.loc["RS-BEG", "unserved_share"] == 0.0
    order = list(c.ranking["location"])
    assert order.index("RS-BEG") < order.index("TR-DEN") and order.index("GR-SKG") < order.index("TR-IZM")
    assert set(order[-2:]) == {"TR-DEN", "TR-IZM"}
    reranked = engine.rerank(c, {**project.weights, "logistics_cost": 100.0})
    assert set(list(reranked.ranking["location"])[-2:]) == {"TR-DEN", "TR-IZM"}


ENGINE = None


@settings(max_examples=20, deadline=None)
@given(rate=st.floats(0, 60), extra=st.floats(0.5, 40))
def test_raising_a_duty_never_improves_the_locations_that_pay_it(pack, rate, extra):
    """Iraq's duty (a band today) raised by a broker's figure: every location that pays it
    pays more, and no other location's duty changes."""
    from kokapp.io.project_file import load_project
    from kokapp.paths import demo_project

    global ENGINE
    ENGINE = ENGINE or Engine(pack)
    demo = load_project(demo_project())

    def compare(value):
        tariff = Override("tariff/IQ/ALL", value, "test")
        return ENGINE.compare(replace(demo, overrides=demo.overrides + [tariff]))

    low, high = compare(max(rate, 0.01)), compare(max(rate, 0.01) + extra)
    lanes = low.lanes
    pays = sorted(set(lanes.loc[(lanes["market"] == "IQ") & (lanes["duty_basis"] == "mfn"), "location"]))
    a, b = low.criteria["duty_cost"], high.criteria["duty_cost"]
    assert pays and (b[pays] > a[pays]).all()
    others = [loc for loc in a.index if loc not in pays]
    assert np.allclose(b[others], a[others])


def test_trade_remedies_are_flagged_with_their_range_never_priced(pack):
    """EU anti-dumping on Turkish ceramic tiles (Reg 2023/265: 4.8-20.9 %) and on Egyptian
    hot-rolled steel (Reg 2025/1919: 11.7 %) are flagged on the lanes they may hit; the duty
    itself stays the tariff's (the remedy rates are company-specific)."""
    from kokapp.core.access import MarketAccess
    from kokapp.core.reference import Reference

    access = MarketAccess(Reference(pack))
    tiles = access.duty("TR", "DE", "690721")
    assert tiles.rate_pct == 0.0 and any("anti-dumping 4.8-20.9 %" in r and "Ceramic tiles" in r for r in tiles.remedies)
    steel = access.duty("EG", "IT", "7208")
    assert any("anti-dumping 11.7 %" in r for r in steel.remedies)
    assert not access.duty("RS", "DE", "690721").remedies          # no measure on Serbian tiles
    assert not access.duty("TR", "TR", "690721").remedies          # no remedy at home
    project = Project("T", "TR-BUR", [Product("Tile", "690721", 8.0, 20.0, 0.01)], ["DE"],
                      {("Tile", "DE"): 10000.0}, ["RS-BEG"])
    lanes = Engine(pack).compare(project).remedy_lanes()
    assert [(loc, market) for loc, market, _, _ in lanes] == [("TR-BUR", "DE")]
