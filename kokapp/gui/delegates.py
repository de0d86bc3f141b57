"""Cell editors: HS code search by Turkish or English chapter title, numbers in the UI locale."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate

from kokapp.gui.search import FoldingCompleter


class HsCodeDelegate(QStyledItemDelegate):
    """Typing part of a chapter title ('taşıt', 'vehicle') offers '87 · …'; choosing one fills in
    the chapter digits to complete with the heading (e.g. 8708)."""

    def __init__(self, chapters: list[tuple[str, str, str]], language: str = "tr", parent=None):
        super().__init__(parent)
        self.language = language
        self.entries = [(f"{code} · {title_tr} / {title_en}", code) for code, title_en, title_tr in chapters]

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        completer = FoldingCompleter(self.entries, self.language, editor)
        completer.activated.connect(lambda text: editor.setText(text.split(" · ")[0]))
        editor.setCompleter(completer)
        editor.setPlaceholderText(self.tr("e.g. 8708 or a word of the chapter title"))
        return editor

    def setModelData(self, editor, model, index):
        text = editor.text()
        model.setData(index, text.split(" · ")[0] if " · " in text else text, Qt.ItemDataRole.EditRole)
