"""Cell writing for the report: typed values, number formats, and user text that can never
become a formula."""

from __future__ import annotations

import math

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

EUR = '#,##0 "€";-#,##0 "€"'
EUR2 = '#,##0.00 "€";-#,##0.00 "€"'
PCT = "0.0%"
PCT0 = "0%"
DAYS = "0.0"
INT = "#,##0"
DEC1 = "0.0"
DEC2 = "0.00"
DEC3 = "0.000"

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
TITLE_FONT = Font(bold=True, size=14, color="1F4E78")
SECTION_FONT = Font(bold=True, size=11, color="1F4E78")
BOLD = Font(bold=True)
OVERRIDE_FILL = PatternFill("solid", fgColor="FFF2CC")
BASELINE_FILL = PatternFill("solid", fgColor="E7E6E6")

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def put_text(ws: Worksheet, row: int, column: int, value: str, **style):
    """Write user-supplied text as text: a leading =, +, -, @, tab or CR never starts a formula."""
    cell = ws.cell(row=row, column=column)
    cell.value = "" if value is None else str(value)
    cell.data_type = "s"
    if cell.value.startswith(FORMULA_START):
        cell.quotePrefix = True
    _style(cell, style)
    return cell


def put(ws: Worksheet, row: int, column: int, value, number_format: str | None = None, **style):
    """A typed value (number, date) or our own text; None and NaN leave the cell empty."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        value = None
    if isinstance(value, str):
        return put_text(ws, row, column, value, number_format=number_format, **style)
    cell.value = value
    if number_format:
        cell.number_format = number_format
    _style(cell, style)
    return cell


def put_formula(ws: Worksheet, row: int, column: int, formula: str, cached: float,
                number_format: str | None = None, **style):
    """A formula a reader can follow and change, with its value computed here as well, so the
    file reads correctly in programs that do not recalculate on opening."""
    cell = put(ws, row, column, formula, number_format, **style)
    cell.data_type = "f"
    cell.quotePrefix = False
    ws.__dict__.setdefault("kok_cached", {})[cell.coordinate] = cached
    return cell


def _style(cell, style: dict) -> None:
    for key, value in style.items():
        if value is not None:
            setattr(cell, key, value)


def header_row(ws: Worksheet, row: int, labels: list[str], column: int = 1) -> None:
    """Labels on a dark band; the row is tall enough for two wrapped lines."""
    ws.row_dimensions[row].height = 32
    for offset, label in enumerate(labels):
        put_text(ws, row, column + offset, label, font=HEADER_FONT, fill=HEADER_FILL,
                 alignment=Alignment(wrap_text=True, vertical="center"))


def title(ws: Worksheet, row: int, text_value: str, font=TITLE_FONT) -> None:
    put_text(ws, row, 1, text_value, font=font)


def widths(ws: Worksheet, values: dict[int, float]) -> None:
    for column, width in values.items():
        ws.column_dimensions[get_column_letter(column)].width = width


def ref(row: int, column: int) -> str:
    return f"{get_column_letter(column)}{row}"
