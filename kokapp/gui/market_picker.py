"""The add-market box: type a country as people do ('İngiltere', 'ABD', 'bae', 'DE', 'Germany')
or pick it from the list. What was typed is resolved by ``core.country_lookup`` on Add or Enter;
the box's current list entry is never used in place of the text (typing a name the list does not
hold used to add, or complain about, the previously selected market)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox

from kokapp.core.country_lookup import CountryMatch, country_resolver
from kokapp.gui.collation import sorted_by_name
from kokapp.gui.search import FoldingCompleter


class MarketPicker(QComboBox):
    submitted = Signal()   # Enter pressed to add what was typed

    def __init__(self, pack, names: dict[str, str], language: str, parent=None):
        super().__init__(parent)
        self.names, self.language = names, language
        self.resolver = country_resolver(pack)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        markets = sorted_by_name(self.resolver.markets, lambda c: names[c], language)   # Turkish alphabet order
        entries = [(f"{names[iso2]} ({iso2})", iso2) for iso2 in markets]
        for text, iso2 in entries:
            self.addItem(text, iso2)
        # short forms people type ('İngiltere', 'BAE') are offered too, pointing at the market
        entries += [(f"{alias} → {names[iso2]} ({iso2})", iso2) for alias, iso2 in self.resolver.market_aliases()]
        self.completer_ = FoldingCompleter(entries, language, self)
        self.setCompleter(self.completer_)
        self.completer_.activated.connect(self._chosen)   # after the line edit's own setText
        self.lineEdit().setPlaceholderText(self.tr("Country name or code, e.g. Almanya, İngiltere, DE"))
        self.setCurrentIndex(-1)

    def _chosen(self, text: str) -> None:
        """An alias chosen from the pop-up ('İngiltere → Birleşik Krallık (GB)') shows as its
        market's own entry, once the completer has written its text (next event-loop turn)."""
        index = self.findData(self.completer_.value_of(text))
        if index >= 0:
            QTimer.singleShot(0, self, lambda: self.setCurrentIndex(index))

    def typed(self) -> str:
        return self.currentText().strip()

    def resolve(self) -> CountryMatch:
        """What the text in the box names (see CountryResolver.lookup)."""
        return self.resolver.lookup(self.typed())

    def keyPressEvent(self, event) -> None:
        """Enter asks for the typed market once (``submitted``). With an entry highlighted in the
        pop-up, Enter first picks that entry (the completer's default); the next Enter adds it.
        The line edit leaves Enter to the box, and the completer hands it to the box while its
        pop-up is open, so this is the one place that sees every Enter."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            popup = self.completer_.popup()
            if popup.isVisible() and popup.currentIndex().isValid():
                event.ignore()
                return
            popup.hide()
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def clear_entry(self) -> None:
        self.setCurrentIndex(-1)
        self.clearEditText()
