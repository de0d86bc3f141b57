"""Turn the core's typed errors into translated sentences (the core itself speaks no language)."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kokapp.core.errors import DataPackError, FieldError, KokError
from kokapp.gui.field_labels import country_name, field_label
from kokapp.io.project_file import ProjectFileError

_KNOWN = [
    QT_TRANSLATE_NOOP("Messages", "must be a number"),
    QT_TRANSLATE_NOOP("Messages", "must be a finite number"),
    QT_TRANSLATE_NOOP("Messages", "must be greater than zero"),
    QT_TRANSLATE_NOOP("Messages", "must not be negative"),
    QT_TRANSLATE_NOOP("Messages", "unknown site"),
    QT_TRANSLATE_NOOP("Messages", "unknown country"),
    QT_TRANSLATE_NOOP("Messages", "unknown product"),
    QT_TRANSLATE_NOOP("Messages", "must be a Turkish production hub"),
    QT_TRANSLATE_NOOP("Messages", "add at least one product"),
    QT_TRANSLATE_NOOP("Messages", "add at least one target market"),
    QT_TRANSLATE_NOOP("Messages", "enter an annual volume for at least one product and market"),
    QT_TRANSLATE_NOOP("Messages", "at least one criterion needs a weight above zero"),
    QT_TRANSLATE_NOOP("Messages", "HS chapter does not exist"),
    QT_TRANSLATE_NOOP("Messages", "must be 4, 6, 8 or 10 digits"),
    QT_TRANSLATE_NOOP("Messages", "duplicate product name"),
    QT_TRANSLATE_NOOP("Messages", "location listed twice"),
    QT_TRANSLATE_NOOP("Messages", "market listed twice"),
    QT_TRANSLATE_NOOP("Messages", "unknown market"),
    QT_TRANSLATE_NOOP("Messages", "must be zero or more"),
    QT_TRANSLATE_NOOP("Messages", "must not be empty"),
    QT_TRANSLATE_NOOP("Messages", "not a known reference figure"),
    QT_TRANSLATE_NOOP("Messages", "is not a Kök project file"),
    QT_TRANSLATE_NOOP("Messages", "is not UTF-8 text"),
    QT_TRANSLATE_NOOP("Messages", "must be one of the project's candidate locations"),
    QT_TRANSLATE_NOOP("Messages", "must be above -100 %"),
    QT_TRANSLATE_NOOP("Messages", "must be at most 100 %"),
    QT_TRANSLATE_NOOP("Messages", "unknown criterion"),
    QT_TRANSLATE_NOOP("Messages", "market is not a target market"),
    QT_TRANSLATE_NOOP("Messages", "must be a whole number of years from 1 to 30"),
    QT_TRANSLATE_NOOP("Messages", "must be a share from 0 to 10"),
    QT_TRANSLATE_NOOP("Messages", "must be from 0 to 100 %"),
    QT_TRANSLATE_NOOP("Messages", "must be a whole number of years, at least 1"),
    QT_TRANSLATE_NOOP("Messages", "is a folder, a device or a pipe, not a file"),
    QT_TRANSLATE_NOOP("Messages", "is larger than 50 MB: too large to import"),
    QT_TRANSLATE_NOOP("Messages", "unpacks to more than 50 MB: too large to import (save the product table alone in a "
                                  "new file)"),
    QT_TRANSLATE_NOOP("Messages", "has more than 10,000 rows of products: Kök imports at most 10,000 at a time "
                                  "(split the table)"),
    QT_TRANSLATE_NOOP("Messages", "has a line longer than 1,000,000 characters: not a table Kök can import"),
    QT_TRANSLATE_NOOP("Messages", "has no visible sheet"),
]


SHOWN_LIMIT = 200   # characters of user text a label shows (a 500,000-character note crashed painting)


def shown(text: str, limit: int = SHOWN_LIMIT) -> str:
    """User text for a label or cell: whole up to ``limit`` characters, then cut with an ellipsis
    (the whole text stays in the project, the file and the report)."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


# Phrases the core writes into duty notes (the rest of a note is the data's own citation).
_NOTE_PHRASES = [
    QT_TRANSLATE_NOOP("Messages", "no citable MFN tariff in the bundled data: enter your broker's quote"),
    QT_TRANSLATE_NOOP("Messages", "all-products average (no figure for the product group)"),
    QT_TRANSLATE_NOOP("Messages", "agricultural component may remain for processed products"),
    QT_TRANSLATE_NOOP("Messages", "Türkiye applies the EU common external tariff to industrial goods (Customs Union)"),
]


def translate_note(note: str) -> str:
    """A duty note with the core's own phrases in the UI language."""
    for phrase in _NOTE_PHRASES:
        if phrase in note:
            note = note.replace(phrase, _tr(phrase))
    return note


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


# Messages of the file layer with a variable part: (pattern, translatable template with %1, %2)
_PATTERNS = [
    (r"is not valid JSON \(line (\d+), column (\d+)\)",
     QT_TRANSLATE_NOOP("Messages", "is not a valid project file (damaged or cut off near line %1, column %2)")),
    (r"is not valid JSON \(nested too deeply\)", QT_TRANSLATE_NOOP("Messages", "is not a valid project file")),
    (r"is too large to be a Kök project", QT_TRANSLATE_NOOP("Messages", "is too large to be a Kök project")),
    (r"cannot be read \((.*)\)", QT_TRANSLATE_NOOP("Messages", "cannot be read (%1)")),
    (r"must be a finite number, not (.*)", QT_TRANSLATE_NOOP("Messages", "must be a finite number, not %1")),
    (r"is too large \((.*)\)", QT_TRANSLATE_NOOP("Messages", "is too large (%1)")),
    (r"must be (\w+), not (\w+)", QT_TRANSLATE_NOOP("Messages", "has the wrong type (%2 instead of %1)")),
    (r"is missing", QT_TRANSLATE_NOOP("Messages", "is missing")),
    (r"was written by a newer Kök \(format (\d+)\); please update Kök",
     QT_TRANSLATE_NOOP("Messages", "was written by a newer Kök (format %1): please update Kök")),
    (r"format (\d+) is too old to read", QT_TRANSLATE_NOOP("Messages", "format %1 is too old to read")),
    (r"has no format version", QT_TRANSLATE_NOOP("Messages", "has no format version")),
    (r"must be an object", QT_TRANSLATE_NOOP("Messages", "has the wrong structure")),
    (r"needs a kind: .*", QT_TRANSLATE_NOOP("Messages", "needs a set-up type (logistics hub, assembly or sales office)")),
    (r"must map markets to annual units", QT_TRANSLATE_NOOP("Messages", "must map markets to annual units")),
    (r"must be a whole number", QT_TRANSLATE_NOOP("Messages", "must be a whole number")),
    (r"must be a list of numbers.*", QT_TRANSLATE_NOOP("Messages", "must be a list of numbers")),
    (r"must be text, not (\w+)", QT_TRANSLATE_NOOP("Messages", "must be text")),
    (r"no freight mode reaches (.*) from the origin hub",
     QT_TRANSLATE_NOOP("Messages", "no freight mode reaches %1 from the origin hub")),
    (r"must be one of (.*)", QT_TRANSLATE_NOOP("Messages", "must be one of: %1")),
    (r"is too complex to import \((.*) in (.*)\)", QT_TRANSLATE_NOOP("Messages", "is too complex to import (%1 in %2)")),
    (r"too large to compare in full \(([\d,]+) location x market x product rows; at most ([\d,]+)\)",
     QT_TRANSLATE_NOOP("Messages", "too large to compare in full (%1 location × market × product rows; at most %2): "
                                   "the window ranks it; the report and the command line need a smaller study")),
]


def translate_file_message(message: str) -> str:
    for pattern, template in _PATTERNS:
        match = re.fullmatch(pattern, message)
        if match:
            text = _tr(template)
            for i, group in enumerate(match.groups(), start=1):
                text = text.replace(f"%{i}", group)
            return text
    for known in _KNOWN:  # core validation messages, possibly followed by the value
        if message.startswith(known):
            return _tr(known) + message[len(known):]
    return message


def describe_warning(warning) -> str:
    """A translated sentence for a LoadWarning (something adjusted while opening a file)."""
    templates = {
        "unknown_field": QCoreApplication.translate("Messages", "An unknown field '%1' was ignored."),
        "removed_candidate": QCoreApplication.translate(
            "Messages", "The candidate location '%1' is no longer in the reference data and was removed."),
        "removed_market": QCoreApplication.translate(
            "Messages", "The target market '%1' is not in the reference data and was removed."),
        "duplicate_candidate": QCoreApplication.translate(
            "Messages", "The candidate location '%1' was listed twice; it is compared once."),
        "duplicate_market": QCoreApplication.translate(
            "Messages", "The target market '%1' was listed twice; it is kept once."),
        "incomplete": QCoreApplication.translate("Messages", "The project is not complete yet: %1"),
    }
    detail = warning.detail
    if warning.kind == "incomplete" and ": " in detail:      # "field: message" from the core
        field, message = detail.split(": ", 1)
        detail = _field_message(field, message)
    return templates[warning.kind].replace("%1", detail)


def _field_message(field: str, message: str, names: dict[str, str] | None = None) -> str:
    """The field in words and the core's phrase translated; a few states get a sentence of their own."""
    if field == "weights" and message.startswith("at least one criterion needs a weight above zero"):
        return QCoreApplication.translate(
            "Messages", "No criterion is weighted: move at least one slider above zero to rank the locations.")
    return QCoreApplication.translate("Messages", "%1: %2").replace("%1", field_label(field, names)) \
        .replace("%2", translate_file_message(message))


def describe(error: Exception, names: dict[str, str] | None = None) -> str:
    """A translated, user-facing sentence for any error the core or the file layer raises."""
    if isinstance(error, FieldError) and error.message == "no statutory minimum wage bundled: enter your figure":
        return QCoreApplication.translate(
            "Messages", "No statutory minimum wage is bundled for %1. Enter the monthly minimum wage in EUR "
                        "as your figure '%2' in Tools ▸ Data sources.").replace("%1", country_name(str(error.value))) \
            .replace("%2", field_label(error.field))
    if isinstance(error, FieldError) and error.message == "no corporate tax rate bundled: enter your figure":
        return QCoreApplication.translate(
            "Messages", "No corporate tax rate is bundled for %1. Enter it as your figure '%2' in Tools ▸ Data sources."
        ).replace("%1", country_name(str(error.value))).replace("%2", field_label(error.field))
    if isinstance(error, FieldError):
        return _field_message(error.field, error.message, names)
    if isinstance(error, ProjectFileError):
        text = QCoreApplication.translate("Messages", "The file %1 could not be opened: %2").replace("%1", error.path)
        where = (QCoreApplication.translate("Messages", "field %1: ").replace("%1", error.field)) if error.field else ""
        return text.replace("%2", where + translate_file_message(error.message))
    if isinstance(error, DataPackError):
        return QCoreApplication.translate("Messages", "The reference data is damaged: %1").replace("%1", str(error.issues[0]))
    if isinstance(error, KokError):
        return str(error)
    if isinstance(error, OSError):
        return QCoreApplication.translate("Messages", "The file could not be read or written: %1").replace("%1", error.strerror or str(error))
    return str(error)


def fill(template: str, *values: str) -> str:
    """%1, %2… replaced in one pass: a value that itself reads "%2" (Turkish "%2,5") stays as it is."""
    return re.sub(r"%([1-9])", lambda m: values[int(m.group(1)) - 1], template)
