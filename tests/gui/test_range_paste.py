"""A range copied from Excel and pasted while a cell's editor is open (one click opens it) fills
the table from that cell, as in Excel, instead of landing as text in the one cell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit


def open_editor(qtbot, view, row, column) -> QLineEdit:
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editors = [e for e in view.findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def test_range_pasted_into_an_open_volume_cell(qtbot, window):
    view = window.project_panel.volumes_view
    editor = open_editor(qtbot, view, 0, 0)
    QGuiApplication.clipboard().setText("111\t222\n333\t444\n")
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    p = window.doc.project
    assert [p.volume(p.products[c].name, p.markets[r]) for r in (0, 1) for c in (0, 1)] == [111, 222, 333, 444]
    window.doc.undo_stack.undo()                                     # one step
    assert p.volume(p.products[0].name, p.markets[0]) != 111


def test_range_pasted_into_an_open_product_cell(qtbot, window):
    view = window.project_panel.products_view
    editor = open_editor(qtbot, view, 0, 1)                       # the GTİP column's own editor too
    QGuiApplication.clipboard().setText("850440\t10,5\n870899\t11\n")
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    products = window.doc.project.products
    assert [(p.hs_code, p.unit_value_eur) for p in products[:2]] == [("850440", 10.5), ("870899", 11.0)]


def test_one_value_pasted_into_an_open_cell_stays_in_the_cell(qtbot, window):
    view = window.project_panel.volumes_view
    editor = open_editor(qtbot, view, 0, 0)
    QGuiApplication.clipboard().setText("777")
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.text().endswith("777")
