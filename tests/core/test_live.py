"""The live ranking (large projects) gives the full comparison's figures after any edits."""

import random
from dataclasses import replace

import numpy as np
import pytest

from kokapp.core.live import LiveRanking
from kokapp.core.project import CRITERIA, Product, Project, ProjectError


def assert_same_criteria(live: LiveRanking, full) -> None:
    got = live.criteria()
    for name in (*CRITERIA, "duty_unknown_share"):
        np.testing.assert_allclose(got[name], full.criteria_columns[name], rtol=1e-9, atol=1e-9,
                                   equal_nan=True, err_msg=name)


def mixed_project(pack) -> Project:
    """Nine locations in several countries (EU, CEFTA, MENA), markets inside and outside the EU,
    products with different weights, values and chapters, and some markets with no volume."""
    candidates = ["RS-BEG", "BG-PDV", "EG-ALY", "MA-TNG", "GE-TBS", "RO-CND", "MK-SKP", "TN-TUN"]
    sites = set(pack.column("sites", "site_id"))
    candidates = [c for c in candidates if c in sites]
    markets = ["DE", "FR", "IT", "RS", "EG", "IQ", "GB", "MA", "PL", "GE"]
    products = [Product("Fren balatası", "870830", 18.0, 2.5, 0.004),
                Product("Koltuk kumaşı", "540752", 6.0, 0.3, 0.002),
                Product("Pompa", "841370", 240.0, 14.0, 0.05),
                Product("Zeytinyağı", "150910", 9.0, 1.0, 0.0012)]
    rng = random.Random(7)
    volumes = {(p.name, m): (0.0 if rng.random() < 0.25 else float(rng.randint(50, 60000)))
               for p in products for m in markets}
    return Project("Test", "TR-BUR", products, markets, volumes, candidates)


def test_live_equals_full_on_the_demo(engine, demo):
    live = LiveRanking(engine, demo)
    full = engine.compare(demo)
    assert_same_criteria(live, full)
    assert list(live.ranked()["location"]) == full.ranked_locations


def test_volume_edits_keep_live_equal_to_a_fresh_full_compare(engine, pack):
    project = mixed_project(pack)
    live = LiveRanking(engine, project)
    rng = random.Random(20261126)
    volumes = dict(project.volumes)
    for step in range(40):
        product = rng.choice(project.products).name
        market = rng.choice(project.markets)
        units = rng.choice([0.0, 1.0, 37.0, 1234.5, 250000.0])  # incl. zero (equal weights) and huge
        live.set_volume(product, market, units)
        volumes[(product, market)] = units
        if step % 8 == 7:
            full = engine.compare(replace(project, volumes=dict(volumes)))
            assert_same_criteria(live, full)
            assert list(live.ranked()["location"]) == full.ranked_locations
    # down to a single market x product with volume: every other row weighs nothing
    cells = [(p.name, m) for p in project.products for m in project.markets]
    for product, market in cells[1:]:
        live.set_volume(product, market, 0.0)
        volumes[(product, market)] = 0.0
    live.set_volume(*cells[0], 500.0)
    volumes[cells[0]] = 500.0
    assert_same_criteria(live, engine.compare(replace(project, volumes=volumes)))


def test_new_weights_rerank_without_recomputing(engine, demo):
    live = LiveRanking(engine, demo)
    weights = {k: 0.0 for k in CRITERIA} | {"tax": 1.0}
    ranked = live.ranked(weights)
    full = engine.compare(replace(demo, weights=weights))
    assert list(ranked["location"]) == full.ranked_locations
    np.testing.assert_allclose(ranked["topsis"], full.ranked["topsis"])


def test_rows_of_one_location_on_demand(engine, demo):
    live = LiveRanking(engine, demo)
    full = engine.compare(demo)
    location = full.leader
    rows = live.location_rows(location)
    expected = full.lane_rows(["market", "product", "mode", "landed_unit_base"], location=location)
    got = [dict(market=m, product=p, mode=o, landed_unit_base=v) for m, p, o, v in
           zip(rows["market"], rows["product"], rows["mode"], rows["landed_unit_base"])]
    key = lambda r: (r["market"], r["product"], r["mode"])  # noqa: E731
    got, expected = sorted(got, key=key), sorted(expected, key=key)
    assert [key(r) for r in got] == [key(r) for r in expected]
    np.testing.assert_allclose([r["landed_unit_base"] for r in got], [r["landed_unit_base"] for r in expected])


def test_bad_edits_are_refused_and_change_nothing(engine, demo):
    live = LiveRanking(engine, demo)
    before = live.criteria()["logistics_cost"].copy()
    product, market = demo.products[0].name, demo.markets[0]
    for args in (("no such product", market, 1.0), (product, "ZZ", 1.0), (product, market, -5.0),
                 (product, market, float("nan"))):
        with pytest.raises(ProjectError):
            live.set_volume(*args)
    np.testing.assert_array_equal(live.criteria()["logistics_cost"], before)


def test_live_comparison_reads_like_the_full_one(engine, pack, demo):
    base = mixed_project(pack)   # Türkiye -> Israel is halted; Iraq has no citable MFN tariff
    project = replace(base, markets=base.markets + ["IL"], volumes=base.volumes | {(base.products[0].name, "IL"): 900.0})
    live = LiveRanking(engine, project).comparison()
    full = engine.compare(project)
    assert live.ranked_locations == full.ranked_locations
    assert ("TR-BUR", "IL") in full.halted_lanes()
    assert live.halted_lanes() == full.halted_lanes()
    assert live.unknown_duty_markets() == full.unknown_duty_markets() == []   # Iraq has a band now
    columns = ["market", "product", "mode", "duty_rate_pct", "landed_unit_base"]
    for kwargs in ({"location": full.leader}, {"product": project.products[1].name},
                   {"location": "TR-BUR", "product": project.products[0].name}):
        key = lambda r: (r["market"], r["product"], r["mode"])  # noqa: E731
        got = sorted(live.lane_rows(columns, **kwargs), key=key)
        expected = sorted(full.lane_rows(columns, **kwargs), key=key)
        assert [key(r) for r in got] == [key(r) for r in expected]
        np.testing.assert_allclose([r["landed_unit_base"] for r in got], [r["landed_unit_base"] for r in expected])


def test_summary_rows_are_the_full_rows_cut_down(engine, pack):
    from kokapp.core.costs import LaneKeys, product_rows

    project = mixed_project(pack)
    ref, access = engine.reference(project.overrides)
    lanes = engine.lanes_for(ref, project.locations, project.markets)
    keys = LaneKeys.of(lanes, project.markets)
    for product in project.products:
        full = product_rows(ref, lanes, keys, project, product, None, access)
        short = product_rows(ref, lanes, keys, project, product, None, access, summary=True)
        assert set(short) < set(full) and "freight_unit_low" not in short
        for column, values in short.items():
            np.testing.assert_array_equal(values, full[column], err_msg=column)


def test_comparisons_are_snapshots_of_the_live_ranking(engine, demo):
    project = replace(demo, markets=list(demo.markets), volumes=dict(demo.volumes))
    live = LiveRanking(engine, project)
    before = live.comparison()
    product, market = demo.products[0].name, demo.markets[0]
    rows_before = before.lane_rows(["market", "annual_units"], location="TR-BUR", product=product)
    project.markets.insert(0, "GB")                   # the window edits its own project in place
    live.set_volume(product, market, 5_000_000.0)
    assert before.project.volume(product, market) == demo.volume(product, market)
    assert before.lane_rows(["market", "annual_units"], location="TR-BUR", product=product) == rows_before
    after = live.comparison()
    units = {r["market"]: r["annual_units"] for r in after.lane_rows(["market", "annual_units"],
                                                                    location="TR-BUR", product=product)}
    assert units[market] == 5_000_000.0 and "GB" not in units


def test_banded_duties_come_from_the_duty_facts_in_both_paths(engine, demo):
    """Iraq's duty rests on a band (0-30 %): the full comparison and the live ranking say so from
    the lanes' duty facts (no Python row per lane: a 10x study has millions of them)."""
    full = engine.compare(demo)
    live = LiveRanking(engine, demo).comparison()
    assert full.banded_duty_markets() == live.banded_duty_markets() == ["IQ"]
