"""Cell editors: HS code search by Turkish or English chapter title, numbers in the UI locale."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLineEdit, QToolTip

from kokapp.gui.search import FoldingCompleter, fit_popup_width
from kokapp.gui.table_clipboard import RangePasteDelegate


class HsCodeDelegate(RangePasteDelegate):
    """Typing part of a chapter title ('taşıt', 'vehicle') offers '87 · …'; choosing one fills in
    the chapter digits to complete with the heading (e.g. 8708). Any GTİP form is accepted as
    typed ('6302.31.00.00.11', '6302 31'): the model reads it and says what it keeps. The cell's
    tooltip adds the chapter's title to the model's explanation of the code."""

    def __init__(self, chapters: list[tuple[str, str, str]], language: str = "tr", parent=None):
        super().__init__(parent)
        self.language = language
        self.entries = [(f"{code} · {title_tr} / {title_en}", code) for code, title_en, title_tr in chapters]
        self.titles = {code: (title_tr if language == "tr" else title_en) for code, title_en, title_tr in chapters}

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        completer = FoldingCompleter(self.entries, self.language, editor)
        completer.activated.connect(lambda text: editor.setText(text.split(" · ")[0]))
        editor.setCompleter(completer)
        fit_popup_width(completer, editor)
        editor.setPlaceholderText(self.tr("e.g. 8708 or a word of the chapter title"))
        return editor

    def setModelData(self, editor, model, index):
        text = editor.text()
        model.setData(index, text.split(" · ")[0] if " · " in text else text, Qt.ItemDataRole.EditRole)

    def tooltip(self, index) -> str:
        """The model's explanation of the code plus the title of its chapter."""
        explanation = index.data(Qt.ItemDataRole.ToolTipRole) or ""
        code = str(index.data(Qt.ItemDataRole.EditRole) or "")
        title = self.titles.get(code[:2])
        return f"{explanation}\n{code[:2]} · {title}" if explanation and title else explanation

    def helpEvent(self, event, view, option, index) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            text = self.tooltip(index)
            if text:
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)
