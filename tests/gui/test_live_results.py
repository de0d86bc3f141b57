"""Large projects in the window: volume edits update the live ranking cell by cell, other edits
bring it up to date in a worker (with progress and a Stop button), and what the window shows
equals a full comparison. (The threshold is lowered so the demo counts as large.)"""

import threading
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
    assert window.controller.working               # built in a worker
    qtbot.waitUntil(lambda: isinstance(window.controller.live, LiveRanking) and not window.controller.working,
                    timeout=20_000)
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


def test_other_edits_are_brought_in_by_a_worker_and_weights_only_rerank(qtbot, live_window):
    w = live_window
    live = w.controller.live
    w.doc.undo_stack.push(InsertProducts(w.doc, len(w.doc.project.products),
                                         [Product("Yeni ürün", "940120", 55.0, 6.0, 0.08)],
                                         {("Yeni ürün", w.doc.project.markets[0]): 800.0}))
    qtbot.waitUntil(lambda: w.controller.live is not live and not w.controller.working, timeout=20_000)
    assert live.project.products[-1].name != "Yeni ürün"     # the one shown meanwhile was left whole
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


@pytest.fixture()
def held_worker(monkeypatch):
    """The worker waits at its start until the test lets it go."""
    gate = threading.Event()
    real = results.bring_live

    def held(engine, live, project, progress):
        progress(0, 1)
        gate.wait(20)
        return real(engine, live, project, progress)

    monkeypatch.setattr(results, "bring_live", held)
    yield gate
    gate.set()


def test_edits_made_while_the_worker_runs_are_applied_when_it_is_done(qtbot, live_window, held_worker):
    w = live_window
    w.doc.undo_stack.push(InsertProducts(w.doc, 0, [Product("Ara ürün", "870830", 30.0, 2.0, 0.01)],
                                         {("Ara ürün", w.doc.project.markets[0]): 300.0}))
    qtbot.waitUntil(lambda: w.controller.working)
    product, market = w.doc.project.products[1].name, w.doc.project.markets[1]
    w.doc.undo_stack.push(SetVolume(w.doc, product, market, 7777.0))      # meanwhile
    qtbot.wait(50)
    assert w.controller.working and w.project_panel.volumes_model.rowCount() == len(w.doc.project.products)
    held_worker.set()
    qtbot.waitUntil(lambda: not w.controller.working
                    and w.controller.comparison.project.volume(product, market) == 7777.0, timeout=20_000)
    assert [p.name for p in w.controller.comparison.project.products] == [p.name for p in w.doc.project.products]
    shown_equals_full(w)


def test_stop_keeps_the_figures_shown_and_rank_again_works_them_out(qtbot, live_window, held_worker):
    w = live_window
    before = w.controller.comparison
    w.doc.undo_stack.push(InsertProducts(w.doc, 0, [Product("Durdurulan", "870830", 30.0, 2.0, 0.01)],
                                         {("Durdurulan", w.doc.project.markets[0]): 300.0}))
    progress = w.work_progress
    qtbot.waitUntil(progress.isVisible, timeout=5_000)         # shown once the work lasts over 300 ms
    assert progress.bar.maximum() == 1                          # the worker's own count
    progress.stop.click()
    assert not w.controller.working and not progress.isVisible()
    assert "Stopped" in w.results_panel.status.text() and w.results_panel.status.isVisible()
    held_worker.set()
    qtbot.wait(100)
    assert w.controller.comparison is before                    # the stopped work shows nothing
    w.menu_action = next(a for a in w.findChildren(type(w.undo_action)) if a.objectName() == "action_rank_again")
    w.menu_action.trigger()
    qtbot.waitUntil(lambda: not w.controller.working and w.controller.comparison is not before, timeout=20_000)
    assert "Durdurulan" in {p.name for p in w.controller.comparison.project.products}
    assert "Stopped" not in w.results_panel.status.text()
    shown_equals_full(w)


def test_the_worker_hands_over_the_comparison_made_and_the_reason_when_there_is_none(qtbot, live_window,
                                                                                      monkeypatch):
    """The comparison of a rebuilt live ranking (a 10x study's criteria: some 40 ms) is made in
    the worker, not on the window's thread; a reason it cannot be made is said, not raised."""
    from kokapp.core.project import ProjectError

    w = live_window
    made_on = []
    real = LiveRanking.comparison

    def comparison(self):
        made_on.append(threading.current_thread())
        if getattr(self.project, "company", "") == "Hata A.Ş.":
            raise ProjectError("weights", "at least one criterion needs a weight above zero")
        return real(self)

    monkeypatch.setattr(LiveRanking, "comparison", comparison)
    w.doc.undo_stack.push(InsertProducts(w.doc, len(w.doc.project.products),
                                         [Product("Yeni ürün", "940120", 55.0, 6.0, 0.08)],
                                         {("Yeni ürün", w.doc.project.markets[0]): 800.0}))
    qtbot.waitUntil(lambda: w.controller.live.project.products[-1].name == "Yeni ürün" and not w.controller.working,
                    timeout=20_000)
    assert made_on and threading.main_thread() not in made_on
    shown_equals_full(w)

    failures = []
    w.controller.failed.connect(failures.append)
    w.project_panel.company.setText("Hata A.Ş.")             # the user renames the company: a rebuild
    w.project_panel.company.editingFinished.emit()
    qtbot.waitUntil(lambda: bool(failures) and not w.controller.working, timeout=20_000)
    assert w.controller.comparison is None and "weight" in failures[-1]
