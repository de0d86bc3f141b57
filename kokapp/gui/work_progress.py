"""The status bar's progress for work running in a worker (ranking a large study): a bar and a
Stop button, shown only when the work lasts longer than ``SHOW_AFTER_MS`` (short work would only
flicker), hidden as soon as it is over."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QWidget

from kokapp.gui.background import SHOW_AFTER_MS


class WorkProgress(QWidget):
    stopRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.tr("Ranking the study…"))
        self.bar = QProgressBar()
        self.bar.setObjectName("work_progress")
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.stop = QPushButton(self.tr("Stop"))
        self.stop.setObjectName("work_stop")
        self.stop.setToolTip(self.tr("Stop working out the figures: the window keeps those of the project before "
                                     "your latest changes. Tools ▸ Rank again computes them."))
        self.stop.clicked.connect(self.stopRequested)
        for widget in (self.label, self.bar, self.stop):
            widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)   # no wider than they need
            layout.addWidget(widget)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SHOW_AFTER_MS)
        self._delay.timeout.connect(self.show)
        self.hide()

    def step(self, done: int, total: int) -> None:
        if total <= 0:
            self.bar.setRange(0, 0)              # not counted yet: a busy bar
        else:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        if not self.isVisible() and not self._delay.isActive():
            self._delay.start()

    def over(self, _finished: bool = True) -> None:
        self._delay.stop()
        self.hide()
