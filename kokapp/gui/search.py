"""A completer that matches the way people type: 'ırak', 'IRAK' and 'irak' find 'Irak', 'izmir'
finds 'İzmir', 'turkiye' finds 'Türkiye' (Qt's own case folding treats İ/ı like English and keeps
accents); words anywhere in the entry."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QWidget

from kokapp.core.text import fold

FoldedRole = Qt.ItemDataRole.UserRole + 10
ValueRole = Qt.ItemDataRole.UserRole + 11
POPUP_MIN_WIDTH = 480   # px: a chapter title stays readable even when the cell is narrow
POPUP_MAX_WIDTH = 960   # px: the longest HS chapter titles (~570 characters) end in '…', whole in the tooltip


def search_key(text: str, language: str) -> str:
    """Case folded as the language does it (Turkish İ→i, I→ı), then loosened: dotless ı and every
    accent dropped (ş→s, ğ→g, ü→u, é→e), so Turkish letters typed or not both match."""
    text = unicodedata.normalize("NFKD", fold(text, language).replace("ı", "i"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


class FoldingCompleter(QCompleter):
    def __init__(self, entries: list[tuple[str, object]], language: str, parent=None):
        """``entries``: (text shown, value returned) pairs."""
        super().__init__(parent)
        self.language = language
        model = QStandardItemModel(self)
        for text, value in entries:
            item = QStandardItem(text)
            item.setData(search_key(text, language), FoldedRole)
            item.setToolTip(text)
            item.setData(value, ValueRole)
            model.appendRow(item)
        self.setModel(model)
        self.setCompletionRole(FoldedRole)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)   # both sides are folded already
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:
        return [search_key(path, self.language)]

    def pathFromIndex(self, index) -> str:
        return index.data(Qt.ItemDataRole.DisplayRole)

    def value_of(self, text: str):
        """The value of the entry whose shown text is ``text`` (None if there is none)."""
        model = self.model()
        for row in range(model.rowCount()):
            if model.item(row).text() == text:
                return model.item(row).data(ValueRole)
        return None


def fit_popup_width(completer: QCompleter, widget: QWidget, minimum: int = POPUP_MIN_WIDTH,
                    maximum: int = POPUP_MAX_WIDTH) -> int:
    """Make the completer's pop-up wide enough for its longest entry, not as narrow as the cell it
    opens from: at least ``minimum`` px, at most ``maximum`` px and the width of the widget's
    screen (longer entries end in '…' and show whole in their tooltip). Returns the width set."""
    popup = completer.popup()
    metrics = popup.fontMetrics()
    model = completer.model()
    longest = max((metrics.horizontalAdvance(model.index(r, 0).data() or "") for r in range(model.rowCount())),
                  default=0)
    frame = popup.frameWidth() * 2 + popup.verticalScrollBar().sizeHint().width() + 16
    screen = widget.screen()
    limit = min(maximum, screen.availableGeometry().width() - 40 if screen is not None else maximum)
    width = max(minimum, min(longest + frame, limit))
    popup.setMinimumWidth(width)
    popup.setTextElideMode(Qt.TextElideMode.ElideRight)
    return width
