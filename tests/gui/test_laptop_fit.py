"""The first window fits a 1366 × 768 laptop and comes back where the user left it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kokapp.core.datapack import bundled_datapack


def test_ranking_fits_a_laptop_screen(window, qtbot):
    window.resize(1366, 740)
    window.results_panel.tabs.setCurrentWidget(window.results_panel.scores_tab)
    qtbot.wait(20)
    view = window.results_panel.ranking_view
    header = view.horizontalHeader()
    assert header.sectionSize(1) >= 170, "location names readable"
    first_six = sum(header.sectionSize(i) for i in range(6))
    assert first_six <= view.viewport().width(), "rank, name, score, logistics, duty and duty-free without scrolling"
    model = window.results_panel.ranking_model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    tips = [model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) for i in range(model.columnCount())]
    assert all(t and "\n" not in t for t in tips) and any("\n" in h for h in headers)
    # an elided location name is whole in its tooltip
    index = view.model().index(0, 1)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()


def test_window_geometry_is_remembered(qtbot, settings, tmp_path):
    from kokapp.gui.main_window import MainWindow

    settings.language = "en"
    first = MainWindow(bundled_datapack(), settings, autosave_folder=tmp_path / "a")
    qtbot.addWidget(first)
    first.show()
    first.resize(790, 503)    # within the offscreen screen (800 × 600): restoreGeometry keeps windows on screen
    qtbot.wait(10)
    size = (first.width(), first.height())
    first.close()
    assert settings.window_geometry
    second = MainWindow(bundled_datapack(), settings, autosave_folder=tmp_path / "b")
    qtbot.addWidget(second)
    assert second.height() == size[1] == 503     # the default would be the screen height (600)


def test_dialogs_fit_the_screen(window):
    """The data sources dialog is taller than a laptop's free area by design size: it shrinks to fit."""
    from kokapp.gui.dialogs import DataSourcesDialog

    dialog = DataSourcesDialog(window.pack, window.doc.project.overrides, window, "en")
    area = window.screen().availableGeometry()
    assert dialog.width() <= area.width() and dialog.height() <= area.height() - 40
