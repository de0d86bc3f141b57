"""Import products and annual volumes from a spreadsheet (.xlsx) or a CSV file, as SMEs keep them.

Columns are found by their header in Turkish or English ("Ürün", "GTİP", "Birim değer", "Brüt
ağırlık", "Hacim", "Palet başına adet"; a column named after a country — "Almanya", "DE",
"Germany" — holds that market's annual units). Every row is checked; a row with any problem is
reported with its row number and field and is not imported: nothing is imported silently wrong.
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from kokapp.core.errors import KokError
from kokapp.core.project import Product
from kokapp.core.text import ascii_key

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


class ImportFileError(KokError):
    """The file cannot be read at all (missing, wrong type, damaged, no usable header)."""

    def __init__(self, path: str, message: str):
        self.path, self.message = path, message
        super().__init__(f"{path}: {message}")


@dataclass(frozen=True)
class RowIssue:
    row: int        # row number as the user sees it in the sheet (the header is row 1)
    field: str      # our field name, or a market ISO2 code
    message: str
    value: str = ""

    def __str__(self) -> str:
        return f"row {self.row}, {self.field}: {self.message}" + (f" ('{self.value}')" if self.value else "")


@dataclass
class ImportResult:
    source: str
    columns: dict[str, str]                       # our field -> header in the file
    market_columns: dict[str, str]                # market ISO2 -> header in the file
    ignored_columns: list[str]
    products: list[Product] = field(default_factory=list)
    volumes: dict[tuple[str, str], float] = field(default_factory=dict)
    issues: list[RowIssue] = field(default_factory=list)
    rows_read: int = 0
    row_status: list[tuple[int, list[str], list[RowIssue]]] = field(default_factory=list)  # for a preview


def parse_amount(value, count: bool = False) -> tuple[float | None, str | None]:
    """(number, None) or (None, problem) for a cell: Turkish (1.234,56) or English (1,234.56)
    writing, a lone comma or point as decimal mark. A lone separator before exactly three digits
    ('1.500') is ambiguous for a decimal quantity and reported; for counts it groups thousands."""
    if isinstance(value, bool):
        return None, "not a number"
    if isinstance(value, (int, float)):
        return (float(value), None) if math.isfinite(value) else (None, "not a finite number")
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
    return (number, None) if math.isfinite(number) else (None, "not a finite number")


def read_rows(path: Path) -> list[list]:
    """Header row plus data rows from the first sheet of an .xlsx, or from a CSV file."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            from openpyxl import load_workbook

            wb = load_workbook(path, read_only=True, data_only=True)
            rows = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
            wb.close()
            return rows
        if suffix in (".csv", ".txt", ".tsv"):
            raw = path.read_bytes()
            for encoding in ("utf-8-sig", "cp1254"):  # Excel's Turkish CSV is often Windows-1254
                try:
                    text = raw.decode(encoding)
                    break
                except UnicodeDecodeError:
                    continue
            else:
                raise ImportFileError(str(path), "is not text in UTF-8 or Windows Turkish encoding")
            sample = text[:4096]
            try:
                dialect = csv.Sniffer().sniff(sample, delimiters=";,\t")
            except csv.Error:
                dialect = csv.excel
            return [row for row in csv.reader(io.StringIO(text), dialect)]
    except ImportFileError:
        raise
    except FileNotFoundError:
        raise ImportFileError(str(path), "file not found") from None
    except OSError as exc:
        raise ImportFileError(str(path), f"cannot be read ({exc.strerror})") from None
    except Exception as exc:  # openpyxl raises many types for a damaged or foreign file
        raise ImportFileError(str(path), f"is not a readable spreadsheet ({type(exc).__name__})") from None
    raise ImportFileError(str(path), "is not an .xlsx or .csv file")


def _header_key(header) -> str:
    return ascii_key(re.sub(r"\(.*?\)", "", str(header or "")))


def map_columns(header: list, pack) -> tuple[dict[str, int], dict[str, int], list[str]]:
    countries = pack.table("countries")
    country_keys = {}
    for row in countries.itertuples():
        for key in (row.iso2, row.iso3, row.name_en, row.name_tr):
            country_keys[ascii_key(key)] = row.iso2
    fields, markets, ignored = {}, {}, []
    for index, title in enumerate(header):
        key, full = _header_key(title), ascii_key(str(title or ""))
        found = next((f for f, names in FIELDS.items() if key in names or full in names), None)
        if found and found not in fields:
            fields[found] = index
        elif key in country_keys and country_keys[key] not in markets:
            markets[country_keys[key]] = index
        elif str(title or "").strip():
            ignored.append(str(title))
    return fields, markets, ignored


def import_table(path: Path | str, pack) -> ImportResult:
    path = Path(path)
    rows = read_rows(path)
    while rows and not any(str(c or "").strip() for c in rows[0]):
        rows.pop(0)
    if not rows:
        raise ImportFileError(str(path), "is empty")
    header = rows[0]
    fields, markets, ignored = map_columns(header, pack)
    missing = [f for f in REQUIRED if f not in fields]
    if missing:
        raise ImportFileError(str(path), "no column for " + ", ".join(missing) + " (found: "
                              + ", ".join(str(h) for h in header if str(h or "").strip()) + ")")
    chapters = set(pack.table("hs_chapters")["chapter"]) - {"77"}
    result = ImportResult(str(path), {f: str(header[i]) for f, i in fields.items()},
                          {m: str(header[i]) for m, i in markets.items()}, ignored)
    seen: dict[str, int] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(str(c if c is not None else "").strip() for c in row):
            continue
        result.rows_read += 1
        cells = {f: (row[i] if i < len(row) else None) for f, i in fields.items()}
        issues: list[RowIssue] = []
        values: dict[str, object] = {}
        name = str(cells["name"] or "").strip()
        if not name:
            issues.append(RowIssue(number, "name", "empty"))
        elif name in seen:
            issues.append(RowIssue(number, "name", f"duplicate of row {seen[name]}", name))
        else:
            seen[name] = number
        values["name"] = name
        hs = re.sub(r"[.\s]", "", str(cells["hs_code"] if cells["hs_code"] is not None else ""))
        hs = hs[:-2] if hs.endswith(".0") else hs
        if isinstance(cells["hs_code"], (int, float)) and not isinstance(cells["hs_code"], bool):
            hs = str(int(cells["hs_code"]))  # a number cell: 870830.0 -> 870830 (leading zero lost)
            hs = hs.zfill(len(hs) + len(hs) % 2)
        if not (hs.isdigit() and 4 <= len(hs) <= 10 and len(hs) % 2 == 0):
            issues.append(RowIssue(number, "hs_code", "needs 4, 6, 8 or 10 digits", str(cells["hs_code"] or "")))
        elif hs[:2] not in chapters:
            issues.append(RowIssue(number, "hs_code", "HS chapter does not exist", hs))
        values["hs_code"] = hs
        for f in ("unit_value_eur", "unit_weight_kg", "unit_volume_m3", "units_per_pallet"):
            if f not in cells or (f == "units_per_pallet" and str(cells[f] or "").strip() == ""):
                continue
            amount, problem = parse_amount(cells[f], count=f in COUNT_FIELDS)
            if problem is None and amount <= 0:
                problem = "must be greater than zero"
            if problem is None and f in COUNT_FIELDS and amount != int(amount):
                problem = "must be a whole number"
            if problem:
                issues.append(RowIssue(number, f, problem, str(cells[f])))
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
                issues.append(RowIssue(number, market, problem, str(cell)))
            elif amount:
                row_volumes[(name, market)] = amount
        result.row_status.append((number, [str(c if c is not None else "") for c in row], issues))
        if issues:
            result.issues += issues
            continue
        result.products.append(Product(**{"units_per_pallet": None} | values))
        result.volumes.update(row_volumes)
    return result
