"""Long work off the UI thread: a core function runs in a worker thread and its results come back
by queued signals to the UI thread. Workers never touch a widget or a Qt model.

    job = Job(work, *args)                   # work(*args, progress=job.progress) in a worker
    job.progressed.connect(owner.on_step)    # (job, done, total, payload) reported by the work
    job.done.connect(owner.on_done)          # (job, the return value)
    job.failed.connect(owner.on_failed)      # (job, the exception)
    job.start()
    job.cancel()                             # the work stops at its next checkpoint (or never starts)

Connect the signals to methods of a QObject that lives on the UI thread (not to lambdas: those
could run in the worker): Qt then queues every call to the UI thread. Each signal carries the
job, so a receiver drops what an older job sends. A cancelled job emits neither ``done`` nor
``failed``: its results belong to a project state the window has already moved on from.

Python runs one thread at a time: a worker computing while the window paints would make every
call the window makes into Python (each table cell, each chart item) wait for its turn, and a
repaint of a few hundred cells would take seconds. So a worker gives way: at each checkpoint of
the core (:mod:`kokapp.core.yielding`, every product's rows, every annual-cost evaluation) it
pauses while the window is busy or was busy within ``QUIET_S`` (the UI thread's event loop is
awake), after at least ``RUN_S`` of work, for at most ``GIVE_WAY_S``. The window comes first: a
window that never rests (the user scrolls on and on) slows the work to RUN_S in every GIVE_WAY_S,
and a paint of new figures is never shared with a worker (pausing no longer than the worker had
worked, as before, left the window half the interpreter: a 10x study's figures took 0.34 s to
show instead of 0.11 s). A job waits to start while the window is busy (at most GIVE_WAY_S).
"""

from __future__ import annotations

import atexit
import gc
import sys
import threading
import time

from PySide6.QtCore import (QAbstractEventDispatcher, QCoreApplication, QEvent, QEventLoop, QObject, QRunnable,
                            Qt, QThreadPool, QTimer, Signal, Slot)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog

from kokapp.core.errors import Cancelled
from kokapp.core.yielding import yielding

SHOW_AFTER_MS = 300        # work shorter than this shows no progress (it would only flicker)
NEVER_BY_ITSELF_MS = 10 ** 9
SWITCH_INTERVAL_S = 0.0002  # measured: a worker slows the window's paints least at this interval (see README)
GIVE_WAY_S = 0.25          # a worker pauses at most this long for a busy window before it goes on
QUIET_S = 0.001            # the window counts as busy this long after its event loop last rested
RUN_S = 0.01               # and a worker works at least this long between two pauses
SHOWING_S = 0.15           # the window counts as busy this long after it starts showing something new
PAINT_S = 0.05             # and this long after a job's result was handed to the window (its paint)
STEP_S = 0.03              # and this long after a progress dialog shown moves its bar (at most every STEP_EVERY_S)
STEP_EVERY_S = 0.1
INPUT_S = 0.1              # and this long after a key, a click or the wheel
_ui = {"busy": False, "since": 0.0,        # the UI thread's event loop: awake?, since when;
       "showing_until": 0.0, "news_until": 0.0}   # showing something new, a job's result, until


def share_the_interpreter() -> None:
    """Every call the window makes into Python waits until a running worker hands over the
    interpreter; at CPython's default (5 ms) a table repaint of a few hundred cells then takes
    seconds, at this interval a frame or a few."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def _watch_the_window() -> None:
    """Follow the UI thread's event loop: idle when it is about to wait for events, busy when it wakes."""
    dispatcher = QAbstractEventDispatcher.instance(QCoreApplication.instance().thread())
    if dispatcher is not None:
        dispatcher.aboutToBlock.connect(lambda: _ui.update(busy=False, since=time.monotonic()))
        dispatcher.awake.connect(lambda: _ui.update(busy=True, since=time.monotonic()))


def _window_busy(now: float) -> bool:
    return _ui["busy"] or now - _ui["since"] < QUIET_S or now < max(_ui["showing_until"], _ui["news_until"])


def pool() -> QThreadPool:
    """Kök's workers: at most two at once (a 2-core laptop keeps a core for the window)."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(2)
        atexit.register(stop_all)
        _watch_the_window()
    return _POOL


_POOL: QThreadPool | None = None
_JOBS: set = set()     # every job started and not yet let go: a job is only ever deleted on the UI thread


def stop_all(timeout_ms: int = 10_000) -> bool:
    """Cancel every job and wait for the workers to return (before the interpreter goes: a worker
    still running Python then would crash it)."""
    for job in list(_JOBS):
        job.cancel()
    return _POOL is None or _POOL.waitForDone(timeout_ms)


_collector = {"jobs": 0}
YOUNG_WALK = 200_000       # young objects a collection walks in about 50 ms; more are frozen instead


def _pause_collector(started: bool) -> None:
    """On the UI thread only. Python's cycle collector is off while any job runs, and it only ever
    runs on the UI thread:
    - a large study allocates millions of objects, and each full collection walks them all holding
      the interpreter (stalls of a tenth of a second and more, growing with the heap);
    - a collection in a worker frees the window's own garbage there, Qt objects among it, which
      must be destroyed on the UI thread (a test run deadlocked so).
    Reference counting frees the jobs' objects as before. As the first job starts, the young
    garbage so far is collected; when the last one ends, the young objects left since are collected
    here, between two events (left to the next allocation, they could be collected inside a Qt
    destructor: a test run hung so). Above YOUNG_WALK of them (opening a 10x study leaves 821,000),
    walking them would stall the window (0.2 s), so they are frozen instead (``gc.freeze``): no
    collection walks them again. The price: a reference cycle made meanwhile is never freed. The
    core makes hardly any (opening a 10x study: not one among those 821,000), the report breaks its
    workbook's cycles itself (what is left: a few thousand small objects per export), and moving
    the frozen objects back to be collected later is no way out: a full collection of window
    garbage at some later allocation crashed the test run (inside PySide's object destruction)."""
    _collector["jobs"] += 1 if started else -1
    if started:
        if _collector["jobs"] == 1:
            gc.collect(0)                       # what the window left so far: a few hundred objects
        gc.disable()
    elif _collector["jobs"] == 0:
        if gc.get_count()[0] > YOUNG_WALK:     # decided before the collector is on again: an allocation
            gc.freeze()                         # in between could start the very walk
        else:
            gc.collect(0)
        gc.enable()


class _Collector(QObject):
    """Receives, on the UI thread, the end of each job's worker, and each job's result or error
    before its owner does (the window is about to show it: busy until told otherwise) and after
    (shown: busy for the paint that follows). See window_busy."""

    @Slot(object)
    def over(self, _job) -> None:
        _pause_collector(False)

    @Slot(object, object)
    def news(self, *_args) -> None:
        _ui["news_until"] = time.monotonic() + GIVE_WAY_S     # until its owner has shown it

    @Slot(object, object)
    def shown(self, *_args) -> None:
        _ui["news_until"] = 0.0
        window_busy(PAINT_S)


def watch_input(window) -> None:
    """Count the user's input as window work (see _InputWatch): on ``window`` (the main window) and
    on every window that takes the focus from then on (a dialog, the progress dialog)."""
    global _FOCUS_WATCHED
    handle = window.windowHandle()
    if handle is None:
        window.winId()                 # its native window, made now rather than at show
        handle = window.windowHandle()
    _watch(handle)
    if not _FOCUS_WATCHED:
        QGuiApplication.instance().focusWindowChanged.connect(_watch)
        _FOCUS_WATCHED = True


_FOCUS_WATCHED = False


def _watch(handle) -> None:
    if handle is not None and not any(isinstance(c, _InputWatch) for c in handle.children()):
        handle.installEventFilter(_InputWatch(handle))


class _InputWatch(QObject):
    """The user's own input (a key, a click, the wheel) is window work too: the event loop's
    ``awake`` comes only after it was handled, and what it changes is painted next. It watches the
    top-level windows' QWindows, where input arrives before Qt hands it to a widget: an application
    filter instead is called for every event of every widget (each paint of each cell), each call
    waiting for the interpreter a worker holds (a repaint during a 10x export took 0.15 s so)."""

    KINDS = frozenset((QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                       QEvent.Type.Wheel))

    def eventFilter(self, _watched, event) -> bool:
        if event.type() in self.KINDS:
            window_busy(INPUT_S)
        return False


def window_busy(hold_s: float | None = None) -> None:
    """On the UI thread, as it starts showing something new (a new project, a refresh on a timer;
    a job's result is marked by the job itself): the workers pause from their next checkpoint for
    ``hold_s`` (default SHOWING_S), long enough for the window to lay out and paint it. The event
    loop tells when it is about to rest (``aboutToBlock``), not when it wakes (its ``awake`` comes
    after the events that woke it were handled, the paint among them), so without this a worker
    would share the interpreter with the first paint of new figures (each table cell a call into
    Python: at 10x 0.3 s instead of 0.1 s)."""
    until = time.monotonic() + (SHOWING_S if hold_s is None else hold_s)
    _ui["showing_until"] = max(_ui["showing_until"], until)


_COLLECTOR: _Collector | None = None


def _collector_object() -> _Collector:
    global _COLLECTOR
    if _COLLECTOR is None:
        _COLLECTOR = _Collector()
    return _COLLECTOR


def _let_go_of_finished() -> None:
    """Forget the jobs whose workers returned (here, on the UI thread: a QObject deleted by its
    worker thread could crash the window)."""
    for job in [j for j in _JOBS if j.finished.is_set()]:
        _JOBS.discard(job)


class Job(QObject):
    progressed = Signal(object, int, int, object)    # job, done, total, what was just finished (or None)
    done = Signal(object, object)                    # job, result
    _over = Signal(object)                           # the worker returned (whatever the outcome)
    failed = Signal(object, object)                  # job, exception

    def __init__(self, work, *args, parent: QObject | None = None):
        super().__init__(parent)
        self._work, self._args = work, args
        self._cancelled = threading.Event()
        self._ran_since = 0.0
        self.finished = threading.Event()    # set when the worker has returned, whatever the outcome
        watcher = _collector_object()           # connected first: it hears the news before the owner
        self.done.connect(watcher.news)
        self.failed.connect(watcher.news)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def progress(self, done: int, total: int, payload=None) -> None:
        """Called by the work in the worker thread: reports, or stops the work once cancelled."""
        if self._cancelled.is_set():
            raise Cancelled()
        self.progressed.emit(self, done, total, payload)
        self._give_way()

    def start(self) -> "Job":
        """Hand the work to a worker; a job cancelled before it starts (a deferred start) never runs."""
        if self._cancelled.is_set():
            self.finished.set()
            return self
        watcher = _collector_object()
        self._over.connect(watcher.over)
        self.done.connect(watcher.shown)          # connected last: after the owner has shown the result
        self.failed.connect(watcher.shown)
        _pause_collector(True)       # before the worker runs: no collection ever runs on it
        _let_go_of_finished()
        _JOBS.add(self)
        pool().start(_Runner(self))
        return self

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the worker returned (tests, and closing the window)."""
        return self.finished.wait(timeout_s)

    def _give_way(self, holding: bool = False) -> None:
        """At every core checkpoint: stop once cancelled, pause while the window is busy (not while
        holding what the window may be waiting for: the engine's cache lock)."""
        if self._cancelled.is_set():
            raise Cancelled()
        now = time.monotonic()
        if holding or now - self._ran_since < RUN_S or not _window_busy(now):
            return
        until = now + GIVE_WAY_S
        while _window_busy(now) and now < until:
            if self._cancelled.is_set():
                raise Cancelled()
            time.sleep(0.001)                 # sleeping hands the interpreter to the window
            now = time.monotonic()
        self._ran_since = now

    def _run(self) -> None:
        try:
            self._give_way()      # before any work (it has not run yet): new figures are painted first
            with yielding(self._give_way):
                result = self._work(*self._args, progress=self.progress)
        except Cancelled:
            pass
        except Exception as exc:      # handed to the UI thread, which says what went wrong
            if not self._cancelled.is_set():
                self.failed.emit(self, exc)
        else:
            if not self._cancelled.is_set():
                self.done.emit(self, result)
        finally:
            self.finished.set()
            self._over.emit(self)        # the UI thread lets the collector run again once no job is left


class _Runner(QRunnable):
    def __init__(self, job: Job):
        super().__init__()
        self.job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        job, self.job = self.job, None      # the last reference stays with _JOBS, on the UI thread
        job._run()


class _Waiter(QObject):
    """Runs a local event loop until the job is over, feeding a progress dialog meanwhile."""

    def __init__(self, job: Job, dialog):
        super().__init__()
        self.job, self.dialog = job, dialog
        self.outcome: tuple[str, object] = ("cancelled", None)
        self._marked = 0.0
        self.loop = QEventLoop()
        job.progressed.connect(self.step)
        job.done.connect(self.done)
        job.failed.connect(self.failed)
        dialog.canceled.connect(self.cancel)

    @Slot()
    def show(self) -> None:
        if self.loop.isRunning():
            window_busy()
            self.dialog.show()

    @Slot(object, int, int, object)
    def step(self, job, done, total, _payload) -> None:
        if job is self.job and not job.cancelled:
            now = time.monotonic()
            if now - self._marked >= STEP_EVERY_S:      # the dialog shows itself or moves its bar: the
                self._marked = now                       # worker pauses meanwhile (not at every step: a
                window_busy(STEP_S)                      # report's 400 set-ups would wait 12 s)
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    @Slot(object, object)
    def done(self, job, result) -> None:
        self.outcome = ("done", result)
        self.loop.quit()

    @Slot(object, object)
    def failed(self, job, exc) -> None:
        self.outcome = ("failed", exc)
        self.loop.quit()

    def cancel(self) -> None:
        self.job.cancel()
        self.outcome = ("cancelled", None)
        self.loop.quit()


def run_with_progress(parent, job: Job, label: str, cancel: str) -> tuple[str, object]:
    """Start ``job`` and wait for it while the window stays live, with a progress dialog (shown
    when the work lasts over SHOW_AFTER_MS) whose Cancel stops it. Returns ("done", result),
    ("failed", exception) or ("cancelled", None)."""
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setObjectName("work_dialog")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)   # the project cannot change under the work
    dialog.setMinimumDuration(NEVER_BY_ITSELF_MS)   # shown below, the workers held while it first paints
    dialog.setAutoReset(False)
    dialog.setValue(0)
    waiter = _Waiter(job, dialog)
    QTimer.singleShot(SHOW_AFTER_MS, waiter.show)
    job.start()
    waiter.loop.exec()
    dialog.reset()
    dialog.deleteLater()
    return waiter.outcome
