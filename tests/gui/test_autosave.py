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


def _held_saves(monkeypatch):
    """Each autosave waits at a gate before it writes (a worker queued behind a 10x study's jobs)."""
    import threading

    from kokapp.gui import autosave as autosave_module

    gate = threading.Event()
    real = autosave_module.save_project
    monkeypatch.setattr(autosave_module, "save_project", lambda *a, **k: (gate.wait(10), real(*a, **k)))
    return gate


def _session_files(autosave) -> list[str]:
    return sorted(p.name for p in autosave.folder.glob(f"{autosave.session}.*") if p.suffix != ".lock")


def test_a_save_in_flight_when_the_project_is_saved_leaves_no_older_copy(qtbot, window, monkeypatch):
    """Saved (Ctrl+S) while the minute's copy was still being written, then edited again: the copy
    of before the save is not kept to be offered after a crash (it would undo the save)."""
    gate = _held_saves(monkeypatch)
    model = window.project_panel.products_model
    assert model.setData(model.index(0, 2), "55")
    window.autosave.timer.timeout.emit()
    window.doc.undo_stack.setClean()                          # saved by the user meanwhile
    assert model.setData(model.index(0, 2), "57")             # and edited again
    gate.set()
    qtbot.waitUntil(lambda: window.autosave._job is None, timeout=10_000)
    assert _session_files(window.autosave) == []
    window.autosave.timer.timeout.emit()                       # the next minute saves the edit
    qtbot.waitUntil(lambda: window.autosave._job is None, timeout=10_000)
    assert _session_files(window.autosave) == [f"{window.autosave.session}.json", f"{window.autosave.session}.kok"]


def test_closing_while_a_save_is_written_leaves_nothing_to_recover(qtbot, window, monkeypatch):
    import threading

    gate = _held_saves(monkeypatch)
    model = window.project_panel.products_model
    assert model.setData(model.index(0, 2), "56")
    window.autosave.timer.timeout.emit()
    job = window.autosave._job
    threading.Timer(0.2, gate.set).start()
    window.autosave.close()                                   # the window closes while it is written
    assert job.finished.is_set()                              # close waited for it
    qtbot.wait(100)                                           # and its news, handed over afterwards
    assert _session_files(window.autosave) == []


def test_a_fault_in_the_background_save_is_raised_not_swallowed(qtbot, window, monkeypatch):
    from kokapp.gui import autosave as autosave_module

    def broken(*args, **kwargs):
        raise ValueError("a bug, not a full disk")

    monkeypatch.setattr(autosave_module, "save_project", broken)
    model = window.project_panel.products_model
    assert model.setData(model.index(0, 2), "58")
    with qtbot.captureExceptions() as raised:
        window.autosave.timer.timeout.emit()
        qtbot.waitUntil(lambda: window.autosave._job is None, timeout=10_000)
    assert [type(exc) for _, exc, _ in raised] == [ValueError]
