"""A completer that matches the way people type: 'ırak' finds 'Irak' and 'izmir' finds 'İzmir'
in Turkish (Qt's own case folding treats İ/ı like English); words anywhere in the entry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter

from kokapp.core.text import fold

FoldedRole = Qt.ItemDataRole.UserRole + 10
ValueRole = Qt.ItemDataRole.UserRole + 11


class FoldingCompleter(QCompleter):
    def __init__(self, entries: list[tuple[str, object]], language: str, parent=None):
        """``entries``: (text shown, value returned) pairs."""
        super().__init__(parent)
        self.language = language
        model = QStandardItemModel(self)
        for text, value in entries:
            item = QStandardItem(text)
            item.setData(fold(text, language), FoldedRole)
            item.setData(value, ValueRole)
            model.appendRow(item)
        self.setModel(model)
        self.setCompletionRole(FoldedRole)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)   # both sides are folded already
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:
        return [fold(path, self.language)]

    def pathFromIndex(self, index) -> str:
        return index.data(Qt.ItemDataRole.DisplayRole)

    def value_of(self, text: str):
        """The value of the entry whose shown text is ``text`` (None if there is none)."""
        model = self.model()
        for row in range(model.rowCount()):
            if model.item(row).text() == text:
                return model.item(row).data(ValueRole)
        return None
