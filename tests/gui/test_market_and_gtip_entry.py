"""The add-market box and the GTİP column driven as a person would: typing Turkish names and
12-digit GTİP codes, pressing Enter, reading the status bar."""

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from kokapp.core.datapack import bundled_datapack
from tests.gui.test_range_paste import open_editor

MARKETS = set(bundled_datapack().column("countries", "iso2"))


def type_text(widget, text: str) -> None:
    """Key presses carrying the text, as a keyboard with Turkish letters sends them (QTest's
    keyClicks only knows ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def type_market(qtbot, window, text: str, key=Qt.Key.Key_Return) -> None:
    box = window.project_panel.market_choice
    box.lineEdit().setFocus()
    box.lineEdit().selectAll()
    type_text(box.lineEdit(), text)
    qtbot.keyClick(box.lineEdit(), key)


def test_ingiltere_and_enter_adds_the_united_kingdom(qtbot, window):
    assert "GB" in MARKETS   # the United Kingdom is a market of the bundled pack
    doc, box = window.doc, window.project_panel.market_choice
    box.setCurrentIndex(box.findData("DE"))                  # Germany chosen earlier (already a market)
    before = list(doc.project.markets)
    type_market(qtbot, window, "İngiltere")
    assert doc.project.markets == before + ["GB"]
    assert "already" not in window.statusBar().currentMessage()
    assert box.currentText() == ""                           # ready for the next one
    type_market(qtbot, window, "ingiltere", Qt.Key.Key_Enter)   # again, lower case, keypad Enter
    assert doc.project.markets == before + ["GB"]
    assert window.statusBar().currentMessage() == "United Kingdom is already a target market."
    doc.undo_stack.undo()
    assert doc.project.markets == before


def test_other_short_forms_and_codes_add_their_market(qtbot, window):
    doc = window.doc
    for typed, iso2 in (("BAE", "AE"), ("abd", "US"), ("S. Arabistan", "SA"), ("Rusya Federasyonu", "RU"),
                        ("EL", "GR"), ("srb", "RS")):
        type_market(qtbot, window, typed)
        assert doc.project.markets[-1] == iso2, typed


def test_a_country_without_data_is_named_and_nothing_is_added(qtbot, window):
    doc, box = window.doc, window.project_panel.market_choice
    box.setCurrentIndex(box.findData("RO"))                  # the bug: the previous entry was used instead
    before, steps = list(doc.project.markets), doc.undo_stack.count()
    type_market(qtbot, window, "Japonya")
    assert window.statusBar().currentMessage() == "Kök has no data for Japan, so it cannot be a target market."
    assert doc.project.markets == before and doc.undo_stack.count() == steps
    assert box.currentText() == "Japonya"                    # left as typed, to correct


def test_an_unknown_name_is_named_never_the_previous_market(qtbot, window):
    doc, panel = window.doc, window.project_panel
    panel.market_choice.setCurrentIndex(panel.market_choice.findData("DE"))
    before, steps = list(doc.project.markets), doc.undo_stack.count()
    type_market(qtbot, window, "Narnia")
    message = window.statusBar().currentMessage()
    assert message.startswith("'Narnia' is not a country Kök knows.") and "Germany" not in message
    panel.market_choice.lineEdit().setText("Almanyaa")
    panel.add_market()                                       # the Add button's slot
    assert window.statusBar().currentMessage() == "'Almanyaa' is not a country Kök knows. Did you mean Germany?"
    panel.market_choice.lineEdit().setText("")
    panel.add_market()
    assert window.statusBar().currentMessage() == "Type a country name or code, e.g. Almanya or DE."
    assert doc.project.markets == before and doc.undo_stack.count() == steps


def test_choosing_an_alias_in_the_popup_shows_its_market_then_enter_adds(qtbot, window):
    box = window.project_panel.market_choice
    box.lineEdit().setFocus()
    type_text(box.lineEdit(), "ingil")
    popup = box.completer().popup()
    assert popup.isVisible()
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert shown == ["İngiltere → United Kingdom (GB)"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)                 # picks the entry, does not add yet
    qtbot.waitUntil(lambda: box.currentText() == "United Kingdom (GB)")
    assert "GB" not in window.doc.project.markets
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert window.doc.project.markets[-1] == "GB"


def test_turkish_window_names_the_country_in_turkish(qtbot, window):
    window.apply_language("tr")
    type_market(qtbot, window, "Japan")
    assert "Japonya" in window.statusBar().currentMessage()
    type_market(qtbot, window, "BİRLEŞİK KRALLIK")
    assert window.doc.project.markets[-1] == "GB"


# -- GTİP in the products table --------------------------------------------------------------------

def test_twelve_digit_gtip_through_set_data(qtbot, window):
    model = window.project_panel.products_model
    index = model.index(0, 1)
    with qtbot.waitSignal(model.invalidInput) as note:
        assert model.setData(index, "6302.31.00.00.11")
    assert window.doc.project.products[0].hs_code == "6302310000"
    assert note.args[0] == ("GTİP 6302.31.00.00.11: Kök keeps 6302.31.00.00 (a project stores up to 10 digits); "
                            "duties use chapter 63.")
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert tip == ("GTİP 6302.31.00.00 · chapter 63 · heading 6302 · subheading 6302.31 — "
                   "used: chapter (Kök's duty rates are per HS chapter)")
    assert model.setData(index, "8708 30")
    assert window.doc.project.products[0].hs_code == "870830"
    assert "subheading 8708.30" in model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_unreadable_gtip_is_refused_never_replaced(qtbot, window):
    model = window.project_panel.products_model
    model.add_product()
    row = model.rowCount() - 1
    index = model.index(row, 1)
    for typed, words in (("87O8", "'87O8' is not an HS/GTİP code"), ("87083", "'87083' has 5 digits"),
                         ("8708309", "has 7 digits"), ("7701", "HS chapter 77 does not exist"),
                         ("0012", "HS chapter 00 does not exist"), ("", "Enter an HS/GTİP code")):
        with qtbot.waitSignal(model.invalidInput) as refused:
            assert not model.setData(index, typed)
        assert words in refused.args[0], typed
        assert window.doc.project.products[row].hs_code == "8708"    # unchanged, and said so


def open_hs_editor(qtbot, window) -> QLineEdit:
    return open_editor(qtbot, window.project_panel.products_view, 0, 1)     # the first product's GTİP cell


def test_twelve_digit_gtip_through_the_cell_editor(qtbot, window):
    view = window.project_panel.products_view
    editor = open_hs_editor(qtbot, window)
    editor.selectAll()
    qtbot.keyClicks(editor, "6302.31.00.00.11")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not [e for e in view.findChildren(QLineEdit) if e.isVisible()])
    assert window.doc.project.products[0].hs_code == "6302310000"
    assert "6302.31.00.00.11" in window.statusBar().currentMessage()
    tip = view.itemDelegateForColumn(1).tooltip(view.model().index(0, 1))
    assert tip.endswith("\n63 · Other made up textile articles; sets; worn clothing and worn textile articles; rags")


def test_gtip_popup_is_wide_enough_to_read_chapter_titles(qtbot, window):
    editor = open_hs_editor(qtbot, window)
    completer = editor.completer()
    popup = completer.popup()
    widths = sorted(popup.fontMetrics().horizontalAdvance(completer.model().index(r, 0).data())
                    for r in range(completer.model().rowCount()))
    cap = min(960, editor.screen().availableGeometry().width() - 40)
    assert widths[len(widths) // 2] > 480                  # a typical title needs more than the cell
    assert popup.minimumWidth() == max(480, min(cap, widths[-1] + popup.frameWidth() * 2
                                               + popup.verticalScrollBar().sizeHint().width() + 16))
    editor.setFocus()
    type_text(editor, "textile")
    assert popup.isVisible() and popup.width() >= popup.minimumWidth() >= 480 > editor.width()
    first = popup.model().index(0, 0)
    assert first.data(Qt.ItemDataRole.ToolTipRole) == first.data()   # a title cut with '…' reads whole here


def test_pasted_twelve_digit_codes_are_kept_with_ten_and_said_so(qtbot, window):
    model, view = window.project_panel.products_model, window.project_panel.products_view
    QGuiApplication.clipboard().setText("Nevresim\t6302.31.00.00.11\t9\t1\t0,01\n"
                                        "Havlu\t6302.60.00.00.12\t4\t0,5\t0,005\n")
    view.setCurrentIndex(QModelIndex())
    with qtbot.waitSignal(model.invalidInput) as note:
        assert view.paste() == 2
    assert [p.hs_code for p in window.doc.project.products[-2:]] == ["6302310000", "6302600000"]
    assert note.args[0] == "2 GTİP codes kept with their first 10 digits (a project stores up to 10); " \
                           "duties use the chapter."
