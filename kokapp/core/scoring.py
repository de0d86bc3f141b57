"""Scores that hold when a location is ticked or unticked: fixed scales, three ways to combine
them, a stated rule for missing figures, and knock-out thresholds.

Each criterion is put on a **fixed scale** from 1 (best) to 0 (worst) that does not depend on
which other locations are compared, so adding or removing one never reorders the rest:

- money (logistics, duty, EUR/year): 1 at zero, ½ at the Türkiye baseline's landed cost
  (logistics + duty of exporting from the origin hub), 0 at twice it;
- distance and transit time: 1 at zero, ½ at the baseline's, 0 at twice it;
- duty-free share: its own 0-1 scale; LPI: the World Bank's 1-5 scale;
- minimum wage and corporate tax: from zero to the highest figure in the bundled data;
- the optional country criteria on their own scales (:mod:`kokapp.core.factors`).

Methods: ``value`` (weighted sum of the scaled scores, the default), ``geometric`` (weighted
geometric mean: non-compensatory, a location at the bottom of one scale cannot buy it back
elsewhere, as BDO's location compass does) and ``topsis`` (closeness to the best and worst of
the locations compared: relative, so unticking a location can reorder the others).

A missing figure (no LPI, no minimum wage…) is never replaced silently: rule ``spread`` puts
that criterion's weight on the location's other criteria; rule ``worst`` gives it the worst
score among the other locations (which makes the result depend on them).
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import numpy as np

from kokapp.core.factors import FACTORS, bundled_maximum
from kokapp.core.ranking import normalised_weights
from kokapp.core.ranking_rules import KNOCKOUTS, METHODS, MISSING_RULES, RankingRules, validate_rules  # noqa: F401

RELATIVE = ("logistics_cost", "duty_cost", "distance", "transit_time")   # scaled on the baseline
TIE_DISTANCE = 1e-12   # weighted, normalised distances below this are rounding, not difference


@dataclass(frozen=True)
class Knockout:
    rule: str            # a KNOCKOUTS key
    value: float         # the location's figure (NaN: no figure, so the rule could not be checked)
    threshold: float

    @property
    def checked(self) -> bool:
        return not math.isnan(self.value)


def bundled_ranges(pack) -> dict[str, float]:
    """The highest minimum wage (EUR/month), corporate tax rate (%) and money-like optional
    country figure (labour cost per hour, electricity price) in the bundled data."""
    def make():
        out = {}
        for criterion, column in (("labour_cost", "min_wage_eur_month"), ("tax", "cit_rate_pct")):
            values = [float(v) for v in pack.column("operating", column) if v not in ("", None) and v == v]
            out[criterion] = max(values) if values else float("nan")
        out.update({f.name: bundled_maximum(pack, f.name) for f in FACTORS if f.scale is None})
        return out
    return pack.derived("scoring_ranges", make)


def scales(criteria: tuple[str, ...], baseline: np.ndarray, ranges: dict[str, float]) -> dict[str, tuple[float, float]]:
    """(best, worst) of each criterion's fixed scale; ``baseline`` is the origin hub's row."""
    row = dict(zip(criteria, baseline))
    money = row["logistics_cost"] + (row["duty_cost"] if np.isfinite(row["duty_cost"]) else 0.0)
    out = {"duty_free_share": (1.0, 0.0), "lpi": (5.0, 1.0),
           "labour_cost": (0.0, ranges["labour_cost"]), "tax": (0.0, ranges["tax"]),
           **{f.name: f.scale or (0.0, ranges[f.name]) for f in FACTORS}}
    for name in RELATIVE:
        anchor = money if name in ("logistics_cost", "duty_cost") else row[name]
        out[name] = (0.0, 2 * anchor) if np.isfinite(anchor) and anchor > 0 else (0.0, float("nan"))
    return {name: out[name] for name in criteria}


def scaled(matrix: np.ndarray, criteria: tuple[str, ...], bounds: dict[str, tuple[float, float]]) -> np.ndarray:
    """Each value on its criterion's scale, 1 best to 0 worst (clipped); NaN stays NaN (and a
    criterion without a usable scale is NaN for everyone)."""
    best = np.array([bounds[c][0] for c in criteria])
    worst = np.array([bounds[c][1] for c in criteria])
    with np.errstate(invalid="ignore", divide="ignore"):
        s = (worst - matrix) / (worst - best)
    return np.where(np.isnan(matrix), np.nan, np.clip(s, 0.0, 1.0))


def _row_weights(present: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Weights per location over the criteria it has a figure for, summing to 1 (0 where none)."""
    w = np.where(present, weights, 0.0)
    total = w.sum(axis=1, keepdims=True)
    return np.divide(w, total, out=np.zeros_like(w), where=total > 0)


def _worst_of_others(values: np.ndarray, lower_is_worse: np.ndarray) -> np.ndarray:
    """Missing values replaced by the worst value of the other locations; a criterion nobody
    has a figure for stays NaN."""
    out = values.copy()
    for j in range(values.shape[1]):
        column = values[:, j]
        known = column[~np.isnan(column)]
        if known.size:
            out[np.isnan(column), j] = known.min() if lower_is_worse[j] else known.max()
    return out


def combine(s: np.ndarray, weights: np.ndarray, method: str, missing: str) -> np.ndarray:
    """``value`` or ``geometric`` score of each location from its scaled scores ``s``."""
    if missing == "worst":
        s = _worst_of_others(s, np.ones(s.shape[1], bool))
    w = _row_weights(~np.isnan(s), normalised_weights(weights))
    s = np.nan_to_num(s, nan=0.0)
    if method == "value":
        return (s * w).sum(axis=1)
    with np.errstate(divide="ignore"):
        return np.exp((np.where(w > 0, np.log(s), 0.0) * w).sum(axis=1))   # a 0 with weight: 0


def topsis(matrix: np.ndarray, weights: np.ndarray, benefit: np.ndarray, missing: str) -> np.ndarray:
    """Closeness to the ideal of the locations compared (Hwang & Yoon, vector normalisation);
    a missing figure is left out of that location's distances (``spread``) or takes the worst
    of the others (``worst``)."""
    if missing == "worst":
        matrix = _worst_of_others(matrix, benefit)
    present = ~np.isnan(matrix)
    w = _row_weights(present, normalised_weights(weights))
    m = np.nan_to_num(matrix, nan=0.0)
    norms = np.sqrt((m ** 2).sum(axis=0))
    v = m / np.where(norms > 0, norms, 1.0)
    shown = np.where(present, v, np.nan)
    with np.errstate(invalid="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)     # a criterion nobody has a figure for: all-NaN
        best = np.where(benefit, np.nanmax(shown, axis=0), np.nanmin(shown, axis=0)) if shown.size else v[:0]
        worst = np.where(benefit, np.nanmin(shown, axis=0), np.nanmax(shown, axis=0)) if shown.size else v[:0]
    d_plus = np.sqrt(((w * np.nan_to_num(v - best)) ** 2 * present).sum(axis=1))
    d_minus = np.sqrt(((w * np.nan_to_num(v - worst)) ** 2 * present).sum(axis=1))
    total = d_plus + d_minus
    # alternatives that differ only by rounding (v lies in [0, 1]) are a tie, not a ranking:
    # d-/(d+ + d-) of two round-off errors is noise that would reorder equal locations
    tied = total <= TIE_DISTANCE
    return np.where(tied, 1.0, d_minus / np.where(tied, 1.0, total))


def knockouts(matrix: np.ndarray, criteria: tuple[str, ...], rules: RankingRules) -> list[list[Knockout]]:
    """Per location, the thresholds it fails (value known) or could not be checked on (no figure)."""
    out: list[list[Knockout]] = [[] for _ in range(matrix.shape[0])]
    for rule, threshold in rules.thresholds().items():
        criterion, kind = KNOCKOUTS[rule]
        column = matrix[:, criteria.index(criterion)]
        for i, value in enumerate(column):
            if math.isnan(value) or (value > threshold if kind == "max" else value < threshold):
                out[i].append(Knockout(rule, float(value), float(threshold)))
    return out
