"""Cell writing for the report: typed values, number formats, and user text that can never
become a formula."""

from __future__ import annotations

import math
import re
from copy import copy
from functools import lru_cache

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kokapp.core.text import clean_text
from kokapp.report.textfit import line_count, row_points

EUR = '#,##0 "€";-#,##0 "€"'
EUR2 = '#,##0.00 "€";-#,##0.00 "€"'
PCT = "0.0%"
PCT0 = "0%"
DAYS = "0.0"
INT = "#,##0"
DEC1 = "0.0"
DEC2 = "0.00"
DEC3 = "0.000"



class _Constant:
    """A style built once and never changed, whose hash is therefore worked out once: openpyxl
    hashes a style every time a cell is given it, which made long tables noticeably slower."""

    def __hash__(self):
        value = self.__dict__.get("_kok_hash")
        if value is None:
            value = self.__dict__["_kok_hash"] = super().__hash__()
        return value


def _constant(style_class):
    """``style_class`` with its hash worked out once; openpyxl lists a style's fields per class,
    so the subclass takes its parent's lists."""
    fields = {name: getattr(style_class, name) for name in ("__attrs__", "__elements__", "__nested__")}
    return type(f"Constant{style_class.__name__}", (_Constant, style_class), fields)


ConstantFont, ConstantFill, ConstantAlignment = _constant(Font), _constant(PatternFill), _constant(Alignment)


FONT = "Calibri"            # named: a style without a font name prints in the program's own default
HEADER_FONT = ConstantFont(name=FONT, bold=True, color="FFFFFF")
HEADER_FILL = ConstantFill("solid", fgColor="1F4E78")
TITLE_FONT = ConstantFont(name=FONT, bold=True, size=14, color="1F4E78")
SECTION_FONT = ConstantFont(name=FONT, bold=True, size=11, color="1F4E78")
BOLD = ConstantFont(name=FONT, bold=True)
OVERRIDE_FILL = ConstantFill("solid", fgColor="FFF2CC")
BASELINE_FILL = ConstantFill("solid", fgColor="E7E6E6")

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
WRAP = ConstantAlignment(wrap_text=True)
NOTE = ConstantAlignment(wrap_text=True, vertical="top")
HEADER_ALIGNMENT = ConstantAlignment(wrap_text=True, vertical="center")


def put_text(ws: Worksheet, row: int, column: int, value: str, **style):
    """Write user-supplied text as text: a leading =, +, -, @, tab or CR never starts a formula;
    characters a workbook cannot hold (control characters, lone surrogates) are dropped."""
    cell = ws.cell(row=row, column=column)
    cell.value = "" if value is None else clean_text(str(value))
    cell.data_type = "s"
    if cell.value.startswith(FORMULA_START):
        cell.quotePrefix = True
    alignment = style.get("alignment")         # read from the call: reading a cell's style back is slow
    if alignment is not None and alignment.wrap_text:
        lines = _lines(cell.value, column_width(ws, column), alignment, style.get("font"))
        if lines == 1 and alignment is WRAP:   # fits as it is: no style to store (a long table writes faster)
            style["alignment"] = None
        elif lines > 1:
            fit_row(ws, row, lines, _size(style.get("font")))
    _style(cell, style)
    return cell


def _size(font) -> float:
    return (font.sz or 11) if font is not None else 11


def _lines(value: str, width_units: float, alignment: Alignment, font) -> int:
    indent = alignment.indent or 0             # one character width per level
    return line_count(value, width_units - indent, bool(font is not None and font.b), _size(font))


def fit_row(ws: Worksheet, row: int, lines: int, size: float = 11) -> None:
    """Make the row tall enough for ``lines`` lines (Excel and LibreOffice do not fit rows to
    wrapped text in a file they open); a row of one line keeps the default height."""
    if lines > 1 or size > 11:
        height = row_points(lines, size) + 2
        dims = ws.row_dimensions             # looked up, not created: creating one for every cell is slow
        known = dict.get(dims, row)          # (openpyxl's own lookup binds the row again on every read)
        if known is None:
            dims[row].height = height
        elif height > (known.height or 0):
            known.height = height


def put(ws: Worksheet, row: int, column: int, value, number_format: str | None = None, **style):
    """A typed value (number, date) or our own text; None and NaN leave the cell empty."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        value = None
    if isinstance(value, str):
        return put_text(ws, row, column, value, number_format=number_format, **style)
    cell.value = no_negative_zero(value, number_format)
    if number_format:
        cell.number_format = number_format
    _style(cell, style)
    return cell


@lru_cache(maxsize=64)
def _shown_decimals(number_format: str) -> int:
    """Decimals the format shows for a negative number (its second section, else its first);
    each % adds two, because the value is shown multiplied by 100."""
    sections = re.sub(r'"[^"]*"', "", number_format).split(";")
    section = sections[1] if len(sections) > 1 else sections[0]
    decimals = len(re.search(r"\.([0#?]*)", section).group(1)) if "." in section else 0
    return decimals + 2 * section.count("%")


def no_negative_zero(value, number_format: str | None):
    """0.0 for a float that its format would show as -0 (a -0.0, or a small negative that rounds
    to zero, such as -0.2 € in whole euros): a printed report never says "-0 €"."""
    if isinstance(value, float) and -1.0 < value <= 0.0:
        if value == 0.0 or (number_format and number_format != "General"
                            and round(value, _shown_decimals(number_format)) == 0.0):
            return 0.0
    return value


def put_formula(ws: Worksheet, row: int, column: int, formula: str, cached: float,
                number_format: str | None = None, **style):
    """A formula a reader can follow and change, with its value computed here as well, so the
    file reads correctly in programs that do not recalculate on opening."""
    cell = put(ws, row, column, formula, number_format, **style)
    cell.data_type = "f"
    cell.quotePrefix = False
    ws.__dict__.setdefault("kok_cached", {})[cell.coordinate] = no_negative_zero(cached, number_format)
    return cell


def _style(cell, style: dict) -> None:
    """Give the cell these styles. openpyxl copies a cell's style array and looks the style up
    again for each attribute set; a report gives thousands of cells the same few combinations, so
    the array each combination makes is kept with the workbook and handed to the next cell."""
    given = tuple((key, value) for key, value in style.items() if value is not None)
    if not given:
        return
    made = cell.parent.parent.__dict__.setdefault("kok_styles", {})
    key = (tuple(cell._style or ()), given)     # from this cell's style as it stands
    array = made.get(key)
    if array is None:
        for name, value in given:
            setattr(cell, name, value)
        made[key] = copy(cell._style)
    else:
        cell._style = copy(array)


def put_note(ws: Worksheet, row: int, value: str, last_column: int, column: int = 1, **style):
    """A sentence across columns ``column``..``last_column``, in a row tall enough for it: it prints
    whole instead of running past the page edge. One that fits on a line simply runs over the empty
    cells to its right; a longer one is wrapped in merged cells. Set the column widths first."""
    cell = put_text(ws, row, column, value, **style)
    room = sum(column_width(ws, c) for c in range(column, last_column + 1))
    lines = _lines(cell.value, room, NOTE, style.get("font"))
    if lines > 1:
        cell.alignment = NOTE
        if last_column > column:
            ws.merge_cells(start_row=row, start_column=column, end_row=row, end_column=last_column)
        fit_row(ws, row, lines, _size(style.get("font")))
    return cell


def header_row(ws: Worksheet, row: int, labels: list[str], column: int = 1) -> None:
    """Labels on a dark band, wrapped; the row is at least two lines tall, more if a label needs."""
    fit_row(ws, row, 2)
    for offset, label in enumerate(labels):
        put_text(ws, row, column + offset, label, font=HEADER_FONT, fill=HEADER_FILL,
                 alignment=HEADER_ALIGNMENT)


def title(ws: Worksheet, row: int, text_value: str, font=TITLE_FONT) -> None:
    put_text(ws, row, 1, text_value, font=font)


def widths(ws: Worksheet, values: dict[int, float]) -> None:
    for column, width in values.items():
        ws.column_dimensions[get_column_letter(column)].width = width


def column_width(ws: Worksheet, column: int) -> float:
    """Width in characters, without creating a dimension (openpyxl would give it 13); Excel's
    default is 8.43."""
    dim = ws.column_dimensions.get(get_column_letter(column))
    return dim.width if dim is not None and dim.width else 8.43


def ref(row: int, column: int) -> str:
    return f"{get_column_letter(column)}{row}"
