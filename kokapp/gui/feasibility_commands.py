"""Undoable edits of the feasibility assumptions (a location's chosen set-up and the project's
model settings). They touch nothing the ranking reads, so instead of the document's
``changed`` (which recomputes every comparison) they announce themselves on a small signal
object the document owns: :func:`assumption_signals`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand

from kokapp.core.setup_options import FeasibilitySettings, SetupOption
from kokapp.gui.document import ProjectDocument


class AssumptionSignals(QObject):
    changed = Signal()


def assumption_signals(doc: ProjectDocument) -> AssumptionSignals:
    """The document's signal for feasibility assumption edits (made on first use, owned by it)."""
    found = doc.findChild(AssumptionSignals)
    return found if found is not None else AssumptionSignals(doc)


class SetAssumptions(QUndoCommand):
    """Replace a location's set-up (``option`` None: leave it) and the model settings."""

    def __init__(self, doc: ProjectDocument, location: str | None, option: SetupOption | None,
                 settings: FeasibilitySettings, text: str | None = None):
        super().__init__(text or QCoreApplication.translate("Commands", "Change a feasibility assumption"))
        self.doc, self.location = doc, location
        self.new = (option, settings)
        self.old = (doc.project.setup_options.get(location) if location else None, doc.project.feasibility)

    def _apply(self, option: SetupOption | None, settings: FeasibilitySettings) -> None:
        project = self.doc.project
        if self.location is not None and self.new[0] is not None:
            options = dict(project.setup_options)
            if option is None:
                options.pop(self.location, None)
            else:
                options[self.location] = option
            project.setup_options = options
        project.feasibility = settings
        assumption_signals(self.doc).changed.emit()

    def redo(self):
        self._apply(*self.new)

    def undo(self):
        self._apply(*self.old)
