import pytest
from PySide6.QtCore import QSettings, QStandardPaths

QStandardPaths.setTestModeEnabled(True)  # never touch the real user data folders

from kokapp.core.datapack import bundled_datapack
from kokapp.gui.settings import Settings


@pytest.fixture()
def settings(tmp_path):
    """Settings in a temporary INI file: tests never touch the user's real settings."""
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture()
def window(qtbot, settings, tmp_path):
    from kokapp.gui.main_window import MainWindow

    settings.language = "en"
    win = MainWindow(bundled_datapack(), settings, autosave_folder=tmp_path / "autosave")
    qtbot.addWidget(win)
    win.open_demo()
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.doc.undo_stack.setClean()  # no "save changes?" prompt when the test closes it


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """Message boxes would block an offscreen test forever: record them instead."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def record(kind, answer=None):
        def show(parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            return answer
        return show

    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Discard))
    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "about", record("about"))
    monkeypatch.setattr(QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok))
    return shown

