"""The English ``detail`` of :mod:`kokapp.core.availability` as a phrase key with its values, so that
the window and the report can say it in their own language (they never parse English themselves).

``availability.py`` builds its details from a few fixed phrases; each is recognised here by a
pattern. A detail no pattern knows comes back with the key ``""`` and is shown as it stands
(``tests/core/test_availability_detail.py`` checks that every detail of the bundled data is known).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MARKS = {"downloaded": "●", "banded": "≈", "estimated": "○", "missing": "✗"}   # as `kokapp data availability`


@dataclass(frozen=True)
class Phrase:
    key: str                                   # "" when the detail is not one of the known phrases
    values: dict[str, float | int] = field(default_factory=dict)


_YEAR = r"(?: \((?P<year>\d{4})\))?"
PATTERNS: tuple[tuple[str, str], ...] = (
    ("band", r"band (?P<low>-?\d+(?:\.\d+)?)-(?P<high>-?\d+(?:\.\d+)?) %, base (?P<base>-?\d+(?:\.\d+)?) %"),
    ("tariff_lines", r"tariff lines \(CN8\) of (?P<year>\d{4}); codes renumbered since HS 2017 fall back to "
                     r"product-group averages"),
    ("tariff_lines_us", r"tariff lines \(HTS8\) of (?P<year>\d{4}); US additional duties \(Sections 232, 301\) not "
                        r"included"),
    ("tariff_groups", rf"no tariff-line figures: averages of (?P<groups>\d+) WTO product groups{_YEAR}"),
    ("tariff_all_products", rf"no tariff-line figures: an all-products average only{_YEAR}"),
    ("tariff_missing", r"no citable MFN tariff"),
    ("agreements", r"(?P<count>\d+) agreements in force(?:, (?P<unchecked>\d+) transcribed, not re-checked)?"),
    ("agreements_none", r"no preferential agreement in force is listed"),
    ("remedies_listed", r"(?P<count>\d+) measures in force listed on the countries Kök compares \(compiled from "
                        r"official notices; not exhaustive\)"),
    ("remedies_missing", r"no list of anti-dumping, countervailing or safeguard measures is bundled"),
    ("lpi_missing", r"not scored by the World Bank LPI"),
    ("lpi_older", r"LPI (?P<edition>\d{4}) \(not in the (?P<latest>\d{4}) edition\)"),
    ("lpi", r"LPI (?P<edition>\d{4})"),
    ("min_wage_none", r"no statutory national minimum wage \(wages set otherwise, e\.g\. by collective agreements\)"),
    ("min_wage_missing", r"no statutory minimum wage bundled"),
    ("min_wage", rf"statutory minimum wage{_YEAR}"),
    ("cit_missing", r"no corporate income tax bundled"),
    ("cit", rf"corporate income tax{_YEAR}"),
)
_COMPILED = tuple((key, re.compile(pattern)) for key, pattern in PATTERNS)
_DECIMALS = ("low", "high", "base")


def phrase(detail: str) -> Phrase:
    """The known phrase ``detail`` is, with its numbers (years and counts as int, band ends as float)."""
    for key, pattern in _COMPILED:
        match = pattern.fullmatch(detail.strip())
        if match:
            values = {name: float(v) if name in _DECIMALS else int(v)
                      for name, v in match.groupdict().items() if v is not None}
            return Phrase(key, values)
    return Phrase("")
