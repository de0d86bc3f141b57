"""The results side: the verdict and money first, then the scores with live weights and ranking
rules, lane detail, market-access matrix, feasibility and charts. Every number comes from the
core Comparison."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QSplitter, QTableView,
                               QTabWidget, QVBoxLayout, QWidget)

from kokapp.core.engine import Comparison, Engine
from kokapp.gui.charts import CostChart, ScoreChart, TransitCostChart
from kokapp.gui.collation import CollatingProxy
from kokapp.gui.document import ProjectDocument
from kokapp.gui.feasibility_commands import assumption_signals
from kokapp.gui.feasibility_tab import FeasibilityTab
from kokapp.gui.money_tab import MoneyTab
from kokapp.gui.result_notes import ResultNotes
from kokapp.gui.result_models import (DUTY_FREE, DUTY_PAID, DUTY_UNKNOWN, SUSPENDED, AccessModel, DetailModel,
                                      LocationRole, RankingModel, SortRole)
from kokapp.gui.route_scenario import RouteScenarioBar
from kokapp.gui.weights_panel import WeightsPanel
LOCATION_MIN_WIDTH = 170   # pixels: "İskenderiye (Mısır)" whole at the default font


def _view(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setResizeContentsPrecision(100)  # width from the first 100 rows: big tables stay quick
    view.verticalHeader().setDefaultSectionSize(24)
    return view


class ResultsPanel(QWidget):
    locationSelected = Signal(str)

    def __init__(self, engine: Engine, names: dict[str, str], short_names: dict[str, str] | None = None, parent=None):
        super().__init__(parent)
        self.engine, self.names = engine, names
        self.short_names = short_names or names
        self.doc: ProjectDocument | None = None
        self.comparison: Comparison | None = None
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.route_bar = RouteScenarioBar(engine, names)
        layout.addWidget(self.route_bar)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.result_notes = ResultNotes(engine, names)
        self.money_tab = MoneyTab(engine, names)
        self.money_tab.locationSelected.connect(self._select)
        self.money_tab.finished.connect(self._money_ready)
        self.tabs.addTab(self.money_tab, self.tr("Money"))
        self.scores_tab = self._ranking_tab()
        self.tabs.addTab(self.scores_tab, self.tr("Scores (your weighting)"))
        self.detail_tab, self.access_tab, self.charts_tab = self._detail_tab(), self._access_tab(), self._charts_tab()
        self.tabs.addTab(self.detail_tab, self.tr("Detail"))
        self.tabs.addTab(self.access_tab, self.tr("Market access"))
        self.feasibility = FeasibilityTab(engine, names)
        self.tabs.addTab(self.feasibility, self.tr("Feasibility"))
        self.tabs.addTab(self.charts_tab, self.tr("Charts"))
        self._stale: set[QWidget] = set()   # tabs whose figures are older than the comparison shown
        self.tabs.currentChanged.connect(lambda _: self._refresh_visible())
        self.tabs.currentChanged.connect(lambda _: self._show_status())

    # -- tabs -----------------------------------------------------------------------------------
    def _ranking_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.score_headline = QLabel()
        self.score_headline.setObjectName("score_headline")
        self.score_headline.setWordWrap(True)
        layout.addWidget(self.score_headline)
        self.weights = WeightsPanel()
        layout.addWidget(self.weights)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.ranking_model = RankingModel(self.names, self)
        proxy = CollatingProxy(self)
        proxy.setSourceModel(self.ranking_model)
        proxy.setSortRole(SortRole)
        self.ranking_view = _view(proxy)
        self.ranking_view.setSortingEnabled(True)
        self.ranking_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.ranking_view.installEventFilter(self)      # the location column takes what the numbers leave
        self.ranking_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.ranking_view.clicked.connect(lambda index: self._select(index.data(LocationRole)))
        splitter.addWidget(self.ranking_view)
        self.score_chart = ScoreChart()
        splitter.addWidget(self.score_chart.widget)
        splitter.setSizes([330, 220])   # the whole ranking, baseline included, stays visible
        layout.addWidget(splitter, 1)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #555")
        layout.addWidget(self.notes)
        return tab

    def _detail_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.detail_location = QComboBox()
        self.detail_location.activated.connect(lambda: self._select(self.detail_location.currentData()))
        row.addWidget(QLabel(self.tr("Location")))
        row.addWidget(self.detail_location, 1)
        layout.addLayout(row)
        self.detail_model = DetailModel(self.names, self, engine=self.engine)
        self.detail_view = _view(self.detail_model)
        layout.addWidget(self.detail_view, 1)
        return tab

    def _access_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.access_product = QComboBox()
        self.access_product.activated.connect(lambda: self.access_model.set_product(self.access_product.currentData()))
        row.addWidget(QLabel(self.tr("Product")))
        row.addWidget(self.access_product, 1)
        layout.addLayout(row)
        self.access_model = AccessModel(self.names, self)
        self.access_model.engine = self.engine
        self.access_view = _view(self.access_model)
        self.access_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.access_view, 1)
        legend = QHBoxLayout()
        for colour, text in ((DUTY_FREE, self.tr("duty-free")), (DUTY_PAID, self.tr("duty to pay")),
                             (DUTY_UNKNOWN, self.tr("no citable tariff: enter a quote")),
                             (SUSPENDED, self.tr("agreement suspended or trade halted (×)"))):
            swatch = QLabel(text)
            swatch.setStyleSheet(f"background: {colour}; padding: 2px 6px; border-radius: 3px")
            legend.addWidget(swatch)
        legend.addStretch(1)
        layout.addLayout(legend)
        return tab

    def _charts_tab(self) -> QWidget:
        tab = QWidget()
        QVBoxLayout(tab)
        self.cost_chart: CostChart | None = None          # plots: built when the tab is first shown
        self.transit_chart: TransitCostChart | None = None
        return tab

    def _show_charts(self, c: Comparison) -> None:
        if self.cost_chart is None:
            self.cost_chart, self.transit_chart = CostChart(), TransitCostChart()
            self.charts_tab.layout().addWidget(self.cost_chart.widget, 1)
            self.charts_tab.layout().addWidget(self.transit_chart.widget, 1)
        self.cost_chart.update(c, self.short_names)
        self.transit_chart.update(c, self.short_names)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.ranking_view and event.type() == QEvent.Type.Resize:
            self._fit_location_column()
        return super().eventFilter(watched, event)

    def _fit_location_column(self) -> None:
        """Names get the width the figures leave, never less than LOCATION_MIN_WIDTH (a name must
        stay readable on a laptop: the figures scroll then) nor more than the longest name needs."""
        view = self.ranking_view
        header = view.horizontalHeader()
        others = sum(header.sectionSize(i) for i in range(header.count()) if i != 1)
        wanted = max(view.sizeHintForColumn(1), header.sectionSizeFromContents(1).width())
        room = view.viewport().width() - others
        header.resizeSection(1, max(LOCATION_MIN_WIDTH, min(wanted, room)))

    # -- behaviour ------------------------------------------------------------------------------
    @property
    def sliders(self):
        return self.weights.sliders

    def set_document(self, doc: ProjectDocument) -> None:
        self.doc = doc
        self.feasibility.set_document(doc)
        self.route_bar.set_document(doc)
        self.weights.set_document(doc)
        assumption_signals(doc).changed.connect(self._assumptions_changed)

    def _assumptions_changed(self) -> None:
        """A set-up or feasibility setting changed (no figure of the comparison moves): the money
        view works its set-ups out again with them."""
        if self.comparison is None:
            return
        project = replace(self.comparison.project, feasibility=self.doc.project.feasibility,
                          setup_options=dict(self.doc.project.setup_options))
        self.comparison = replace(self.comparison, project=project)
        self.money_tab.show_comparison(self.comparison)
        self._money_ready()

    def _select(self, location: str | None) -> None:
        if not location:
            return
        self.detail_location.setCurrentIndex(max(self.detail_location.findData(location), 0))
        self.detail_model.location = location
        self._stale.add(self.detail_tab)
        self._refresh_visible()
        self.locationSelected.emit(location)

    def show_failure(self, message: str) -> None:
        self.comparison = None
        self.status.show()
        self.status.setText(message)
        self.status.setStyleSheet("color: #b71c1c")
        self.route_bar.show_comparison(None)
        for model in (self.ranking_model, self.detail_model, self.access_model):
            model.set_comparison(None)
        # nothing of the previous project may stay on screen: charts, notes, map lanes
        self.score_chart.clear()
        for chart in (self.cost_chart, self.transit_chart):
            if chart is not None:
                chart.clear()
        self.notes.clear()
        self.money_tab.clear()
        self.score_headline.clear()
        self.detail_location.clear()
        self.access_product.clear()
        self._stale.clear()
        self.locationSelected.emit("")

    def show_stopped(self, finished: bool) -> None:
        """The worker was stopped: what is on screen is for the project before the latest edits."""
        if finished:
            return
        self.status.show()
        self.status.setStyleSheet("color: #8a5a00")
        self.status.setText(self.tr("Stopped: the figures shown are for the project before your latest changes. "
                                    "Tools ▸ Rank again (F5) works them out."))

    def show_ranking(self, c: Comparison) -> None:
        """After a weight or threshold change: the ranking, its chart, the headlines and the verdict
        (a knock-out can change it) move; the set-up economics already worked out stay."""
        first_time = self.comparison is None
        self.comparison = c
        leader = c.leader
        self.status.setStyleSheet("")
        self.score_headline.setText(self.tr("Best match with your weights: %1.").replace("%1", self.names.get(leader, leader))
                                    + " " + self.result_notes.method_words(c))
        if not first_time:
            self.money_tab.show_ranking(c)
            self._money_ready()
        self._stale.add(self.scores_tab)     # its table and chart are filled when it is shown
        self.route_bar.show_ranking(c)
        self._refresh_visible()

    def show_comparison(self, c: Comparison) -> None:
        first_time = self.comparison is None
        self.comparison = None          # new figures: the money view starts again
        self.result_notes.set_figures(c)
        self.show_ranking(c)
        self.money_tab.show_comparison(c)
        self._money_ready()
        if first_time:
            ranked = [loc for loc in c.ranked_locations if loc != c.project.origin_site]
            self.feasibility.select(ranked[0] if ranked else None)
        self.route_bar.show_comparison(c)
        self._stale |= {self.detail_tab, self.access_tab, self.charts_tab}   # the Scores tab: by show_ranking
        if self.detail_model.location not in set(c.ranked_locations):
            self.detail_model.location = c.leader
        self._refresh_visible()
        self.locationSelected.emit(self.detail_model.location)   # the map draws its lanes

    def _refresh_visible(self) -> None:
        """Bring the visible tab up to date; the others wait until they are shown (a large
        project's detail and access tables take longer than a frame to fill)."""
        c, tab = self.comparison, self.tabs.currentWidget()
        if c is None or tab not in self._stale:
            return
        self._stale.discard(tab)
        if tab is self.scores_tab:
            self._show_scores(c)
        elif tab is self.detail_tab:
            self._show_detail(c)
        elif tab is self.access_tab:
            self._show_access(c)
        elif tab is self.charts_tab:
            self._show_charts(c)

    def _show_scores(self, c: Comparison) -> None:
        self.notes.setText(self.result_notes.notes(c))
        self.ranking_model.set_comparison(c)
        self._fit_location_column()
        self.score_chart.update(c, self.short_names)

    def _show_detail(self, c: Comparison) -> None:
        """The location is already one of this comparison's (show_comparison or _select chose it)."""
        self.detail_location.blockSignals(True)
        self.detail_location.clear()
        for loc in c.ranked_locations:
            self.detail_location.addItem(self.names.get(loc, loc), loc)
        self.detail_location.setCurrentIndex(max(self.detail_location.findData(self.detail_model.location), 0))
        self.detail_location.blockSignals(False)
        self.detail_model.set_comparison(c)

    def _show_access(self, c: Comparison) -> None:
        current = self.access_product.currentData()
        self.access_product.clear()
        for product in c.project.products:
            self.access_product.addItem(product.name, product.name)
        self.access_product.setCurrentIndex(max(self.access_product.findData(current), 0))
        self.access_model.product = self.access_product.currentData()
        self.access_model.set_comparison(c)

    def _money_ready(self) -> None:
        """The window's headline is the verdict in money, once every set-up is worked out (on the
        Money tab it stands in large type already: the headline line is then left out)."""
        self.status.setText(self.money_tab.verdict.text())
        self._show_status()

    def _show_status(self) -> None:
        self.status.setVisible(self.comparison is None or self.tabs.currentWidget() is not self.money_tab)
