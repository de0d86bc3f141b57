"""Recomputes the comparison when the project changes (coalesced) and publishes it."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from kokapp.core.engine import Comparison, Engine
from kokapp.core.errors import KokError
from kokapp.gui.document import ProjectDocument
from kokapp.gui.messages import describe


class ResultsController(QObject):
    updated = Signal(object)    # Comparison: all figures recomputed
    reranked = Signal(object)   # Comparison: same figures, new weights and ranking
    failed = Signal(str)        # translated reason the project cannot be compared yet

    def __init__(self, engine: Engine, parent: QObject | None = None):
        super().__init__(parent)
        self.engine = engine
        self.doc: ProjectDocument | None = None
        self.comparison: Comparison | None = None
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
        """Weights only: the figures stay, the ranking is recomputed (about a millisecond)."""
        try:
            self.comparison = self.engine.rerank(self.comparison, self.doc.project.weights)
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
        try:
            self.comparison = self.engine.compare(self.doc.project)
        except KokError as exc:
            self.comparison = None
            self.failed.emit(describe(exc))
            return
        self.updated.emit(self.comparison)
