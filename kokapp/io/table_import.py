"""Import products and annual volumes from a spreadsheet (.xlsx) or a CSV file, as SMEs keep them.

Columns are found by their header in Turkish or English ("Ürün", "GTİP", "Birim değer", "Brüt
ağırlık", "Hacim", "Palet başına adet"; a column named after a country — "Almanya", "DE",
"Germany", "İngiltere", "BAE" — holds that market's annual units; see ``core.country_lookup``).
Every row is checked; a row with any problem is reported with its row number, field and cell and
is not imported: nothing is imported silently wrong. A column that looks like a market but is not
one Kök can use (a country without data, a name Kök does not know over a column of numbers, a
market given twice) is reported as an :class:`ImportWarning`, never dropped silently.
GTİP codes follow ``core.hs_code``: 4 to 12 digits, dots or spaces allowed.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from kokapp.core.country_lookup import MARKET, NO_DATA, country_resolver
from kokapp.core.hs_code import CHAPTER, CHARACTERS, EMPTY, HsCodeError, format_hs, parse_hs
from kokapp.core.project import Product
from kokapp.core.text import ascii_key
from kokapp.io.project_schema import LIMIT
from kokapp.io.sheet_reader import MAX_COLUMNS, ImportFileError, column_letter, read_rows, read_sheet

__all__ = ["ImportFileError", "ImportResult", "ImportWarning", "RowIssue", "column_letter", "import_table",
           "parse_amount", "read_rows"]

FIELDS = {
    "name": ("urun", "urunadi", "urunismi", "product", "productname", "name", "item", "description", "aciklama"),
    "hs_code": ("gtip", "gtipno", "gtipkodu", "hs", "hscode", "hskodu", "tariffcode", "customscode", "tarifekodu"),
    "unit_value_eur": ("birimdeger", "birimdegereur", "birimfiyat", "birimfiyateur", "fiyat", "deger", "unitvalue",
                       "unitvalueeur", "unitprice", "unitpriceeur", "value", "valueeur", "price", "priceeur"),
    "unit_weight_kg": ("brutagirlik", "brutagirlikkg", "agirlik", "agirlikkg", "grossweight", "grossweightkg",
                       "weight", "weightkg", "kg"),
    "unit_volume_m3": ("hacim", "hacimm3", "volume", "volumem3", "m3", "cbm"),
    "units_per_pallet": ("paletbasinaadet", "paletadedi", "palet", "unitsperpallet", "perpallet", "palletqty"),
}
REQUIRED = ("name", "hs_code", "unit_value_eur", "unit_weight_kg", "unit_volume_m3")
COUNT_FIELDS = {"units_per_pallet"}


HS_MESSAGES = {EMPTY: "empty", CHARACTERS: "not an HS code: digits only",
               CHAPTER: "HS chapter does not exist"}
HS_LENGTH_MESSAGE = "needs 4, 6, 8, 10 or 12 digits"
TOO_LARGE = f"too large (more than {LIMIT:,.0f})"   # a project file refuses such numbers


@dataclass(frozen=True)
class RowIssue:
    row: int        # row number as the user sees it in the sheet (the header is row 1)
    field: str      # our field name, or a market ISO2 code
    message: str
    value: str = ""
    column: str = ""   # the sheet's column letter ('B'), so the cell is B{row}

    @property
    def cell(self) -> str:
        return f"{self.column}{self.row}" if self.column else ""

    def __str__(self) -> str:
        where = f"row {self.row}, {self.field}" + (f" (cell {self.cell})" if self.column else "")
        return f"{where}: {self.message}" + (f" ('{self.value}')" if self.value else "")


@dataclass(frozen=True)
class ImportWarning:
    """Not a reason to refuse a row, but the user must know. ``kind``:

    - ``no_data_country``: the column is named after a real country Kök has no data for
      (``value`` its ISO2, ``detail`` its English name); its numbers are not imported;
    - ``unknown_country``: the column holds numbers (or its name is close to a market's) but its
      name is no country Kök knows (``detail``: ISO2 of the close market, if any);
    - ``market_twice``: a second column for the same market (``value`` its ISO2): not imported;
    - ``hs_digits_dropped``: a 12-digit GTİP of row ``row``; the project keeps ``detail``;
    - ``columns_cut``: ``column`` (and ``value``) is the first cell holding data right of the
      last column read (``detail``: that column's letter, ``SF`` for 500 columns): not imported;
    - ``other_sheets``: ``column`` is the sheet read; ``detail`` the other visible sheets holding
      data (comma-separated), which were not read. Hidden sheets are never read.
    """

    kind: str
    column: str           # the header as in the file
    value: str = ""
    detail: str = ""
    row: int | None = None

    def __str__(self) -> str:
        texts = {"no_data_country": f"Kök has no data for {self.detail or self.value}: column not imported",
                 "unknown_country": "not a country Kök knows nor a known column: not imported"
                                    + (f" (did you mean {self.detail}?)" if self.detail else ""),
                 "market_twice": f"a second column for {self.value}: not imported",
                 "hs_digits_dropped": f"GTİP {self.value} kept as {self.detail} (a project keeps up to 10 digits)"}
        if self.kind == "columns_cut":
            return (f"cell {self.value}: Kök reads the first {MAX_COLUMNS} columns (A to {self.detail}); "
                    "cells further right were not imported")
        if self.kind == "other_sheets":
            return f"sheet '{self.column}' was read; other sheets with data were not: {self.detail}"
        where = f"row {self.row}, '{self.column}'" if self.row else f"column '{self.column}'"
        return f"{where}: {texts.get(self.kind, self.kind)}"


@dataclass
class ImportResult:
    source: str
    columns: dict[str, str]                       # our field -> header in the file
    market_columns: dict[str, str]                # market ISO2 -> header in the file
    ignored_columns: list[str]
    products: list[Product] = field(default_factory=list)
    volumes: dict[tuple[str, str], float] = field(default_factory=dict)
    issues: list[RowIssue] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)
    rows_read: int = 0
    row_status: list[tuple[int, list[str], list[RowIssue]]] = field(default_factory=list)  # for a preview
    sheet: str = ""                                # the worksheet read ('' for a CSV file)
    other_sheets: list[str] = field(default_factory=list)   # visible sheets with data, not read


def parse_amount(value, count: bool = False) -> tuple[float | None, str | None]:
    """(number, None) or (None, problem) for a cell: Turkish (1.234,56) or English (1,234.56)
    writing, a lone comma or point as decimal mark. A lone separator before exactly three digits
    ('1.500') is ambiguous for a decimal quantity and reported; for counts it groups thousands.
    A number over LIMIT is refused as TOO_LARGE: no project file holds it."""
    if isinstance(value, bool):
        return None, "not a number"
    if isinstance(value, (int, float)):
        return _bounded(float(value))
    text = str(value).strip().replace("\u00a0", "").replace(" ", "").replace("€", "").replace("EUR", "")
    if not text:
        return None, "empty"
    if not re.fullmatch(r"[+-]?[0-9.,]+", text):
        return None, "not a number"
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        decimal = "." if text.rfind(".") > text.rfind(",") else ","
        group = "," if decimal == "." else "."
        text = text.replace(group, "").replace(decimal, ".")
    elif dots + commas > 1:
        text = text.replace("." if dots else ",", "")            # 1.234.567 or 1,234,567
    elif dots + commas == 1:
        separator = "." if dots else ","
        head, tail = text.split(separator)
        if len(tail) == 3 and head.lstrip("+-") not in ("", "0"):
            if not count:
                return None, "ambiguous: write 1500 or 1,5 / 1.5 without a thousands separator"
            text = head + tail
        else:
            text = f"{head}.{tail}"
    try:
        number = float(text)
    except ValueError:
        return None, "not a number"
    return _bounded(number)


def _bounded(number: float) -> tuple[float | None, str | None]:
    if not math.isfinite(number):
        return None, "not a finite number"
    return (None, TOO_LARGE) if number > LIMIT else (number, None)


def _header_key(header) -> str:
    return ascii_key(re.sub(r"\(.*?\)", "", str(header or "")))


def _numbers_only(rows: list[list], index: int) -> bool:
    """True when the column has at least one cell and every filled cell is a count."""
    cells = [r[index] for r in rows if index < len(r) and r[index] is not None and str(r[index]).strip()]
    return bool(cells) and all(parse_amount(c, count=True)[1] in (None, TOO_LARGE) for c in cells)


def map_columns(header: list, pack, rows: list[list] = ()) -> tuple[dict[str, int], dict[str, int], list[str],
                                                                     list[ImportWarning]]:
    """Our fields and markets by column index, the ignored headers, and warnings for columns
    that look like markets but cannot be used (``rows``: the data rows, to see what a column holds)."""
    resolver = country_resolver(pack)
    fields, markets, ignored, warnings = {}, {}, [], []
    for index, title in enumerate(header):
        text = str(title if title is not None else "").strip()
        key, full = _header_key(title), ascii_key(text)
        found = next((f for f, names in FIELDS.items() if key in names or full in names), None)
        if found and found not in fields:
            fields[found] = index
            continue
        if not text:
            continue
        match = resolver.lookup(text)
        if match.status != MARKET and re.sub(r"\(.*?\)", "", text).strip():
            match = resolver.lookup(re.sub(r"\(.*?\)", "", text))    # 'İTALYA (adet)'
        ignored.append(text)
        if match.status == MARKET and match.iso2 not in markets:
            markets[match.iso2] = index
            ignored.pop()
        elif match.status == MARKET:
            warnings.append(ImportWarning("market_twice", text, match.iso2))
        elif match.status == NO_DATA:
            warnings.append(ImportWarning("no_data_country", text, match.iso2, match.name_en))
        elif not found and (match.suggestion or _numbers_only(rows, index)):
            warnings.append(ImportWarning("unknown_country", text, detail=match.suggestion))
    return fields, markets, ignored, warnings


def _hs_cell(cell, number: int, column: str, chapters: set[str], result: ImportResult, issues: list) -> str:
    """The code a product keeps; a problem goes to ``issues`` naming the cell (``column``: its letter)."""
    try:
        code = parse_hs(cell, chapters)
    except HsCodeError as exc:
        message = HS_MESSAGES.get(exc.reason, HS_LENGTH_MESSAGE)
        issues.append(RowIssue(number, "hs_code", message, exc.typed, column))
        return exc.digits
    if code.dropped:
        result.warnings.append(ImportWarning("hs_digits_dropped", result.columns["hs_code"], code.formatted,
                                             format_hs(code.stored), number))
    return code.stored


def import_table(path: Path | str, pack) -> ImportResult:
    """Products and volumes of a sheet, every row checked; within the caps of :mod:`sheet_reader`
    (rows, columns, file and unpacked size), each of which is an error or a warning naming it."""
    path = Path(path)
    sheet = read_sheet(path)
    if not sheet.rows:
        raise ImportFileError(str(path), "is empty")
    header = sheet.rows[0][1]
    data = sheet.rows[1:]
    fields, markets, ignored, warnings = map_columns(header, pack, [cells for _, cells in data])
    missing = [f for f in REQUIRED if f not in fields]
    if missing:
        raise ImportFileError(str(path), "no column for " + ", ".join(missing) + " (found: "
                              + ", ".join(str(h) for h in header if str(h or "").strip()) + ")")
    if sheet.beyond_columns:
        warnings.append(ImportWarning("columns_cut", sheet.beyond_columns, sheet.beyond_columns,
                                      column_letter(MAX_COLUMNS - 1)))
    if sheet.other_sheets:
        warnings.append(ImportWarning("other_sheets", sheet.name, sheet.name, ", ".join(sheet.other_sheets)))
    chapters = set(pack.column("hs_chapters", "chapter"))
    result = ImportResult(str(path), {f: str(header[i]) for f, i in fields.items()},
                          {m: str(header[i]) for m, i in markets.items()}, ignored, warnings=warnings,
                          sheet=sheet.name, other_sheets=sheet.other_sheets)
    letters = {f: column_letter(i) for f, i in fields.items()} | {m: column_letter(i) for m, i in markets.items()}
    seen: dict[str, int] = {}
    for number, row in data:
        result.rows_read += 1
        cells = {f: (row[i] if i < len(row) else None) for f, i in fields.items()}
        issues: list[RowIssue] = []
        values: dict[str, object] = {}
        name = str(cells["name"] or "").strip()
        if not name:
            issues.append(RowIssue(number, "name", "empty", column=letters["name"]))
        elif name in seen:
            issues.append(RowIssue(number, "name", f"duplicate of row {seen[name]}", name, letters["name"]))
        else:
            seen[name] = number
        values["name"] = name
        values["hs_code"] = _hs_cell(cells["hs_code"], number, letters["hs_code"], chapters, result, issues)
        for f in ("unit_value_eur", "unit_weight_kg", "unit_volume_m3", "units_per_pallet"):
            if f not in cells or (f == "units_per_pallet" and str(cells[f] or "").strip() == ""):
                continue
            amount, problem = parse_amount(cells[f], count=f in COUNT_FIELDS)
            if problem is None and amount <= 0:
                problem = "must be greater than zero"
            if problem is None and f in COUNT_FIELDS and amount != int(amount):
                problem = "must be a whole number"
            if problem:
                issues.append(RowIssue(number, f, problem, str(cells[f]), letters[f]))
            else:
                values[f] = int(amount) if f in COUNT_FIELDS else amount
        row_volumes = {}
        for market, index in markets.items():
            cell = row[index] if index < len(row) else None
            if cell is None or str(cell).strip() == "":
                continue
            amount, problem = parse_amount(cell, count=True)
            if problem is None and amount < 0:
                problem = "must not be negative"
            if problem:
                issues.append(RowIssue(number, market, problem, str(cell), letters[market]))
            elif amount:
                row_volumes[(name, market)] = amount
        result.row_status.append((number, [str(c if c is not None else "") for c in row], issues))
        if issues:
            result.issues += issues
            continue
        result.products.append(Product(**{"units_per_pallet": None} | values))
        result.volumes.update(row_volumes)
    return result
