"""HS / GTİP codes as Turkish firms have them: '6302.31.00.00.11', '6302 31 00', '870830', 8708.

The Turkish customs tariff (GTİP) writes 12 digits grouped 4.2.2.2.2: the HS heading (4), the
HS subheading (6), the EU Combined Nomenclature (8) and two national splits (10, 12). Kök reads
any of the 4/6/8/10/12-digit forms, with dots or spaces, and refuses anything else with a reason
(never a silent default). What Kök keeps and uses:

- the project file stores at most :data:`STORED_DIGITS` digits (``validate_project`` accepts 4,
  6, 8 or 10), so a 12-digit GTİP is kept as its first 10 digits and :attr:`HsCode.dropped`
  says which digits were not kept;
- duties are looked up by HS chapter (the first two digits, see ``costs``/``access``): that is
  the level :data:`USED_LEVEL` Kök uses today, whatever the length typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kokapp.core.errors import KokError

STORED_DIGITS = 10
LENGTHS = (4, 6, 8, 10, 12)
USED_LEVEL = "chapter"
RESERVED_CHAPTERS = frozenset({"77"})   # HS chapter 77 is reserved for future use: no goods
_SEPARATORS = re.compile(r"[.\s\u00a0\u202f]+")

# reasons of HsCodeError, turned into words by the GUI / the import report
EMPTY, CHARACTERS, LENGTH, CHAPTER = "empty", "characters", "length", "chapter"


class HsCodeError(KokError):
    """A code Kök cannot read. ``reason`` is one of EMPTY, CHARACTERS, LENGTH, CHAPTER;
    ``typed`` what was given; ``digits`` the digits found (for LENGTH and CHAPTER)."""

    def __init__(self, reason: str, typed: str, digits: str = ""):
        self.reason, self.typed, self.digits = reason, typed, digits
        super().__init__(f"HS code {typed!r}: {reason}")

    @property
    def chapter(self) -> str:
        return self.digits[:2]


@dataclass(frozen=True)
class HsCode:
    digits: str          # every digit given, 4 to 12

    @property
    def chapter(self) -> str:
        return self.digits[:2]

    @property
    def heading(self) -> str:
        return self.digits[:4]

    @property
    def subheading(self) -> str | None:
        return self.digits[:6] if len(self.digits) >= 6 else None

    @property
    def stored(self) -> str:
        """What a project keeps (at most STORED_DIGITS digits)."""
        return self.digits[:STORED_DIGITS]

    @property
    def dropped(self) -> str:
        """Digits typed but not kept ('' when everything is kept)."""
        return self.digits[STORED_DIGITS:]

    @property
    def used_level(self) -> str:
        return USED_LEVEL

    @property
    def formatted(self) -> str:
        return format_hs(self.digits)


def format_hs(digits: str) -> str:
    """'630231000011' -> '6302.31.00.00.11' (the GTİP grouping); shorter codes likewise."""
    digits = str(digits)
    groups = [digits[:4]] + [digits[i:i + 2] for i in range(4, len(digits), 2)]
    return ".".join(g for g in groups if g)


def cell_text(value) -> str:
    """The code in a spreadsheet cell as text. A number cell loses leading zeros ('0101' is stored
    as 101, a chapter 01-09 GTİP as 11 digits): one zero is put back to make the count even."""
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and value >= 0:
        text = str(value)
        return text.zfill(len(text) + len(text) % 2)
    return str(value)


def parse_hs(value, chapters) -> HsCode:
    """The code in ``value`` (text or a number cell) checked against the known ``chapters``
    (two-digit strings); raises :class:`HsCodeError` naming the reason."""
    typed = cell_text(value).strip()
    if not typed:
        raise HsCodeError(EMPTY, typed)
    digits = _SEPARATORS.sub("", typed)
    if not digits.isascii() or not digits.isdigit():
        raise HsCodeError(CHARACTERS, typed)
    if len(digits) not in LENGTHS:
        raise HsCodeError(LENGTH, typed, digits)
    if digits[:2] not in chapters or digits[:2] in RESERVED_CHAPTERS:
        raise HsCodeError(CHAPTER, typed, digits)
    return HsCode(digits)
