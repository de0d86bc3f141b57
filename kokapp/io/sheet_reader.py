"""Rows of a spreadsheet as Windows users save them: .xlsx, or CSV/text in UTF-8 (with or without
BOM), Windows Turkish (cp1254) or UTF-16 ("Unicode text"), with CRLF or LF line ends and ';', tab
or ',' between cells. Turkish Excel writes ';' with comma decimals ('12,50'), so the separator is
chosen by the shape of the table (the same cell count on every line), not by a character count
that comma decimals would fool.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from kokapp.core.errors import KokError

SEPARATORS = (";", "\t", ",")      # order breaks ties: Turkish Excel writes ';'


class ImportFileError(KokError):
    """The file cannot be read at all (missing, wrong type, damaged, no usable header)."""

    def __init__(self, path: str, message: str):
        self.path, self.message = path, message
        super().__init__(f"{path}: {message}")


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


def read_csv_text(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=separator_of(text)))


def read_rows(path: Path) -> list[list]:
    """Header row plus data rows from the first sheet of an .xlsx, or from a CSV/text file."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            from openpyxl import load_workbook

            wb = load_workbook(path, read_only=True, data_only=True)
            rows = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
            wb.close()
            return rows
        if suffix in (".csv", ".txt", ".tsv"):
            text = decode(path.read_bytes())
            if text is None:
                raise ImportFileError(str(path), "is not text in UTF-8 or Windows Turkish encoding")
            return read_csv_text(text)
    except ImportFileError:
        raise
    except FileNotFoundError:
        raise ImportFileError(str(path), "file not found") from None
    except OSError as exc:
        raise ImportFileError(str(path), f"cannot be read ({exc.strerror})") from None
    except Exception as exc:  # openpyxl raises many types for a damaged or foreign file
        raise ImportFileError(str(path), f"is not a readable spreadsheet ({type(exc).__name__})") from None
    raise ImportFileError(str(path), "is not an .xlsx or .csv file")
