"""The feasibility assumptions as a form: each with its label, the user's value, its unit and
Kök's default with the basis of that default. An empty field means Kök's default. A value
outside its bounds is kept in the field with a message next to it and changes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from kokapp.core.assumption_catalog import (ASSUMPTION_LIST, ASSUMPTIONS_BY_NAME, current_value, default_value,
                                            problem)
from kokapp.core.setup_options import FeasibilitySettings, SetupOption
from kokapp.gui.assumption_words import assumption_bases, assumption_labels, unit_words
from kokapp.gui.figure_form import ERROR_STYLE
from kokapp.gui.figure_words import plain_number, problem_text
from kokapp.gui.numbers import parse_number


def value_text(name: str, value) -> str:
    if value is None:
        return ""
    if name == "ramp_up":
        return "; ".join(plain_number(share * 100, 2) for share in value)
    if name == "served_markets":
        return ", ".join(value)
    return plain_number(value)


def parse_value(name: str, text: str):
    """The typed text as a value the model takes (ramp-up: shares from '60; 85; 100'); None for
    an empty field; the text itself when it does not parse (the caller reports it)."""
    if not text.strip():
        return None
    if name == "ramp_up":
        parts = [parse_number(part) for part in text.split(";") if part.strip()]
        return text if any(p is None for p in parts) or not parts else tuple(p / 100 for p in parts)
    number = parse_number(text)
    return text if number is None else number


class AssumptionsForm(QWidget):
    edited = Signal(str, object)     # assumption name, new value (None: back to Kök's default)

    def __init__(self, parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(3, 2)
        hint = QLabel(self.tr("An empty field uses Kök's default. Point at an assumption to see the basis of the "
                              "default. Your figures are saved with the project."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555")
        grid.addWidget(hint, 0, 0, 1, 4)
        headers = (self.tr("Assumption"), self.tr("Your value"), self.tr("Unit"), self.tr("Kök's default"))
        for col, text in enumerate(headers):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 1, col)
        labels, bases, units = assumption_labels(), assumption_bases(), unit_words()
        self.rows: dict[str, tuple[QLabel, QLineEdit, QLabel, QLabel, QLabel]] = {}
        self.kind: str | None = None
        self._shown: dict[str, str] = {}
        self.markets = QListWidget()      # the target markets a set-up serves (its extra sales)
        self.markets.setObjectName("served_markets")
        self.markets.setMaximumHeight(110)
        self.markets.itemChanged.connect(self._markets_ticked)
        for i, a in enumerate(ASSUMPTION_LIST):
            label = QLabel(labels[a.name])
            label.setWordWrap(True)
            label.setToolTip(bases[a.name])
            if a.name == "served_markets":
                edit = self.markets
            else:
                edit = QLineEdit()
                edit.setObjectName(a.name)
                edit.setMaximumWidth(120)
                edit.setAlignment(Qt.AlignmentFlag.AlignRight)
                edit.editingFinished.connect(lambda name=a.name: self._finished(name))
            unit, default, error = QLabel(units[a.unit]), QLabel(), QLabel()
            default.setToolTip(bases[a.name])
            default.setStyleSheet("color: #555")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            for col, widget in enumerate((label, edit, unit, default)):
                grid.addWidget(widget, 2 + 2 * i, col)
            grid.addWidget(error, 3 + 2 * i, 1, 1, 3)
            self.rows[a.name] = (label, edit, unit, default, error)
        grid.setRowStretch(2 + 2 * len(ASSUMPTION_LIST), 1)

    def show_values(self, option: SetupOption | None, settings: FeasibilitySettings) -> None:
        """Fill the form for a location's set-up (None: no location chosen, the form is off)."""
        self.setEnabled(option is not None)
        if option is None:
            return
        self.kind = option.kind
        for a in ASSUMPTION_LIST:
            label, edit, unit, default, error = self.rows[a.name]
            visible = option.kind in a.kinds
            for widget in (label, edit, unit, default):
                widget.setVisible(visible)
            if not visible:
                error.hide()
            base = default_value(a.name, option.kind)
            value = current_value(a.name, option, settings)
            if a.name == "served_markets":
                default.setText(self.tr("its own country, if a target market"))
                self._tick(value)
                continue
            default.setText(self.tr("minimum wage × multiple") if base is None else value_text(a.name, base))
            edit.setPlaceholderText("" if base is None else default.text())
            if not error.isHidden():
                continue                # what the user typed stays until it is corrected
            text = "" if value == base else value_text(a.name, value)
            edit.setText(text)
            self._shown[a.name] = text

    def set_markets(self, markets: list[tuple[str, str]]) -> None:
        """The project's target markets as (ISO2, name), to tick the ones a set-up serves."""
        self.markets.blockSignals(True)
        self.markets.clear()
        for iso2, name in markets:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, iso2)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.markets.addItem(item)
        self.markets.blockSignals(False)

    def _tick(self, served: tuple[str, ...]) -> None:
        self.markets.blockSignals(True)
        for i in range(self.markets.count()):
            item = self.markets.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in served
                               else Qt.CheckState.Unchecked)
        self.markets.blockSignals(False)

    def _markets_ticked(self, _item) -> None:
        ticked = tuple(self.markets.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.markets.count())
                       if self.markets.item(i).checkState() == Qt.CheckState.Checked)
        self.edited.emit("served_markets", ticked)

    def _finished(self, name: str) -> None:
        label, edit, unit, default, error = self.rows[name]
        text = edit.text()
        value = parse_value(name, text)
        code = "not_a_number" if isinstance(value, str) else problem(name, value)
        error.setText(problem_text(code, ASSUMPTIONS_BY_NAME[name].bounds) if code else "")
        error.setVisible(bool(code))
        if code or text == self._shown.get(name):
            return                      # wrong (kept as typed, nothing changes) or not changed
        self._shown[name] = text
        self.edited.emit(name, value)

    def problems(self) -> dict[str, str]:
        """The messages shown now, by assumption name."""
        return {name: row[4].text() for name, row in self.rows.items() if not row[4].isHidden()}
