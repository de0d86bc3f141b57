"""The first screen: the verdict in money, and per location the plan's yearly landed cost against
exporting from the Türkiye hub with the best set-up there (NPV, payback, break-even).

The landed costs come with the comparison; the set-ups (tens of milliseconds per location) are
evaluated in a worker thread on a copy of the project, so the window never waits for them: the
table fills in as they come (at most a few times a second) and the verdict waits for all of them.
A new comparison cancels the work still running for the old one.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import replace
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from kokapp.core.engine import Comparison, Engine
from kokapp.core.errors import FieldError
from kokapp.core.money import MoneyRow, MoneyView, money_view, setup_economics, verdict_phrase
from kokapp.core.ranking_rules import RankingRules
from kokapp.gui.background import Job, window_busy
from kokapp.gui.criteria import kind_names
from kokapp.gui.messages import describe
from kokapp.gui.numbers import currency_symbol, display_state, format_money, format_number, format_percent
from kokapp.gui.result_models import RIGHT, LocationRole, _ReadOnlyModel

EXCLUDED = QColor("#9e9e9e")
REFRESH_MS = 300           # set-ups arriving from the worker are shown at most this often
REDRAW_S = 0.05            # and the workers pause at most this long while the table is redrawn


def evaluate_setups(engine: Engine, project, locations: list[str], progress) -> dict[str, tuple]:
    """In a worker: every location's set-up economics, each reported as it is done."""
    found = {}
    for i, loc in enumerate(locations):
        found[loc] = setup_economics(engine, project, loc)
        progress(i + 1, len(locations), (loc, found[loc]))
    return found


def same_set_ups(a, b) -> bool:
    """Two projects whose set-ups are the same (weights, ranking rules and the company name aside:
    they change no set-up)."""
    ignored = {"company": "", "weights": {}, "ranking": RankingRules(), "weight_preset": "", "pairwise": {}}
    return replace(a, **ignored) == replace(b, **ignored)


def problem_text(field: str, message: str) -> str:
    """A set-up that could not be evaluated, in the user's words (the country named)."""
    return describe(FieldError(field, message, field.partition("/")[2] or None))


def verdict_text(view: MoneyView, names: dict[str, str], horizon: int) -> str:
    key, v = verdict_phrase(view, horizon)
    text = _verdict_words(view, names, horizon, key, v)
    if v.get("excluded"):
        text += " " + QCoreApplication.translate(
            "MoneyTab", "(Left out: %1 location(s) excluded by your thresholds or halted trade.)").replace(
            "%1", str(v["excluded"]))
    return text


def _verdict_words(view: MoneyView, names: dict[str, str], horizon: int, key: str, v: dict) -> str:
    translate = QCoreApplication.translate
    name = names.get
    if key == "pays":
        kind = QLocale().toLower(kind_names()[v["kind"]])      # Turkish-aware: İ -> i
        if v["payback"] is None:
            return translate("MoneyTab", "%1: a %2 pays — NPV %3 over %4 years at base figures.").replace(
                "%1", name(v["location"], v["location"])).replace("%2", kind).replace(
                "%3", format_money(v["npv"])).replace("%4", str(horizon))
        return translate("MoneyTab", "%1: a %2 pays back in %3 years — NPV %4 over %5 years at base figures.").replace(
            "%1", name(v["location"], v["location"])).replace("%2", kind).replace(
            "%3", format_number(v["payback"], 1)).replace("%4", format_money(v["npv"])).replace("%5", str(horizon))
    origin = name(view.baseline, view.baseline)
    if key == "unknown":
        return translate("MoneyTab", "Not decided: the yearly cost of exporting from %1 is unknown (no citable duty for "
                                     "some markets), so no location can be compared with it. Enter your broker's duty "
                                     "quotes in Tools ▸ Data sources.").replace("%1", origin)
    if key == "keep":
        return translate("MoneyTab", "Keep exporting from %1: no location lowers the yearly logistics and duty cost, "
                                     "and no set-up pays.").replace("%1", origin)
    lower = translate("MoneyTab", "%1 would lower the yearly logistics and duty cost by %2 (%3) if the goods were made "
                                  "there").replace(
        "%1", name(v["location"], v["location"])).replace("%2", format_money(v["saving"])).replace(
        "%3", format_percent(v["share"]))
    if key == "undecided":
        missing = " ".join(problem_text(f, m) for f, m in v["problems"])
        return translate("MoneyTab", "Not decided yet: %1, but its set-ups cannot be evaluated. %2").replace(
            "%1", lower).replace("%2", missing)
    return translate("MoneyTab", "Keep exporting from %1: %2, but no set-up there pays back within %3 years.").replace(
        "%1", origin).replace("%2", lower).replace("%3", str(horizon))


def signed_percent(share: float) -> str:
    """+8.4% / -51.2% (Turkish: +%8,4 / -%51,2: the sign before the per cent sign)."""
    sign = "+" if share > 0.0005 else "-" if share < -0.0005 else ""
    return sign + format_percent(abs(share), 1)


@lru_cache(maxsize=1)
def _italic() -> QFont:
    """The font of a row whose set-ups are still being worked out (made once, after the application)."""
    font = QFont()
    font.setItalic(True)
    return font


MEASURE_ALL = 50         # rows a table has at most for every one of them to be measured


class MoneyModel(_ReadOnlyModel):
    in_place = True
    view: MoneyView | None = None
    _made: dict = {}     # (row's repr, baseline?, display state) -> the row's cells, from the last refresh

    def headers(self) -> list[str]:
        money = currency_symbol()
        return [self.tr("Location"), self.tr("Logistics\n%1/year").replace("%1", money),
                self.tr("Duty\n%1/year").replace("%1", money), self.tr("Landed\n%1/year").replace("%1", money),
                self.tr("vs. Türkiye\n%1/year").replace("%1", money), self.tr("vs. Türkiye\n%"),
                self.tr("Best set-up"), self.tr("NPV\n%1").replace("%1", money), self.tr("Payback\nyears"),
                self.tr("Break-even\nunits/year")]

    def set_view(self, comparison: Comparison, view: MoneyView) -> None:
        self.view = view
        self.set_comparison(comparison)

    def _build_rows(self) -> list[dict]:
        """A row's cells are worked out again only when its figures changed: while set-ups stream
        in, each refresh brings one or two new ones, and formatting all 400 rows of a 10x study
        every time held the window 30-70 ms."""
        if self.view is None:
            return []
        made, self._made = self._made, {}
        kinds, shown = kind_names(), display_state()
        rows = []
        for r in self.view.rows:
            key = (repr(r), r.location == self.view.baseline, shown)     # repr: NaN equals NaN
            row = made.get(key) or self._row(r, key[1], kinds)
            self._made[key] = row
            rows.append(row)
        return rows

    def _row(self, r: MoneyRow, baseline: bool, kinds: dict[str, str]) -> dict:
        name = self.names.get(r.location, r.location) + (self.tr(" — Türkiye baseline") if baseline else "")
        text = [name, format_money(r.logistics_eur), format_money(r.duty_eur), format_money(r.landed_eur),
                "", "", "", "", "", ""]
        tips = {0: name}
        if math.isnan(r.duty_eur):
            text[2] = text[3] = self.tr("n/a")
            tips[2] = self.tr("No citable tariff for some markets: the duty is unknown, never zero. Enter your "
                              "broker's quote in Data sources.")
        if not baseline:
            text[4] = "" if math.isnan(r.delta_eur) else ("+" if r.delta_eur > 0.5 else "") + format_money(r.delta_eur)
            text[5] = "" if math.isnan(r.delta_pct) else signed_percent(r.delta_pct)
            s = r.best_setup
            if r.pending:
                text[6] = self.tr("working out…")
            elif s is None:
                text[6] = self.tr("not evaluated")
                tips[6] = " ".join(problem_text(f, m) for f, m in r.problems())
            else:
                text[6] = kinds[s.kind] + (" ✎" if s.chosen_by_user else "")
                tips[6] = self.tr("Your set-up (Feasibility tab)") if s.chosen_by_user else self.tr(
                    "The best of the set-ups this site suits, with Kök's default assumptions")
                text[7] = format_money(s.npv_eur)
                text[8] = format_number(s.payback_years, 1) if s.payback_years is not None else self.tr("never")
                text[9] = format_number(s.break_even_units, 0) if s.break_even_units is not None else self.tr(
                    "not reached")
        if r.excluded:
            text[0] = "✗ " + text[0]
            tips[0] = self.tr("Excluded by your thresholds or unable to serve the whole plan (see below)")
        role = Qt.ItemDataRole
        return {"text": text, LocationRole: r.location, role.ToolTipRole: tips,
                role.TextAlignmentRole: {i: RIGHT for i in range(1, 10) if i != 6},
                role.ForegroundRole: QBrush(EXCLUDED) if r.excluded else None,
                role.FontRole: _italic() if r.pending else None}


class MoneyTab(QWidget):
    locationSelected = Signal(str)
    finished = Signal()              # every location's set-ups are evaluated: the verdict is final

    def __init__(self, engine: Engine, names: dict[str, str], parent=None):
        super().__init__(parent)
        self.engine, self.names = engine, names
        self.comparison: Comparison | None = None
        self.project = None                   # a snapshot of the project the economics are for
        self.economics: dict[str, tuple] = {}
        self._queue: list[str] = []
        layout = QVBoxLayout(self)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.verdict.setFont(font)
        # room for a two-line verdict from the start: the table does not jump down when the verdict
        # replaces "Working out…" (at 10x that relaid out and repainted the whole window, 25-37 ms)
        self.verdict.setText("Ağ\nAğ")
        self.verdict.setMinimumHeight(self.verdict.sizeHint().height())
        self.verdict.clear()
        layout.addWidget(self.verdict)
        explain = QLabel(self.tr("Landed cost: freight, clearance, insurance, goods-in-transit capital and duty of the "
                                 "whole plan for a year, as if the goods were made or stocked there (local origin, no "
                                 "leg from Türkiye). Best set-up: the highest NPV among the set-ups the site suits that "
                                 "could earn something, with Kök's default assumptions or your own (Feasibility tab); "
                                 "its NPV counts the leg from Türkiye and the origin the set-up gives the goods."))
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #555")
        layout.addWidget(explain)
        self.model = MoneyModel(names, self)
        self.table = QTableView()
        self.table.setObjectName("money_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # widths fitted when the rows are new and when every set-up is in, not on each arriving set-up
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.model.modelReset.connect(self._fit_columns)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.clicked.connect(lambda index: self.locationSelected.emit(index.data(LocationRole) or ""))
        layout.addWidget(self.table, 1)
        self.notes = QLabel()
        self.notes.setObjectName("money_notes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #555")
        layout.addWidget(self.notes)
        self._job: Job | None = None
        self._hidden_changes = False
        self._timer = QTimer(self)            # coalesces the worker's results into a few refreshes a second
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._refresh)

    @property
    def done(self) -> bool:
        return not self._queue and self.comparison is not None

    def show_comparison(self, c: Comparison) -> None:
        """New figures: every set-up is evaluated again, in a worker, on a copy of the project
        (the window goes on editing its own)."""
        self._cancel()
        self.comparison, self.economics = c, {}
        self.project = c.project.snapshot()     # what the set-ups are worked out for (the report asks)
        self._queue = [loc for loc in c.locations if loc != c.project.origin_site]
        self._refresh()
        self._start()

    def _start(self) -> None:
        if self._queue and self._job is None:
            self._job = Job(evaluate_setups, self.engine, self.project, list(self._queue))
            self._job.progressed.connect(self._arrived)
            self._job.failed.connect(self._job_failed)
            QTimer.singleShot(0, self._job.start)     # after the new figures are painted (a worker slows painting)

    def settled_for(self, project) -> dict[str, tuple] | None:
        """The set-ups worked out so far, when this tab works them out for ``project`` (its own
        snapshot compared: the comparison's project may be the window's own); None for another."""
        if self.project is None or not same_set_ups(self.project, project):
            return None
        return dict(self.economics)

    def hold(self) -> None:
        """Stop working out set-ups for now: the report is about to work out the ones left."""
        self._cancel()

    def take(self, economics: dict[str, tuple]) -> None:
        """Set-ups worked out elsewhere for this tab's project (the report's); any still missing are
        worked out again in a worker. ``take({})`` goes on after a :meth:`hold`."""
        if self.comparison is None:
            return
        taken = [loc for loc in self._queue if loc in economics]
        for loc in taken:
            self.economics[loc] = economics[loc]
            self._queue.remove(loc)
        if self._queue:
            self._start()
            self._refresh()
        elif taken:
            self._all_done()

    def show_ranking(self, c: Comparison) -> None:
        """New weights or thresholds, same figures: the set-ups already evaluated still hold."""
        self.comparison = c
        self._refresh()

    def _cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self._timer.stop()

    def clear(self) -> None:
        self._cancel()
        self.comparison, self.economics, self._queue, self.project = None, {}, [], None
        self._hidden_changes = False
        self.model.view = None
        self.model.set_comparison(None)
        self.verdict.clear()
        self.notes.clear()

    def finish(self) -> None:
        """Evaluate what is left now, on this thread (the report, tests)."""
        if self.comparison is None:
            return
        job, self._job = self._job, None
        if job is not None:
            job.cancel()
        project = self.project
        for loc in list(self._queue):
            self.economics[loc] = setup_economics(self.engine, project, loc)
        self._queue = []
        self._all_done()

    @Slot(object, int, int, object)
    def _arrived(self, job: Job, done: int, total: int, payload) -> None:
        if job is not self._job:
            return           # a result for figures no longer shown
        loc, found = payload
        self.economics[loc] = found
        if loc in self._queue:
            self._queue.remove(loc)
        if not self._queue:
            self._job = None
            self._all_done()
        elif not self._timer.isActive():
            self._timer.start()

    @Slot(object, object)
    def _job_failed(self, job: Job, exc: Exception) -> None:
        """An error the core did not expect: the set-ups left are evaluated here, where it is raised."""
        if job is self._job:
            self.finish()

    def _all_done(self) -> None:
        self._timer.stop()
        self._refresh()
        self._grow_columns()                # new figures came in place (no reset sized them)
        self.finished.emit()

    def _grow_columns(self) -> None:
        """Widen a column its longest texts no longer fit (never narrow one the user widened)."""
        for column, width in enumerate(self._needed_widths()):
            if width > self.table.columnWidth(column):
                self.table.setColumnWidth(column, width)

    def _fit_columns(self) -> None:
        """New rows: each column as wide as its header and its longest texts."""
        header = self.table.horizontalHeader()
        for column, width in enumerate(self._needed_widths()):
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))

    def _needed_widths(self) -> list[int]:
        """The width each column's texts need, as the delegate measures them: every row of a table
        of up to MEASURE_ALL rows, else the three longest texts of each column. Qt's own measuring
        (resizeColumnsToContents) asks every cell of the first rows and of the rows in view for
        several roles: some 4,000 calls into Python for a 401-row table at 10x."""
        rows, widths = self.model.rows, []
        for column in range(self.model.columnCount()):
            longest = range(len(rows)) if len(rows) <= MEASURE_ALL else \
                heapq.nlargest(3, range(len(rows)), key=lambda r: len(rows[r]["text"][column]))
            width = max((self.table.sizeHintForIndex(self.model.index(r, column)).width() for r in longest), default=0)
            widths.append(width + (1 if self.table.showGrid() else 0))      # as Qt counts a column's grid line
        return widths

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._hidden_changes:
            self._refresh()

    def _refresh(self) -> None:
        """The verdict, and the table and notes from the set-ups in so far (while the tab is hidden
        and set-ups are still coming, the table waits until it is shown or all are in)."""
        c = self.comparison
        if self._queue:
            self.verdict.setText(self.tr("Working out the set-up costs… (%1 of %2 locations)")
                                 .replace("%1", str(len(self.economics))).replace("%2", str(len(c.locations) - 1)))
        self._hidden_changes = not self.isVisible() and bool(self._queue)
        if self._hidden_changes:
            return
        # on a timer, not a job's news: the workers pause while the table is redrawn (its rows' worth)
        window_busy(min(REDRAW_S, 0.01 + 1e-4 * len(c.locations)))
        view = money_view(self.engine, c, self.economics)
        self.model.set_view(c, view)
        if not self._queue:
            self.verdict.setText(verdict_text(view, self.names, c.project.feasibility.horizon_years))
        self.notes.setText("\n".join(self._note_lines(c)))

    def _note_lines(self, c: Comparison) -> list[str]:
        from kokapp.gui.knockout_words import knockout_lines

        return knockout_lines(c, self.names)
