"""Hostile .xlsx files for the import tests, built from a tiny real workbook with the zip edits
openpyxl would never make, and a child process that imports one and reports its peak memory."""

import subprocess
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook

HEADER = ["Ürün", "GTİP", "Birim değer", "Brüt ağırlık", "Hacim", "Almanya"]
PRODUCT = ["Fren balatası", "870830", 18.5, 1.2, 0.0018, 90000]
SHEET_XML = "xl/worksheets/sheet1.xml"
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def workbook(*rows) -> Workbook:
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    return wb


def rewrite(path: Path, member: str, edit) -> None:
    """Replace one member of the zip (the edits openpyxl would not make)."""
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in members:
            out.writestr(info.filename, edit(data) if info.filename == member else data)


def with_sheet_xml(path: Path, sheet_data: str, dimension: str) -> Path:
    """A real workbook whose first sheet is the given <sheetData> under the given dimension."""
    workbook(["x"]).save(path)
    rewrite(path, SHEET_XML, lambda _: (f'<worksheet xmlns="{NS}"><dimension ref="{dimension}"/>'
                                        f'<sheetData>{sheet_data}</sheetData></worksheet>').encode())
    return path


IMPORT_IN_CHILD = """
import sys
from kokapp.core.datapack import bundled_datapack
from kokapp.io.table_import import ImportFileError, import_table
try:
    import_table(sys.argv[1], bundled_datapack())
except ImportFileError as exc:
    print(exc.message)
with open("/proc/self/status") as status:      # VmHWM: this process's peak, not its parent's
    print(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
"""


def import_in_child(path: Path) -> tuple[str, int]:
    """(message, peak memory in MB) of importing ``path`` in a child that must end within 120 s."""
    done = subprocess.run([sys.executable, "-c", IMPORT_IN_CHILD, str(path)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    message, peak_kb = done.stdout.strip().splitlines()
    return message, int(peak_kb) // 1024
