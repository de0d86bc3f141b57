"""Fixed-scale scores, the three methods, the missing-figure rules and knock-outs: by hand, and
the property that unticking a location never reorders the others."""

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kokapp.core.project import CRITERIA
from kokapp.core.ranked import BENEFIT_VECTOR, rank_locations
from kokapp.core.scoring import RankingRules, combine, knockouts, scaled, scales, topsis, validate_rules

RANGES = {"labour_cost": 1000.0, "tax": 40.0, "labour_cost_mfg": 40.0, "energy_price": 0.30}
#                   logistics  duty  distance transit dutyfree lpi  wage   tax | €/h  €/kWh  WGI  proximity customs time
BASELINE = np.array([100_000, 20_000, 2_000,  10.0,   0.5,     3.0, 500.0, 25.0, 20.0, 0.15,  0.0,  0.5,      3.0,    3.0])
NEAR = np.array([60_000,       0,     1_000,   5.0,   1.0,     4.0, 250.0, 10.0, 10.0, 0.075, 1.25, 0.75,     4.0,    4.0])


def test_fixed_scales_by_hand():
    """Money: 1 at zero, 0 at twice the baseline's landed cost (2 x 120,000 = 240,000); distance
    and transit: 0 at twice the baseline's; LPI on 1-5; wage and tax on 0 to the bundled maximum.
    NEAR: logistics 1 - 60,000/240,000 = 0.75; duty 1; distance 1 - 1,000/4,000 = 0.75; transit
    1 - 5/20 = 0.75; duty-free 1.0; LPI (4-1)/4 = 0.75; wage 1 - 250/1,000 = 0.75; tax 1 - 10/40 = 0.75.
    The baseline scores 0.5 on the relative scales it anchors (money: 100,000/240,000 -> 0.583).
    Optional criteria: labour cost 1 - 10/40 = 0.75, electricity 1 - 0.075/0.30 = 0.75, governance
    (1.25 + 2.5)/5 = 0.75 on WGI's -2.5..+2.5, proximity 0.75, LPI components (4-1)/4 = 0.75."""
    bounds = scales(CRITERIA, BASELINE, RANGES)
    s = scaled(np.vstack([BASELINE, NEAR]), CRITERIA, bounds)
    assert s[1] == pytest.approx([0.75, 1.0, 0.75, 0.75, 1.0, 0.75, 0.75, 0.75] + [0.75] * 6)
    assert s[0] == pytest.approx([1 - 100_000 / 240_000, 1 - 20_000 / 240_000, 0.5, 0.5, 0.5, 0.5, 0.5, 0.375]
                                 + [0.5] * 6)


def test_value_and_geometric_by_hand():
    """Two criteria weighted 3:1, scores (0.8, 0.2): value 0.75 x 0.8 + 0.25 x 0.2 = 0.65;
    geometric 0.8^0.75 x 0.2^0.25 = 0.5657. A zero on a weighted criterion sinks the geometric
    mean (non-compensatory) but not the sum."""
    s = np.array([[0.8, 0.2], [1.0, 0.0]])
    w = np.array([3.0, 1.0])
    assert combine(s, w, "value", "spread") == pytest.approx([0.65, 0.75])
    assert combine(s, w, "geometric", "spread") == pytest.approx([0.8 ** 0.75 * 0.2 ** 0.25, 0.0])


def test_a_missing_figure_spreads_its_weight_or_takes_the_worst_of_the_others():
    """Location B has no figure for the second criterion. spread: its score is its first
    criterion's, 0.6 (all the weight there). worst: it takes the worst other score, 0.3:
    0.5 x 0.6 + 0.5 x 0.3 = 0.45. Nothing is averaged."""
    s = np.array([[0.9, 0.3], [0.6, np.nan], [0.4, 0.5]])
    w = np.array([1.0, 1.0])
    assert combine(s, w, "value", "spread") == pytest.approx([0.6, 0.6, 0.45])
    assert combine(s, w, "value", "worst") == pytest.approx([0.6, 0.45, 0.45])


def test_topsis_leaves_a_missing_figure_out_of_that_locations_distances():
    m = np.array([[1.0, 5.0], [2.0, np.nan], [3.0, 1.0]])
    with_gap = topsis(m, np.array([1.0, 1.0]), np.array([False, True]), "spread")
    # B is judged on cost alone, with all the weight there: exactly halfway between 1 and 3
    assert with_gap[1] == pytest.approx(0.5)
    worst = topsis(m, np.array([1.0, 1.0]), np.array([False, True]), "worst")
    full = topsis(np.array([[1.0, 5.0], [2.0, 1.0], [3.0, 1.0]]), np.array([1.0, 1.0]), np.array([False, True]), "spread")
    assert worst == pytest.approx(full)


def test_knockouts_name_the_rule_the_value_and_the_threshold():
    matrix = np.vstack([BASELINE, NEAR, np.array([1.0, 1.0, 1.0, 6.0, 0.8, np.nan, 1.0, 1.0] + [1.0] * 6)])
    rules = RankingRules(max_transit_days=5.5, min_duty_free_share=0.9, min_lpi=3.5)
    found = knockouts(matrix, CRITERIA, rules)
    assert [(k.rule, k.value, k.threshold) for k in found[0]] == [
        ("max_transit_days", 10.0, 5.5), ("min_duty_free_share", 0.5, 0.9), ("min_lpi", 3.0, 3.5)]
    assert found[1] == []
    third = {k.rule: k for k in found[2]}
    assert third["max_transit_days"].checked and third["min_duty_free_share"].checked
    assert not third["min_lpi"].checked                  # no LPI figure: not checked, never passed silently


def test_a_knocked_out_location_ranks_after_the_others_whatever_its_score():
    matrix = np.vstack([BASELINE, NEAR, BASELINE * np.array([1, 1, 1, 0.4, 1, 1, 1, 1] + [1] * 6)])
    weights = {c: 1.0 for c in CRITERIA}
    ranked = rank_locations(matrix, ["TR", "NEAR", "FAST"], weights, np.zeros(3),
                            RankingRules(max_transit_days=4.5), RANGES)
    # NEAR (5 days) is out; the baseline TR (10 days) is the yardstick, never knocked out
    assert list(ranked["location"]) == ["FAST", "TR", "NEAR"]
    assert list(ranked["excluded"]) == [False, False, True] and ranked["knockouts"][1] == ()
    assert ranked["score"][0] < ranked["score"][2]                  # FAST leads NEAR on rules, not on score


def test_bad_rules_are_refused():
    assert validate_rules(RankingRules()) == []
    problems = validate_rules(RankingRules(method="ahp", missing="mean", min_lpi=6.0))
    assert [p[0] for p in problems] == ["ranking.method", "ranking.missing", "ranking.min_lpi"]


SITES = ["RS-BEG", "RS-NIS", "MK-SKP", "AL-DRZ", "BA-SJJ", "BG-PDV", "RO-TSR", "GR-SKG", "HU-BUD", "GE-TBS",
         "MD-KIV", "MA-TNG", "TN-TUN", "EG-ALY", "JO-AMM", "IQ-EBL", "AE-JEA", "KZ-ALA"]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(candidates=st.lists(st.sampled_from(SITES), min_size=3, max_size=7, unique=True),
       weights=st.lists(st.floats(0.0, 1.0), min_size=len(CRITERIA), max_size=len(CRITERIA)).filter(
           lambda w: sum(w) > 0.05),
       method=st.sampled_from(["value", "geometric"]), data=st.data())
def test_unticking_a_location_never_reorders_the_others(engine, demo, candidates, weights, method, data):
    """For random projects (candidates, weights, method): removing any location but the leader
    keeps the order of the rest, with the scores unchanged."""
    project = replace(demo, candidates=candidates, weights=dict(zip(CRITERIA, weights)),
                      ranking=RankingRules(method=method))
    full = engine.compare(project)
    order = [loc for loc in full.ranked_locations]
    removed = data.draw(st.sampled_from([loc for loc in candidates if loc != full.leader]))
    smaller = engine.compare(replace(project, candidates=[c for c in candidates if c != removed]))
    assert smaller.ranked_locations == [loc for loc in order if loc != removed]
    before = dict(zip(full.ranked["location"], full.ranked["score"]))
    assert dict(zip(smaller.ranked["location"], smaller.ranked["score"])) == {
        loc: pytest.approx(before[loc]) for loc in smaller.ranked_locations}


def test_topsis_can_reorder_when_a_location_is_unticked(engine, demo):
    """Why TOPSIS is not the default: the demo's closeness scores depend on who else is compared.
    Removing the location with the dearest logistics moves the anti-ideal point of a weighted
    criterion, so the other scores change."""
    project = replace(demo, ranking=RankingRules(method="topsis"))
    full = engine.compare(project)
    cost = dict(zip(full.locations, full.criteria_columns["logistics_cost"]))
    last = max((loc for loc in full.locations if loc != demo.origin_site), key=cost.get)
    smaller = engine.compare(replace(project, candidates=[c for c in project.candidates if c != last]))
    before = dict(zip(full.ranked["location"], full.ranked["score"]))
    after = dict(zip(smaller.ranked["location"], smaller.ranked["score"]))
    assert any(abs(before[loc] - after[loc]) > 1e-6 for loc in after)
    value = engine.compare(demo)
    value_smaller = engine.compare(replace(demo, candidates=[c for c in demo.candidates if c != last]))
    assert dict(zip(value_smaller.ranked["location"], value_smaller.ranked["score"])) == {
        loc: pytest.approx(s) for loc, s in zip(value.ranked["location"], value.ranked["score"]) if loc != last}
    assert BENEFIT_VECTOR.dtype == bool
