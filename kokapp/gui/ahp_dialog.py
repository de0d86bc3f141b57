"""Weights by pairwise comparison (AHP): for each pair of criteria, which matters more and how
much (Saaty's 1-9 scale). The weights and the consistency ratio update as the workshop goes;
above 0.10 the judgements contradict each other and the dialog says so."""

from __future__ import annotations

from itertools import combinations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QGridLayout, QLabel, QScrollArea, QVBoxLayout,
                               QWidget)

from kokapp.core.ahp import ACCEPTABLE_CR, ahp
from kokapp.core.project import CORE_CRITERIA
from kokapp.gui.criteria import criterion_names
from kokapp.gui.figure_form import ERROR_STYLE
from kokapp.gui.figure_words import plain_number
from kokapp.gui.numbers import format_percent

STEPS = (9, 7, 5, 3, 2)          # the judgements offered each way, besides "equal"


def whole_percents(weights: dict[str, float]) -> dict[str, int]:
    """Weights as whole per cents that add up to 100 (largest remainders get the rounding)."""
    raw = {k: w * 100 for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    for k in sorted(raw, key=lambda k: out[k] - raw[k])[:100 - sum(out.values())]:
        out[k] += 1
    return out


class PairwiseDialog(QDialog):
    def __init__(self, judgements: dict[tuple[str, str], float], parent=None, criteria=CORE_CRITERIA):
        super().__init__(parent)
        self.criteria = list(criteria)       # the core criteria and the optional ones the user weighted
        self.setWindowTitle(self.tr("Weights by pairwise comparison"))
        self.resize(720, 640)
        self.result_weights: dict[str, float] | None = None
        names = criterion_names()
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("For each pair, how much more does one matter than the other for this decision? "
                               "“equal” means both matter as much. Kök turns the answers into weights (AHP) and "
                               "checks that they hang together."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        inner = QWidget()
        grid = QGridLayout(inner)
        self.combos: dict[tuple[str, str], QComboBox] = {}
        for row, (a, b) in enumerate(combinations(self.criteria, 2)):
            combo = QComboBox()
            combo.setObjectName(f"pair_{a}_{b}")
            for step in STEPS:
                combo.addItem(self.tr("%1 matters %2× as much").replace("%1", names[a]).replace("%2", str(step)), step)
            combo.addItem(self.tr("equal"), 1)
            for step in reversed(STEPS):
                combo.addItem(self.tr("%1 matters %2× as much").replace("%1", names[b]).replace("%2", str(step)),
                              1 / step)
            value = judgements.get((a, b)) or (1 / judgements[(b, a)] if (b, a) in judgements else 1)
            combo.setCurrentIndex(self._index(combo, value))
            combo.currentIndexChanged.connect(self._update)
            grid.addWidget(QLabel(names[a]), row, 0, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(combo, row, 1)
            grid.addWidget(QLabel(names[b]), row, 2)
            self.combos[(a, b)] = combo
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        layout.addWidget(scroll, 1)
        self.weights_label = QLabel()
        self.weights_label.setWordWrap(True)
        self.weights_label.setObjectName("ahp_weights")
        layout.addWidget(self.weights_label)
        self.consistency = QLabel()
        self.consistency.setWordWrap(True)
        self.consistency.setObjectName("ahp_consistency")
        layout.addWidget(self.consistency)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use these weights"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    @staticmethod
    def _index(combo: QComboBox, value: float) -> int:
        return min(range(combo.count()), key=lambda i: abs(combo.itemData(i) - value) / max(combo.itemData(i), value))

    def judgements(self) -> dict[tuple[str, str], float]:
        """The pairs the user judged (equal pairs are left out: they are the default)."""
        return {pair: float(c.currentData()) for pair, c in self.combos.items() if c.currentData() != 1}

    def _update(self) -> None:
        result = ahp(self.criteria, self.judgements())
        names = criterion_names()
        shares = whole_percents(result.weights)
        self.weights_label.setText(self.tr("Weights: %1").replace("%1", ", ".join(
            f"{names[c]} {format_percent(shares[c] / 100)}" for c in sorted(shares, key=lambda c: -result.weights[c]))))
        ratio = result.consistency_ratio or 0.0
        if result.consistent:
            self.consistency.setStyleSheet("")
            self.consistency.setText(self.tr("Consistency ratio %1: the judgements hang together (at most %2).")
                                     .replace("%1", plain_number(round(ratio, 3))).replace("%2", plain_number(ACCEPTABLE_CR)))
        else:
            self.consistency.setStyleSheet(ERROR_STYLE)
            self.consistency.setText(self.tr("Consistency ratio %1 is above %2: some judgements contradict each other "
                                             "(A over B, B over C, yet C over A). Review them before using the weights.")
                                     .replace("%1", plain_number(round(ratio, 3))).replace("%2", plain_number(ACCEPTABLE_CR)))
        self.result_weights = result.weights
