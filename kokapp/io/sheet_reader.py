"""Rows of a spreadsheet as Windows users save them: .xlsx, or CSV/text in UTF-8 (with or without
BOM), Windows Turkish (cp1254) or UTF-16 ("Unicode text"), with CRLF or LF line ends and ';', tab
or ',' between cells. Turkish Excel writes ';' with comma decimals ('12,50'), so the separator is
chosen by the shape of the table (the same cell count on every line), not by a character count
that comma decimals would fool.

Every input is bounded, whatever the file claims: only an ordinary file of at most
MAX_SOURCE_BYTES is read; an .xlsx must pass :mod:`kokapp.io.xlsx_guard` first (unpacked size
and XML structure, checked before openpyxl reads a byte); rows are read one at a time and reading stops past MAX_ROWS rows of data; cells
right of column MAX_COLUMNS are not read (the first one holding data is named in a warning). The
dimension an .xlsx states (``A1:XFD1048576``) is never trusted: only the cells present are read.
An .xlsx is read from its visible sheets: the active one if it is visible and holds data, else
the first visible one that does; the name of the sheet read is returned.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from kokapp.core.errors import KokError
from kokapp.io.bounded_read import ReadRefused, read_regular_file
from kokapp.io.xlsx_guard import MAX_UNZIPPED_BYTES, XlsxTooComplex, check_xlsx  # noqa: F401 (a cap of this reader)

SEPARATORS = (";", "\t", ",")      # order breaks ties: Turkish Excel writes ';'
MAX_SOURCE_BYTES = 50_000_000      # the file itself
MAX_ROWS = 10_000                  # rows of data below the header: products in one import
MAX_COLUMNS = 500                  # columns read (A to SF): fields, notes and every market
MAX_LINE_CHARS = 1_000_000         # one line of a CSV file


class ImportFileError(KokError):
    """The file cannot be read at all (missing, wrong type, damaged, too large, no usable header)."""

    def __init__(self, path: str, message: str):
        self.path, self.message = path, message
        super().__init__(f"{path}: {message}")


TOO_LARGE_MESSAGE = f"is larger than {MAX_SOURCE_BYTES // 1_000_000} MB: too large to import"
TOO_MANY_ROWS_MESSAGE = (f"has more than {MAX_ROWS:,} rows of products: Kök imports at most {MAX_ROWS:,} "
                         "at a time (split the table)")
LONG_LINE_MESSAGE = f"has a line longer than {MAX_LINE_CHARS:,} characters: not a table Kök can import"
NO_VISIBLE_SHEET_MESSAGE = "has no visible sheet"


def column_letter(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA' (as the spreadsheet names its columns)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass
class Sheet:
    """What was read. ``rows``: (row number as the sheet shows it, cells) for every row holding
    something, the header first; ``name``: the worksheet read ('' for CSV); ``other_sheets``:
    other visible worksheets that hold data (not read); ``beyond_columns``: the first cell holding
    data right of column MAX_COLUMNS ('XFD2'), '' when there is none."""

    rows: list[tuple[int, list]]
    name: str = ""
    other_sheets: list[str] = field(default_factory=list)
    beyond_columns: str = ""


def _filled(value) -> bool:
    return value is not None and str(value).strip() != ""


class _Rows:
    """Collects numbered rows up to the caps (raising past MAX_ROWS rows of data)."""

    def __init__(self, path: str, stop_at_first: bool = False):
        self.path, self.stop_at_first = path, stop_at_first
        self.rows: list[tuple[int, list]] = []
        self.beyond = ""

    def add(self, number: int, cells: list, beyond_column: int | None = None) -> bool:
        """Keep the row if it holds something; False once the caller may stop reading."""
        if beyond_column is not None and not self.beyond:
            self.beyond = f"{column_letter(beyond_column)}{number}"
        if not any(_filled(c) for c in cells):
            return True
        if len(self.rows) > MAX_ROWS:             # the header and MAX_ROWS rows are already in
            raise ImportFileError(self.path, TOO_MANY_ROWS_MESSAGE)
        self.rows.append((number, cells))
        return not self.stop_at_first


def _cut(cells: list) -> tuple[list, int | None]:
    """The first MAX_COLUMNS cells, and the index of the first filled cell beyond them, if any."""
    if len(cells) <= MAX_COLUMNS:
        return cells, None
    beyond = next((i for i in range(MAX_COLUMNS, len(cells)) if _filled(cells[i])), None)
    return cells[:MAX_COLUMNS], beyond


# -- CSV ----------------------------------------------------------------------------------------
def decode(raw: bytes) -> str | None:
    """Text of a CSV file, or None when it is in no encoding Kök reads."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "cp1254")   # Excel's Turkish CSV is often Windows-1254
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _score(text: str, separator: str) -> tuple[int, int]:
    """(lines with the header's cell count, header cells) of the first lines split by ``separator``."""
    rows = [r for r, _ in zip(csv.reader(io.StringIO(text, newline=""), delimiter=separator), range(50))
            if any(c.strip() for c in r)]
    if not rows or len(rows[0]) < 2:
        return 0, 0
    return sum(len(r) == len(rows[0]) for r in rows), len(rows[0])


def separator_of(text: str) -> str:
    """The cell separator that gives the most regular table (ties: ';' before tab before ',')."""
    best = max(SEPARATORS, key=lambda s: (_score(text, s), -SEPARATORS.index(s)))
    return best if _score(text, best)[1] else ";"


def read_csv_text(text: str, path: str = "<text>") -> Sheet:
    """The rows of CSV text, numbered as a spreadsheet program shows them (one per record)."""
    if any(len(line) > MAX_LINE_CHARS for line in io.StringIO(text, newline="")):
        raise ImportFileError(path, LONG_LINE_MESSAGE)   # one line of a million cells, before csv splits it
    rows = _Rows(path)
    for number, cells in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=separator_of(text)), 1):
        rows.add(number, *_cut(cells))
    return Sheet(rows.rows, beyond_columns=rows.beyond)


# -- xlsx ---------------------------------------------------------------------------------------
def _worksheet_rows(workbook, sheet, rows: _Rows) -> None:
    """Feed the cells present in the sheet's XML, row by row, to ``rows``. openpyxl's own row
    iteration pads every row to the stated dimension (16,384 cells a row for ``XFD``) and every
    gap between rows; its parser, used here as its read-only worksheet uses it, yields only the
    cells the file holds."""
    from openpyxl.worksheet._reader import WorkSheetParser

    with sheet._get_source() as source:
        parser = WorkSheetParser(source, sheet._shared_strings, data_only=True, epoch=workbook.epoch,
                                 date_formats=workbook._date_formats,
                                 timedelta_formats=workbook._timedelta_formats)
        for number, cells in parser.parse():
            width = min(max((c["column"] for c in cells), default=0), MAX_COLUMNS)
            row: list = [None] * width
            beyond = None
            for cell in cells:
                column = cell["column"] - 1
                if column < MAX_COLUMNS:
                    row[column] = cell["value"]
                elif _filled(cell["value"]) and (beyond is None or column < beyond):
                    beyond = column
            if not rows.add(number, row, beyond):
                return


def read_xlsx(raw: bytes, path: str) -> Sheet:
    """Rows of the visible sheet holding data (see the module's note on which one)."""
    from openpyxl import load_workbook

    try:
        check_xlsx(raw)
    except XlsxTooComplex as exc:
        raise ImportFileError(path, exc.message) from None
    workbook = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    try:
        visible = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
        if not visible:
            raise ImportFileError(path, NO_VISIBLE_SHEET_MESSAGE)
        active = workbook.active
        order = [ws for ws in visible if ws is active] + [ws for ws in visible if ws is not active]
        chosen: Sheet | None = None
        others = []
        for ws in order:
            rows = _Rows(path, stop_at_first=chosen is not None)   # other sheets: is anything there?
            _worksheet_rows(workbook, ws, rows)
            if chosen is None and rows.rows:
                chosen = Sheet(rows.rows, ws.title, beyond_columns=rows.beyond)
            elif rows.rows:
                others.append(ws.title)
        if chosen is None:
            return Sheet([], order[0].title)
        chosen.other_sheets = others
        return chosen
    finally:
        workbook.close()


def read_sheet(path: Path) -> Sheet:
    """The rows of an .xlsx (its visible sheet) or a CSV/text file, within the caps above."""
    suffix, shown = path.suffix.lower(), str(path)
    if suffix not in (".xlsx", ".xlsm", ".csv", ".txt", ".tsv"):
        raise ImportFileError(shown, "is not an .xlsx or .csv file")
    try:
        raw = read_regular_file(path, MAX_SOURCE_BYTES)
        if suffix in (".xlsx", ".xlsm"):
            return read_xlsx(raw, shown)
        text = decode(raw)
        if text is None:
            raise ImportFileError(shown, "is not text in UTF-8 or Windows Turkish encoding")
        return read_csv_text(text, shown)
    except ImportFileError:
        raise
    except ReadRefused as exc:
        raise ImportFileError(shown, exc.message(TOO_LARGE_MESSAGE)) from None
    except FileNotFoundError:
        raise ImportFileError(shown, "file not found") from None
    except OSError as exc:
        raise ImportFileError(shown, f"cannot be read ({exc.strerror})") from None
    except Exception as exc:  # openpyxl and zipfile raise many types for a damaged or foreign file
        raise ImportFileError(shown, f"is not a readable spreadsheet ({type(exc).__name__})") from None


def read_rows(path: Path) -> list[list]:
    """Header row plus data rows (rows holding nothing left out); see :func:`read_sheet`."""
    return [cells for _, cells in read_sheet(path).rows]
