"""The ranking of a comparison: each location's score by the project's method, on fixed scales
(:mod:`kokapp.core.scoring`), with locations that are knocked out or cannot serve the whole
plan placed after every location that can.

The origin hub (the Türkiye baseline) is always the first location: the fixed scales of money,
distance and transit are anchored on it, and knock-out thresholds apply to the candidates only
(keeping exporting is the yardstick they are judged against).
"""

from __future__ import annotations

import numpy as np

from kokapp.core.factors import FACTORS
from kokapp.core.lanes import Columns
from kokapp.core.project import CRITERIA
from kokapp.core.ranking import ranks
from kokapp.core.scoring import METHODS, RankingRules, combine, knockouts, scaled, scales, topsis

BENEFIT = {"logistics_cost": False, "duty_cost": False, "distance": False, "transit_time": False,
           "duty_free_share": True, "lpi": True, "labour_cost": False, "tax": False,
           **{f.name: f.benefit for f in FACTORS}}
BENEFIT_VECTOR = np.array([BENEFIT[c] for c in CRITERIA])


def criteria_matrix(criteria: Columns) -> np.ndarray:
    """Locations x CRITERIA, in CRITERIA order (NaN: no figure)."""
    return np.column_stack([np.asarray(criteria[c], float) for c in CRITERIA])


class Scorer:
    """Scores of every location for any weights, with the rules and scales fixed (what the
    sensitivity analysis re-runs a thousand times)."""

    def __init__(self, matrix: np.ndarray, rules: RankingRules, ranges: dict[str, float]):
        self.matrix, self.rules = matrix, rules
        self.scaled = scaled(matrix, CRITERIA, scales(CRITERIA, matrix[0], ranges))

    def score(self, weights: np.ndarray, method: str) -> np.ndarray:
        if method == "topsis":
            return topsis(self.matrix, weights, BENEFIT_VECTOR, self.rules.missing)
        return combine(self.scaled, weights, method, self.rules.missing)

    def scores(self, weights: np.ndarray) -> dict[str, np.ndarray]:
        return {method: self.score(weights, method) for method in METHODS}

    def method(self, knocked: np.ndarray):
        """``method(matrix, weights, benefit)`` for :func:`kokapp.core.ranking.monte_carlo`: the
        project's score only (it runs a thousand times), knocked-out locations below every other."""
        def score(_matrix, weights, _benefit):
            return self.score(np.asarray(weights, float), self.rules.method) - 2.0 * knocked
        return score


def rank_locations(matrix: np.ndarray, locations: list[str], weights: dict[str, float],
                   unserved: np.ndarray, rules: RankingRules, ranges: dict[str, float]) -> Columns:
    """Scores and ranks, best first (ties keep project order). ``score`` is the project's method;
    ``value``, ``geometric`` and ``topsis`` are all three; ``knockouts`` lists per location the
    thresholds it fails or could not be checked on; ``excluded`` is True for a location that
    fails a threshold or cannot serve part of the plan (it ranks after the others)."""
    w = np.array([weights.get(c, 0.0) for c in CRITERIA])
    scorer = Scorer(matrix, rules, ranges)
    all_scores = scorer.scores(w)
    score = all_scores[rules.method]
    failed = knockouts(matrix, CRITERIA, rules)
    failed[0] = []                  # the Türkiye baseline is the yardstick, never knocked out
    excluded = np.array([any(k.checked for k in found) for found in failed], bool) | (np.asarray(unserved) > 0)
    rank = ranks(score)
    rank = np.argsort(np.lexsort((rank, excluded)), kind="stable") + 1
    order = np.argsort(rank, kind="stable")
    knocked = np.empty(len(locations), dtype=object)
    knocked[:] = [tuple(found) for found in failed]
    return {"location": np.array(locations, dtype=object)[order], "score": score[order],
            "value": all_scores["value"][order], "geometric": all_scores["geometric"][order],
            "topsis": all_scores["topsis"][order], "rank": rank[order], "excluded": excluded[order],
            "knockouts": knocked[order]}
