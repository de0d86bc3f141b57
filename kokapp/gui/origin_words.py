"""The words of a rule-of-origin verdict, in the UI language (one place for the dialog and the tables)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_STATUS = {"originating": QT_TRANSLATE_NOOP("OriginWords", "originating"),
           "not_originating": QT_TRANSLATE_NOOP("OriginWords", "not originating: MFN duty"),
           "conditional": QT_TRANSLATE_NOOP("OriginWords", "only if a condition holds: MFN until you confirm"),
           "customs_union": QT_TRANSLATE_NOOP("OriginWords", "customs union: A.TR, no origin needed"),
           "no_preference": QT_TRANSLATE_NOOP("OriginWords", "no preference to gain"),
           "no_rules": QT_TRANSLATE_NOOP("OriginWords", "rules not bundled"),
           "no_bom": QT_TRANSLATE_NOOP("OriginWords", "no bill of materials")}


def status_words() -> dict[str, str]:
    return {key: QCoreApplication.translate("OriginWords", text) for key, text in _STATUS.items()}
