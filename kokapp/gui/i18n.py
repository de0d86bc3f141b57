"""Install the app's and Qt's own translators and the matching number locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kokapp.paths import translations_dir

_installed: list[QTranslator] = []


def resolve_language(setting: str) -> str:
    """'auto' follows the system: Turkish on a Turkish system, English otherwise."""
    if setting in ("tr", "en"):
        return setting
    return "tr" if QLocale.system().language() == QLocale.Language.Turkish else "en"


def language_locale(language: str) -> QLocale:
    """The locale Kök uses for 'tr' (Türkiye) or 'en' (United Kingdom)."""
    return QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey) if language == "tr" \
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def ui_language() -> str:
    """'tr' when the window speaks Turkish (install_language sets the default locale), else 'en'."""
    return "tr" if QLocale().language() == QLocale.Language.Turkish else "en"


def install_language(app: QCoreApplication, setting: str) -> str:
    """Replace the installed translators; returns the language now in use ('tr' or 'en')."""
    language = resolve_language(setting)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = language_locale(language)
    QLocale.setDefault(locale)
    own = QTranslator(app)
    if own.load(str(translations_dir() / f"kokapp_{language}.qm")):
        app.installTranslator(own)
        _installed.append(own)
    if language == "tr":
        qt = QTranslator(app)
        if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    return language
