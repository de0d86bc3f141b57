"""Pairwise-comparison weights (AHP) against Saaty's published example, and the presets."""

import pytest

from kokapp.core.ahp import PRESETS, PairwiseError, ahp
from kokapp.core.project import CRITERIA

# Saaty, T. L. (2008) "Decision making with the analytic hierarchy process", Int. J. Services
# Sciences 1(1), 83-98: "Which drink is consumed more in the U.S.?" — the judgements of its
# Table 3 (row over column) and the derived priorities it publishes: coffee .177, wine .019,
# tea .042, beer .116, soda .190, milk .129, water .327 (CR about 0.02).
DRINKS = ["coffee", "wine", "tea", "beer", "soda", "milk", "water"]
JUDGEMENTS = {
    ("coffee", "wine"): 9, ("coffee", "tea"): 5, ("coffee", "beer"): 2, ("coffee", "soda"): 1, ("coffee", "milk"): 1,
    ("water", "coffee"): 2, ("tea", "wine"): 3, ("beer", "wine"): 9, ("beer", "tea"): 3, ("beer", "milk"): 1,
    ("soda", "wine"): 9, ("soda", "tea"): 4, ("soda", "beer"): 2, ("soda", "milk"): 2, ("milk", "wine"): 9,
    ("milk", "tea"): 3, ("water", "wine"): 9, ("water", "tea"): 9, ("water", "beer"): 3, ("water", "soda"): 2,
    ("water", "milk"): 3,
}
PUBLISHED = {"coffee": 0.177, "wine": 0.019, "tea": 0.042, "beer": 0.116, "soda": 0.190, "milk": 0.129,
             "water": 0.327}


def test_saatys_drinks_example():
    result = ahp(DRINKS, JUDGEMENTS)
    assert {k: round(v, 3) for k, v in result.weights.items()} == PUBLISHED
    assert result.consistency_ratio == pytest.approx(0.022, abs=0.001)
    assert result.consistent


def test_a_consistent_matrix_gives_the_ratios_and_zero_inconsistency():
    """a = 2b = 4c: weights 4/7, 2/7, 1/7, λmax = n, CI = CR = 0."""
    result = ahp(["a", "b", "c"], {("a", "b"): 2, ("a", "c"): 4, ("b", "c"): 2})
    assert list(result.weights.values()) == pytest.approx([4 / 7, 2 / 7, 1 / 7])
    assert result.lambda_max == pytest.approx(3.0)
    assert result.consistency_ratio == pytest.approx(0.0, abs=1e-9)


def test_contradictory_judgements_are_flagged():
    """a > b, b > c, yet c > a strongly: a cycle no weights can honour (CR far above 0.10)."""
    result = ahp(["a", "b", "c"], {("a", "b"): 5, ("b", "c"): 5, ("c", "a"): 5})
    assert result.consistency_ratio > 0.10 and not result.consistent


def test_bad_judgements_are_refused():
    with pytest.raises(PairwiseError):
        ahp(["a", "b"], {("a", "b"): 12})
    with pytest.raises(PairwiseError):
        ahp(["a", "b"], {("a", "z"): 2})


def test_presets_weigh_every_criterion_and_sum_to_one():
    for name, weights in PRESETS.items():
        assert set(weights) == set(CRITERIA), name
        assert sum(weights.values()) == pytest.approx(1.0), name
