"""TOPSIS checked by hand and against pymcdm as an independent oracle; ranks and sensitivity."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from pymcdm import normalizations
from pymcdm.methods import TOPSIS

from kokapp.core import scoring
from kokapp.core.ranking import monte_carlo, ranks, weight_thresholds
from kokapp.core.scoring import TIE_DISTANCE


def topsis(matrix, weights, benefit):
    """Kök's TOPSIS on a complete matrix (the missing-figure rule plays no part)."""
    return scoring.topsis(matrix, weights, benefit, "spread")


def value(matrix, weights, benefit):
    """The weighted sum of a matrix put on 0-1 scales by its column maxima."""
    scaled = np.where(benefit, matrix / matrix.max(axis=0), 1 - matrix / matrix.max(axis=0))
    return scoring.combine(scaled, weights, "value", "spread")


def test_topsis_by_hand():
    # One cost criterion, values 1 and 3 (vector norm sqrt(10)): v = 0.316, 0.949.
    # Ideal 0.316, anti 0.949: A has d+ = 0, d- = 0.632 -> 1.0; B -> 0.0. Middle value 2 -> 0.5.
    m = np.array([[1.0], [3.0], [2.0]])
    assert topsis(m, np.array([1.0]), np.array([False])) == pytest.approx([1.0, 0.0, 0.5])


matrices = arrays(np.float64, st.tuples(st.integers(2, 8), st.integers(1, 6)),
                  elements=st.floats(0.5, 1e6, allow_nan=False, allow_infinity=False))


@pytest.mark.filterwarnings("ignore::UserWarning", "ignore::RuntimeWarning")
@settings(max_examples=200, deadline=None)
@given(matrix=matrices, data=st.data())
def test_topsis_matches_pymcdm(matrix, data):
    n = matrix.shape[1]
    weights = np.array(data.draw(st.lists(st.floats(0.01, 1.0), min_size=n, max_size=n)))
    benefit = np.array(data.draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    ours = topsis(matrix, weights, benefit)
    oracle = TOPSIS(normalizations.vector_normalization)(matrix, weights / weights.sum(),
                                                         np.where(benefit, 1, -1))
    total = distance_sum(matrix, weights, benefit)
    # d-/(d+ + d-) carries a rounding error of about 1e-16 / (d+ + d-): compare within that bound.
    # Where the alternatives differ only by rounding (a tie), ours is 1.0 and pymcdm's is noise or NaN.
    # (at the threshold itself two computations may fall on different sides: not compared)
    tied, clear = total <= TIE_DISTANCE / 2, total >= TIE_DISTANCE * 2
    assert (ours[tied] == 1.0).all()
    bound = 1e-9 + 1e-14 / total[clear]
    assert (np.abs(ours[clear] - oracle[clear]) <= bound).all()


def distance_sum(matrix, weights, benefit):
    """d+ + d- for each alternative, computed here independently of kokapp."""
    v = matrix / np.linalg.norm(matrix, axis=0) * (weights / weights.sum())
    best = np.where(benefit, v.max(axis=0), v.min(axis=0))
    worst = np.where(benefit, v.min(axis=0), v.max(axis=0))
    return np.linalg.norm(v - best, axis=1) + np.linalg.norm(v - worst, axis=1)


def test_alternatives_equal_but_for_rounding_tie():
    """The flaky case (values 1 ULP apart): a constant column shifted by one ULP is a tie,
    never a ranking decided by round-off."""
    x = 123456.789
    m = np.array([[x, 5.0], [np.nextafter(x, np.inf), 5.0], [x, np.nextafter(5.0, 0)]])
    assert topsis(m, np.array([1.0, 2.0]), np.array([False, True])).tolist() == [1.0, 1.0, 1.0]
    assert ranks(topsis(m, np.array([1.0, 2.0]), np.array([False, True]))).tolist() == [1, 2, 3]


@settings(max_examples=100, deadline=None)
@given(matrix=matrices, data=st.data())
def test_zero_weight_criterion_never_changes_ranking(matrix, data):
    n = matrix.shape[1]
    if n < 2:
        return
    weights = np.array(data.draw(st.lists(st.floats(0.01, 1.0), min_size=n, max_size=n)))
    benefit = np.array(data.draw(st.lists(st.booleans(), min_size=n, max_size=n)))
    weights[0] = 0.0
    changed = matrix.copy()
    changed[:, 0] = data.draw(arrays(np.float64, matrix.shape[0], elements=st.floats(0.5, 1e6)))
    for method in (topsis, value):
        assert (ranks(method(matrix, weights, benefit)) == ranks(method(changed, weights, benefit))).all()


@given(st.lists(st.floats(-1e6, 1e6, allow_nan=False), min_size=1, max_size=30))
def test_ranks_are_a_permutation(scores):
    r = ranks(np.array(scores))
    assert sorted(r) == list(range(1, len(scores) + 1))


def test_bad_weights_rejected():
    with pytest.raises(ValueError):
        topsis(np.ones((2, 2)), np.array([0.0, 0.0]), np.array([True, True]))


def test_monte_carlo_is_seeded_and_sums_to_one():
    m = np.array([[1.0, 5.0], [2.0, 4.0], [3.0, 1.0]])
    w, b = np.array([0.5, 0.5]), np.array([False, True])
    a = monte_carlo(m, w, b, draws=300, seed=7, method=topsis)
    again = monte_carlo(m, w, b, draws=300, seed=7, method=topsis)
    assert a.top_share.sum() == pytest.approx(1.0)
    assert (a.top_share == again.top_share).all()


def test_weight_threshold_finds_the_switch():
    # A is cheaper (cost), B has the better score (benefit). With equal weights A leads only if
    # its cost advantage dominates; raising the benefit weight must hand the lead to B.
    m = np.array([[100.0, 2.0], [150.0, 3.0]])
    w, b = np.array([0.6, 0.4]), np.array([False, True])
    leader, thresholds = weight_thresholds(m, w, b, method=topsis)
    assert leader == 0
    _, up = thresholds[1]
    assert up is not None and up[1] == 1 and 1.0 < up[0] <= 10.0
    # just below the reported multiplier the leader is unchanged
    trial = w.copy()
    trial[1] *= up[0] * 0.97
    assert np.argmax(topsis(m, trial, b)) == 0
