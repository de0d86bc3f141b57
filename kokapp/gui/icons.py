"""The only file where icon file names are mentioned."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from kokapp.paths import resources_dir


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "kok.png"))
