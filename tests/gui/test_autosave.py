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


def _written_by(monkeypatch):
    """Record the thread that writes each autosave (and let the write go ahead)."""
    import threading

    from kokapp.gui import autosave as autosave_module

    threads = []
    real = autosave_module.save_project

    def save(project, path, *args, **kwargs):
        threads.append(threading.current_thread())
        return real(project, path, *args, **kwargs)

    monkeypatch.setattr(autosave_module, "save_project", save)
    return threads


def test_the_timer_saves_in_a_worker_and_edits_meanwhile_are_kept_for_the_next(qtbot, window, monkeypatch):
    """The minute's autosave is written by a worker from a snapshot (a 10x study held the window's
    thread 0.13 s while set-ups were worked out); the recovered file has what was edited before it."""
    import threading

    from kokapp.io.project_file import load_project

    threads = _written_by(monkeypatch)
    model = window.project_panel.products_model
    assert model.setData(model.index(0, 2), "66,5")
    window.autosave.timer.timeout.emit()                     # the minute is up
    assert window.autosave._job is not None
    assert model.setData(model.index(0, 2), "70")            # typed while the worker writes
    qtbot.waitUntil(lambda: window.autosave._job is None, timeout=10_000)
    assert threads and threads[0] is not threading.main_thread()
    saved = load_project(window.autosave.project_file)
    assert saved.products[0].unit_value_eur == 66.5         # the snapshot, not the later edit
    window.autosave.timer.timeout.emit()
    qtbot.waitUntil(lambda: window.autosave._job is None, timeout=10_000)
    assert load_project(window.autosave.project_file).products[0].unit_value_eur == 70.0


def test_a_save_in_flight_leaves_nothing_once_the_project_is_saved_or_closed(qtbot, window, monkeypatch):
    import threading

    from kokapp.gui import autosave as autosave_module

    gate = threading.Event()
    real = autosave_module.save_project
    monkeypatch.setattr(autosave_module, "save_project", lambda *a, **k: (gate.wait(10), real(*a, **k)))
    model = window.project_panel.products_model
    assert model.setData(model.index(0, 2), "55")
    window.autosave.timer.timeout.emit()
    window.doc.undo_stack.setClean()                          # saved by the user meanwhile
    gate.set()
    qtbot.waitUntil(lambda: window.autosave._job is None, timeout=10_000)
    assert not window.autosave.project_file.exists()

    gate.clear()
    assert model.setData(model.index(0, 2), "56")
    window.autosave.timer.timeout.emit()
    threading.Timer(0.2, gate.set).start()
    window.autosave.close()                                   # the window closes while it is written
    assert not window.autosave.project_file.exists() and window.autosave.recoverable() == []
