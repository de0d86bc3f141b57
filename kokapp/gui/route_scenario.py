"""The route scenario row above the result tabs: close one border crossing or a sea passage
(an undoable project edit) and read what it costs against all routes open."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QSizePolicy, QWidget

from kokapp.core.engine import Comparison, Engine
from kokapp.core.errors import KokError
from kokapp.core.lane_routes import ScenarioEffect, scenario_effect
from kokapp.core.routes import SEA_CLOSURES, RouteBook, RouteScenario
from kokapp.gui.commands import SetRouteScenario
from kokapp.gui.document import ProjectDocument
from kokapp.gui.numbers import format_money, format_percent

COMBO_CHARACTERS = 22    # a combo's width in characters: the row fits a 1366-pixel laptop (popups show it all)


def _signed(text: str, value: float) -> str:
    """``+€12,345`` that a line never breaks inside (no-break space, word joiner after the sign)."""
    text = text.replace(" ", "\u00a0")
    return ("+\u2060" + text) if value > 0 and not text.startswith(("-", "+")) else text


class RouteScenarioBar(QWidget):
    """Two combos that follow the open project's route scenario, and a line saying what it does."""

    def __init__(self, engine: Engine, names: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.engine, self.names = engine, names
        self.book = RouteBook(engine.pack)
        self.doc: ProjectDocument | None = None
        self.comparison: Comparison | None = None
        self.effect: ScenarioEffect | None = None
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.crossing = self._combo("route_crossing")
        self.crossing.addItem(self.tr("Border crossings: all open"), "")
        for crossing in self.book.scenario_crossings:
            self.crossing.addItem(self.tr("%1 closed").replace("%1", self.book.crossing_name(crossing)), crossing)
        self.sea = self._combo("route_sea")
        self.sea.addItem(self.tr("Sea: Suez and Bab-el-Mandeb open"), "")
        for closure in SEA_CLOSURES:
            self.sea.addItem(self.sea_words(closure, long=True), closure)
        for combo in (self.crossing, self.sea):      # the popup shows every name whole
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 30)
        self.effect_label = QLabel()
        self.effect_label.setObjectName("route_effect")
        self.effect_label.setWordWrap(True)
        self.effect_label.setTextFormat(Qt.TextFormat.PlainText)
        self.effect_label.setStyleSheet("color: #8a4b00")
        self.effect_label.hide()
        layout.addWidget(QLabel(self.tr("Route scenario:")), 0, 0)
        layout.addWidget(self.crossing, 0, 1)
        layout.addWidget(self.sea, 0, 2)
        layout.setColumnStretch(1, 1)
        layout.setColumnStretch(2, 1)
        layout.addWidget(self.effect_label, 1, 0, 1, 3)
        self._timer = QTimer(self)            # the effect after the results are on screen, once per burst
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._compute_effect)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_CHARACTERS)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo.activated.connect(lambda _index: self._chosen())
        return combo

    def sea_words(self, closure: str, long: bool = False) -> str:
        if closure == "bab_el_mandeb":
            return self.tr("Bab-el-Mandeb closed (Red Sea crisis: round the Cape)") if long \
                else self.tr("Bab-el-Mandeb closed")
        return self.tr("Suez Canal closed")

    # -- the project ------------------------------------------------------------------------------
    def set_document(self, doc: ProjectDocument) -> None:
        if self.doc is not None:
            self.doc.changed.disconnect(self.sync)
        self.doc = doc
        doc.changed.connect(self.sync)
        self.sync()

    def sync(self) -> None:
        """The combos show the project's scenario (after undo, redo, File ▸ Open or New too)."""
        scenario = self.doc.project.route_scenario
        for combo, value in ((self.crossing, scenario.closed_crossing), (self.sea, scenario.sea_closure)):
            index = combo.findData(value)
            if index < 0:            # a crossing this data pack cannot close: shown by its id, not dropped
                combo.addItem(self.tr("%1 closed").replace("%1", self.book.crossing_name(value)), value)
                index = combo.count() - 1
            if combo.currentIndex() != index:
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
            combo.setToolTip(combo.currentText())     # whole where a laptop's width elides it
        if self.effect is None or self.effect.scenario != scenario:
            self.effect_label.hide()     # until the figures of this scenario are in

    def _chosen(self) -> None:
        if self.doc is None:
            return
        scenario = RouteScenario(self.crossing.currentData() or "", self.sea.currentData() or "")
        if scenario != self.doc.project.route_scenario:
            self.doc.undo_stack.push(SetRouteScenario(self.doc, scenario))

    # -- what it does ---------------------------------------------------------------------------
    def show_comparison(self, c: Comparison | None) -> None:
        """New figures: the effect is computed again (two annual cost sums), after this event."""
        self.comparison = c
        if c is None or not c.project.route_scenario.active:
            self.effect = None
            self.effect_label.hide()
            return
        self._timer.start()      # the line stays until then: the tabs below do not jump on every edit

    def show_ranking(self, c: Comparison) -> None:
        """New weights, same figures: the line names the new leader."""
        self.comparison = c
        self._show_effect()

    def _compute_effect(self) -> None:
        c = self.comparison
        if c is None:
            return
        try:
            self.effect = scenario_effect(self.engine, c.project)
        except KokError:
            self.effect = None
        self._show_effect()

    def scenario_words(self, scenario: RouteScenario) -> str:
        parts = []
        if scenario.closed_crossing:
            parts.append(self.tr("%1 closed").replace("%1", self.book.crossing_name(scenario.closed_crossing)))
        if scenario.sea_closure:
            parts.append(self.sea_words(scenario.sea_closure))
        return ", ".join(parts)

    def change_words(self, location: str) -> str:
        """``+€12,345 a year (+4.2%)`` for one location."""
        change = self.effect.change(location)
        base = self.effect.all_open.get(location, math.nan)
        if math.isnan(change):
            return "–"
        if abs(change) < 0.5:
            return self.tr("no change")
        money = self.tr("%1 a year").replace("%1", _signed(format_money(change), change))
        share = change / base if base and not math.isnan(base) else 0.0
        if abs(share) < 0.00005:          # under 0.01 %: a percentage would only say 0
            return money
        return f"{money} ({_signed(format_percent(share, 1 if abs(share) >= 0.01 else 2), change)})"

    def _show_effect(self) -> None:
        c, effect = self.comparison, self.effect
        if c is None or effect is None or effect.scenario != c.project.route_scenario:
            self.effect_label.hide()
            return
        leader = c.leader
        self.effect_label.setText(
            self.tr("%1: %2 logistics and duty %3 vs all routes open").replace("%1", self.scenario_words(effect.scenario))
            .replace("%2", self.names.get(leader, leader)).replace("%3", self.change_words(leader)))
        self.effect_label.setToolTip("\n".join(
            [self.tr("Logistics and duty a year against all routes open:")]
            + [f"{self.names.get(loc, loc)}: {self.change_words(loc)}" for loc in c.ranked_locations]))
        self.effect_label.show()
