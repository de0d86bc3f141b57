"""Long work runs in workers and never touches a widget: the Money tab's set-ups are worked out off
the UI thread, results of figures no longer shown are dropped, a cancelled job stops at its next
report, and an error reaches the UI thread."""

from __future__ import annotations

import copy
import threading
import time

from PySide6.QtCore import QObject, Slot

from kokapp.core.money import setup_economics
from kokapp.gui import money_tab as money_module
from kokapp.gui.background import Job
from kokapp.gui.commands import SetVolume


def test_set_ups_are_worked_out_off_the_ui_thread(qtbot, window, monkeypatch):
    panel = window.results_panel
    qtbot.waitUntil(lambda: panel.money_tab.done, timeout=10_000)
    on_ui_thread: list[bool] = []

    def recorded(engine, project, location):
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return setup_economics(engine, project, location)

    monkeypatch.setattr(money_module, "setup_economics", recorded)
    product, market = window.doc.project.products[0].name, window.doc.project.markets[0]
    window.doc.undo_stack.push(SetVolume(window.doc, product, market, 5000.0))
    qtbot.waitUntil(lambda: len(on_ui_thread) == len(window.doc.project.candidates) and panel.money_tab.done,
                    timeout=10_000)
    assert not any(on_ui_thread)


def test_only_the_latest_figures_set_ups_are_kept(qtbot, window):
    """Two edits in a row: the first edit's worker is cancelled; what the table shows is worked out
    on the project as it is after the second."""
    panel, doc = window.results_panel, window.doc
    product, market = doc.project.products[0].name, doc.project.markets[0]
    doc.undo_stack.push(SetVolume(doc, product, market, 40_000.0))
    qtbot.wait(1)
    doc.undo_stack.push(SetVolume(doc, product, market, 3.0))
    qtbot.waitUntil(lambda: not window.controller._timer.isActive() and panel.money_tab.done
                    and panel.money_tab.comparison is window.controller.comparison, timeout=10_000)
    project = copy.deepcopy(doc.project)
    for location in project.candidates:
        shown = panel.money_tab.model.view.row(location).best_setup
        expected = setup_economics(window.engine, project, location)[0]
        assert (shown is None) == (expected is None)
        if shown is not None:
            assert shown.npv_eur == expected.npv_eur and shown.kind == expected.kind


class _Receiver(QObject):
    def __init__(self):
        super().__init__()
        self.steps, self.results, self.errors, self.threads = [], [], [], []

    @Slot(object, int, int, object)
    def step(self, job, done, total, payload):
        self.steps.append(done)
        self.threads.append(threading.current_thread() is threading.main_thread())

    @Slot(object, object)
    def done(self, job, result):
        self.results.append(result)
        self.threads.append(threading.current_thread() is threading.main_thread())

    @Slot(object, object)
    def failed(self, job, exc):
        self.errors.append(exc)
        self.threads.append(threading.current_thread() is threading.main_thread())


def _job(work, receiver: _Receiver, *args) -> Job:
    job = Job(work, *args)
    job.progressed.connect(receiver.step)
    job.done.connect(receiver.done)
    job.failed.connect(receiver.failed)
    return job


def test_a_cancelled_job_stops_at_its_next_report_and_reports_nothing(qtbot):
    went_on = []
    release = threading.Event()

    def work(steps, progress):
        for i in range(steps):
            release.wait(5)
            went_on.append(i)
            progress(i + 1, steps)
            time.sleep(0.001)
        return "finished"

    receiver = _Receiver()
    job = _job(work, receiver, 1000).start()
    job.cancel()
    release.set()
    assert job.wait(10)
    qtbot.wait(20)                                   # anything queued would arrive now
    assert len(went_on) <= 1 and receiver.results == [] and receiver.errors == []   # at most the step under way


def test_results_and_errors_arrive_on_the_ui_thread(qtbot):
    receiver = _Receiver()

    def work(progress):
        progress(1, 2, "half")
        return 42

    def broken(progress):
        raise ValueError("a bug")

    ok = _job(work, receiver).start()
    bad = _job(broken, receiver).start()
    qtbot.waitUntil(lambda: bool(receiver.results and receiver.errors), timeout=5_000)
    assert ok.wait(5) and bad.wait(5)
    assert receiver.results == [42] and isinstance(receiver.errors[0], ValueError) and receiver.steps == [1]
    assert all(receiver.threads)


def test_the_report_is_written_in_a_worker_with_progress_and_cancel_leaves_no_file(qtbot, window, tmp_path, monkeypatch):
    """The window keeps running while the report is written (a timer fires and finds the progress
    dialog); its Cancel button stops the work and no file is left, not even half of one."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from kokapp.gui import report_export

    release = threading.Event()
    real = report_export.make_report

    def slow(pack, project, engine, path, language, economics, progress):
        progress(0, 11)
        release.wait(10)
        return real(pack, project, engine, path, language, economics, progress)

    monkeypatch.setattr(report_export, "make_report", slow)
    seen = []

    def press_cancel():
        dialog = window.findChild(QProgressDialog, "work_dialog")
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, press_cancel)          # shown after 300 ms of work
            return
        seen.append(dialog.labelText())
        dialog.findChild(QPushButton).click()
        release.set()

    QTimer.singleShot(20, press_cancel)
    target = tmp_path / "Rapor ğüşİ.xlsx"
    assert window.export_report(str(target), open_after=False) is None
    assert seen == ["Writing the Excel report…"]
    assert not target.exists() and not list(tmp_path.glob("*.xlsx"))
    assert "cancelled" in window.statusBar().currentMessage()
    release.set()
    written = window.export_report(str(target), open_after=False)        # and without Cancel it is written
    assert written == target and target.stat().st_size > 0


class _Clock:
    def __init__(self, now: float):
        self.now, self.slept = now, 0.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds
        self.slept += seconds


def test_a_worker_pauses_while_the_window_is_busy_at_most_give_way_s(monkeypatch):
    """With a fake clock: a busy window makes the worker pause at a checkpoint until it rests, for
    GIVE_WAY_S at most, then work RUN_S before it pauses again; an idle window costs nothing; Stop
    during a pause stops at once."""
    from kokapp.core.errors import Cancelled
    from kokapp.gui import background

    clock = _Clock(100.0)
    monkeypatch.setattr(background.time, "monotonic", clock.monotonic)
    monkeypatch.setattr(background.time, "sleep", clock.sleep)
    job = Job(lambda progress: None)

    monkeypatch.setitem(background._ui, "busy", False)
    monkeypatch.setitem(background._ui, "since", 50.0)             # idle for long: no pause
    monkeypatch.setitem(background._ui, "showing_until", 0.0)
    job._ran_since = 99.95
    job._give_way()
    assert clock.slept == 0.0

    background.window_busy(0.1)                                    # showing something new: a pause while
    job._ran_since = clock.now - 1.0                               # it is laid out and painted
    job._give_way()
    assert abs(clock.slept - 0.1) < 1e-6 and not background._window_busy(clock.now)
    clock.slept = 0.0
    job._ran_since = clock.now - 0.05

    monkeypatch.setitem(background._ui, "busy", True)              # busy, and stays busy
    job._give_way()                                                # worked 50 ms: pauses GIVE_WAY_S
    assert abs(clock.slept - background.GIVE_WAY_S) < 1e-6 and job._ran_since == clock.now
    job._give_way()                                                # just paused: works RUN_S first
    assert abs(clock.slept - background.GIVE_WAY_S) < 1e-6
    clock.now += background.RUN_S
    job._give_way()                                                # then pauses again
    assert abs(clock.slept - 2 * background.GIVE_WAY_S) < 1e-6
    clock.slept = 0.0

    clock.now += 10.0                                              # worked 10 s: still GIVE_WAY_S at most
    job._give_way()
    assert abs(clock.slept - background.GIVE_WAY_S) < 1e-6

    background._ui["busy"] = False                                 # rested just now: still counts as busy
    background._ui["since"] = clock.now
    clock.now += 1.0
    before = clock.slept
    job._ran_since = clock.now - 1.0
    background._ui["since"] = clock.now - background.QUIET_S / 2
    job._give_way()
    assert 0 < clock.slept - before <= background.QUIET_S + 0.001    # slept in 1 ms steps

    background._ui["busy"] = True                                  # holding the engine's cache lock: no pause
    before = clock.slept                                           # (the window may be waiting for that lock)
    clock.now += 1.0
    job._give_way(True)
    assert clock.slept == before

    job.cancel()
    try:
        job._give_way()
    except Cancelled:
        pass
    else:
        raise AssertionError("a cancelled job goes on")


def test_the_cycle_collector_rests_while_a_job_runs_and_only_then(qtbot):
    """A full collection over a large study's millions of objects stalls the window, and one run
    on a worker frees the window's Qt objects there: the collector is off while a job runs, and
    the UI thread switches it on again when the last one has ended."""
    import gc

    receiver = _Receiver()
    release = threading.Event()

    def work(progress):
        enabled = gc.isenabled()
        release.wait(10)
        return enabled

    assert gc.isenabled()
    first, second = _job(work, receiver).start(), _job(work, receiver).start()
    qtbot.wait(50)
    assert not gc.isenabled()
    release.set()
    assert first.wait(10) and second.wait(10)
    qtbot.waitUntil(lambda: len(receiver.results) == 2 and gc.isenabled(), timeout=5_000)   # on the UI thread
    assert receiver.results == [False, False]


def test_what_a_large_job_leaves_is_frozen_not_walked_and_a_small_jobs_cycles_are_collected(qtbot, monkeypatch):
    """Opening a 10x study leaves 821,000 young objects: walking them when the collector comes back
    stalled the window 0.2 s. Above YOUNG_WALK they are frozen instead (never walked again); below,
    the young generation is collected as the last job ends, a cycle the job made among it."""
    import gc
    import weakref

    from kokapp.gui import background

    class Node:
        pass

    def cycle(progress):
        node = Node()
        node.me = node                      # only the cycle collector frees it
        refs.append(weakref.ref(node))
        return 42

    monkeypatch.setattr(background, "YOUNG_WALK", 5_000)
    receiver, refs = _Receiver(), []
    frozen = gc.get_freeze_count()          # (never unfrozen here: a later full collection of the frozen
    # window garbage of earlier tests, at some allocation, is what crashed a test run)
    _job(lambda progress: [["row", i] for i in range(20_000)], receiver).start()   # kept; lists are tracked
    qtbot.waitUntil(lambda: len(receiver.results) == 1 and gc.isenabled(), timeout=5_000)
    assert gc.get_freeze_count() >= frozen + 20_000 and gc.get_count()[0] < 5_000
    _job(cycle, receiver).start()
    qtbot.waitUntil(lambda: len(receiver.results) == 2 and gc.isenabled(), timeout=5_000)
    assert refs[0]() is None                # collected as the job ended, without anyone asking


def test_a_job_cancelled_before_its_start_never_runs(qtbot):
    """The window starts its jobs a turn later (after painting); one a newer edit cancelled meanwhile
    never runs, so it holds no worker and never keeps the cycle collector off."""
    import gc

    ran = []
    receiver = _Receiver()
    job = _job(lambda progress: ran.append(1), receiver)
    job.cancel()
    job.start()
    assert job.wait(1) and gc.isenabled()
    qtbot.wait(20)
    assert ran == [] and receiver.results == [] and receiver.errors == []


def test_the_users_keys_and_clicks_count_as_window_work(qtbot, window):
    """The event loop says it woke only after the events that woke it were handled: a key or a
    click holds the workers from their next checkpoint, for what it changes to be painted. Input
    is watched where it arrives, at the window (as a user's keys and clicks come), and not on every
    widget's every event: a cell's repaint is not input."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from kokapp.gui import background

    window.show()
    qtbot.waitUntil(lambda: window.is_ready and window.results_panel.money_tab.done
                    and not window.controller.working)          # no job's news marks the window meanwhile
    handle = window.windowHandle()
    window.project_panel.company.setFocus()
    for press in (lambda: QTest.keyClick(handle, Qt.Key.Key_A),
                  lambda: QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                                           QPoint(40, 40))):
        qtbot.wait(5)
        background._ui["showing_until"] = 0.0
        press()
        now = time.monotonic()
        assert now < background._ui["showing_until"] <= now + background.INPUT_S and background._window_busy(now)
    assert window.project_panel.company.text().endswith("a")        # the key reached the focused field
    background._ui["showing_until"] = 0.0
    window.repaint()                                    # every widget painted: no input
    qtbot.wait(30)
    assert background._ui["showing_until"] == 0.0
    assert [type(c) for c in handle.children()].count(background._InputWatch) == 1     # on the window only

    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    dialog = QDialog(window)                            # a dialog is a window of its own: watched once it has the focus
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    field.setFocus()
    background._ui["showing_until"] = 0.0
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_B)
    now = time.monotonic()
    assert field.text() == "b" and now < background._ui["showing_until"] <= now + background.INPUT_S
    dialog.close()


def test_the_report_takes_the_set_ups_the_money_tab_worked_out(qtbot, window, tmp_path, monkeypatch):
    """Export after the Money tab is done: no set-up is worked out again (at 400 locations that is
    a minute); for a project that differs in anything a set-up depends on, none is taken."""
    from dataclasses import replace

    from kokapp.gui.report_export import settled_economics
    from kokapp.report import data as report_data

    panel = window.results_panel
    qtbot.waitUntil(lambda: panel.money_tab.done and not window.controller.working, timeout=15_000)
    asked = []
    monkeypatch.setattr(report_data, "setup_economics", lambda *args: asked.append(args[2]) or setup_economics(*args))
    target = tmp_path / "Rapor ğüş.xlsx"
    assert window.export_report(str(target), open_after=False) == target
    assert asked == []
    project = window.doc.project.snapshot()
    assert settled_economics(window, replace(project, company="Başka A.Ş.", weights={})) == panel.money_tab.economics
    product, market = project.products[0].name, project.markets[0]
    moved = replace(project, volumes=project.volumes | {(product, market): project.volume(product, market) + 1})
    assert settled_economics(window, moved) == {}


def test_an_export_before_the_set_ups_are_in_works_them_out_once_and_hands_them_to_the_money_tab(
        qtbot, window, tmp_path, monkeypatch):
    """At 400 locations the set-ups take a minute: an export started meanwhile holds the Money tab's
    worker, works out the set-ups still missing itself, and the tab takes them (no set-up is worked
    out twice); a cancelled export lets the tab go on."""
    from kokapp.report import data as report_data

    panel = window.results_panel
    qtbot.waitUntil(lambda: panel.money_tab.done and not window.controller.working, timeout=15_000)
    by_tab, by_report = [], []

    def slow(engine, project, location):
        by_tab.append(location)
        time.sleep(0.3)
        return setup_economics(engine, project, location)

    monkeypatch.setattr(money_module, "setup_economics", slow)
    monkeypatch.setattr(report_data, "setup_economics", lambda *a: by_report.append(a[2]) or setup_economics(*a))
    product, market = window.doc.project.products[0].name, window.doc.project.markets[0]
    window.doc.undo_stack.push(SetVolume(window.doc, product, market, 4321.0))
    money = panel.money_tab
    qtbot.waitUntil(lambda: not window.controller.working and len(by_tab) >= 1, timeout=10_000)
    assert not money.done
    assert window.export_report(str(tmp_path / "erken rapor.xlsx"), open_after=False) is not None
    candidates = [loc for loc in window.doc.project.candidates if loc != window.doc.project.origin_site]
    assert money.done and sorted(money.economics) == sorted(candidates)
    assert len(by_tab) + len(by_report) <= len(candidates) + 1          # at most the one under way twice
    assert by_report and not set(by_report) & set(by_tab[:-1])


def test_a_held_money_tab_goes_on_when_nothing_is_handed_over(qtbot, window, monkeypatch):
    """A cancelled or failed export hands nothing over: the Money tab works out its set-ups itself."""
    panel = window.results_panel
    qtbot.waitUntil(lambda: panel.money_tab.done and not window.controller.working, timeout=15_000)
    monkeypatch.setattr(money_module, "setup_economics",            # slow enough to be held on the way
                        lambda *a: time.sleep(0.2) or setup_economics(*a))
    product, market = window.doc.project.products[0].name, window.doc.project.markets[0]
    window.doc.undo_stack.push(SetVolume(window.doc, product, market, 1234.0))
    money = panel.money_tab
    qtbot.waitUntil(lambda: not window.controller.working and money.comparison is not None and not money.done,
                    timeout=10_000)
    money.hold()
    qtbot.wait(300)
    assert not money.done and money._job is None
    money.take({})
    qtbot.waitUntil(lambda: money.done, timeout=15_000)
    assert len(money.economics) == len(window.doc.project.candidates) - (window.doc.project.origin_site in
                                                                         window.doc.project.candidates)
