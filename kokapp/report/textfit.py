"""How many lines a wrapped text takes in a column, so that rows can be given their height.

Neither Excel (for merged cells) nor LibreOffice (for any cell of an .xlsx it opens) fits a row
to wrapped text on its own, so the report sets row heights itself. Widths follow Calibri 11 at
96 dpi, the font of the report (a column width unit is 7 pixels, the width of a digit), with a
margin for a printer that substitutes a slightly wider font.
"""

from __future__ import annotations

import math
from functools import lru_cache

PX_PER_UNIT = 7          # a column width unit: Calibri 11's digit width
CELL_PADDING_PX = 5
SAFETY = 1.02            # a little room for a wider substitute font
LINE_POINTS = 15.0       # height of a line of 11-pt text

# advances in pixels of Calibri 11 at 96 dpi (Carlito, its metric twin, measured and scaled to
# Excel's 7-pixel digit); characters not listed take the lower-case or capital default
_WIDTHS = {**dict.fromkeys("ijlIıİ.,:;'!|`", 3.4), **dict.fromkeys(" ", 3.1),
           **dict.fromkeys("frt()[]{}-\"*", 4.6), **dict.fromkeys("szcx/şç?", 5.6),
           **dict.fromkeys("mw", 10.5), **dict.fromkeys("MW%@—&", 11.5), **dict.fromkeys("0123456789€×", 7.0)}
_LOWER, _UPPER = 6.9, 8.2


def char_px(char: str) -> float:
    """Approximate advance of one character of Calibri 11 in pixels."""
    width = _WIDTHS.get(char)
    if width is None:
        width = _UPPER if char.isupper() else _LOWER
    return width


def text_px(value: str, bold: bool = False, size: float = 11) -> float:
    scale = size / 11 * (1.03 if bold else 1.0) * SAFETY
    return sum(map(char_px, value)) * scale


@lru_cache(maxsize=4096)          # the lane table repeats the same names row after row
def line_count(value: str, width_units: float, bold: bool = False, size: float = 11) -> int:
    """Lines ``value`` wraps to in a cell ``width_units`` wide: breaks at spaces, and inside a word
    (a long web address) only where the word itself does not fit."""
    room = max(width_units * PX_PER_UNIT - CELL_PADDING_PX, PX_PER_UNIT)
    space = text_px(" ", bold, size)
    lines = 0
    for paragraph in str(value).split("\n"):
        lines += 1
        used = 0.0
        for word in paragraph.split(" "):
            width = text_px(word, bold, size)
            if used and used + space + width <= room:
                used += space + width
                continue
            if used:
                lines += 1
            if width > room:           # a word wider than the column is broken across lines
                lines += math.ceil(width / room) - 1
                width = width % room or room
            used = width
    return lines


def row_points(lines: int, size: float = 11) -> float:
    return lines * LINE_POINTS * size / 11
