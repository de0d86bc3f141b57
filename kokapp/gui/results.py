"""Recomputes the comparison when the project changes (coalesced) and publishes it.

Projects of ordinary size are compared in full on every edit (a few milliseconds, on the UI
thread). Above ``LIVE_ROWS`` lane rows the controller keeps a :class:`~kokapp.core.live.LiveRanking`:
volume edits update it cell by cell and weight edits only re-rank (milliseconds, on the UI thread);
building it, and bringing it to any other edit, runs in a worker (seconds at stress scale) with its
progress reported by ``busy`` and a way to stop it (``cancel``). Edits made meanwhile are applied
when the worker is done; the window stays usable throughout.
"""

from __future__ import annotations

import copy
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kokapp.core.engine import Comparison, Engine
from kokapp.core.errors import KokError
from kokapp.core.live import LiveRanking
from kokapp.core.project import Project, validate_weights
from kokapp.gui.background import Job
from kokapp.gui.document import ProjectDocument
from kokapp.gui.messages import describe


LIVE_ROWS = 20_000         # lane rows (locations x markets x products) above which edits go live:
                           # a full compare of 20,000 rows takes about 40 ms, a live edit 1-5 ms
LIVE_MAX_CELLS = 500       # more volume cells changed at once (a big paste): rebuild instead


def _volume_changes(old: Project, new: Project) -> list[tuple[str, str, float]] | None:
    """The volume cells that differ, or None when anything but volumes and weights changed."""
    if replace(old, volumes={}, weights={}) != replace(new, volumes={}, weights={}):
        return None
    cells = {key for key, _ in old.volumes.items() ^ new.volumes.items()}   # set operations in C: fast
    return [(p, m, new.volumes.get((p, m), 0.0)) for p, m in cells]


def bring_live(engine: Engine, live: LiveRanking | None, project: Project,
               progress) -> tuple[LiveRanking, Comparison | KokError]:
    """In a worker: ``live`` (a private copy) brought to ``project`` where only what the edit
    touches needs computing, else a new live ranking built product by product; with its
    comparison, or the reason there is none (e.g. every weight at zero), worked out here as well:
    the criteria of a 10x study's 400 locations held the window's thread some 40 ms."""
    if live is None or not live.apply(project, progress=progress):
        live = LiveRanking(engine, project, progress=progress)
    live.unknown_duty_markets()       # the lanes' access facts, worked out here rather than on the UI thread
    try:
        return live, live.comparison()
    except KokError as exc:
        return live, exc


class ResultsController(QObject):
    updated = Signal(object)    # Comparison: all figures recomputed
    reranked = Signal(object)   # Comparison: same figures, new weights and ranking
    failed = Signal(str)        # translated reason the project cannot be compared yet
    busy = Signal(int, int)     # long work under way: steps done, steps in all
    idle = Signal(bool)         # long work over: True when it finished, False when it was stopped

    def __init__(self, engine: Engine, parent: QObject | None = None):
        super().__init__(parent)
        self.engine = engine
        self.doc: ProjectDocument | None = None
        self.comparison: Comparison | None = None
        self.live: LiveRanking | None = None
        self.job: Job | None = None       # the worker bringing the live ranking up to date
        self._again = False               # edits arrived while it worked
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.recompute)
        self._rank_timer = QTimer(self)
        self._rank_timer.setSingleShot(True)
        self._rank_timer.setInterval(0)
        self._rank_timer.timeout.connect(self.rerank)

    def set_document(self, doc: ProjectDocument) -> None:
        if self.doc is not None:
            self.doc.changed.disconnect(self.schedule)
            self.doc.weightsChanged.disconnect(self.schedule_rerank)
        self.doc = doc
        self.live = None       # another project: nothing of the last one is brought up to date
        self.cancel()
        doc.changed.connect(self.schedule)
        doc.weightsChanged.connect(self.schedule_rerank)
        self.recompute()

    @property
    def working(self) -> bool:
        return self.job is not None

    def schedule(self) -> None:
        self._timer.start()

    def schedule_rerank(self) -> None:
        if self._timer.isActive() or self.comparison is None or self.job is not None:
            self.schedule()      # a full recompute is due anyway (or there is nothing to re-rank)
        else:
            self._rank_timer.start()

    def rerank(self) -> None:
        """Weights or ranking rules only: the figures stay, the ranking is recomputed (about a millisecond)."""
        try:
            self.comparison = self.engine.rerank(self.comparison, self.doc.project.weights, self.doc.project.ranking)
        except KokError as exc:
            self.comparison = None
            self.failed.emit(describe(exc))
            return
        self.reranked.emit(self.comparison)

    def recompute(self) -> None:
        self._timer.stop()
        self._rank_timer.stop()
        if self.doc is None:
            return
        project = self.doc.project
        try:
            if len(project.locations) * len(project.markets) * len(project.products) > LIVE_ROWS:
                self._live(project)
                return
            self.live = None
            self.cancel()
            self.comparison = self.engine.compare(project)
        except KokError as exc:
            self.comparison = None
            self.failed.emit(describe(exc))
            return
        self.updated.emit(self.comparison)

    def cancel(self) -> None:
        """Stop the worker: the figures shown stay those before the edits it was bringing in."""
        job, self.job = self.job, None
        self._again = False
        if job is not None:
            job.cancel()
            self.idle.emit(False)

    def _live(self, project: Project) -> None:
        validate_weights(project.weights)   # before anything is applied: a refused edit changes nothing
        if self.job is not None:
            self._again = True             # brought in when the worker is done
            return
        changes = None if self.live is None else _volume_changes(self.live.project, project)
        if changes is not None and len(changes) <= LIVE_MAX_CELLS and sum(project.volumes.values()) > 0:
            for product, market, units in changes:
                self.live.set_volume(product, market, units)
            self.live.project.weights = dict(project.weights)
            self.live.project.ranking = project.ranking
            self.comparison = self.live.comparison()
            self.updated.emit(self.comparison)
            return
        base = copy.copy(self.live)     # apply() replaces what it changes: the one shown stays whole meanwhile
        self.job = Job(bring_live, self.engine, base, project.snapshot())
        self.job.progressed.connect(self._progressed)
        self.job.done.connect(self._done)
        self.job.failed.connect(self._failed)
        self.busy.emit(0, 0)
        QTimer.singleShot(0, self.job.start)   # after the window has painted what it has (a worker slows painting)

    @Slot(object, int, int, object)
    def _progressed(self, job: Job, done: int, total: int, _payload) -> None:
        if job is self.job:
            self.busy.emit(done, total)

    @Slot(object, object)
    def _done(self, job: Job, result: tuple[LiveRanking, Comparison | KokError]) -> None:
        if job is not self.job:
            return
        (self.live, comparison), self.job = result, None
        self.idle.emit(True)
        if isinstance(comparison, KokError):
            self.comparison = None
            self.failed.emit(describe(comparison))
        else:
            self.comparison = comparison
            self.updated.emit(self.comparison)
        if self._again:                # the edits made meanwhile: usually a few volume cells, applied now
            self._again = False
            self.recompute()

    @Slot(object, object)
    def _failed(self, job: Job, exc: Exception) -> None:
        if job is not self.job:
            return
        self.job = None
        self.idle.emit(True)
        if not isinstance(exc, KokError):
            raise exc
        self.live, self.comparison = None, None
        self.failed.emit(describe(exc))
