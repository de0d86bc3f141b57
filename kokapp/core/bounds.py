"""Bounds on a number a user types (a figure of their own, a feasibility assumption).

The core says what is wrong as a code; the GUI turns the code into a translated sentence.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

LIMIT = 1e12  # the project file refuses larger numbers: a form refuses them too


@dataclass(frozen=True)
class Bounds:
    """``minimum`` (inclusive, or exclusive when ``above_minimum``) and ``maximum`` (inclusive);
    ``whole``: a whole number only."""

    minimum: float | None = None
    maximum: float | None = None
    above_minimum: bool = False
    whole: bool = False

    def problem(self, value: float | None) -> str | None:
        """None when the value is acceptable, otherwise a code: ``not_a_number``, ``not_whole``,
        ``too_large`` or ``out_of_range`` (see :meth:`rule` for which range)."""
        if value is None or isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            return "not_a_number"
        if abs(value) > LIMIT:
            return "too_large"
        if self.whole and value != int(value):
            return "not_whole"
        low_ok = self.minimum is None or (value > self.minimum if self.above_minimum else value >= self.minimum)
        high_ok = self.maximum is None or value <= self.maximum
        return None if low_ok and high_ok else "out_of_range"

    @property
    def rule(self) -> str:
        """Which sentence describes the range: ``between`` (minimum to maximum), ``above``
        (greater than minimum), ``at_least`` (minimum or more), ``at_most`` or ``any``."""
        if self.minimum is not None and self.maximum is not None:
            return "above_up_to" if self.above_minimum else "between"
        if self.minimum is not None:
            return "above" if self.above_minimum else "at_least"
        return "at_most" if self.maximum is not None else "any"


POSITIVE = Bounds(0.0, above_minimum=True)
NOT_NEGATIVE = Bounds(0.0)
PERCENT = Bounds(0.0, 100.0)
SHARE = Bounds(0.0, 1.0)
