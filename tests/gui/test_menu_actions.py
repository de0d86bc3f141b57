"""Every menu action, triggered the way a user triggers it: ``QAction.trigger()`` found by walking
the menu bar, and the shortcuts typed with qtbot. File and message dialogs are answered through
their static functions; a dialog's ``exec`` is replaced by pressing its OK button in code.

The first build's Export and Import items raised ``TypeError`` because ``triggered(bool)`` arrived
as their ``path`` argument, while tests that called the methods directly passed. pytest-qt fails a
test on any exception raised inside a Qt slot, so each trigger below is a real check.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu

from kokapp.io.project_file import load_project


def menu_actions(win) -> dict[str, QAction]:
    """Every action reachable from the menu bar, by object name, submenus included."""
    found: dict[str, QAction] = {}

    def walk(actions):
        for action in actions:
            if action.menu() is not None:
                walk(action.menu().actions())
            elif not action.isSeparator() and action.objectName().startswith("action_"):
                found[action.objectName().removeprefix("action_")] = action

    walk(win.menuBar().actions())
    return found


def accept_dialogs(monkeypatch, *classes) -> list[QDialog]:
    """Replace ``exec`` of these dialog classes by pressing OK (their own ``accept``)."""
    shown: list[QDialog] = []

    def press_ok(self):
        shown.append(self)
        self.accept()
        return self.result()

    for cls in classes:
        monkeypatch.setattr(cls, "exec", press_ok)
    return shown


def answer_save(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def answer_open(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


# -- one check per action ---------------------------------------------------------------------------

def check_new(qtbot, win, monkeypatch, tmp_path, shown):
    win.menu["new"].trigger()
    assert win.doc.project.products == [] and win.doc.path is None
    assert win.controller.comparison is None


def check_open(qtbot, win, monkeypatch, tmp_path, shown):
    path = tmp_path / "Şükrü Öztürk" / "çelik proje.kok"
    path.parent.mkdir()
    answer_save(monkeypatch, path)
    win.menu["save_as"].trigger()
    win.menu["new"].trigger()
    answer_open(monkeypatch, path)
    win.menu["open"].trigger()
    assert win.doc.path == path
    assert win.doc.project.company.startswith("Uludağ")
    assert win.controller.comparison is not None


def check_demo(qtbot, win, monkeypatch, tmp_path, shown):
    win.menu["new"].trigger()
    win.menu["demo"].trigger()
    assert win.doc.project.company.startswith("Uludağ") and win.doc.path is None
    win.results_panel.tabs.setCurrentWidget(win.results_panel.scores_tab)
    assert win.results_panel.ranking_model.rowCount() == 7


def check_rank_again(qtbot, win, monkeypatch, tmp_path, shown):
    """After Stop the figures on screen are older than the project: Rank again (F5) works them out."""
    win.controller.idle.emit(False)                   # what Stop reports
    assert "Rank again" in win.results_panel.status.text()
    win.doc.project.volumes[(win.doc.project.products[0].name, win.doc.project.markets[0])] = 99_999.0  # unranked
    before = win.controller.comparison
    win.menu["rank_again"].trigger()
    assert win.controller.comparison is not before
    assert win.controller.comparison.project.volume(win.doc.project.products[0].name,
                                                    win.doc.project.markets[0]) == 99_999.0
    assert "Rank again" not in win.results_panel.status.text()


def check_save(qtbot, win, monkeypatch, tmp_path, shown):
    path = tmp_path / "kayıt.kok"
    answer_save(monkeypatch, path)
    win.menu["save"].trigger()        # an unnamed project asks where, like Save as
    assert load_project(path, win.pack).company == win.doc.project.company
    win.project_panel.add_product()
    assert win.isWindowModified()
    win.menu["save"].trigger()        # now it writes to the same file without asking
    assert len(load_project(path, win.pack).products) == len(win.doc.project.products)
    assert not win.isWindowModified()


def check_save_as(qtbot, win, monkeypatch, tmp_path, shown):
    answer_save(monkeypatch, tmp_path / "yeni ad")          # no extension typed: .kok is added
    win.menu["save_as"].trigger()
    assert win.doc.path == tmp_path / "yeni ad.kok" and (tmp_path / "yeni ad.kok").is_file()
    assert "yeni ad.kok" in win.windowTitle()


def check_import(qtbot, win, monkeypatch, tmp_path, shown):
    from kokapp.gui.import_dialog import ImportDialog

    sheet = tmp_path / "ürünler.csv"
    sheet.write_text("Ürün;GTİP;Birim değer;Brüt ağırlık;Hacim;Almanya\n"
                     "Fren balatası;870830;12,50;1,2;0,002;1500\n"
                     "Debriyaj seti;870893;55;4,1;0,012;300\n", encoding="utf-8")
    answer_open(monkeypatch, sheet)
    dialogs = accept_dialogs(monkeypatch, ImportDialog)
    before = len(win.doc.project.products)
    win.menu["import"].trigger()
    assert len(dialogs) == 1
    names = [p.name for p in win.doc.project.products]
    assert len(names) == before + 2 and names[-2:] == ["Fren balatası", "Debriyaj seti"]
    assert win.doc.project.volumes[("Fren balatası", "DE")] == 1500
    win.menu["undo"].trigger()        # the import is one undoable step
    assert len(win.doc.project.products) == before


def check_export(qtbot, win, monkeypatch, tmp_path, shown):
    target = tmp_path / "Rapor çıktısı" / "fizibilite.xlsx"
    target.parent.mkdir()
    answer_save(monkeypatch, target)
    win.menu["export"].trigger()
    book = openpyxl.load_workbook(target)
    assert len(book.sheetnames) >= 5
    texts = [str(v) for row in book.worksheets[0].iter_rows(values_only=True) for v in row if v is not None]
    assert any("Uludağ" in t for t in texts)
    assert ("question", "Open the report now?") in shown


def check_quit(qtbot, win, monkeypatch, tmp_path, shown):
    assert win.isVisible()
    win.menu["quit"].trigger()
    assert not win.isVisible()


def check_undo(qtbot, win, monkeypatch, tmp_path, shown):
    before = len(win.doc.project.products)
    win.project_panel.add_product()
    assert win.menu["undo"].isEnabled()
    win.menu["undo"].trigger()
    assert len(win.doc.project.products) == before
    assert win.menu["redo"].isEnabled()


def check_redo(qtbot, win, monkeypatch, tmp_path, shown):
    before = len(win.doc.project.products)
    win.project_panel.add_product()
    win.menu["undo"].trigger()
    win.menu["redo"].trigger()
    assert len(win.doc.project.products) == before + 1


def check_add_product(qtbot, win, monkeypatch, tmp_path, shown):
    before = len(win.doc.project.products)
    win.menu["add_product"].trigger()
    assert len(win.doc.project.products) == before + 1


def check_sources(qtbot, win, monkeypatch, tmp_path, shown):
    from kokapp.gui import dialogs as dialog_module

    opened = accept_dialogs(monkeypatch, dialog_module.DataSourcesDialog)
    overrides = list(win.doc.project.overrides)
    win.menu["sources"].trigger()
    assert len(opened) == 1 and opened[0].result() == QDialog.DialogCode.Accepted
    assert win.doc.project.overrides == overrides      # OK without edits changes nothing


def check_settings(qtbot, win, monkeypatch, tmp_path, shown):
    from kokapp.gui.dialogs import SettingsDialog

    win.project_panel.add_product()                    # some history
    monkeypatch.setattr(SettingsDialog, "exec",
                        lambda self: (self.currency.setCurrentIndex(self.currency.findData("TRY")),
                                      self.accept(), self.result())[-1])
    win.menu["settings"].trigger()
    assert win.settings.currency == "TRY"
    assert win.menu["undo"].isEnabled(), "history survives Settings ▸ OK"
    headers = [win.results_panel.ranking_model.headerData(i, Qt.Orientation.Horizontal)
               for i in range(win.results_panel.ranking_model.columnCount())]
    assert any("₺" in str(h) for h in headers) and not any("€" in str(h) for h in headers)
    win.menu["undo"].trigger()                          # the rebuilt menu's undo still works
    assert not win.doc.undo_stack.canUndo() or win.doc.undo_stack.index() == 0


def check_about(qtbot, win, monkeypatch, tmp_path, shown):
    win.menu["about"].trigger()
    assert shown and shown[-1][0] == "about" and "Kök" in shown[-1][1]


CHECKS = {name.removeprefix("check_"): check for name, check in dict(globals()).items() if name.startswith("check_")}


def test_every_menu_action_has_a_check(window):
    """A new menu action without a check here fails this test."""
    assert set(menu_actions(window)) == set(CHECKS)
    assert window.menuBar().findChild(QMenu, "recent") is not None


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_menu_action_works(qtbot, window, monkeypatch, tmp_path, no_modal_dialogs, name):
    window.menu = menu_actions(window)
    CHECKS[name](qtbot, window, monkeypatch, tmp_path, no_modal_dialogs)


def test_actions_are_built_once_after_a_language_change(window, settings):
    """Rebuilding the menus (a language change) leaves one action per command, not two."""
    window.apply_language("tr")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)   # the old actions' deleteLater
    names = [a.objectName() for a in window.findChildren(QAction) if a.objectName().startswith("action_")]
    assert sorted(names) == sorted(set(names))
    assert menu_actions(window)["new"].text() == "&Yeni"


def test_recent_files_menu_opens_a_project(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "son.kok"
    answer_save(monkeypatch, path)
    menu_actions(window)["save_as"].trigger()
    menu_actions(window)["new"].trigger()
    recent = window.menuBar().findChild(QMenu, "recent")
    recent.aboutToShow.emit()
    entries = [a for a in recent.actions() if a.text() == str(path)]
    assert len(entries) == 1
    entries[0].trigger()
    assert window.doc.path == path and window.doc.project.company.startswith("Uludağ")


@pytest.mark.parametrize("name", ["add_product", "undo", "redo", "export", "import", "save", "save_as", "new",
                                  "open", "quit"])
def test_shortcuts_reach_their_action(qtbot, window, monkeypatch, tmp_path, name):
    """The shortcut typed on the window triggers the action (the same check as the menu)."""
    fired = []
    action = menu_actions(window)[name]
    keys = action.shortcut()
    assert not keys.isEmpty(), f"{name} has no shortcut"
    if name in ("undo", "redo"):                          # enabled only with history
        window.project_panel.add_product()
    if name == "redo":
        window.doc.undo_stack.undo()
    action.triggered.connect(lambda *_: fired.append(name))
    answer_save(monkeypatch, tmp_path / "kısayol.xlsx" if name == "export" else tmp_path / "kısayol.kok")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))   # import, open: cancelled
    window.activateWindow()
    window.results_panel.ranking_view.setFocus()
    combination = keys[0]
    qtbot.keyClick(window.results_panel.ranking_view, combination.key(), combination.keyboardModifiers())
    assert fired == [name]
    if name == "export":
        assert (tmp_path / "kısayol.xlsx").is_file()
    if name == "save":
        assert (tmp_path / "kısayol.kok").is_file()
