"""LiveRanking.apply: edits taken in without a rebuild give a fresh build's figures; edits it cannot
take return False and change nothing; the build reports progress and can be cancelled."""

import copy
import random

import numpy as np
import pytest

from kokapp.core.bom import BomLine
from kokapp.core.errors import Cancelled, KokError
from kokapp.core.live import LiveRanking
from kokapp.core.project import CRITERIA, Override, Product, Project, ProjectError
from kokapp.core.routes import RouteScenario

ROW_COLUMNS = ("annual_units", "duty_rate_pct", "landed_unit_base", "annual_logistics", "annual_duty",
               "transit_days_base")


def close(got, expected, name=""):
    got, expected = np.asarray(got, float), np.asarray(expected, float)
    scale = np.nanmax(np.abs(expected)) if np.isfinite(expected).any() else 0.0
    np.testing.assert_allclose(got, expected, rtol=1e-9, atol=1e-9 * scale, equal_nan=True, err_msg=name)


def assert_like_fresh(engine, live: LiveRanking, project: Project) -> None:
    """Every figure of ``live`` equals a fresh build's for ``project``."""
    fresh = LiveRanking(engine, project)
    assert live.project == project and live.project is not project
    assert live.project.products is not project.products and live.project.volumes is not project.volumes
    got, expected = live.criteria(), fresh.criteria()
    assert list(got) == list(expected)
    for name in expected:
        close(got[name], expected[name], name)
    for a, b in ((live.ranked(), fresh.ranked()), (live.comparison().ranked, fresh.comparison().ranked)):
        for name in ("location", "rank", "excluded", "knockouts"):
            assert list(a[name]) == list(b[name]), name
        for name in ("score", "value", "geometric", "topsis"):
            close(a[name], b[name], name)
    ranking, expected_ranking = live.comparison().ranking, fresh.comparison().ranking
    assert list(ranking["location"]) == list(expected_ranking["location"])
    close(ranking["score"], expected_ranking["score"])
    for location in {project.locations[0], project.locations[-1], fresh.ranked()["location"][0]}:
        rows, expected_rows = live.rows(location), fresh.rows(location)
        for name in ("location", "market", "product", "mode"):
            assert list(rows[name]) == list(expected_rows[name]), name
        for name in ROW_COLUMNS:
            close(rows[name], expected_rows[name], name)
    assert live.halted_lanes() == fresh.halted_lanes()
    assert live.unknown_duty_markets() == fresh.unknown_duty_markets()
    assert live.banded_duty_markets() == fresh.banded_duty_markets()
    assert live.locations == fresh.locations


def figures(live: LiveRanking):
    c = live.criteria()
    return list(live.locations), {k: np.array(v, float) for k, v in c.items()}, live.ranked()["score"].copy()


def assert_unchanged(before, live: LiveRanking, project: Project) -> None:
    """Nothing moved: the live ranking still holds ``project`` and exactly its figures of before."""
    assert live.project == project
    locations, criteria, _ = before
    assert live.locations == locations
    for name, values in live.criteria().items():
        np.testing.assert_array_equal(values, criteria[name])


def assert_changed(before, live: LiveRanking) -> None:
    """The edit moved some figure (so a test of it would fail if apply did nothing)."""
    locations, criteria, scores = before
    now_locations, now, now_scores = figures(live)
    same = locations == now_locations and all(
        np.allclose(criteria[k], now[k], rtol=1e-6, equal_nan=True) for k in criteria) and np.allclose(
        scores, now_scores, rtol=1e-6, equal_nan=True)
    assert not same, "the edit changed no figure"


def edited(project: Project, edit) -> Project:
    new = copy.deepcopy(project)
    edit(new)
    return new


def apply_and_check(engine, live, project, edit) -> Project:
    new = edited(project, edit)
    before = figures(live)
    assert live.apply(new) is True
    assert_changed(before, live)
    assert_like_fresh(engine, live, new)
    return new


def synthetic(pack, n_locations=30, n_markets=40) -> Project:
    sites = [s for s, kind in zip(pack.column("sites", "site_id"), pack.column("sites", "kind")) if kind == "nearshore"]
    markets = [m for m in pack.column("countries", "iso2") if m not in ("AM", "BY", "MR", "PS", "IL", "TR", "GB")]
    chapters = ("870830", "841370", "540752", "940120", "392690", "150910", "854430", "620342")
    products = [Product(f"P{i}", code, 20.0 + 7 * i, 1.0 + i % 7, 0.002 * (1 + i % 5)) for i, code in enumerate(chapters)]
    rng = random.Random(3)
    volumes = {(p.name, m): float(rng.choice([0, 0, 50, 400, 3000, 25000])) for p in products for m in markets[:n_markets]}
    return Project("Synthetic", "TR-BUR", products, markets[:n_markets], volumes, sites[:n_locations])


@pytest.fixture(params=["demo", "synthetic"])
def project(request, demo, pack):
    return copy.deepcopy(demo) if request.param == "demo" else synthetic(pack)


NEW_PRODUCT = Product("Ofis koltuğu", "940130", 85.0, 14.0, 0.35, 4)
MARKET = "GB"


def test_volume_cells_and_weights(engine, project):
    live = LiveRanking(engine, project)

    def edit(p):
        for (name, market), units in list(p.volumes.items())[::3]:
            p.volumes[(name, market)] = units * 3 + 17
        p.volumes[(p.products[-1].name, p.markets[-1])] = 0.0
        p.weights = {k: (1.0 if k in ("lpi", "duty_cost") else 0.0) for k in CRITERIA}
    apply_and_check(engine, live, project, edit)


def test_many_volume_cells_are_summed_afresh(engine, pack):
    project = synthetic(pack)
    live = LiveRanking(engine, project)
    new = edited(project, lambda p: p.volumes.update({k: v + 1.0 for k, v in p.volumes.items()}))
    assert len(new.volumes) > 300
    calls = []
    assert live.apply(new, lambda done, total: calls.append(total)) is True
    assert calls[-1] == len(new.products) + 1        # one step per product, no rows taken away
    assert_like_fresh(engine, live, new)


def test_products_added_removed_and_edited(engine, project):
    live = LiveRanking(engine, project)

    def add(p):
        p.products.insert(1, NEW_PRODUCT)
        p.volumes.update({(NEW_PRODUCT.name, m): 200.0 * (i + 1) for i, m in enumerate(p.markets)})
    project = apply_and_check(engine, live, project, add)
    removed = project.products[0].name

    def remove(p):
        p.products.pop(0)
        p.volumes = {k: v for k, v in p.volumes.items() if k[0] != removed}
    project = apply_and_check(engine, live, project, remove)

    def edit(p):    # same name: a dearer, heavier product of another chapter (a new duty chapter)
        p.products[0] = Product(p.products[0].name, "620342", 400.0, 40.0, 0.2)
    project = apply_and_check(engine, live, project, edit)

    def bill(p):    # a bill of materials decides the origin per market
        p.products[1] = Product(p.products[1].name, "870830", 18.0, 2.5, 0.004,
                                bom=(BomLine("7208", "CN", 12.0), BomLine("4016", "TR", 2.0)))
    apply_and_check(engine, live, project, bill)


def test_products_reordered_and_renamed(engine, project):
    live = LiveRanking(engine, project)
    old = project.products[0].name

    def rename(p):
        p.products[0] = Product("Yeni ad", *[getattr(p.products[0], f) for f in
                                             ("hs_code", "unit_value_eur", "unit_weight_kg", "unit_volume_m3")])
        p.volumes = {("Yeni ad" if k == old else k, m): v * 2 for (k, m), v in p.volumes.items()}
        p.products.reverse()
    apply_and_check(engine, live, project, rename)


def test_markets_added_and_removed(engine, project):
    live = LiveRanking(engine, project)

    def add(p):     # in the middle, and one halted (Israel from Türkiye) and one without a citable duty
        p.markets[1:1] = [MARKET, "IL", "AM"]
        p.volumes.update({(prod.name, m): 700.0 for prod in p.products for m in (MARKET, "IL", "AM")})
    project = apply_and_check(engine, live, project, add)
    assert "AM" in live.unknown_duty_markets() and ("TR-BUR", "IL") in live.halted_lanes()
    gone = project.markets[0]

    def remove(p):
        p.markets.remove(gone)
        p.volumes = {k: v for k, v in p.volumes.items() if k[1] != gone}
    project = apply_and_check(engine, live, project, remove)

    def shuffle(p):  # a new order of markets and a volume cell
        p.markets.reverse()
        p.volumes[(p.products[0].name, "IL")] = 0.0
    apply_and_check(engine, live, project, shuffle)


def test_origin_site_changed(engine, project):
    live = LiveRanking(engine, project)
    project = apply_and_check(engine, live, project, lambda p: setattr(p, "origin_site", "TR-IST"))
    assert live.locations[0] == "TR-IST" and "TR-BUR" not in live.locations

    def to_a_candidate(p):   # the old hub becomes a candidate; a candidate hub becomes the origin
        p.candidates = [*p.candidates, "TR-BUR", "TR-IZM"]
        p.origin_site = "TR-IZM"
    apply_and_check(engine, live, project, to_a_candidate)
    assert live.locations[0] == "TR-IZM" and live.locations.count("TR-IZM") == 1


def test_candidates_added_and_removed_with_other_edits(engine, pack, project):
    live = LiveRanking(engine, project)
    outside = [s for s in pack.column("sites", "site_id") if s not in project.locations][-2:]

    def edit(p):
        p.candidates = [*p.candidates[2:], *outside]
        p.products.append(NEW_PRODUCT)
        p.volumes[(NEW_PRODUCT.name, p.markets[0])] = 900.0
        p.markets.append(MARKET)
        p.volumes[(p.products[0].name, MARKET)] = 1200.0
        p.ranking = type(p.ranking)(method="topsis")
    apply_and_check(engine, live, project, edit)


@pytest.mark.parametrize("edit", [
    lambda p: p.overrides.append(Override("freight/road_ftl/rate_per_km", 2.5)),
    lambda p: setattr(p, "route_scenario", RouteScenario(sea_closure="suez")),
    lambda p: setattr(p, "max_transit_days", 4.0),
    lambda p: setattr(p, "forced_mode", "road_ftl"),
], ids=["override", "route_scenario", "max_transit_days", "forced_mode"])
def test_edits_that_need_a_rebuild_change_nothing(engine, demo, edit):
    live = LiveRanking(engine, demo)
    before = figures(live)
    new = edited(demo, edit)
    new.volumes[(new.products[0].name, new.markets[0])] = 123.0      # with a volume edit too
    assert live.apply(new) is False
    assert_unchanged(before, live, demo)
    criteria = before[1]
    assert LiveRanking(engine, new).criteria()["logistics_cost"].tolist() != criteria["logistics_cost"].tolist()


def test_an_unusable_project_is_refused_and_changes_nothing(engine, demo):
    live = LiveRanking(engine, demo)
    before = live.criteria()["logistics_cost"].copy()
    new = edited(demo, lambda p: p.markets.append("ZZ"))
    with pytest.raises(ProjectError):
        live.apply(new)
    assert live.project == demo
    np.testing.assert_array_equal(live.criteria()["logistics_cost"], before)


def random_edit(rng: random.Random, p: Project, pack) -> str:
    sites = [s for s in pack.column("sites", "site_id")]
    hubs = [s for s, kind in zip(sites, pack.column("sites", "kind")) if kind == "tr_hub"]
    countries = [c for c in pack.column("countries", "iso2") if c not in p.markets]
    kind = rng.choice(["volume", "volumes", "add_product", "remove_product", "edit_product", "add_market",
                       "remove_market", "origin", "candidates", "weights"])
    if kind == "volume":
        p.volumes[(rng.choice(p.products).name, rng.choice(p.markets))] = float(rng.randint(0, 50000))
    elif kind == "volumes":
        for key in rng.sample(list(p.volumes), min(10, len(p.volumes))):
            p.volumes[key] = float(rng.randint(0, 5000))
    elif kind == "add_product":
        name = f"R{rng.randint(0, 10**6)}"
        p.products.insert(rng.randint(0, len(p.products)), Product(
            name, rng.choice(["870830", "392690", "940120", "610910"]), rng.uniform(5, 500), rng.uniform(0.2, 30),
            rng.uniform(0.001, 0.3)))
        p.volumes.update({(name, m): float(rng.randint(0, 9000)) for m in p.markets})
    elif kind == "remove_product" and len(p.products) > 1:
        gone = p.products.pop(rng.randrange(len(p.products))).name
        p.volumes = {k: v for k, v in p.volumes.items() if k[0] != gone}
    elif kind == "edit_product":
        i = rng.randrange(len(p.products))
        old = p.products[i]
        p.products[i] = Product(old.name, old.hs_code, old.unit_value_eur * rng.uniform(0.5, 2), old.unit_weight_kg,
                                old.unit_volume_m3 * rng.uniform(0.5, 2), old.units_per_pallet)
    elif kind == "add_market" and countries:
        market = rng.choice(countries)
        p.markets.insert(rng.randint(0, len(p.markets)), market)
        p.volumes.update({(prod.name, market): float(rng.randint(0, 9000)) for prod in p.products})
    elif kind == "remove_market" and len(p.markets) > 1:
        gone = p.markets.pop(rng.randrange(len(p.markets)))
        p.volumes = {k: v for k, v in p.volumes.items() if k[1] != gone}
    elif kind == "origin":
        p.origin_site = rng.choice([h for h in hubs if h != p.origin_site])
    elif kind == "candidates":
        outside = [s for s in sites if s not in p.candidates and s != p.origin_site]
        p.candidates = rng.sample(p.candidates, max(1, len(p.candidates) - 2)) + rng.sample(outside, 2)
    else:
        p.weights = {k: rng.choice([0.0, 0.5, 1.0]) for k in CRITERIA} | {"lpi": 1.0}
    if sum(p.volumes.values()) <= 0:
        p.volumes[(p.products[0].name, p.markets[0])] = 100.0
    return kind


def test_a_random_sequence_of_edits(engine, pack):
    rng = random.Random(20261127)
    project = synthetic(pack, 12, 15)
    live = LiveRanking(engine, project)
    kinds = []
    for _ in range(20):
        new = copy.deepcopy(project)
        kinds.append(random_edit(rng, new, pack))
        assert live.apply(new) is True
        assert_like_fresh(engine, live, new)
        project = new
    assert len(set(kinds)) >= 8, kinds


def test_progress_is_reported_in_order(engine, demo):
    calls = []
    LiveRanking(engine, demo, lambda done, total: calls.append((done, total)))
    n = len(demo.products) + 1
    assert calls == [(i, n) for i in range(1, n + 1)]
    live = LiveRanking(engine, demo)
    calls.clear()
    new = edited(demo, lambda p: p.volumes.update({(p.products[0].name, p.markets[0]): 5.0}))
    assert live.apply(new, lambda done, total: calls.append((done, total)))
    total = calls[0][1]
    assert total == 3 and calls == [(i, total) for i in range(1, total + 1)]   # lanes, one product out and in


def test_cancelling_stops_the_build(engine, demo):
    seen = []

    def progress(done, total):
        seen.append(done)
        if done == 2:
            raise Cancelled
    with pytest.raises(Cancelled):
        LiveRanking(engine, demo, progress)
    assert seen == [1, 2]
    assert not issubclass(Cancelled, KokError)       # the window does not report it as a project error


def test_cancelling_an_apply_leaves_the_live_ranking_as_it_was(engine, demo):
    live = LiveRanking(engine, demo)
    before = figures(live)
    new = edited(demo, lambda p: (p.products.append(NEW_PRODUCT), p.markets.append(MARKET),
                                  p.volumes.update({(NEW_PRODUCT.name, MARKET): 500.0}),
                                  setattr(p, "origin_site", "TR-IST")))

    def stop(done, total):
        if done == total - 1:
            raise Cancelled
    with pytest.raises(Cancelled):
        live.apply(new, stop)
    assert_unchanged(before, live, demo)
    assert_like_fresh(engine, live, demo)
    assert live.apply(new) is True
    assert_like_fresh(engine, live, new)


def test_a_comparison_made_before_an_apply_keeps_its_rows(engine, demo):
    live = LiveRanking(engine, demo)
    before = live.comparison()
    product = demo.products[0].name
    rows = before.lane_rows(["market", "product", "annual_units"], location="RS-BEG")
    new = edited(demo, lambda p: (p.products.pop(0), p.markets.append(MARKET),
                                  p.volumes.update({(p.products[0].name, MARKET): 10.0}),
                                  p.volumes.pop((product, p.markets[0]), None)))
    new.volumes = {k: v for k, v in new.volumes.items() if k[0] != product}
    assert live.apply(new)
    assert before.lane_rows(["market", "product", "annual_units"], location="RS-BEG") == rows
    assert before.halted_lanes() == LiveRanking(engine, demo).halted_lanes()
    after = live.comparison().lane_rows(["market", "product"], location="RS-BEG")
    assert {r["product"] for r in after} != {r["product"] for r in rows} and MARKET in {r["market"] for r in after}


def test_applying_to_a_shallow_copy_leaves_the_original_as_it_was(engine, demo):
    """What a worker thread does: apply to copy.copy(live) while the window reads live."""
    live = LiveRanking(engine, demo)
    live.halted_lanes()                       # the cached per-lane access facts exist
    before = figures(live)
    new = edited(demo, lambda p: (p.products.append(NEW_PRODUCT), p.markets.append(MARKET),
                                  p.volumes.update({(NEW_PRODUCT.name, MARKET): 500.0,
                                                    (p.products[0].name, p.markets[0]): 1.0}),
                                  setattr(p, "origin_site", "TR-IST")))
    worker = copy.copy(live)
    assert worker.apply(new) is True
    assert_like_fresh(engine, worker, new)
    assert_unchanged(before, live, demo)
    assert_like_fresh(engine, live, demo)
