"""The engine on the demo project: ranking, live re-ranking, overrides, sensitivity."""

from dataclasses import replace

import numpy as np
import pytest

from kokapp.core.project import CRITERIA, Override


def test_demo_ranks_every_location_once(engine, demo):
    c = engine.compare(demo)
    assert sorted(c.ranking["location"]) == sorted(demo.locations)
    assert sorted(c.ranking["rank"]) == list(range(1, len(demo.locations) + 1))
    assert len(c.lanes) == len(demo.locations) * len(demo.markets) * len(demo.products)
    assert c.criteria.loc["TR-BUR", "lpi"] == 3.4  # Türkiye, LPI 2023


def test_all_weight_on_one_criterion_ranks_by_it(engine, demo):
    c = engine.compare(demo)
    for criterion, best in (("lpi", max), ("tax", min)):
        weights = {k: 0.0 for k in CRITERIA} | {criterion: 1.0}
        top = engine.rerank(c, weights).ranking.iloc[0]["location"]
        column = c.criteria[criterion].dropna()
        assert c.criteria.loc[top, criterion] == best(column)


def test_rerank_equals_full_recompute(engine, demo):
    weights = {k: float(i + 1) for i, k in enumerate(CRITERIA)}
    fast = engine.rerank(engine.compare(demo), weights).ranking
    full = engine.compare(replace(demo, weights=weights)).ranking
    assert fast["location"].tolist() == full["location"].tolist()
    assert np.allclose(fast["topsis"], full["topsis"])


def test_freight_override_changes_costs_and_is_reported(engine, demo):
    cheap = replace(demo, overrides=[Override("freight/road_ftl/rate_per_km", 1.0, "quote")])
    dear = replace(demo, overrides=[Override("freight/road_ftl/rate_per_km", 3.0, "quote")])
    a, b = engine.compare(cheap), engine.compare(dear)
    assert b.criteria.loc["TR-BUR", "logistics_cost"] > a.criteria.loc["TR-BUR", "logistics_cost"]
    assert [o.key for o in a.overrides_used] == ["freight/road_ftl/rate_per_km"]


def test_iraq_is_priced_at_its_band_and_a_quote_replaces_it(engine, demo):
    """No Iraqi average is citable: the 0-30 % band's midpoint enters costs (never 0), its ends
    the low and high scenarios; a broker's quote replaces it."""
    base = engine.compare(demo)
    assert base.criteria.loc["TR-BUR", "duty_unknown_share"] == 0
    iraq = base.lanes[(base.lanes["location"] == "TR-BUR") & (base.lanes["market"] == "IQ")]
    assert (iraq["duty_rate_pct"] == 15.0).all() and iraq["duty_band"].all()
    assert (iraq["duty_unit_low"] == 0).all() and (iraq["duty_unit_high"] > iraq["duty_unit_base"]).all()
    assert base.criteria.loc["TR-BUR", "duty_cost"] > 0
    quoted = engine.compare(replace(demo, overrides=demo.overrides + [Override("duty/TR/IQ", 10.0, "broker")]))
    assert quoted.criteria.loc["TR-BUR", "duty_cost"] < base.criteria.loc["TR-BUR", "duty_cost"]
    assert not quoted.lanes.loc[quoted.lanes["market"] == "IQ", "duty_band"].iloc[0]


def test_sensitivity_is_reproducible(engine, demo):
    c = engine.compare(demo)
    s1, leader1, t1 = engine.sensitivity(c, draws=200, seed=3)
    s2, leader2, t2 = engine.sensitivity(c, draws=200, seed=3)
    assert (s1.top_share == s2.top_share).all() and leader1 == leader2 and t1 == t2
    assert c.ranking.iloc[0]["location"] == list(c.criteria.index)[leader1]
    assert s1.top_share.sum() == pytest.approx(1.0)


def test_own_road_and_sea_distances_replace_the_bundled_ones(engine, demo):
    """An advisor who knows the real truck route enters it: the lane uses it, and the figure is listed."""
    base = engine.compare(demo).lanes
    quoted = replace(demo, overrides=demo.overrides + [Override("road/TR-BUR/RO", 1200.0, "our trucker's route"),
                                                         Override("sea/TRGEM/DEHAM", 4000.0, "carrier schedule")])
    lanes = engine.compare(quoted).lanes
    bur_ro = lanes[(lanes["location"] == "TR-BUR") & (lanes["market"] == "RO")]
    assert (bur_ro["road_km"] == 1200.0).all()
    assert (lanes.loc[(lanes["location"] == "TR-BUR") & (lanes["market"] == "DE"), "sea_nm"] == 4000.0).all()
    assert not (base.loc[(base["location"] == "TR-BUR") & (base["market"] == "RO"), "road_km"] == 1200.0).any()


def test_unknown_or_bad_distance_keys_are_refused(engine, demo):
    from kokapp.core.project import ProjectError

    for override, field in ((Override("road/TR-BUR/XX", 10.0), "overrides[1].key"),
                            (Override("sea/TRGEM/NOPE", 10.0), "overrides[1].key"),
                            (Override("road/TR-BUR/RO", 0.0), "overrides[1].value")):
        with pytest.raises(ProjectError) as caught:
            engine.compare(replace(demo, overrides=demo.overrides + [override]))
        assert caught.value.field == field
