"""Nothing lost: a project with no criterion weighted saves and opens again; an autosave that
cannot be restored is kept and the user is told why."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QFileDialog, QMessageBox

from kokapp.io.project_file import load_project
from tests.gui.test_menu_actions import menu_actions


def test_all_weights_at_zero_save_and_open_again(qtbot, window, tmp_path, monkeypatch, no_modal_dialogs):
    for slider in window.results_panel.sliders.values():
        slider.setValue(0)
    qtbot.waitUntil(lambda: window.controller.comparison is None)
    assert sum(window.doc.project.weights.values()) == 0
    assert "weight" in window.results_panel.status.text().lower()

    path = tmp_path / "ağırlıksız.kok"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    menu_actions(window)["save_as"].trigger()
    assert load_project(path, window.pack).weights == window.doc.project.weights   # Kök opens what it writes

    menu_actions(window)["new"].trigger()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    menu_actions(window)["open"].trigger()
    assert window.doc.path == path and not [m for m in no_modal_dialogs if m[0] == "warning"]
    window.results_panel.sliders["logistics_cost"].setValue(50)       # one weight back: ranked again
    qtbot.waitUntil(lambda: window.controller.comparison is not None)


def test_a_restore_that_fails_keeps_the_autosave_and_says_why(qtbot, settings, tmp_path, monkeypatch):
    from kokapp.core.datapack import bundled_datapack
    from kokapp.gui.main_window import MainWindow

    folder = tmp_path / "autosave"
    folder.mkdir()
    damaged = folder / "oldsession.kok"
    damaged.write_text('{"format": "kok-project", "format_version": 2, "company": "Yarım', encoding="utf-8")
    (folder / "oldsession.json").write_text(json.dumps({"original": None, "saved": "2026-11-29T10:00",
                                                        "company": "Yarım Kalan A.Ş."}), encoding="utf-8")
    warned = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]) or QMessageBox.StandardButton.Ok)
    window = MainWindow(bundled_datapack(), settings, autosave_folder=folder)
    qtbot.addWidget(window)
    assert not window.offer_recovery()
    assert damaged.exists() and (folder / "oldsession.json").exists()      # kept
    assert len(warned) == 1 and str(damaged) in warned[0] and "oldsession.kok" in warned[0]
    assert window.autosave.recoverable()                                  # offered again next time


def test_a_project_kok_could_not_open_is_not_saved_and_the_user_is_told(qtbot, window, tmp_path, monkeypatch,
                                                                         no_modal_dialogs):
    from dataclasses import replace

    path = tmp_path / "büyük.kok"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    products = window.doc.project.products
    products[0] = replace(products[0], unit_value_eur=5e12)           # more than any file may hold
    menu_actions(window)["save_as"].trigger()
    assert not path.exists()
    warnings = [text for kind, text in no_modal_dialogs if kind == "warning"]
    assert warnings and "did not save" in warnings[-1] and "Product 1" in warnings[-1]


def test_an_unexpected_report_error_does_not_leave_the_wait_cursor(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication

    import kokapp.report.writer as writer

    def broken(*args, **kwargs):
        raise RuntimeError("disk controller on fire")

    monkeypatch.setattr(writer, "write_report", broken)
    try:
        window.export_report(str(tmp_path / "x.xlsx"), open_after=False)
    except RuntimeError:
        pass
    assert QApplication.overrideCursor() is None
