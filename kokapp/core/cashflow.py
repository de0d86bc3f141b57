"""Discounted cash-flow measures over yearly flows (index 0 = today, the set-up year)."""

from __future__ import annotations

import math

import numpy as np
import numpy_financial as npf


def npv(rate_pct: float, flows) -> float:
    return float(npf.npv(rate_pct / 100.0, np.asarray(flows, float)))


def irr_pct(flows) -> float | None:
    """Internal rate of return in %, or None where it is not defined (no sign change, no root)."""
    flows = np.asarray(flows, float)
    if not ((flows < 0).any() and (flows > 0).any()):
        return None
    value = npf.irr(flows)
    return None if value is None or not math.isfinite(value) else float(value) * 100.0


def payback_years(flows) -> float | None:
    """Years until the cumulative (undiscounted) cash flow turns non-negative, interpolated
    within the year; None if it never does within the horizon."""
    cumulative = 0.0
    for year, flow in enumerate(np.asarray(flows, float)):
        previous = cumulative
        cumulative += flow
        if cumulative >= 0 and (year > 0 or flow >= 0):
            if year == 0:
                return 0.0
            return year - 1 + (-previous / flow if flow > 0 else 1.0)
    return None
