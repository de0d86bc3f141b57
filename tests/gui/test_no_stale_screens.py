"""After File ▸ New or opening another project, nothing of the previous project stays on screen;
quitting through the menu leaves no traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from dataclasses import replace

from PySide6.QtWidgets import QFileDialog

from kokapp.io.project_file import save_project


def visit_every_tab(qtbot, win) -> None:
    tabs = win.results_panel.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        qtbot.wait(1)
    tabs.setCurrentIndex(0)


def trigger(win, name: str) -> None:
    from tests.gui.test_menu_actions import menu_actions

    menu_actions(win)[name].trigger()


def test_new_project_clears_every_result_view(qtbot, window):
    visit_every_tab(qtbot, window)
    panel = window.results_panel
    assert panel.cost_chart.bars and panel.score_chart.bar is not None
    assert window.project_panel.map.lane_count() > 0

    trigger(window, "new")

    assert panel.ranking_model.rowCount() == 0 and panel.detail_model.rowCount() == 0
    assert panel.access_model.rowCount() == 0
    assert panel.score_chart.bar is None
    assert panel.cost_chart.bars == [] and panel.transit_chart.items == []
    assert window.project_panel.map.lane_count() == 0
    assert panel.notes.text() == ""
    assert panel.detail_location.count() == 0 and panel.access_product.count() == 0
    panel.tabs.setCurrentWidget(panel.feasibility)
    assert panel.feasibility.result is None
    assert panel.feasibility.location.count() == 0


def test_opening_another_project_shows_only_that_project(qtbot, window, tmp_path, monkeypatch):
    demo = window.doc.project
    # another firm: one product, one market, two candidates none of which is the demo's leader
    other = replace(demo, company="Konya Döküm A.Ş.", products=demo.products[:1], markets=["RO"],
                    candidates=[c for c in demo.candidates if c != window.controller.comparison.leader][:2],
                    volumes={(demo.products[0].name, "RO"): 800.0}, overrides=[])
    path = tmp_path / "konya.kok"
    save_project(other, path)
    visit_every_tab(qtbot, window)
    panel = window.results_panel
    panel.tabs.setCurrentWidget(panel.detail_tab)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    trigger(window, "open")

    shown = {window.doc.project.origin_site, *other.candidates}
    assert {panel.detail_location.itemData(i) for i in range(panel.detail_location.count())} == shown
    assert {row["text"][0] for row in panel.detail_model.rows} == {window.names()["RO"]}
    panel.tabs.setCurrentWidget(panel.scores_tab)          # its table and chart are filled when shown
    assert panel.ranking_model.rowCount() == len(shown)
    assert set(panel.score_chart._labels) == {window.short_names()[s] for s in shown}
    panel.tabs.setCurrentWidget(panel.charts_tab)
    assert len(panel.cost_chart.bars[0].opts["x"]) == len(shown)
    panel.tabs.setCurrentWidget(panel.access_tab)
    assert [panel.access_product.itemData(i) for i in range(panel.access_product.count())] == [other.products[0].name]
    panel.tabs.setCurrentWidget(panel.feasibility)
    assert {panel.feasibility.location.itemData(i) for i in range(panel.feasibility.location.count())} == set(other.candidates)
    assert "✎" not in panel.notes.text()        # the demo's own figures are gone with it
    assert window.project_panel.map.lane_count() == 1


QUIT_SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from kokapp.gui.app import run

    app = QApplication(sys.argv[:1])

    def quit_through_the_menu():
        from kokapp.gui.main_window import MainWindow
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows or not windows[0].is_ready or windows[0].controller.comparison is None:
            QTimer.singleShot(100, quit_through_the_menu)     # not ranked yet (a busy machine): look again
            return
        window = windows[0]
        for tab in range(window.results_panel.tabs.count()):   # every tab shown once
            window.results_panel.tabs.setCurrentIndex(tab)
            app.processEvents()
        window.doc.project.company  # the demo is open
        actions = [a for menu in window.menuBar().actions() for a in menu.menu().actions()
                   if a.objectName() == "action_quit"]
        actions[0].trigger()

    QTimer.singleShot(100, quit_through_the_menu)
    QTimer.singleShot(30000, lambda: app.exit(3))   # never hang the test
    sys.exit(run(demo=True))
""")


def test_quit_through_the_menu_leaves_no_traceback(tmp_path):
    """The real app (under Xvfb when it is installed, else offscreen) quits cleanly from File ▸ Quit."""
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "PYTHONFAULTHANDLER": "1"}
    command = [sys.executable, "-c", QUIT_SCRIPT]
    if shutil.which("xvfb-run"):
        env.pop("QT_QPA_PLATFORM", None)
        env["QT_QPA_PLATFORM"] = "xcb"
        command = ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", *command]
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
