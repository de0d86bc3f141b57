"""Build the Excel feasibility summary and write it safely.

Writing goes to a temporary file in the target's folder, which then replaces the target, so a
failure never leaves a half-written workbook. Formula cells carry their computed values.
"""

from __future__ import annotations

import os
import re
import tempfile
import zipfile
from collections.abc import Iterator
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path

from openpyxl import Workbook

from kokapp.core.errors import Cancelled
from kokapp.core.text import clean_text
from kokapp.core.yielding import checkpoint
from kokapp.report.data import ReportData
from kokapp.report.errors import ReportError
from kokapp.report.package_writer import PackageWriter
from kokapp.report.sheets_availability import availability_sheet
from kokapp.report.sheets_economics import assumptions_sheet, feasibility_sheet, sources_sheet
from kokapp.report.sheets_results import access_sheet, locations_sheet, summary_sheet
from kokapp.report.sheets_origin import origin_sheet
from kokapp.report.sheets_routes import routes_sheet
from kokapp.report.wording import Names

LANGUAGES = ("tr", "en")


SHEETS = (summary_sheet, locations_sheet, routes_sheet, access_sheet, origin_sheet, feasibility_sheet,
          assumptions_sheet, availability_sheet, sources_sheet)   # each sets up its own printed pages
STEPS = len(SHEETS) + 1     # the sheets, then the file


def build_workbook(data: ReportData, language: str, progress=None) -> Workbook:
    """``progress(done, STEPS)``, if given, is called after each sheet (it may raise to stop)."""
    if language not in LANGUAGES:
        raise ValueError(language)
    wb = Workbook()
    names = Names(data, language)
    for done, sheet in enumerate(SHEETS, 1):
        sheet(wb, data, names, language)
        if progress is not None:
            progress(done, STEPS)
    wb.properties.creator = f"Kök {data.app_version}"
    wb.properties.title = clean_text(data.project.company)
    return wb


def _save(wb: Workbook, path: Path) -> None:
    """The package as openpyxl writes it, stored uncompressed: :func:`_cache_formula_values`
    rewrites every part anyway, and compresses it then, once."""
    wb.properties.modified = datetime.now(timezone.utc).replace(tzinfo=None)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED, allowZip64=True) as archive:   # closed on a failure too
        PackageWriter(wb, archive).save()


def _cache_formula_values(path: Path, wb: Workbook) -> None:
    """Give every formula cell its computed value (<v>) inside the saved package, and compress it
    (level 1: half the time of the usual 6, for a slightly larger file). Each part streams through
    a piece at a time with a checkpoint between pieces: reading, decoding or rewriting a 40,000-row
    sheet whole held the interpreter up to 0.15 s a call, the window waiting."""
    sheet_files = {f"xl/worksheets/sheet{i}.xml": ws for i, ws in enumerate(wb.worksheets, start=1)}
    patched = path.with_suffix(".patch")
    try:
        with zipfile.ZipFile(path) as source, \
                zipfile.ZipFile(patched, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
            for item in source.infolist():
                cached = getattr(sheet_files.get(item.filename), "kok_cached", None)
                with source.open(item) as part, target.open(item.filename, "w") as out:
                    for piece in _pieces(part):
                        out.write(_filled(piece, cached) if cached else piece)
                        checkpoint()
        os.replace(patched, path)
    finally:                   # stopped or failed on the way: nothing is left in the user's folder
        patched.unlink(missing_ok=True)


FORMULA = re.compile(r'(<c r="([A-Z]+[0-9]+)"[^>]*>)<f>(.*?)</f>(?:<v\s*/>|<v></v>)?</c>')
PIECE = 1_000_000      # bytes of a part read at a time
ROW_END = b"</row>"


def _pieces(part) -> Iterator[bytes]:
    """The part in pieces of about PIECE bytes, each cut after a row's end, so that no cell (and no
    UTF-8 character) spans two pieces; a part without rows comes whole."""
    rest = b""
    while chunk := part.read(PIECE):
        rest += chunk
        end = rest.rfind(ROW_END)
        if end >= 0:
            end += len(ROW_END)
            yield rest[:end]
            rest = rest[end:]
    if rest:
        yield rest


def _filled(piece: bytes, cached: dict) -> bytes:
    def fill(match: re.Match) -> str:
        value = cached.get(match.group(2))
        if value is None:
            return match.group(0)
        return f"{match.group(1)}<f>{match.group(3)}</f><v>{float(value)!r}</v></c>"
    return FORMULA.sub(fill, piece.decode("utf-8")).encode("utf-8")


def write_report(data: ReportData, target: Path | str, language: str, progress=None) -> Path:
    """The workbook written to ``target`` through a temporary file (an existing file is replaced
    whole or not at all). ``progress`` as for :func:`build_workbook`: a stop leaves no file."""
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise ReportError(target, "no_folder")
    if target.exists() and not os.access(target, os.W_OK):
        raise ReportError(target, "read_only")
    if target.exists() and _locked_by_office(target):
        raise ReportError(target, "locked")
    wb = build_workbook(data, language, progress)
    try:
        try:
            handle, temp_name = tempfile.mkstemp(prefix=".kok-", suffix=".xlsx", dir=folder)
        except OSError as exc:
            raise ReportError(target, "read_only", exc.strerror or str(exc)) from None
        os.close(handle)
        temp = Path(temp_name)
        try:
            _save(wb, temp)
            _cache_formula_values(temp, wb)
            with open(temp, "rb+") as fh:
                os.fsync(fh.fileno())
            _let_go(wb)                     # before the last step: once the target is replaced,
            if progress is not None:        # nothing is left that could still be stopped
                progress(STEPS, STEPS)      # the file: a stop here still leaves the target as it was
            os.replace(temp, target)
        except PermissionError as exc:
            raise ReportError(target, "locked", exc.strerror or str(exc)) from None
        except OSError as exc:
            raise ReportError(target, "failed", exc.strerror or str(exc)) from None
        finally:
            if temp.exists():
                temp.unlink()
    finally:
        _let_go(wb)                         # a failure or a stop on the way (none left after success)
    return target


def _let_go(wb: Workbook) -> None:
    """Break the workbook's reference cycles (each cell knows its sheet, each sheet its workbook), so
    reference counting frees it here, in the worker that wrote it: left to the cycle collector, a
    large report's cells stayed in memory until its next full collection. A stop asked for on the
    way is raised once every cell is let go (a half-freed workbook would stay in memory)."""
    stopped = None
    for ws in wb.worksheets:
        cells = ws._cells          # openpyxl keeps a sheet's cells in this dict
        while cells:               # a few thousand at a time: one clear() of 760,000 cells held the
            for key in list(islice(cells, 5000)):      # interpreter 0.2 s, the window waiting
                del cells[key]
            if stopped is None:
                try:
                    checkpoint()
                except Cancelled as exc:
                    stopped = exc
    for ws in list(wb.worksheets):
        wb.remove(ws)
    if stopped is not None:
        raise stopped


def _locked_by_office(target: Path) -> bool:
    """Excel and LibreOffice leave a lock file beside a workbook they have open."""
    return (target.parent / f"~${target.name}").exists() or (target.parent / f".~lock.{target.name}#").exists()
