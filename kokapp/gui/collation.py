"""Sorting names as the reader's alphabet has them: Turkish order (Ç after C, İ after I, Ş after S,
Ü after U…) in the Turkish UI, through Qt's ICU collator, never by code point."""

from __future__ import annotations

from functools import cmp_to_key
from typing import Callable, Iterable, TypeVar

from PySide6.QtCore import QCollator, QLocale, QModelIndex, QSortFilterProxyModel

from kokapp.gui.i18n import language_locale

T = TypeVar("T")


def collator(language: str | None = None) -> QCollator:
    """A collator for 'tr' or 'en'; without a language, for the UI's default locale."""
    c = QCollator(language_locale(language) if language in ("tr", "en") else QLocale())
    c.setNumericMode(True)    # "Site 2" before "Site 10"
    return c


def sorted_by_name(items: Iterable[T], name: Callable[[T], str], language: str | None = None) -> list[T]:
    compare = collator(language).compare
    return sorted(items, key=cmp_to_key(lambda a, b: compare(name(a), name(b))))


class CollatingProxy(QSortFilterProxyModel):
    """A sort proxy that compares text with the UI's collator and everything else as values."""

    def __init__(self, parent=None, language: str | None = None):
        super().__init__(parent)
        self._collator = collator(language)

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        a, b = left.data(self.sortRole()), right.data(self.sortRole())
        if isinstance(a, str) and isinstance(b, str):
            return self._collator.compare(a, b) < 0
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)
