"""Weights from pairwise comparisons (Saaty's Analytic Hierarchy Process) and named presets.

A chamber workshop agrees "cost matters 3 times as much as transit time" pair by pair; the
weights are the principal eigenvector of the reciprocal comparison matrix, and the consistency
ratio CR = CI / RI (CI = (λmax − n) / (n − 1), RI Saaty's random index) says whether the
judgements hang together: above 0.10 they should be revisited (Saaty 1980; checked against
Saaty 2008, Int. J. Services Sciences 1(1) 83-98, "which drink is consumed more in the U.S.").
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kokapp.core.factors import FACTOR_NAMES

# Saaty's random consistency index by matrix size (Saaty 1980; Table 2 of the sources above)
RANDOM_INDEX = (0.0, 0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49)
ACCEPTABLE_CR = 0.10
SCALE = (1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9)

# Named weight sets a workshop can start from (Kök's own: a starting point, not a finding)
PRESETS = {
    "balanced": {"logistics_cost": 0.25, "duty_cost": 0.20, "distance": 0.05, "transit_time": 0.10,
                 "duty_free_share": 0.15, "lpi": 0.10, "labour_cost": 0.10, "tax": 0.05},
    "cost_first": {"logistics_cost": 0.35, "duty_cost": 0.30, "distance": 0.0, "transit_time": 0.05,
                   "duty_free_share": 0.05, "lpi": 0.05, "labour_cost": 0.15, "tax": 0.05},
    "speed_first": {"logistics_cost": 0.15, "duty_cost": 0.10, "distance": 0.10, "transit_time": 0.40,
                    "duty_free_share": 0.05, "lpi": 0.15, "labour_cost": 0.05, "tax": 0.0},
    "access_first": {"logistics_cost": 0.15, "duty_cost": 0.30, "distance": 0.0, "transit_time": 0.05,
                     "duty_free_share": 0.35, "lpi": 0.05, "labour_cost": 0.05, "tax": 0.05},
}
for _weights in PRESETS.values():            # the optional country criteria are the user's to add
    _weights.update({name: 0.0 for name in FACTOR_NAMES})


class PairwiseError(ValueError):
    pass


@dataclass(frozen=True)
class AhpResult:
    weights: dict[str, float]
    lambda_max: float
    consistency_index: float
    consistency_ratio: float | None      # None for 1 or 2 items (always consistent)

    @property
    def consistent(self) -> bool:
        return self.consistency_ratio is None or self.consistency_ratio <= ACCEPTABLE_CR


def matrix_from(items: list[str], judgements: dict[tuple[str, str], float]) -> np.ndarray:
    """The reciprocal matrix of ``judgements`` ((a, b): how many times a matters more than b);
    a pair not given counts as equal (1)."""
    index = {item: i for i, item in enumerate(items)}
    a = np.ones((len(items), len(items)))
    for (x, y), value in judgements.items():
        if x not in index or y not in index or x == y:
            raise PairwiseError(f"not a pair of two different criteria: {x}, {y}")
        if not (isinstance(value, (int, float)) and 1 / 9 - 1e-9 <= value <= 9 + 1e-9):
            raise PairwiseError(f"{x} vs {y}: a judgement is from 1/9 to 9, not {value!r}")
        a[index[x], index[y]], a[index[y], index[x]] = value, 1 / value
    return a


def ahp(items: list[str], judgements: dict[tuple[str, str], float]) -> AhpResult:
    a = matrix_from(items, judgements)
    n = len(items)
    values, vectors = np.linalg.eig(a)
    k = int(np.argmax(values.real))
    vector = np.abs(vectors[:, k].real)
    weights = vector / vector.sum()
    lam = float(values[k].real)
    ci = (lam - n) / (n - 1) if n > 1 else 0.0
    cr = ci / RANDOM_INDEX[n] if n < len(RANDOM_INDEX) and RANDOM_INDEX[n] > 0 else None
    return AhpResult(dict(zip(items, map(float, weights))), lam, ci, cr)
