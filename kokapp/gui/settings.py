"""The one typed wrapper over QSettings (language, currency, origin hub, units, files)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

LANGUAGES = ("auto", "tr", "en")
CURRENCIES = ("EUR", "USD", "TRY")
UNITS = ("metric",)
MAX_RECENT = 8


class Settings:
    """Declared defaults; nothing is created at import time. Tests pass their own QSettings."""

    DEFAULTS = {"language": "auto", "currency": "EUR", "default_origin": "TR-BUR", "units": "metric",
                "recent_files": [], "last_folder": "", "last_export_folder": "", "demo_shown": False,
                "window_geometry": b""}

    def __init__(self, store: QSettings | None = None):
        self._store = store if store is not None else QSettings("Kok", "kokapp")

    def _get(self, key: str):
        default = self.DEFAULTS[key]
        value = self._store.value(key, default)
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(default, bytes):
            return bytes(value.data()) if hasattr(value, "data") else (value if isinstance(value, bytes) else b"")
        if isinstance(default, list):
            if value in (None, ""):
                return []
            return [value] if isinstance(value, str) else list(value)
        return str(value)

    def _set(self, key: str, value) -> None:
        self._store.setValue(key, value)
        self._store.sync()

    @property
    def language(self) -> str:
        value = self._get("language")
        return value if value in LANGUAGES else "auto"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(value)
        self._set("language", value)

    @property
    def currency(self) -> str:
        value = self._get("currency")
        return value if value in CURRENCIES else "EUR"

    @currency.setter
    def currency(self, value: str) -> None:
        if value not in CURRENCIES:
            raise ValueError(value)
        self._set("currency", value)

    @property
    def default_origin(self) -> str:
        return self._get("default_origin")

    @default_origin.setter
    def default_origin(self, value: str) -> None:
        self._set("default_origin", value)

    @property
    def units(self) -> str:
        return "metric"

    @property
    def recent_files(self) -> list[str]:
        return self._get("recent_files")

    def add_recent_file(self, path: str) -> None:
        files = [path] + [f for f in self.recent_files if f != path]
        self._set("recent_files", files[:MAX_RECENT])

    def remove_recent_file(self, path: str) -> None:
        self._set("recent_files", [f for f in self.recent_files if f != path])

    @property
    def last_folder(self) -> str:
        return self._get("last_folder")

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._set("last_folder", value)

    @property
    def last_export_folder(self) -> str:
        return self._get("last_export_folder")

    @last_export_folder.setter
    def last_export_folder(self, value: str) -> None:
        self._set("last_export_folder", value)

    @property
    def demo_shown(self) -> bool:
        return self._get("demo_shown")

    @demo_shown.setter
    def demo_shown(self, value: bool) -> None:
        self._set("demo_shown", bool(value))

    @property
    def window_geometry(self) -> bytes:
        """The main window's saved geometry (QWidget.saveGeometry), empty before the first close."""
        return self._get("window_geometry")

    @window_geometry.setter
    def window_geometry(self, value: bytes) -> None:
        self._set("window_geometry", bytes(value))
