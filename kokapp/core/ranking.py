"""Ranks and the sensitivity of a ranking to its weights (Monte Carlo, weight thresholds).

Pure numpy over a decision matrix (alternatives x criteria); ``method(matrix, weights, benefit)``
gives the scores (:class:`kokapp.core.ranked.Scorer`, over :mod:`kokapp.core.scoring`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


def normalised_weights(weights: np.ndarray) -> np.ndarray:
    weights = np.asarray(weights, float)
    total = weights.sum()
    if not np.isfinite(total) or total <= 0 or (weights < 0).any():
        raise ValueError("weights must be non-negative with a positive sum")
    return weights / total


def ranks(scores: np.ndarray) -> np.ndarray:
    """1 = best; ties keep the input order (the baseline comes first)."""
    order = np.argsort(-scores, kind="stable")
    result = np.empty(len(scores), dtype=int)
    result[order] = np.arange(1, len(scores) + 1)
    return result


@dataclass(frozen=True)
class Stability:
    top_share: np.ndarray     # per alternative: share of draws in which it ranks first
    mean_rank: np.ndarray
    draws: int
    seed: int


def monte_carlo(matrix: np.ndarray, weights: np.ndarray, benefit: np.ndarray, *, draws: int = 1000,
                spread: float = 0.25, seed: int = 20261126, method) -> Stability:
    """Perturb each weight by a random factor exp(N(0, spread)) and re-rank (seeded)."""
    rng = np.random.default_rng(seed)
    w = normalised_weights(weights)
    factors = np.exp(rng.normal(0.0, spread, size=(draws, len(w))))
    tops = np.zeros(matrix.shape[0])
    rank_sum = np.zeros(matrix.shape[0])
    for factor in factors:
        r = ranks(method(matrix, w * factor, benefit))
        tops[r == 1] += 1
        rank_sum += r
    return Stability(tops / draws, rank_sum / draws, draws, seed)


def weight_thresholds(matrix: np.ndarray, weights: np.ndarray, benefit: np.ndarray, *,
                      method, steps: int = 400, max_factor: float = 10.0):
    """Per criterion: the smallest multiplier of its weight (below and above 1) at which the top
    alternative changes, with the new leader; None where no change happens in [0, max_factor]."""
    w = normalised_weights(weights)
    leader = int(np.argmax(method(matrix, w, benefit)))
    results = []
    down = np.linspace(1.0, 0.0, steps + 1)[1:]
    up = np.geomspace(1.0, max_factor, steps + 1)[1:]
    for j in range(len(w)):
        if w[j] == 0:
            results.append((None, None))  # a zero weight scaled stays zero
            continue
        found: list[tuple[float, int] | None] = []
        for grid in (down, up):
            hit = None
            for factor in grid:
                trial = w.copy()
                trial[j] = w[j] * factor
                if trial.sum() <= 0:
                    continue
                top = int(np.argmax(method(matrix, trial, benefit)))
                if top != leader:
                    hit = (float(factor), top)
                    break
            found.append(hit)
        results.append((found[0], found[1]))
    return leader, results
