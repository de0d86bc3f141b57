"""The import preview says what it did not import and where: columns of countries without data,
unknown names over numbers, shortened GTİP codes, and the cell of every problem."""

from __future__ import annotations

from kokapp.gui.import_dialog import ImportDialog
from kokapp.io.table_import import import_table


def test_preview_names_warnings_and_cells(window, tmp_path):
    sheet = tmp_path / "liste.csv"
    sheet.write_text("Ürün;GTİP;Birim değer;Brüt ağırlık;Hacim;Almanya;Japonya;Xyzland\n"
                     "Havlu;6302.31.00.00.11;4,5;0,4;0,002;100;50;7\n"
                     "Bornoz;63AB;9;0,9;0,004;40;5;3\n", encoding="utf-8")
    result = import_table(sheet, window.pack)
    dialog = ImportDialog(result, window.doc, window.names(), window)
    shown = "\n".join(dialog.warnings_shown)
    assert "Japonya" in shown and "no data for" in shown
    assert "Xyzland" in shown and "not a country Kök knows" in shown
    assert "6302.31.00.00.11" in shown and "6302.31.00.00" in shown and "Row 2" in shown
    status = dialog.table.item(1, 1).text()
    assert "(cell B3)" in status and "not an HS code" in status and "63AB" in status
    assert [p.name for p in dialog.valid] == ["Havlu"]
