"""Data sources (datasets with source, year, licence; the user's own figures) and settings."""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from kokapp.core.datapack import DataPack
from kokapp.core.errors import KokError
from kokapp.core.project import Override
from kokapp.core.reference import Reference
from kokapp.gui.messages import describe
from kokapp.gui.numbers import parse_number
from kokapp.gui.settings import Settings


class DataSourcesDialog(QDialog):
    """Every dataset with its sources; the project's own figures, editable (a key such as
    ``freight/road_ftl/rate_per_km``, ``duty/TR/IQ``, ``wage/MA``, ``tax/RS``, ``lpi/XK``)."""

    def __init__(self, pack: DataPack, overrides: list[Override], parent=None, language: str = "en"):
        super().__init__(parent)
        self.pack = pack
        self.setWindowTitle(self.tr("Data sources and your figures"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Reference data %1: every figure names its public source, year and licence.")
                                .replace("%1", pack.version)))
        self.datasets = QTableWidget(0, 4)
        self.datasets.setHorizontalHeaderLabels([self.tr("Dataset"), self.tr("Source"), self.tr("Year"), self.tr("Licence")])
        self.datasets.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.datasets.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for info in pack.datasets():
            for source in info.sources or ():
                row = self.datasets.rowCount()
                self.datasets.insertRow(row)
                title = info.title_tr if language == "tr" else info.title
                for col, text in enumerate((title, f"{source.organisation}: {source.title}", str(source.year), source.licence)):
                    item = QTableWidgetItem(text)
                    item.setToolTip(source.url or text)
                    self.datasets.setItem(row, col, item)
        layout.addWidget(self.datasets, 2)
        layout.addWidget(QLabel(self.tr("Your figures replace the bundled ones and are marked ✎ in the results and the report.")))
        self.overrides = QTableWidget(0, 3)
        self.overrides.setHorizontalHeaderLabels([self.tr("Figure (key)"), self.tr("Your value"), self.tr("Note / source of your figure")])
        self.overrides.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for o in overrides:
            self._add_row(o.key, f"{o.value:g}", o.note)
        layout.addWidget(self.overrides, 1)
        buttons = QHBoxLayout()
        add, remove = QPushButton(self.tr("Add figure")), QPushButton(self.tr("Remove figure"))
        add.clicked.connect(lambda: self._add_row("freight/road_ftl/rate_per_km", "", ""))
        remove.clicked.connect(lambda: self.overrides.removeRow(self.overrides.currentRow()))
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b71c1c")
        layout.addWidget(self.error)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def _add_row(self, key: str, value: str, note: str) -> None:
        row = self.overrides.rowCount()
        self.overrides.insertRow(row)
        for col, text in enumerate((key, value, note)):
            self.overrides.setItem(row, col, QTableWidgetItem(text))

    def figures(self) -> list[Override]:
        found = []
        for row in range(self.overrides.rowCount()):
            key, value, note = (self.overrides.item(row, c).text().strip() if self.overrides.item(row, c) else ""
                                for c in range(3))
            number = parse_number(value)
            if number is None:
                raise ValueError(self.tr("Row %1: '%2' is not a number.").replace("%1", str(row + 1)).replace("%2", value))
            found.append(Override(key, number, note))
        Reference(self.pack, found)  # raises ProjectError for an unknown key
        return found

    def accept(self) -> None:
        try:
            self.figures()
        except (ValueError, KokError) as exc:
            self.error.setText(describe(exc) if isinstance(exc, KokError) else str(exc))
            return
        super().accept()


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, origins: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        form = QFormLayout(self)
        self.language = QComboBox()
        for code, label in (("auto", self.tr("As the system (Turkish on a Turkish system)")), ("tr", "Türkçe"), ("en", "English")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.currency = QComboBox()
        for code in ("EUR", "USD", "TRY"):
            self.currency.addItem(code, code)
        self.currency.setCurrentIndex(self.currency.findData(settings.currency))
        self.origin = QComboBox()
        for site, name in origins:
            self.origin.addItem(name, site)
        self.origin.setCurrentIndex(max(self.origin.findData(settings.default_origin), 0))
        self.units = QComboBox()
        self.units.addItem(self.tr("Metric (kg, m³, km)"), "metric")
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Currency shown"), self.currency)
        form.addRow(self.tr("Default origin hub for new projects"), self.origin)
        form.addRow(self.tr("Units"), self.units)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def accept(self) -> None:
        self.settings.language = self.language.currentData()
        self.settings.currency = self.currency.currentData()
        self.settings.default_origin = self.origin.currentData()
        super().accept()
