"""A product's bill of materials: what goes into one unit — each input's HS code, the country it
comes from (its origin, as the supplier declares it) and its value in EUR — the facts a rule of
origin is checked against. Optional: a product without one is judged by the project's
local-content threshold, and Kök says so.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from kokapp.core.errors import FieldError


class BomError(FieldError):
    """A bill-of-materials value is unusable."""


@dataclass(frozen=True)
class BomLine:
    hs_code: str            # 4 to 10 digits (a heading at least: the rules speak of headings)
    origin: str             # ISO 3166 alpha-2 of the country the material originates in
    value_eur: float        # per unit of the product
    description: str = ""


@lru_cache(maxsize=1)
def territories() -> frozenset[str]:
    """Every ISO 3166 alpha-2 code CLDR names (the pack's countries and any supplier's: CN, IN…);
    read once (building it from CLDR takes tens of milliseconds)."""
    from babel import Locale                          # here: the window opens without babel

    groupings = {"ZZ", "EU", "EZ", "UN", "QO"}        # CLDR's unknown region and groupings: not a country
    return frozenset(code for code in Locale("en").territories if re.fullmatch(r"[A-Z]{2}", code) and code not in groupings)


def clean_hs(value: str) -> str:
    return re.sub(r"[\s.]", "", str(value))


def validate_bom(product, lines, chapters: set[str], where: str = "bom") -> None:
    """Raise BomError naming the line and field of the first unusable value: an HS code that is
    not 4-10 digits of a known chapter, an unknown country, a value that is negative or not a
    number, or materials worth more than the product's ex-works price (its unit value)."""
    total = 0.0
    for i, line in enumerate(lines):
        at = f"{where}[{i}]"
        code = clean_hs(line.hs_code)
        if not re.fullmatch(r"\d{4,10}", code) or code[:2] not in chapters:
            raise BomError(f"{at}.hs_code", "must be an HS code of 4 to 10 digits in a known chapter", line.hs_code)
        if line.origin not in territories():          # asked only when there is a line: babel's CLDR is 10 MB
            raise BomError(f"{at}.origin", "must be a country code (ISO 3166, e.g. TR, CN, DE)", line.origin)
        value = line.value_eur
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
            raise BomError(f"{at}.value_eur", "must be a number of euros, zero or more", value)
        total += value
    if total > product.unit_value_eur + 1e-9:
        raise BomError(f"{where}", "the materials cost more than the product's unit value (its ex-works price)",
                       round(total, 2))
