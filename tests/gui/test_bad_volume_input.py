"""Bad input in the volumes table: a clear message, nothing lost, undo works."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication


@pytest.fixture()
def volumes(window):
    model = window.project_panel.volumes_model
    messages: list[str] = []
    model.invalidInput.connect(messages.append)
    return window, model, messages


@pytest.mark.parametrize("text", ["abc", "1,5", "-3", "12e3", "9.999.999.999.999", "٣٤", "=1+1", "1 2 3 4,5"])
def test_a_value_that_is_no_volume_is_refused_with_a_message(volumes, text):
    window, model, messages = volumes
    index = model.index(0, 0)
    before = dict(window.doc.project.volumes)
    depth = window.doc.undo_stack.count()
    assert model.setData(index, text) is False
    assert window.doc.project.volumes == before and window.doc.undo_stack.count() == depth
    assert len(messages) == 1 and "is not an annual volume" in messages[0]


@pytest.mark.parametrize("text, units", [("12.500", 12500), ("12,500", 12500), (" 7 ", 7), ("1.000.000", 1_000_000)])
def test_volumes_as_people_write_them(volumes, text, units):
    window, model, messages = volumes
    assert model.setData(model.index(1, 1), text)
    product, market = window.doc.project.products[1].name, window.doc.project.markets[1]
    assert window.doc.project.volume(product, market) == units and messages == []
    window.doc.undo_stack.undo()
    assert window.doc.project.volume(product, market) != units


def test_empty_cell_means_no_sales(volumes):
    window, model, _ = volumes
    assert model.setData(model.index(0, 0), "")
    assert window.doc.project.volume(window.doc.project.products[0].name, window.doc.project.markets[0]) == 0


def test_a_paste_bigger_than_the_table_keeps_what_fits_and_says_what_did_not(volumes):
    window, model, messages = volumes
    before = dict(window.doc.project.volumes)
    rows, cols = model.rowCount(), model.columnCount()
    block = "\n".join("\t".join(str(100 + r * 10 + c) for c in range(cols + 2)) for r in range(rows + 3))
    QGuiApplication.clipboard().setText(block)
    view = window.project_panel.volumes_view
    view.setCurrentIndex(model.index(0, 0))
    view.paste()
    p = window.doc.project
    assert p.volume(p.products[cols - 1].name, p.markets[rows - 1]) == 100 + (rows - 1) * 10 + cols - 1
    outside = (rows + 3) * (cols + 2) - rows * cols
    assert messages and str(outside) in messages[-1] and "outside the table" in messages[-1]
    window.doc.undo_stack.undo()                 # the whole paste is one step
    assert window.doc.project.volumes == before


def test_a_paste_with_one_bad_cell_changes_nothing(volumes):
    window, model, messages = volumes
    before = dict(window.doc.project.volumes)
    QGuiApplication.clipboard().setText("10\t20\n30\tkırk\n")
    view = window.project_panel.volumes_view
    view.setCurrentIndex(model.index(0, 0))
    view.paste()
    assert window.doc.project.volumes == before
    assert "kırk" in messages[-1] and "row 2, column 2" in messages[-1]


def test_stale_header_sections_answer_nothing(volumes):
    """A view asking for a section of the previous project (models switching) gets None, no crash."""
    _, model, _ = volumes
    from PySide6.QtCore import Qt

    assert model.headerData(999, Qt.Orientation.Horizontal) is None
    assert model.headerData(999, Qt.Orientation.Vertical) is None
    assert model.data(model.createIndex(999, 999)) is None


def test_every_table_model_answers_stale_sections_with_nothing(window):
    """Product, ranking, detail and access models too: a stale row or column gives None, never an
    exception (PySide6 turns an exception inside a model method into a crash)."""
    from PySide6.QtCore import Qt

    panel = window.results_panel
    models = [window.project_panel.products_model, panel.ranking_model, panel.detail_model, panel.access_model]
    for model in models:
        for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
            assert model.headerData(10_000, orientation) is None
        assert model.data(model.createIndex(10_000, 0)) is None
        assert model.data(model.createIndex(0, 10_000)) is None
