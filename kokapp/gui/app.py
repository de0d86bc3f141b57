"""Start the desktop app: ``kokapp`` (or ``kokapp gui [PROJECT] [--demo]``)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from kokapp.core.datapack import bundled_datapack
from kokapp.core.errors import KokError


def run(project: str | None = None, demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Kok")
    app.setApplicationName("kokapp")
    app.setApplicationDisplayName("Kök")
    from kokapp.gui.main_window import MainWindow
    from kokapp.gui.messages import describe
    from kokapp.gui.settings import Settings

    try:
        pack = bundled_datapack()
    except KokError as exc:
        QMessageBox.critical(None, "Kök", describe(exc))
        return 2
    settings = Settings()
    window = MainWindow(pack, settings)
    window.show()
    if window.offer_recovery():
        pass
    elif project:
        window.open_path(project)
    elif demo or not settings.demo_shown:
        window.open_demo()
        settings.demo_shown = True
    return app.exec()
