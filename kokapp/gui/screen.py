"""Windows and dialogs sized to the screen they open on (a 1366 × 768 laptop included)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

TITLE_BAR = 40   # pixels the window manager's title bar takes above a window


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to ``width`` × ``height``, or to what the screen's free area holds if that is less."""
    screen = widget.screen() if widget.screen() is not None else QGuiApplication.primaryScreen()
    area = screen.availableGeometry() if screen is not None else QRect(0, 0, width, height + TITLE_BAR)
    widget.resize(min(width, area.width()), min(height, area.height() - TITLE_BAR))
