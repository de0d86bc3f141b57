"""Text matching that respects Turkish: İ/i and I/ı are different letters."""

from __future__ import annotations

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
