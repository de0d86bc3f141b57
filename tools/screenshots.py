"""Screenshots of the running app for the README (Turkish and English).

    xvfb-run -a -s "-screen 0 1600x1000x24" python3 tools/screenshots.py docs/screenshots
    xvfb-run -a -s "-screen 0 1366x768x24" python3 tools/screenshots.py /tmp/laptop --laptop

Runs the real window on the X server given by DISPLAY (Xvfb on a machine without a screen),
opens the demo project and saves the money view (the verdict first), the scores, lane detail
(with each lane's route), market access and feasibility views.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from kokapp.core.datapack import bundled_datapack
from kokapp.gui.main_window import MainWindow
from kokapp.gui.settings import Settings

VIEWS = {"money": 0, "ranking": 1, "detail": 2, "access": 3, "feasibility": 4}


def main(target: Path, laptop: bool = False) -> None:
    app = QApplication(sys.argv[:1])
    target.mkdir(parents=True, exist_ok=True)
    for language in ("tr", "en"):
        store = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
        settings = Settings(store)
        settings.language = language
        window = MainWindow(bundled_datapack(), settings)
        window.open_demo()
        if laptop:          # as a 1366 x 768 laptop shows it: maximised, first start
            window.showMaximized()
        else:
            window.resize(1440, 880)
            window.show()
        window.results_panel.money_tab.finish()          # every set-up worked out: the verdict is final
        for name, tab in VIEWS.items():
            window.results_panel.tabs.setCurrentIndex(tab)
            for _ in range(20):
                app.processEvents()
            window.grab().save(str(target / f"{name}_{language}.png"))
        window.doc.undo_stack.setClean()
        window.close()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(Path(args[0] if args else "docs/screenshots"), laptop="--laptop" in sys.argv)
