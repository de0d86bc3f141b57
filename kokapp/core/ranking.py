"""Multi-criteria ranking of locations: weighted sum and TOPSIS, with sensitivity analysis.

Pure numpy over a decision matrix (alternatives x criteria). ``benefit[j]`` is True where more
is better. Missing values are replaced by the criterion's mean over the other alternatives
(a neutral value) and reported by the caller.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


def fill_missing(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Replace NaN by the column mean (0 if the whole column is missing); return the mask too."""
    missing = np.isnan(matrix)
    filled = matrix.copy()
    with np.errstate(invalid="ignore"):
        means = np.nanmean(np.where(missing.all(axis=0), 0.0, matrix), axis=0) if matrix.size else 0
    means = np.where(np.isnan(means), 0.0, means)
    filled[missing] = np.broadcast_to(means, matrix.shape)[missing]
    return filled, missing


def _normalised_weights(weights: np.ndarray) -> np.ndarray:
    weights = np.asarray(weights, float)
    total = weights.sum()
    if not np.isfinite(total) or total <= 0 or (weights < 0).any():
        raise ValueError("weights must be non-negative with a positive sum")
    return weights / total


def weighted_sum(matrix: np.ndarray, weights: np.ndarray, benefit: np.ndarray) -> np.ndarray:
    """Min-max normalised weighted sum in [0, 1]; a constant criterion scores 1 for everyone."""
    w = _normalised_weights(weights)
    lo, hi = matrix.min(axis=0), matrix.max(axis=0)
    span = np.where(hi > lo, hi - lo, 1.0)
    scaled = np.where(benefit, (matrix - lo) / span, (hi - matrix) / span)
    scaled = np.where(hi > lo, scaled, 1.0)
    return scaled @ w


TIE_DISTANCE = 1e-12   # weighted, normalised distances below this are rounding, not difference


def topsis(matrix: np.ndarray, weights: np.ndarray, benefit: np.ndarray) -> np.ndarray:
    """Closeness to the ideal solution (Hwang & Yoon), vector normalisation."""
    w = _normalised_weights(weights)
    norms = np.sqrt((matrix ** 2).sum(axis=0))
    norms = np.where(norms > 0, norms, 1.0)
    v = matrix / norms * w
    ideal = np.where(benefit, v.max(axis=0), v.min(axis=0))
    anti = np.where(benefit, v.min(axis=0), v.max(axis=0))
    d_plus = np.sqrt(((v - ideal) ** 2).sum(axis=1))
    d_minus = np.sqrt(((v - anti) ** 2).sum(axis=1))
    total = d_plus + d_minus
    # Alternatives that differ only by rounding (v lies in [0, 1]) are a tie, not a ranking:
    # d-/(d+ + d-) of two round-off errors is noise that would reorder equal locations.
    tied = total <= TIE_DISTANCE
    return np.where(tied, 1.0, d_minus / np.where(tied, 1.0, total))


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
                spread: float = 0.25, seed: int = 20261126, method=topsis) -> Stability:
    """Perturb each weight by a random factor exp(N(0, spread)) and re-rank (seeded)."""
    rng = np.random.default_rng(seed)
    w = _normalised_weights(weights)
    factors = np.exp(rng.normal(0.0, spread, size=(draws, len(w))))
    tops = np.zeros(matrix.shape[0])
    rank_sum = np.zeros(matrix.shape[0])
    for factor in factors:
        r = ranks(method(matrix, w * factor, benefit))
        tops[r == 1] += 1
        rank_sum += r
    return Stability(tops / draws, rank_sum / draws, draws, seed)


def weight_thresholds(matrix: np.ndarray, weights: np.ndarray, benefit: np.ndarray, *,
                      method=topsis, steps: int = 400, max_factor: float = 10.0):
    """Per criterion: the smallest multiplier of its weight (below and above 1) at which the top
    alternative changes, with the new leader; None where no change happens in [0, max_factor]."""
    w = _normalised_weights(weights)
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
