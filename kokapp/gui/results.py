"""Recomputes the comparison when the project changes (coalesced) and publishes it."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from kokapp.core.engine import Comparison, Engine
from kokapp.core.errors import KokError
from kokapp.gui.document import ProjectDocument
from kokapp.gui.messages import describe


class ResultsController(QObject):
    updated = Signal(object)    # Comparison
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

    def set_document(self, doc: ProjectDocument) -> None:
        if self.doc is not None:
            self.doc.changed.disconnect(self.schedule)
        self.doc = doc
        doc.changed.connect(self.schedule)
        self.recompute()

    def schedule(self) -> None:
        self._timer.start()

    def recompute(self) -> None:
        self._timer.stop()
        if self.doc is None:
            return
        try:
            self.comparison = self.engine.compare(self.doc.project)
        except KokError as exc:
            self.comparison = None
            self.failed.emit(describe(exc))
            return
        self.updated.emit(self.comparison)
