"""Feasibility tab: does a set-up at the chosen location pay? Key figures, scenarios, cash
flows and the tornado, all from the core feasibility model; beside them the assumptions as a
form (the user's figures replace Kök's defaults through the undo stack and are saved with the
project). The model is evaluated in a worker on a copy of the project; the figures on screen stay
until the new ones are in (a newer edit drops what an older one was working out)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QScrollArea, QSplitter,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from kokapp.core.engine import Engine
from kokapp.core.errors import KokError
from kokapp.core.assumption_catalog import ASSUMPTIONS_BY_NAME, with_value
from kokapp.core.setup_options import DEFAULT_OPTIONS, KINDS, SetupOption
from kokapp.gui.assumptions_form import AssumptionsForm
from kokapp.gui.background import Job
from kokapp.gui.charts import TornadoChart
from kokapp.gui.criteria import input_names, kind_names
from kokapp.gui.document import ProjectDocument
from kokapp.gui.feasibility_commands import SetAssumptions, assumption_signals
from kokapp.gui.messages import describe
from kokapp.gui.numbers import format_money, format_number, format_percent


def evaluate_feasibility(engine: Engine, project, site: str, option: SetupOption, progress):
    """In a worker: the feasibility model of one set-up at one location, evaluated."""
    from kokapp.core.feasibility import FeasibilityModel  # loads pandas: only once the tab is opened

    return FeasibilityModel(engine, project, site, option, project.feasibility).evaluate()


class FeasibilityTab(QWidget):
    def __init__(self, engine: Engine, names: dict[str, str], parent=None):
        super().__init__(parent)
        self.engine, self.names = engine, names
        self.doc: ProjectDocument | None = None
        self.result = None
        self._job: Job | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.location = QComboBox()
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(kind_names()[kind], kind)
        self.location.activated.connect(self._location_chosen)
        self.kind.activated.connect(self.recompute)
        top.addWidget(QLabel(self.tr("Location")))
        top.addWidget(self.location, 1)
        top.addWidget(QLabel(self.tr("Set-up")))
        top.addWidget(self.kind, 1)
        layout.addLayout(top)
        self.support = QCheckBox(self.tr("Count Turkish state support (Ministry of Trade unit rent support)"))
        self.support.setObjectName("state_support")
        self.support.setToolTip(self.tr(
            "Decision 5973, Art. 11: 50 % of the rent of a warehouse, store or office abroad that markets goods "
            "produced in Türkiye, for up to 4 years, capped per unit (2026 limit) and at half the year's exports to "
            "that country; received the year after. Not for an assembly line. Transcribed from a secondary source: "
            "check with the Ministry before relying on it."))
        self.support.toggled.connect(self._support_toggled)
        layout.addWidget(self.support)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        figures = QFormLayout()
        self.npv, self.irr, self.payback, self.break_even = QLabel(), QLabel(), QLabel(), QLabel()
        figures.addRow(self.tr("Net present value"), self.npv)
        figures.addRow(self.tr("Internal rate of return"), self.irr)
        figures.addRow(self.tr("Payback"), self.payback)
        figures.addRow(self.tr("Break-even volume"), self.break_even)
        layout.addLayout(figures)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.scenarios = QTableWidget(0, 4)
        self.years = QTableWidget(0, 0)
        for table in (self.scenarios, self.years):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            table.verticalHeader().setDefaultSectionSize(22)
        self.scenarios.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.years.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._tornado: TornadoChart | None = None       # a plot: built when the tab first shows figures
        self._tornado_box = QWidget()
        QVBoxLayout(self._tornado_box).setContentsMargins(0, 0, 0, 0)
        splitter.addWidget(self.scenarios)
        splitter.addWidget(self.years)
        splitter.addWidget(self._tornado_box)
        self._splitter = splitter
        self.assumptions = AssumptionsForm()
        self.assumptions.edited.connect(self._assumption_edited)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.assumptions)
        self.pages = QTabWidget()       # the key figures above stay in view while assumptions change
        self.pages.addTab(splitter, self.tr("Scenarios and cash flows"))
        self.pages.addTab(scroll, self.tr("Assumptions (your figures)"))
        layout.addWidget(self.pages, 1)
        note = QLabel(self.tr("Set-up cost, rent, staffing and margins are Kök assumptions until you enter "
                              "your own figures in the form. Savings: this set-up's freight, clearance, insurance and "
                              "duty against exporting from Türkiye, with the leg from Türkiye and the origin the "
                              "set-up gives the goods."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555")
        layout.addWidget(note)

    def select(self, location: str | None) -> None:
        """Show the feasibility of this location (the ranking's leader by default)."""
        index = self.location.findData(location)
        if index >= 0 and index != self.location.currentIndex():
            self.location.setCurrentIndex(index)
            self._show_chosen_kind()
            if self.isVisible():
                self.recompute()

    def set_document(self, doc: ProjectDocument) -> None:
        self.doc = doc
        doc.changed.connect(self.refresh_locations)
        assumption_signals(doc).changed.connect(self._assumptions_changed)
        self.refresh_locations()
        self._show_chosen_kind()
        self._sync_support()

    def _sync_support(self) -> None:
        self.support.blockSignals(True)
        self.support.setChecked(self.doc.project.feasibility.state_support)
        self.support.blockSignals(False)

    # -- the location's chosen set-up and its assumptions ------------------------------------------
    def _show_chosen_kind(self) -> None:
        """A location whose set-up the user has worked on shows that set-up type."""
        chosen = self.doc.project.setup_options.get(self.location.currentData()) if self.doc else None
        if chosen is not None:
            self.kind.setCurrentIndex(self.kind.findData(chosen.kind))

    def _location_chosen(self) -> None:
        self._show_chosen_kind()
        self.recompute()

    def option(self) -> SetupOption | None:
        """The set-up shown: the location's own if it is of the chosen type, else Kök's defaults."""
        site, kind = self.location.currentData(), self.kind.currentData()
        if self.doc is None or site is None:
            return None
        option = self.doc.project.setup_options.get(site)
        return option if option and option.kind == kind else DEFAULT_OPTIONS[kind]

    def _assumption_edited(self, name: str, value) -> None:
        option, site = self.option(), self.location.currentData()
        if option is None:
            return
        settings = self.doc.project.feasibility
        new_option, new_settings = with_value(name, value, option, settings)
        if new_option == option and new_settings == settings:
            return
        scope_option = ASSUMPTIONS_BY_NAME[name].scope == "option"
        self.doc.undo_stack.push(SetAssumptions(self.doc, site if scope_option else None,
                                                new_option if scope_option else None, new_settings))

    def _support_words(self, code: str) -> str:
        """Why the unit rent support adds nothing here, when it is switched on."""
        if code == "no_exports":
            return " " + self.tr("State support adds nothing here: it is at most half the year's exports to the "
                                 "location's country, and the plan exports nothing there.")
        if code in ("not_a_unit", "not_turkish_goods"):
            return " " + self.tr("State support does not apply to an assembly line: the unit rent support is for a "
                                 "store, warehouse or office that markets goods produced in Türkiye.")
        return ""

    def _support_toggled(self, on: bool) -> None:
        if self.doc is None or self.doc.project.feasibility.state_support == on:
            return
        settings = replace(self.doc.project.feasibility, state_support=on)
        self.doc.undo_stack.push(SetAssumptions(self.doc, None, None, settings))

    def _assumptions_changed(self) -> None:
        self._sync_support()
        self._show_chosen_kind()
        if self.isVisible():
            self.recompute()
        else:
            self.assumptions.show_values(self.option(), self.doc.project.feasibility)

    def refresh_locations(self) -> None:
        current = self.location.currentData()
        self.location.blockSignals(True)
        self.location.clear()
        for site in self.doc.project.candidates:
            self.location.addItem(self.names.get(site, site), site)
        index = self.location.findData(current)
        self.location.setCurrentIndex(index if index >= 0 else 0)
        self.location.blockSignals(False)
        self.assumptions.set_markets([(m, self.names.get(m, m)) for m in self.doc.project.markets])
        self.assumptions.show_values(self.option(), self.doc.project.feasibility)
        if self.isVisible():
            self.recompute()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.recompute()

    def recompute(self) -> None:
        site, option = self.location.currentData(), self.option()
        self.result = None
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self.assumptions.show_values(option, self.doc.project.feasibility if self.doc else None)
        if option is None:
            self._show_message(self.tr("Tick at least one candidate location."))
            return
        self.message.setText(self.tr("Working out the feasibility…"))
        self._job = Job(evaluate_feasibility, self.engine, self.doc.project.snapshot(), site, option)
        self._job.done.connect(self._evaluated)
        self._job.failed.connect(self._not_evaluated)
        self._job.start()

    @Slot(object, object)
    def _evaluated(self, job: Job, result) -> None:
        if job is self._job:
            self._job, self.result = None, result
            self._show(result)

    @Slot(object, object)
    def _not_evaluated(self, job: Job, exc: Exception) -> None:
        if job is not self._job:
            return
        self._job = None
        if not isinstance(exc, KokError):
            raise exc
        self._show_message(describe(exc, self.names))

    @property
    def working(self) -> bool:
        return self._job is not None

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        for label in (self.npv, self.irr, self.payback, self.break_even):
            label.setText("–")
        self.scenarios.setRowCount(0)
        self.years.setRowCount(0)
        if self._tornado is not None:
            self._tornado.update([], {})

    @property
    def tornado(self) -> TornadoChart:
        if self._tornado is None:
            self._tornado = TornadoChart()
            self._tornado_box.layout().addWidget(self._tornado.widget)
            total = sum(self._splitter.sizes())
            if total > 0:  # the three scenarios whole, then the cash flows and the plot share the rest
                scenarios = min(self._scenarios_height(), total // 3)
                years = (total - scenarios) * 2 // 5
                self._splitter.setSizes([scenarios, years, total - scenarios - years])
        return self._tornado

    def _scenarios_height(self) -> int:
        """Height that shows the scenario table's header and its three rows, no more."""
        rows = sum(self.scenarios.rowHeight(r) for r in range(self.scenarios.rowCount())) or 3 * 24
        return self.scenarios.horizontalHeader().height() + rows + 2 * self.scenarios.frameWidth()

    def _show(self, f) -> None:
        if f.option.monthly_wage_eur is not None:
            basis = self.tr("your figure")
        else:
            basis = (self.tr("minimum wage %1 × %2").replace("%1", format_money(f.wage_eur_month / f.option.wage_multiple))
                     .replace("%2", format_number(f.option.wage_multiple, 1)))
        self.message.setText(self.tr("Local wage %1 per month (%2); corporate tax %3.")
                             .replace("%1", format_money(f.wage_eur_month)).replace("%2", basis)
                             .replace("%3", format_percent(f.cit_pct / 100, 1))
                             + (" " + self.tr("Free-zone tax: %1 (applied year by year in the cash flows).")
                                .replace("%1", f.tax_regime) if f.tax_regime else "")
                             + self._support_words(f.state_support))
        self.npv.setText(format_money(f.base.npv_eur))
        self.irr.setText(self.tr("not defined") if f.base.irr_pct is None else format_percent(f.base.irr_pct / 100, 1))
        self.payback.setText(self.tr("not within the horizon") if f.base.payback_years is None
                             else self.tr("%1 years").replace("%1", format_number(f.base.payback_years, 1)))
        self.break_even.setText(self.tr("not reached up to 20 × the plan") if f.break_even_share is None
                                else self.tr("%1 units a year (%2 of the plan)")
                                .replace("%1", format_number(f.break_even_units, 0))
                                .replace("%2", format_percent(f.break_even_share)))
        names = {"base": self.tr("Base"), "pessimistic": self.tr("Pessimistic"), "optimistic": self.tr("Optimistic")}
        self.scenarios.setColumnCount(4)
        self.scenarios.setHorizontalHeaderLabels([self.tr("Scenario"), self.tr("NPV"), self.tr("IRR"), self.tr("Payback (years)")])
        self.scenarios.setRowCount(len(f.scenarios))
        for row, (name, outcome) in enumerate(f.scenarios.items()):
            cells = [names[name], format_money(outcome.npv_eur),
                     "–" if outcome.irr_pct is None else format_percent(outcome.irr_pct / 100, 1),
                     "–" if outcome.payback_years is None else format_number(outcome.payback_years, 1)]
            for col, text in enumerate(cells):
                self.scenarios.setItem(row, col, QTableWidgetItem(text))
        columns = [("year", self.tr("Year"), 0), ("units", self.tr("Units"), 0), ("savings", self.tr("Savings"), 0),
                   ("staff_saved_in_turkiye", self.tr("Staff saved in Türkiye"), 0), ("fixed_costs", self.tr("Fixed costs"), 0),
                   ("variable_change", self.tr("Variable cost change"), 0),
                   ("uplift_margin", self.tr("Margin on extra sales"), 0), ("tax", self.tr("Tax"), 0),
                   ("state_support", self.tr("State support"), 0), ("cash_flow", self.tr("Cash flow"), 0)]
        self.years.setColumnCount(len(columns))
        self.years.setHorizontalHeaderLabels([c[1] for c in columns])
        self.years.setRowCount(len(f.years))
        for row, record in enumerate(f.years.to_dict("records")):
            for col, (key, _, decimals) in enumerate(columns):
                item = QTableWidgetItem(format_number(record[key], decimals))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.years.setItem(row, col, item)
        self.tornado.update(f.tornado, input_names())
