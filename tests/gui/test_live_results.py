"""Large projects in the window: volume edits update the live ranking cell by cell, every other
edit rebuilds it, and what the window shows equals a full comparison. (The threshold is lowered
so the demo counts as large.)"""

from dataclasses import replace

import numpy as np
import pytest

from kokapp.core.live import LiveRanking
from kokapp.core.project import CRITERIA, Product
from kokapp.gui import results
from kokapp.gui.commands import InsertProducts, SetVolume, SetWeight


@pytest.fixture()
def live_window(monkeypatch, window, qtbot):
    monkeypatch.setattr(results, "LIVE_ROWS", 10)
    window.controller.recompute()
    assert isinstance(window.controller.live, LiveRanking)
    return window


def shown_equals_full(window) -> None:
    shown = window.controller.comparison
    full = window.engine.compare(window.doc.project)
    assert shown.ranked_locations == full.ranked_locations
    for name in CRITERIA:
        np.testing.assert_allclose(shown.criteria_columns[name], full.criteria_columns[name], rtol=1e-9,
                                   equal_nan=True, err_msg=name)


def test_volume_edit_updates_the_live_ranking_in_place(qtbot, live_window):
    w = live_window
    live = w.controller.live
    product, market = w.doc.project.products[0].name, w.doc.project.markets[0]
    w.doc.undo_stack.push(SetVolume(w.doc, product, market, 123456.0))
    qtbot.waitUntil(lambda: w.controller.live.project.volume(product, market) == 123456.0)
    assert w.controller.live is live          # updated, not rebuilt
    shown_equals_full(w)
    w.doc.undo_stack.undo()
    qtbot.waitUntil(lambda: w.controller.live.project.volume(product, market) != 123456.0)
    assert w.controller.live is live
    shown_equals_full(w)


def test_other_edits_rebuild_and_weights_only_rerank(qtbot, live_window):
    w = live_window
    live = w.controller.live
    w.doc.undo_stack.push(InsertProducts(w.doc, len(w.doc.project.products),
                                         [Product("Yeni ürün", "940120", 55.0, 6.0, 0.08)],
                                         {("Yeni ürün", w.doc.project.markets[0]): 800.0}))
    qtbot.waitUntil(lambda: w.controller.live is not live)
    shown_equals_full(w)
    rebuilt = w.controller.live
    w.doc.undo_stack.push(SetWeight(w.doc, "tax", 9.0))
    qtbot.waitUntil(lambda: w.controller.comparison.project.weights.get("tax") == 9.0)
    assert w.controller.live is rebuilt
    full = w.engine.compare(replace(w.doc.project))
    assert w.controller.comparison.ranked_locations == full.ranked_locations


def test_detail_and_access_tabs_fill_on_demand(qtbot, live_window):
    w = live_window
    panel = w.results_panel
    panel.tabs.setCurrentWidget(panel.detail_tab)
    full = w.engine.compare(w.doc.project)
    location = panel.detail_model.location
    assert panel.detail_model.rowCount() == len(full.lane_rows(["market"], location=location)) > 0
    panel.tabs.setCurrentWidget(panel.access_tab)
    assert panel.access_model.rowCount() == len(full.locations)
    assert panel.access_model.columnCount() == len(w.doc.project.markets)


def test_a_refused_edit_in_live_mode_is_reported_not_raised(qtbot, live_window):
    w = live_window
    failures = []
    w.controller.failed.connect(failures.append)
    for criterion in CRITERIA:
        w.doc.set_weight(criterion, 0.0)
    product, market = w.doc.project.products[0].name, w.doc.project.markets[0]
    w.doc.undo_stack.push(SetVolume(w.doc, product, market, 4321.0))
    qtbot.waitUntil(lambda: bool(failures))
    assert "weight" in failures[-1]
    assert w.controller.live.project.volume(product, market) != 4321.0   # nothing applied
