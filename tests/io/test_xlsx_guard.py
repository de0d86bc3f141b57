"""XML inside an .xlsx that would make openpyxl use gigabytes while the file weighs kilobytes
and unpacks to less than the 50 MB cap: 12 million empty cells in one row (3.8 GB, 20 s before),
9 million cell formats in the styles (4.4 GB, 107 s), 7 million empty rows, an entity bomb. Each
is refused, naming the cap and the part, before openpyxl reads it; ordinary workbooks (with an
image, formulas, many strings) pass."""

import os
import zipfile
from pathlib import Path

import pytest
from hostile_xlsx import HEADER, PRODUCT, import_in_child, rewrite, with_sheet_xml, workbook
from openpyxl import Workbook

from kokapp.core.datapack import bundled_datapack
from kokapp.io.table_import import ImportFileError, import_table
from kokapp.io.xlsx_guard import XlsxTooComplex, check_xlsx

PACK = bundled_datapack()
HEADER_ROW = "<row>" + "".join(f'<c t="inlineStr"><is><t>{h}</t></is></c>' for h in HEADER) + "</row>"


def refusal(path: Path) -> str:
    with pytest.raises(XlsxTooComplex) as caught:
        check_xlsx(path.read_bytes())
    return caught.value.message


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory read from /proc (Linux)")
def test_twelve_million_cells_in_one_row(tmp_path):
    path = with_sheet_xml(tmp_path / "satır.xlsx", HEADER_ROW + "<row>" + "<c/>" * 12_000_000 + "</row>", "A1:F2")
    assert path.stat().st_size < 100_000
    message, peak_mb = import_in_child(path)
    assert message == ("is too complex to import (a row of more than 200,000 XML elements in "
                       "xl/worksheets/sheet1.xml)")
    assert peak_mb < 300


def test_nine_million_cell_formats(tmp_path):
    path = tmp_path / "biçimler.xlsx"
    workbook(HEADER, PRODUCT).save(path)
    rewrite(path, "xl/styles.xml", lambda xml: xml.replace(
        b"<cellXfs", b"<cellStyleXfs>" + b"<xf/>" * 9_000_000 + b"</cellStyleXfs><cellXfs", 1))
    assert refusal(path) == "is too complex to import (more than 500,000 XML elements in xl/styles.xml)"


def test_more_rows_than_excel_has(tmp_path):
    path = with_sheet_xml(tmp_path / "boş.xlsx", HEADER_ROW + "<row/>" * 1_100_000, "A1:F2")
    assert refusal(path) == "is too complex to import (more than 1,048,576 rows in xl/worksheets/sheet1.xml)"


def test_a_million_strings_in_a_prefixed_part(tmp_path):
    """Namespaced or prefixed tags (``x:si``, as some generators write) are counted the same."""
    path = tmp_path / "dizgiler.xlsx"
    workbook(HEADER, PRODUCT).save(path)
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    bomb = f'<x:sst xmlns:x="{ns}">' + "<x:si><x:t>a</x:t></x:si>" * 600_000 + "</x:sst>"
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/sharedStrings.xml", bomb)
    assert refusal(path) == ("is too complex to import (more than 1,000,000 XML elements in "
                             "xl/sharedstrings.xml)")


def test_an_entity_bomb_is_refused_by_its_declaration(tmp_path):
    path = tmp_path / "kahkaha.xlsx"
    workbook(HEADER, PRODUCT).save(path)
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')
    rewrite(path, "xl/workbook.xml", lambda xml: laughs + xml.split(b"?>", 1)[-1] if xml.startswith(b"<?xml")
            else laughs + xml)
    assert refusal(path) == "is too complex to import (a document type declaration in xl/workbook.xml)"
    with pytest.raises(ImportFileError, match="document type declaration"):
        import_table(path, PACK)


def test_ordinary_workbooks_pass(tmp_path):
    """An image (a part that is not XML), a formula, a second sheet and 10,000 products."""
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER + ["Toplam"])
    for i in range(10_000):
        ws.append([f"Ürün {i}", "870830", 18.5, 1.2, 0.0018, 100 + i, f"=F{i + 2}*C{i + 2}"])
    wb.create_sheet("Notlar").append(["Fiyatlar 2025 listesinden"])
    path = tmp_path / "liste.xlsx"
    wb.save(path)
    with zipfile.ZipFile(path, "a") as archive:            # parts that are not XML: expat cannot read them
        archive.writestr("xl/media/image1.png", b"\x89PNG\r\n\x1a\n" + os.urandom(5000))
        archive.writestr("xl/printerSettings/printerSettings1.bin", os.urandom(2000))
    check_xlsx(path.read_bytes())
    result = import_table(path, PACK)
    assert len(result.products) == 10_000 and result.issues == []
    assert result.sheet == "Sheet" and result.other_sheets == ["Notlar"]
