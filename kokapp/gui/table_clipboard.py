"""A QTableView that copies and pastes cell ranges to and from Excel (tab-separated text)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QStyledItemDelegate, QTableView


def selection_as_tsv(view: QTableView) -> str:
    indexes = view.selectionModel().selectedIndexes()
    if not indexes:
        return ""
    rows = sorted({i.row() for i in indexes})
    cols = sorted({i.column() for i in indexes})
    model = view.model()
    lines = []
    for r in rows:
        cells = [str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) or "") for c in cols]
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


class SpreadsheetView(QTableView):
    """Ctrl+C copies the selected range; Ctrl+V pastes at the current cell (or below the last
    row when no cell is current) through the model's ``paste_tsv(text, row, column)``, which
    validates everything first and makes the whole paste one undo step."""

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
        elif event.matches(QKeySequence.StandardKey.Paste) and self.state() != QTableView.State.EditingState:
            self.paste()
        else:
            super().keyPressEvent(event)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(selection_as_tsv(self))

    def paste(self) -> int:
        text = QGuiApplication.clipboard().text()
        current = self.currentIndex()
        row = current.row() if current.isValid() else self.model().rowCount()
        col = current.column() if current.isValid() else 0
        return self.model().paste_tsv(text, row, col)


def is_range(text: str) -> bool:
    """Clipboard text of more than one cell (Excel separates cells with tabs and rows with new lines)."""
    return "\t" in text or "\n" in text.strip("\r\n")


class RangePasteDelegate(QStyledItemDelegate):
    """Ctrl+V of a range copied from Excel while a cell's editor is open (one click opens it) pastes
    the range into the table from that cell, as Excel does, instead of into the one cell."""

    def eventFilter(self, editor, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.matches(QKeySequence.StandardKey.Paste) \
                and is_range(QGuiApplication.clipboard().text()):
            view = self.parent()
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
            if isinstance(view, SpreadsheetView):
                view.paste()
            return True
        return super().eventFilter(editor, event)
