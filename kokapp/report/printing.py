"""Page set-up, so that every sheet prints on A4 and stays readable.

The orientation follows the printed width of the sheet's columns. A sheet is fitted to one page
wide and as many pages tall as needed, unless one page wide would shrink its text below
``MIN_SCALE``: then it spreads over several pages wide with its first columns repeated on each.
Header rows repeat at the top of every page; the header and footer name the report, the sheet and
the page. Widths are estimated the way Excel lays columns out (Calibri 11: 7 pixels per
character unit at 96 dpi).
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from kokapp.core.text import clean_text
from kokapp.report.cells import column_width
from kokapp.report.texts import text

A4_INCHES = {"portrait": 8.27, "landscape": 11.69}       # paper width in each orientation
MARGINS = {"left": 0.4, "right": 0.4, "top": 0.6, "bottom": 0.6, "header": 0.25, "footer": 0.25}
PX_PER_INCH = 96
PX_PER_CHARACTER = 7
MIN_SCALE = 0.6        # 11-pt text prints no smaller than 6.6 pt
SPLIT_SCALE = 0.75     # when a sheet is spread over several pages wide, it prints at least this big
MAX_PORTRAIT_COLUMNS = 8
HEADER_LIMIT = 80      # characters of the company name in the page header


@dataclass(frozen=True)
class Layout:
    orientation: str
    pages_wide: int
    scale: float        # estimated print scale (1.0: full size)


def column_px(width: float) -> int:
    """Pixels of a column ``width`` characters wide, at 100 %."""
    return int(width * PX_PER_CHARACTER + 0.5)


def printed_px(ws: Worksheet, first: int, last: int) -> int:
    """Printed width of columns ``first``..``last``; hidden (collapsed) columns do not print."""
    total = 0
    for column in range(first, last + 1):
        dim = ws.column_dimensions.get(get_column_letter(column))
        if dim is None or not dim.hidden:
            total += column_px(column_width(ws, column))
    return total


def printable_px(orientation: str) -> float:
    return (A4_INCHES[orientation] - MARGINS["left"] - MARGINS["right"]) * PX_PER_INCH


def plan(content_px: float, columns: int, title_px: float = 0) -> Layout:
    """Orientation, pages wide and the resulting scale for a sheet ``content_px`` wide, of which
    ``title_px`` are title columns that may be repeated on every page."""
    wide = columns > MAX_PORTRAIT_COLUMNS or content_px > printable_px("portrait")
    orientation = "landscape" if wide else "portrait"
    room = printable_px(orientation)
    scale = min(1.0, room / max(content_px, 1))
    if scale >= MIN_SCALE or not title_px:
        return Layout(orientation, 1, scale)
    pages = 2
    while True:   # each page: the title columns, then its share of the others
        scale = min(1.0, pages * room / (content_px - title_px + pages * title_px))
        if scale >= SPLIT_SCALE or pages >= 50:
            return Layout(orientation, pages, scale)
        pages += 1


def page_height_pt(layout: Layout) -> float:
    """Height of sheet content (points at 100 %) that one printed page holds."""
    paper_height = A4_INCHES["landscape" if layout.orientation == "portrait" else "portrait"]
    return (paper_height - MARGINS["top"] - MARGINS["bottom"]) * 72 / layout.scale


def rows_height_pt(ws: Worksheet, first: int, last: int) -> float:
    dims = ws.row_dimensions
    return sum((dims[r].height if r in dims else None) or 15.0 for r in range(first, last + 1))


def break_before(ws: Worksheet, row: int) -> None:
    """Start a new printed page at ``row``."""
    ws.row_breaks.append(Break(id=row - 1))


def set_up_page(ws: Worksheet, lang: str, *, last_column: int, title_rows: str | None,
                title_columns: int = 0, print_area: bool | int = False, company: str = "", version: str = "") -> Layout:
    """A4, orientation and fit from the printed width of columns 1..``last_column``; ``title_rows``
    (e.g. "3:3") repeat on every page, the first ``title_columns`` columns too when the sheet
    spreads over several pages wide. ``print_area`` limits printing to the table, so that text
    running past its last column never widens (and shrinks) the page: True, or the sheet's last row
    where the caller knows it (``ws.max_row`` is one call over every cell: a 40,000-row table held
    the interpreter 60 ms, the window waiting)."""
    title_px = printed_px(ws, 1, title_columns) if title_columns else 0
    layout = plan(printed_px(ws, 1, last_column), last_column, title_px)
    setup = ws.page_setup
    setup.paperSize = ws.PAPERSIZE_A4
    setup.orientation = layout.orientation
    setup.fitToWidth, setup.fitToHeight = layout.pages_wide, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(**MARGINS)
    if title_rows:
        ws.print_title_rows = title_rows
    if layout.pages_wide > 1 and title_columns:
        ws.print_title_cols = f"A:{get_column_letter(title_columns)}"
    else:
        ws.print_options.horizontalCentered = True
    if print_area:
        last_row = ws.max_row if print_area is True else print_area
        ws.print_area = f"A1:{get_column_letter(last_column)}{max(last_row, 1)}"
    _header_footer(ws, lang, company, version)
    return layout


def _header_footer(ws: Worksheet, lang: str, company: str, version: str) -> None:
    """Report and company top left, sheet name top right; page x of y at the bottom. Not scaled
    with the sheet, so it stays legible on a fitted page."""
    company = clean_text(company)
    name = company if len(company) <= HEADER_LIMIT else company[:HEADER_LIMIT - 1] + "…"
    parts = [
        (ws.oddHeader.left, f"{text('title', lang)} — {_escape(name)}" if name else text("title", lang)),
        (ws.oddHeader.right, "&A"),
        (ws.oddFooter.left, f"Kök {_escape(version)}" if version else ""),
        (ws.oddFooter.center, text("page_of", lang)),
    ]
    for part, value in parts:
        if value:
            part.text, part.size = value, 9
    ws.HeaderFooter.scaleWithDoc = False
    ws.HeaderFooter.alignWithMargins = True


def _escape(value: str) -> str:
    """A user's & would start a header code (&P, &D…): doubled, it prints as itself."""
    return value.replace("&", "&&")

