"""Why a location is out of the running, in the user's words: knock-out thresholds it fails (or
has no figure for) and volume it cannot serve; and how a missing figure is scored."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from kokapp.core.engine import Comparison
from kokapp.core.project import CRITERIA
from kokapp.core.scoring import Knockout
from kokapp.gui.criteria import criterion_names
from kokapp.gui.numbers import format_number, format_percent

translate = QCoreApplication.translate


def knockout_text(k: Knockout) -> str:
    if not k.checked:
        what = {"max_transit_days": translate("KnockoutWords", "transit time"),
                "min_duty_free_share": translate("KnockoutWords", "duty-free share"),
                "min_lpi": translate("KnockoutWords", "LPI")}[k.rule]
        return translate("KnockoutWords", "no %1 figure to check").replace("%1", what)
    if k.rule == "max_transit_days":
        return translate("KnockoutWords", "transit %1 days, above %2").replace(
            "%1", format_number(k.value, 1)).replace("%2", format_number(k.threshold, 1))
    if k.rule == "min_duty_free_share":
        return translate("KnockoutWords", "duty-free share %1, below %2").replace(
            "%1", format_percent(k.value)).replace("%2", format_percent(k.threshold))
    return translate("KnockoutWords", "LPI %1, below %2").replace(
        "%1", format_number(k.value, 2)).replace("%2", format_number(k.threshold, 2))


def knockout_lines(c: Comparison, names: dict[str, str]) -> list[str]:
    lines = []
    for loc, found in c.knockouts().items():
        lines.append(translate("KnockoutWords", "✗ %1 is excluded: %2.").replace("%1", names.get(loc, loc))
                     .replace("%2", "; ".join(knockout_text(k) for k in found)))
    for loc, found in c.knockouts(checked=False).items():
        lines.append(translate("KnockoutWords", "? %1 stays in: %2.").replace("%1", names.get(loc, loc))
                     .replace("%2", "; ".join(knockout_text(k) for k in found)))
    for loc, share in c.unserved().items():
        lines.append(translate("KnockoutWords", "✗ %1 cannot serve %2 of the planned volume (trade halted): it ranks "
                                                "after every location that serves the whole plan.")
                     .replace("%1", names.get(loc, loc)).replace("%2", format_percent(share)))
    return lines


def missing_lines(c: Comparison, names: dict[str, str]) -> list[str]:
    """Each criterion some locations have no figure for, and the rule applied (never an average)."""
    if c.project.ranking.missing == "spread":
        rule = translate("KnockoutWords", "its weight is spread over their other criteria")
    else:
        rule = translate("KnockoutWords", "they score the worst of the other locations on it")
    lines = []
    for j, criterion in enumerate(CRITERIA):
        if c.project.weights.get(criterion, 0.0) <= 0:
            continue                       # a criterion nobody weighted: its gaps change nothing
        gaps = [loc for i, loc in enumerate(c.locations) if c.missing_mask[i, j]]
        if gaps:
            lines.append(translate("KnockoutWords", "n/a — no %1 figure for %2: %3.")
                         .replace("%1", QLocale().toLower(criterion_names()[criterion]))
                         .replace("%2", ", ".join(names.get(loc, loc) for loc in gaps)).replace("%3", rule))
    return lines
