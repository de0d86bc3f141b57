"""What matters to the user: weight sliders, named presets, pairwise comparison (AHP), and the
ranking rules (scoring method, missing figures, knock-out thresholds). Every change is an undo
step on the document; the ranking follows through ``weightsChanged``."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSlider, QToolButton, QVBoxLayout, QWidget)

from kokapp.core.ahp import PRESETS, RANDOM_INDEX
from kokapp.core.factors import FACTOR_NAMES
from kokapp.core.project import CORE_CRITERIA, CRITERIA
from kokapp.core.ranking_rules import validate_rules
from kokapp.gui.commands import SetRankingRules, SetWeight, SetWeights
from kokapp.gui.criteria import criterion_names, criterion_tips
from kokapp.gui.document import ProjectDocument
from kokapp.gui.figure_form import ERROR_STYLE
from kokapp.gui.figure_words import plain_number
from kokapp.gui.numbers import format_percent, parse_number

SLIDER_STEPS = 100
MAX_PAIRWISE = len(RANDOM_INDEX) - 1   # Saaty's random index is tabled up to ten criteria
PRESET_WORDS = {"balanced": QT_TRANSLATE_NOOP("WeightsPanel", "Balanced"),
                "cost_first": QT_TRANSLATE_NOOP("WeightsPanel", "Cost first"),
                "speed_first": QT_TRANSLATE_NOOP("WeightsPanel", "Speed first"),
                "access_first": QT_TRANSLATE_NOOP("WeightsPanel", "Market access first")}
# knock-out fields: rule name, shown as % (×100)
KNOCKOUT_FIELDS = (("max_transit_days", False), ("min_duty_free_share", True), ("min_lpi", False))


class WeightsPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.doc: ProjectDocument | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        weights = QGroupBox(self.tr("What matters to you (weights)"))
        outer = QVBoxLayout(weights)
        self.sliders: dict[str, QSlider] = {}
        self.shares: dict[str, QLabel] = {}
        outer.addLayout(self._slider_grid(CORE_CRITERIA))
        self.more_button = QToolButton()
        self.more_button.setObjectName("more_criteria")
        self.more_button.setCheckable(True)
        self.more_button.setText(self.tr("More criteria: labour cost, electricity, governance, proximity, LPI parts"))
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setArrowType(Qt.ArrowType.RightArrow)
        self.more_button.setAutoRaise(True)
        self.more_button.toggled.connect(self._show_more)
        outer.addWidget(self.more_button)
        self.more = QWidget()
        self.more.setObjectName("optional_criteria")
        self.more.setLayout(self._slider_grid(FACTOR_NAMES))
        self.more.layout().setContentsMargins(0, 0, 0, 0)
        self.more.hide()
        outer.addWidget(self.more)
        self.preset = QComboBox()
        self.preset.setObjectName("weight_preset")
        self.preset.addItem(self.tr("Set by hand"), "")
        for key, words in self.preset_names().items():
            self.preset.addItem(words, key)
        self.preset.addItem(self.tr("From pairwise comparison"), "ahp")
        self.preset.activated.connect(self._preset_chosen)
        self.pairwise = QPushButton(self.tr("Compare in pairs…"))
        self.pairwise.setObjectName("pairwise")
        self.pairwise.setToolTip(self.tr("Agree the weights pair by pair (AHP), with a consistency check"))
        self.pairwise.clicked.connect(self._open_pairwise)
        layout.addWidget(weights, 3)
        layout.addWidget(self._rules_box(), 2)

    def _slider_grid(self, criteria) -> QGridLayout:
        grid = QGridLayout()
        tips = criterion_tips()
        for i, criterion in enumerate(criteria):
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, SLIDER_STEPS)
            slider.setObjectName(f"weight_{criterion}")
            slider.setMinimumWidth(70)
            slider.valueChanged.connect(lambda value, c=criterion: self._weight_moved(c, value))
            share = QLabel()
            share.setMinimumWidth(40)
            label = QLabel(criterion_names()[criterion])
            if criterion in tips:
                label.setToolTip(tips[criterion])
                slider.setToolTip(tips[criterion])
            row, col = divmod(i, 2)
            grid.addWidget(label, row, col * 3)
            grid.addWidget(slider, row, col * 3 + 1)
            grid.addWidget(share, row, col * 3 + 2)
            self.sliders[criterion], self.shares[criterion] = slider, share
        return grid

    def _show_more(self, shown: bool) -> None:
        self.more.setVisible(shown)
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    @staticmethod
    def preset_names() -> dict[str, str]:
        return {k: QCoreApplication.translate("WeightsPanel", v) for k, v in PRESET_WORDS.items() if k in PRESETS}

    def _rules_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("How locations are ranked"))
        grid = QGridLayout(box)
        self.method = QComboBox()
        self.method.setObjectName("ranking_method")
        for key, words in ((("value", self.tr("Fixed scales: weighted sum (default)"))),
                           ("geometric", self.tr("Fixed scales: no compensation (geometric mean)")),
                           ("topsis", self.tr("TOPSIS: relative to the locations compared"))):
            self.method.addItem(words, key)
        self.method.setToolTip(self.tr(
            "Fixed scales score each location against the Türkiye baseline and the data's own ranges: unticking a "
            "location never reorders the others. Without compensation, a very poor figure on one criterion cannot be "
            "made up elsewhere. TOPSIS scores against the best and worst of the locations compared, so removing one "
            "can reorder the rest (rank reversal)."))
        self.missing = QComboBox()
        self.missing.setObjectName("missing_rule")
        for combo in (self.method, self.missing):        # long choices elide: the sliders keep their room
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        self.missing.addItem(self.tr("spread its weight over the location's other criteria"), "spread")
        self.missing.addItem(self.tr("score it as the worst of the other locations"), "worst")
        presets = QHBoxLayout()
        presets.addWidget(self.preset, 1)
        presets.addWidget(self.pairwise)
        grid.addWidget(QLabel(self.tr("Weights:")), 0, 0)
        grid.addLayout(presets, 0, 1)
        grid.addWidget(QLabel(self.tr("Scoring:")), 1, 0)
        grid.addWidget(self.method, 1, 1)
        grid.addWidget(QLabel(self.tr("A missing figure:")), 2, 0)
        grid.addWidget(self.missing, 2, 1)
        limits = QHBoxLayout()
        labels = {"max_transit_days": self.tr("transit over (days)"),
                  "min_duty_free_share": self.tr("duty-free under (%)"),
                  "min_lpi": self.tr("LPI under")}
        self.knockouts: dict[str, QLineEdit] = {}
        for name, _ in KNOCKOUT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setPlaceholderText(self.tr("none"))
            edit.setMaximumWidth(56)
            edit.editingFinished.connect(self._rules_edited)
            limits.addWidget(QLabel(labels[name]))
            limits.addWidget(edit)
            self.knockouts[name] = edit
        limits.addStretch(1)
        grid.addWidget(QLabel(self.tr("Exclude:")), 3, 0)
        grid.addLayout(limits, 3, 1)
        self.rule_error = QLabel()
        self.rule_error.setStyleSheet(ERROR_STYLE)
        self.rule_error.setWordWrap(True)
        self.rule_error.hide()
        grid.addWidget(self.rule_error, 4, 0, 1, 2)
        self.method.activated.connect(self._rules_edited)
        self.missing.activated.connect(self._rules_edited)
        return box

    # -- the document --------------------------------------------------------------------------
    def set_document(self, doc: ProjectDocument) -> None:
        if self.doc is not None:
            self.doc.weightsChanged.disconnect(self.sync)
        self.doc = doc
        doc.weightsChanged.connect(self.sync)
        self.sync()

    def sync(self) -> None:
        p = self.doc.project
        weights = p.weights
        top = max(weights.values(), default=1.0) or 1.0
        total = sum(weights.values()) or 1.0
        for criterion, slider in self.sliders.items():
            value = round(weights.get(criterion, 0.0) / top * SLIDER_STEPS)
            if slider.value() != value and not slider.isSliderDown():
                slider.blockSignals(True)
                slider.setValue(value)
                slider.blockSignals(False)
            self.shares[criterion].setText(format_percent(weights.get(criterion, 0.0) / total))
        if any(weights.get(f, 0.0) > 0 for f in FACTOR_NAMES) and not self.more_button.isChecked():
            self.more_button.setChecked(True)       # a weighted optional criterion is never hidden
        self.preset.setCurrentIndex(max(self.preset.findData(p.weight_preset), 0))
        rules = p.ranking
        self.method.setCurrentIndex(max(self.method.findData(rules.method), 0))
        self.missing.setCurrentIndex(max(self.missing.findData(rules.missing), 0))
        if self.rule_error.isHidden():            # what the user typed wrong stays until corrected
            for name, percent in KNOCKOUT_FIELDS:
                value = getattr(rules, name)
                self.knockouts[name].setText("" if value is None else plain_number(value * 100 if percent else value))

    def _weight_moved(self, criterion: str, value: int) -> None:
        if self.doc is None:
            return
        top = max(self.doc.project.weights.values(), default=1.0) or 1.0
        weight = value / SLIDER_STEPS * top
        if abs(weight - self.doc.project.weights.get(criterion, 0.0)) > 1e-12:
            self.doc.undo_stack.push(SetWeight(self.doc, criterion, weight))

    def _preset_chosen(self, index: int) -> None:
        key = self.preset.itemData(index)
        if key == "ahp":
            self._open_pairwise()
        elif key and self.doc is not None:
            self.doc.undo_stack.push(SetWeights(self.doc, PRESETS[key], key))
        self.sync()

    def _open_pairwise(self) -> None:
        from kokapp.gui.ahp_dialog import PairwiseDialog

        weights = self.doc.project.weights
        criteria = [*CORE_CRITERIA, *(f for f in FACTOR_NAMES if weights.get(f, 0.0) > 0)][:MAX_PAIRWISE]
        dialog = PairwiseDialog(self.doc.project.pairwise, self, criteria)
        if dialog.exec() and dialog.result_weights is not None:
            result = {c: dialog.result_weights.get(c, 0.0) for c in CRITERIA}
            self.doc.undo_stack.push(SetWeights(self.doc, result, "ahp", dialog.judgements()))
        self.sync()

    def _rules_edited(self) -> None:
        if self.doc is None:
            return
        values, wrong = {}, []
        for name, percent in KNOCKOUT_FIELDS:
            text = self.knockouts[name].text()
            number = parse_number(text)
            if text.strip() and number is None:
                wrong.append(name)
            values[name] = None if number is None else number / 100 if percent else number
        rules = replace(self.doc.project.ranking, method=self.method.currentData(), missing=self.missing.currentData(),
                        **values)
        wrong += [field.split(".")[-1] for field, _, _ in validate_rules(rules)]
        self.rule_error.setText(self.tr("Not a usable threshold: transit 0-365 days, duty-free share 0-100 %, "
                                        "LPI 1-5. Nothing was changed.") if wrong else "")
        self.rule_error.setVisible(bool(wrong))
        if not wrong and rules != self.doc.project.ranking:
            self.doc.undo_stack.push(SetRankingRules(self.doc, rules))
