"""Start the desktop app: ``kokapp`` (or ``kokapp gui [PROJECT] [--demo]``)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from kokapp.core.datapack import bundled_datapack
from kokapp.core.errors import KokError


def run(project: str | None = None, demo: bool = False, quit_after_ms: int | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Kok")
    app.setApplicationName("kokapp")
    app.setApplicationDisplayName("Kök")
    from kokapp.gui.icons import app_icon

    app.setWindowIcon(app_icon())
    from kokapp.gui.background import share_the_interpreter, stop_all

    app.aboutToQuit.connect(lambda: stop_all())       # no worker outlives the window
    share_the_interpreter()
    from kokapp.gui.main_window import MainWindow
    from kokapp.gui.messages import describe
    from kokapp.gui.settings import Settings

    try:
        pack = bundled_datapack()
    except KokError as exc:
        QMessageBox.critical(None, "Kök", describe(exc))
        return 2
    settings = Settings()
    window = MainWindow(pack, settings, window_first=True)   # the results side comes after the first paint
    window.show()
    if quit_after_ms is None and window.offer_recovery():
        pass
    elif project:
        window.open_path(project)
    elif demo or not settings.demo_shown:
        window.open_demo()
        settings.demo_shown = True
    if quit_after_ms is not None:  # smoke test: report the window once it is ranked, then leave without prompts
        import time

        from PySide6.QtCore import QTimer

        give_up = time.monotonic() + quit_after_ms / 1000 + 60     # the results side comes after the first paint

        def finish():
            comparison = window.controller.comparison if window.is_ready else None
            ready = window.isVisible() and comparison is not None
            if not ready and time.monotonic() < give_up:
                QTimer.singleShot(50, finish)
                return
            print(f"kokapp: window ready: {ready}; ranking rows: "
                  f"{0 if comparison is None else len(comparison.ranked_locations)}", flush=True)
            window.doc.undo_stack.setClean()
            window.close()
            app.exit(0 if ready else 1)

        QTimer.singleShot(quit_after_ms, finish)
    return app.exec()
