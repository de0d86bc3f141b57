"""Autosave and recovery: a Kök process that crashes with unsaved work, and the next start."""

import subprocess
import sys

from PySide6.QtWidgets import QMessageBox

CRASHING_SESSION = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kokapp.core.datapack import bundled_datapack
from kokapp.gui.main_window import MainWindow
from kokapp.gui.settings import Settings
folder = Path(sys.argv[1])
window = MainWindow(bundled_datapack(), Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)),
                    autosave_folder=folder / "autosave")
window.open_demo()
model = window.project_panel.products_model
assert model.setData(model.index(0, 2), "77,25")          # an edit nobody saved
assert window.autosave.save_now()
os._exit(3)                                                # the laptop at the fair dies here
"""


def test_unsaved_work_survives_a_crash(qtbot, settings, tmp_path, monkeypatch):
    from kokapp.core.datapack import bundled_datapack
    from kokapp.gui.main_window import MainWindow

    crashed = subprocess.run([sys.executable, "-c", CRASHING_SESSION, str(tmp_path)], capture_output=True,
                             text=True, timeout=120)
    assert crashed.returncode == 3, crashed.stderr
    assert list((tmp_path / "autosave").glob("*.kok"))

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    window = MainWindow(bundled_datapack(), settings, autosave_folder=tmp_path / "autosave")
    qtbot.addWidget(window)
    assert window.offer_recovery()
    assert "did not close normally" in asked[0] and "Uludağ" in asked[0]
    assert window.doc.project.products[0].unit_value_eur == 77.25
    assert window.isWindowModified()                        # restored work is not saved yet
    assert not window.offer_recovery()                      # offered once, then gone
    window.doc.undo_stack.setClean()


def test_clean_close_leaves_nothing_to_recover(qtbot, window, tmp_path):
    model = window.project_panel.products_model
    assert model.setData(model.index(0, 2), "55")
    assert window.autosave.save_now()
    assert window.autosave.project_file.exists()
    window.doc.undo_stack.setClean()                        # e.g. after Save
    assert not window.autosave.project_file.exists()
    window.autosave.close()
    assert window.autosave.recoverable() == []


def test_a_running_window_is_not_recovered_by_another(qtbot, window, settings, tmp_path):
    from kokapp.core.datapack import bundled_datapack
    from kokapp.gui.main_window import MainWindow

    model = window.project_panel.products_model
    assert model.setData(model.index(0, 2), "55")
    assert window.autosave.save_now()
    other = MainWindow(bundled_datapack(), settings, autosave_folder=tmp_path / "autosave")
    qtbot.addWidget(other)
    assert other.autosave.recoverable() == []               # its lock is held: still alive
