"""Money first: yearly landed cost against the Türkiye baseline, the best set-up per location,
and the verdict sentence's cases."""

from dataclasses import replace

import pytest

from kokapp.core.money import money_view, verdict_phrase
from kokapp.core.project import Override
from kokapp.core.scoring import RankingRules
from kokapp.core.setup_options import DEFAULT_OPTIONS


def test_landed_costs_and_deltas_add_up_from_the_lane_rows(engine, demo):
    """Each location's yearly landed cost is the sum over its lanes of logistics (freight,
    clearance, insurance, goods-in-transit capital) and duty; the delta is against Bursa's."""
    c = engine.compare(demo)
    view = money_view(engine, c)
    lanes = c.lanes
    landed = (lanes["annual_logistics"] + lanes["annual_duty"]).groupby(lanes["location"]).sum()
    assert view.rows[0].location == "TR-BUR" and view.rows[0].delta_eur == 0
    for row in view.rows:
        assert row.landed_eur == pytest.approx(landed[row.location])
        assert row.logistics_eur + row.duty_eur == pytest.approx(row.landed_eur)
        assert row.delta_eur == pytest.approx(landed[row.location] - landed["TR-BUR"])
        assert row.delta_pct == pytest.approx(row.delta_eur / landed["TR-BUR"])
    others = [r.landed_eur for r in view.rows[1:]]
    assert others == sorted(others)                           # cheapest first after the baseline


def test_undecided_while_the_cheapest_locations_wage_is_unknown(engine, demo):
    """Selling into Azerbaijan, Tbilisi lowers the yearly cost most, but Georgia has no effective
    minimum wage: no set-up there can be costed, so Kök says so instead of recommending or
    dismissing it; entering a wage turns it into an answer."""
    project = replace(demo, markets=["AZ"], volumes={(p.name, "AZ"): 10_000.0 for p in demo.products})
    view = money_view(engine, engine.compare(project))
    key, values = verdict_phrase(view, 5)
    assert key == "undecided" and values["location"] == "GE-TBS"
    assert values["problems"] == [("wage/GE", "no statutory minimum wage bundled: enter your figure")]
    tbilisi = view.row("GE-TBS")
    assert tbilisi.best_setup is None and {k for k, _, _ in tbilisi.setup_problems} >= {"logistics_hub", "assembly"}
    project.overrides.append(Override("wage/GE", 300.0, "test"))
    assert verdict_phrase(money_view(engine, engine.compare(project)), 5)[0] in ("keep_cheaper", "pays")


def test_the_demo_keeps_exporting_from_bursa(engine, demo):
    """Tangier lowers the yearly cost most if the goods were made there (GAFTA duty-free into
    Iraq), but neither a hub nor an assembly line there pays back within 5 years."""
    view = money_view(engine, engine.compare(demo))
    key, values = verdict_phrase(view, 5)
    assert key == "keep_cheaper" and values["location"] == "MA-TNG"
    assert view.row("MA-TNG").best_setup.npv_eur < 0


def test_with_every_figure_known_and_no_set_up_paying_the_verdict_is_keep_exporting(engine, demo):
    demo.overrides += [Override("wage/GE", 300.0, "test")]
    view = money_view(engine, engine.compare(demo))
    key, values = verdict_phrase(view, 5)
    assert key == "keep_cheaper" and values["location"] == "MA-TNG"
    assert view.pays is None
    assert all(r.best_setup.npv_eur <= 0 for r in view.rows[1:])
    assert values["saving"] == pytest.approx(-view.row("MA-TNG").delta_eur)


def test_a_set_up_that_pays_leads_the_verdict(engine, demo):
    """The user's own set-up: an Alexandria sales office selling into every target market earns
    5 % extra sales at a 20 % margin: it pays, and the verdict says when."""
    demo.setup_options["EG-ALY"] = replace(DEFAULT_OPTIONS["sales_office"], served_markets=tuple(demo.markets))
    view = money_view(engine, engine.compare(demo))
    key, values = verdict_phrase(view, 5)
    assert key == "pays" and values["location"] == "EG-ALY" and values["kind"] == "sales_office"
    setup = view.row("EG-ALY").best_setup
    assert setup.chosen_by_user and setup.npv_eur > 0 and 0 < setup.payback_years < 5
    assert values["npv"] == setup.npv_eur


def test_a_knocked_out_location_is_never_the_cheapest_recommended(engine, demo):
    """Transit at most 11 days: Tangier (11.9) and Alexandria (13.3) are out; the cheapest
    remaining location leads the cost verdict."""
    c = engine.compare(replace(demo, ranking=RankingRules(max_transit_days=11.0)))
    view = money_view(engine, c)
    assert {"MA-TNG", "EG-ALY"} <= set(c.knockouts())
    assert view.costs.best not in ("MA-TNG", "EG-ALY")
    allowed = [r for r in view.rows if not r.excluded and r.unserved_share == 0]
    assert view.costs.best == min(allowed, key=lambda r: r.landed_eur).location


def test_a_sales_office_selling_into_no_target_market_is_never_the_best_set_up(engine, demo):
    """In the demo no candidate's own country is a target market: a sales office there could
    earn nothing, so the best set-up shown is a hub or an assembly line (the real question)."""
    view = money_view(engine, engine.compare(demo))
    kinds = {r.location: r.best_setup.kind for r in view.rows if r.best_setup is not None}
    assert kinds and "sales_office" not in kinds.values()
    demo.setup_options["RS-BEG"] = replace(DEFAULT_OPTIONS["sales_office"], served_markets=("DE",))
    assert money_view(engine, engine.compare(demo)).row("RS-BEG").best_setup.kind == "sales_office"   # yours


def test_the_verdict_counts_what_the_thresholds_left_out_and_never_the_baseline(engine, demo):
    """LPI at least 3.3: only Bursa (3.4, the yardstick) and no candidate passes; the verdict
    says how many locations were left out instead of claiming none is cheaper."""
    c = engine.compare(replace(demo, ranking=RankingRules(min_lpi=3.3, max_transit_days=5.0)))
    view = money_view(engine, c)
    assert "TR-BUR" not in c.knockouts() and view.row("TR-BUR").excluded is False
    key, values = verdict_phrase(view, 5)
    assert key == "keep" and values["excluded"] == len(demo.candidates)


def test_an_unknown_hub_cost_leaves_the_verdict_undecided(engine, demo):
    """Armenia has no citable MFN tariff: with volume there, the hub's own yearly cost is unknown,
    so no location compares with it — 'unknown', never 'keep exporting'."""
    from dataclasses import replace

    from kokapp.core.money import money_view, verdict_phrase

    project = replace(demo, markets=[*demo.markets, "AM"],
                      volumes=demo.volumes | {(p.name, "AM"): 100.0 for p in demo.products})
    c = engine.compare(project)
    key, values = verdict_phrase(money_view(engine, c), 5)
    assert key == "unknown" and values["origin"] == demo.origin_site
