"""The user's ranking rules (scoring method, missing-figure rule, knock-out thresholds) and their
check: plain data, without numpy, so the project side of the window loads before the engine."""

from __future__ import annotations

from dataclasses import dataclass

METHODS = ("value", "geometric", "topsis")
MISSING_RULES = ("spread", "worst")
KNOCKOUTS = {"max_transit_days": ("transit_time", "max"), "min_duty_free_share": ("duty_free_share", "min"),
             "min_lpi": ("lpi", "min")}


@dataclass(frozen=True)
class RankingRules:
    method: str = "value"
    missing: str = "spread"
    max_transit_days: float | None = None        # knock-outs: a location failing one is excluded
    min_duty_free_share: float | None = None     # 0-1
    min_lpi: float | None = None                 # 1-5

    def thresholds(self) -> dict[str, float]:
        return {name: getattr(self, name) for name in KNOCKOUTS if getattr(self, name) is not None}


def validate_rules(rules: RankingRules) -> list[tuple[str, str, object]]:
    """Problems as (field, message, value); empty when the rules are usable."""
    problems = []
    if rules.method not in METHODS:
        problems.append(("ranking.method", f"must be one of: {', '.join(METHODS)}", rules.method))
    if rules.missing not in MISSING_RULES:
        problems.append(("ranking.missing", f"must be one of: {', '.join(MISSING_RULES)}", rules.missing))
    limits = {"max_transit_days": (0.0, 365.0), "min_duty_free_share": (0.0, 1.0), "min_lpi": (1.0, 5.0)}
    for name, (low, high) in limits.items():
        value = getattr(rules, name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))
                                  or not low <= value <= high):
            problems.append((f"ranking.{name}", f"must be a number from {low:g} to {high:g}", value))
    return problems
