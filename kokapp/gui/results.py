"""Recomputes the comparison when the project changes (coalesced) and publishes it.

Projects of ordinary size are compared in full on every edit (a few milliseconds). Above
``LIVE_ROWS`` lane rows the controller keeps a :class:`~kokapp.core.live.LiveRanking`: volume
edits update it cell by cell and weight edits only re-rank; any other edit rebuilds it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal

from kokapp.core.engine import Comparison, Engine
from kokapp.core.errors import KokError
from kokapp.core.live import LiveRanking
from kokapp.core.project import Project, validate_weights
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


class ResultsController(QObject):
    updated = Signal(object)    # Comparison: all figures recomputed
    reranked = Signal(object)   # Comparison: same figures, new weights and ranking
    failed = Signal(str)        # translated reason the project cannot be compared yet

    def __init__(self, engine: Engine, parent: QObject | None = None):
        super().__init__(parent)
        self.engine = engine
        self.doc: ProjectDocument | None = None
        self.comparison: Comparison | None = None
        self.live: LiveRanking | None = None
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
        doc.changed.connect(self.schedule)
        doc.weightsChanged.connect(self.schedule_rerank)
        self.recompute()

    def schedule(self) -> None:
        self._timer.start()

    def schedule_rerank(self) -> None:
        if self._timer.isActive() or self.comparison is None:
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
                self.comparison = self._live(project)
            else:
                self.live = None
                self.comparison = self.engine.compare(project)
        except KokError as exc:
            self.comparison = None
            self.failed.emit(describe(exc))
            return
        self.updated.emit(self.comparison)

    def _live(self, project: Project) -> Comparison:
        validate_weights(project.weights)   # before anything is applied: a refused edit changes nothing
        changes = None if self.live is None else _volume_changes(self.live.project, project)
        if changes is None or len(changes) > LIVE_MAX_CELLS or sum(project.volumes.values()) <= 0:
            self.live = None
            self.live = LiveRanking(self.engine, project)
        else:
            for product, market, units in changes:
                self.live.set_volume(product, market, units)
            self.live.project.weights = dict(project.weights)
            self.live.project.ranking = project.ranking
        return self.live.comparison()

