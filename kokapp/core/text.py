"""Text matching that respects Turkish: İ/i and I/ı are different letters."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str, language: str = "tr") -> str:
    """Case-insensitive key. In Turkish, 'I' folds to 'ı' and 'İ' to 'i' (so 'IŞIK' matches
    'ışık' and 'İZMİR' matches 'izmir'); elsewhere Unicode case folding applies."""
    text = unicodedata.normalize("NFC", text.strip())
    if language == "tr":
        text = text.replace("I", "ı").replace("İ", "i")
        return text.lower()
    return text.casefold()


def ascii_key(text: str) -> str:
    """A loose key for header matching: Turkish letters to ASCII, lower case, no punctuation."""
    table = str.maketrans("ıİşŞğĞüÜöÖçÇ", "iisSgGuUoOcC")
    text = unicodedata.normalize("NFC", text).translate(table).lower()
    return "".join(ch for ch in text if ch.isalnum())


# Characters XML 1.0 (and so an .xlsx cell) cannot hold, plus lone surrogates, which no UTF-8
# file can hold: C0 controls other than tab, line feed and carriage return, U+FFFE, U+FFFF.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_AS_SPACE = {"\x0b": " ", "\x0c": " "}   # Word's Shift+Enter (vertical tab) and form feed: a space


def clean_text(text: str) -> str:
    """``text`` without the characters a project file or a workbook cannot hold: a vertical tab
    or form feed becomes a space, the others are removed. Everything else is kept."""
    if not _ILLEGAL.search(text):
        return text
    return _ILLEGAL.sub(lambda m: _AS_SPACE.get(m.group(), ""), text)
