"""A bill of materials as a user enters it: the button on the products box, lines pasted from
Excel with comma decimals, the verdict per location and market, a wrong line named, one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kokapp.core.bom import BomLine


def open_dialog(qtbot, window, answer):
    from kokapp.gui.bom_dialog import BomDialog

    panel = window.project_panel
    panel.products_view.setCurrentIndex(panel.products_model.index(0, 0))
    seen = {}

    def run():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, BomDialog) and w.isVisible())
        try:
            answer(dialog, seen)
        except Exception as e:          # noqa: BLE001 - reported after the dialog is closed
            seen["failed"] = AssertionError(f"{e!r}; seen {seen}")
        finally:
            if dialog.isVisible():
                dialog.reject()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, run)
    panel.bom_button.click()
    if "failed" in seen:
        raise seen["failed"]
    return seen


def verdict_rows(dialog) -> dict[tuple[str, str], tuple[str, str]]:
    t = dialog.verdicts
    return {(t.item(r, 0).text(), t.item(r, 1).text()): (t.item(r, 2).text(), t.item(r, 2).toolTip())
            for r in range(t.rowCount())}


def test_pasting_a_bill_of_materials_shows_where_the_product_originates(qtbot, window):
    def answer(dialog, seen):
        dialog.table.setCurrentCell(0, 0)
        dialog.table.paste("6813\tCN\t7,00\tfriction material\n7326\tTR\t2,50\tsteel back plate\n8708\tCN\t1\tshims\n")
        rows = verdict_rows(dialog)
        seen["keys"] = list(rows)
        seen["tangier"] = rows[("Tangier (Tanger Med) (Morocco)", "Germany")]
        seen["belgrade"] = rows[("Belgrade (Serbia)", "Germany")]
        seen["error"] = dialog.error.isHidden()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    seen = open_dialog(qtbot, window, answer)
    assert seen["error"]
    assert seen["tangier"][0] == "not originating: MFN duty" and "58% of the ex-works price, more than the 40% allowed" in seen["tangier"][1]
    assert seen["belgrade"][0] == "originating" and "EUR.1" in seen["belgrade"][1]
    assert window.doc.project.products[0].bom == (BomLine("6813", "CN", 7.0, "friction material"),
                                                   BomLine("7326", "TR", 2.5, "steel back plate"),
                                                   BomLine("8708", "CN", 1.0, "shims"))
    window.doc.undo_stack.undo()                                       # one undo step
    assert window.doc.project.products[0].bom == ()


def test_a_wrong_line_is_named_and_nothing_is_stored(qtbot, window):
    def answer(dialog, seen):
        dialog.table.setCurrentCell(0, 0)
        dialog.table.paste("6813\tCN\t7\n99ab\tCN\t1\n")
        seen["hs"] = dialog.error.text()
        dialog.table.paste("6813\tCN\t7\n7326\tQQ\t1\n")
        seen["origin"] = dialog.error.text()
        dialog.table.paste("6813\tCN\t17\n7326\tTR\t5\n")
        seen["total"] = dialog.error.text()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()     # refused: stays open
        seen["open"] = dialog.isVisible()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    seen = open_dialog(qtbot, window, answer)
    assert seen["hs"] == "Line 2: the HS code must have 4 to 10 digits of a known chapter."
    assert seen["origin"] == "Line 2: the origin must be a country code such as TR, CN or DE."
    assert seen["total"].startswith("The materials cost more than the product's unit value (18.00 €)")
    assert seen["open"] and window.doc.project.products[0].bom == ()


def test_the_detail_table_says_why_a_lane_pays_duty(qtbot, window):
    from PySide6.QtCore import Qt

    from kokapp.gui.commands import EditProduct

    panel = window.results_panel
    bom = (BomLine("6813", "CN", 7.0), BomLine("7326", "TR", 2.5), BomLine("8708", "CN", 1.0))
    window.doc.undo_stack.push(EditProduct(window.doc, 0, "bom", bom))
    name = window.doc.project.products[0].name
    panel.tabs.setCurrentIndex(2)                                       # the Detail tab, as a user opens it
    model = panel.detail_model

    def german_row():
        model.set_location("MA-TNG")
        return next((r for r in range(model.rowCount()) if model.index(r, 0).data() == "Germany"
                     and model.index(r, 1).data() == name), None)

    # the comparison is recomputed after the edit (its project is the document's: wait on the rows)
    qtbot.waitUntil(lambda: german_row() is not None and model.index(german_row(), 9).data()
                    == "MFN: not originating under the agreement's rule", timeout=10_000)
    row = german_row()
    tip = model.index(row, 9).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Rule of origin: not originating: MFN duty") and "58% of the ex-works price, more than the 40% allowed" in tip


def test_the_access_matrix_says_why_a_cell_pays_duty(qtbot, window):
    from PySide6.QtCore import Qt

    from kokapp.gui.commands import EditProduct

    panel = window.results_panel
    bom = (BomLine("6813", "CN", 7.0), BomLine("7326", "TR", 2.5), BomLine("8708", "CN", 1.0))
    window.doc.undo_stack.push(EditProduct(window.doc, 0, "bom", bom))
    panel.tabs.setCurrentIndex(3)                                       # Market access
    model = panel.access_model

    def tip():
        model.set_product(window.doc.project.products[0].name)
        if "MA-TNG" not in model.locations:
            return ""
        cell = model.index(model.locations.index("MA-TNG"), model.markets.index("DE"))
        return cell.data(Qt.ItemDataRole.ToolTipRole) or ""

    # the comparison is recomputed after the edit (its project is the document's: wait on the cell)
    qtbot.waitUntil(lambda: "MFN: not originating under the agreement's rule" in tip(), timeout=10_000)
    assert "Rule of origin: not originating: MFN duty" in tip() and "58%" in tip()
