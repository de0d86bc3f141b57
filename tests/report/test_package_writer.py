"""The package writer puts each sheet's rows in order without openpyxl's one sort over every cell
(a long hold of the interpreter at the 10x study), and writes the same parts openpyxl writes."""

import io
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.writer.excel import ExcelWriter

from kokapp.report.package_writer import PackageWriter
from kokapp.report.writer import build_workbook


def _parts(wb, writer_class) -> dict[str, bytes]:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        writer_class(wb, archive).save()
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist() if name != "docProps/core.xml"}


def test_cells_written_out_of_order_come_out_by_row_and_column():
    wb = Workbook()
    ws = wb.active
    ws.title = "Sıra"
    for row, column, value in ((9, 3, "c9"), (2, 5, 2.5), (9, 1, "a9"), (2, 1, "a2"), (40, 2, "b40"), (2, 3, "ç2")):
        ws.cell(row=row, column=column, value=value)
    ws.row_dimensions[20].height = 30                   # a styled row without cells is written too
    ws.cell(row=30, column=4).font = Font(bold=True)    # a styled empty cell
    ours, theirs = _parts(wb, PackageWriter), _parts(wb, ExcelWriter)
    assert ours == theirs
    sheet = ours["xl/worksheets/sheet1.xml"].decode("utf-8")
    cells = [sheet.index(f'r="{ref}"') for ref in ("A2", "C2", "E2", "A9", "C9", "20", "D30", "B40")]
    assert cells == sorted(cells)


def test_the_demo_report_parts_are_the_ones_openpyxl_writes(data):
    for language in ("tr", "en"):
        assert _parts(build_workbook(data, language), PackageWriter) == _parts(build_workbook(data, language), ExcelWriter)
