"""Data sources (datasets with source, year, licence; the user's own figures as a form; what stands
behind each market's figures) and settings."""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from kokapp.core.datapack import DataPack
from kokapp.core.errors import KokError
from kokapp.core.figure_catalog import FigureCatalog
from kokapp.core.names import display_names
from kokapp.core.project import Override
from kokapp.core.reference import Reference
from kokapp.gui.availability_tab import AvailabilityTab
from kokapp.gui.figure_form import (ERROR_STYLE, FigureDraft, FigureForm, draft_entry, draft_from_override,
                                    draft_problems, figure_label, place_names)
from kokapp.gui.figure_words import plain_number, source_name, unit_labels
from kokapp.gui.messages import describe
from kokapp.gui.numbers import parse_number
from kokapp.gui.screen import fit_to_screen
from kokapp.gui.settings import Settings


class DataSourcesDialog(QDialog):
    """Every dataset with its sources; the project's own figures as a list with human names and a
    form for the selected one (what it is, its unit, the bundled figure it replaces, your value); on a
    second tab, every market's figures marked downloaded, banded, estimated or missing."""

    def __init__(self, pack: DataPack, overrides: list[Override], parent=None, language: str = "en",
                 names: dict[str, str] | None = None, markets: list[str] | None = None):
        super().__init__(parent)
        self.pack = pack
        self.catalog = FigureCatalog(pack)
        shown = display_names(pack, language)
        if names is None:
            names = shown.countries | shown.sites
        if markets is None:        # the main window passes its parent self, whose project has the markets
            project = getattr(getattr(parent, "doc", None), "project", None)
            markets = list(getattr(project, "markets", []))
        self.setWindowTitle(self.tr("Data sources and your figures"))
        fit_to_screen(self, 1100, 760)
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sources_tabs")
        outer.addWidget(self.tabs, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Reference data %1: every figure names its public source, year and licence.")
                                .replace("%1", pack.version)))
        self.datasets = QTableWidget(0, 4)
        self.datasets.setHorizontalHeaderLabels([self.tr("Dataset"), self.tr("Source"), self.tr("Year"), self.tr("Licence")])
        self.datasets.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.datasets.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.datasets.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        titles = {}
        for info in pack.datasets():
            titles[info.name] = info.title_tr if language == "tr" else info.title
            for source in info.sources or ():
                row = self.datasets.rowCount()
                self.datasets.insertRow(row)
                for col, text in enumerate((titles[info.name], source_name(source), str(source.year), source.licence)):
                    item = QTableWidgetItem(text)
                    item.setToolTip(source.url or text)
                    self.datasets.setItem(row, col, item)
        layout.addWidget(self.datasets, 2)
        layout.addWidget(QLabel(self.tr("Your figures replace the bundled ones and are marked ✎ in the results and the report.")))
        self.drafts = [draft_from_override(self.catalog, o, i) for i, o in enumerate(overrides)]
        self.overrides = QTableWidget(0, 4)
        self.overrides.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("Unit"), self.tr("Kök's figure → yours"),
                                                  self.tr("Note")])
        self.overrides.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overrides.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overrides.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.overrides.verticalHeader().setVisible(False)
        header = self.overrides.horizontalHeader()
        for col, mode in enumerate((QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(col, mode)
        header.sectionResized.connect(lambda *_: self.overrides.resizeRowsToContents())   # labels wrap
        self.form = FigureForm(self.catalog, place_names(pack, names), titles)
        self.form.edited.connect(self._form_edited)
        self.overrides.currentCellChanged.connect(lambda row, *_: self._select(row))
        figures = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.overrides, 1)
        buttons = QHBoxLayout()
        add, remove = QPushButton(self.tr("Add figure")), QPushButton(self.tr("Remove figure"))
        add.clicked.connect(self.add_figure)
        remove.clicked.connect(self.remove_figure)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        left.addLayout(buttons)
        figures.addLayout(left, 3)
        figures.addWidget(self.form, 2)
        layout.addLayout(figures, 2)
        for row in range(len(self.drafts)):
            self._show_row(row, insert=True)
        self.tabs.addTab(page, self.tr("Sources and your figures"))
        self.availability = AvailabilityTab(pack, shown.countries, language, markets)
        self.tabs.addTab(self.availability, self.tr("Data availability"))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        outer.addWidget(self.error)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        outer.addWidget(box)
        if self.drafts:
            self.overrides.setCurrentCell(0, 0)

    # -- the list of figures ---------------------------------------------------------------------
    def _label(self, draft: FigureDraft) -> str:
        if draft.kind_id is None:
            return self.tr("A figure Kök does not know (%1)").replace("%1", draft.raw_key)
        return figure_label(self.catalog, draft.kind_id, tuple(draft.params), self.form.names)

    def _show_row(self, row: int, insert: bool = False) -> None:
        draft = self.drafts[row]
        if insert:
            self.overrides.insertRow(row)
        kind = self.catalog.kind(draft.kind_id) if draft.kind_id else None
        found = self.catalog.bundled(draft.kind_id, tuple(draft.params)) if kind else None
        bundled = plain_number(found.value) if found and found.value is not None else "–"
        value = parse_number(draft.value_text)
        yours = plain_number(value) if value is not None else (draft.value_text or "…")
        key = self.catalog.kind(draft.kind_id).key(tuple(draft.params)) if kind else draft.raw_key
        cells = (self._label(draft), unit_labels().get(kind.unit, kind.unit) if kind else "",
                 f"{bundled} → {yours}", draft.note)
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(key if col == 0 else text)
            self.overrides.setItem(row, col, item)
        self.overrides.resizeRowToContents(row)

    def _select(self, row: int) -> None:
        draft = self.drafts[row] if 0 <= row < len(self.drafts) else None
        self.form.load(draft)
        self._show_problems(row)

    def _form_edited(self) -> None:
        row = self.overrides.currentRow()
        if 0 <= row < len(self.drafts):
            self._show_row(row)
            self._show_problems(row)

    def add_figure(self) -> None:
        """A new row starts at the first kind of figure not in the list yet (never a duplicate)."""
        used = {d.kind_id for d in self.drafts}
        first = next((k for k in self.catalog.kinds if k.kind_id not in used), self.catalog.kinds[0])
        self.drafts.append(FigureDraft(first.kind_id, []))
        self._show_row(len(self.drafts) - 1, insert=True)
        self.overrides.setCurrentCell(len(self.drafts) - 1, 0)
        self.form.value.setFocus()

    def remove_figure(self) -> None:
        row = self.overrides.currentRow()
        if 0 <= row < len(self.drafts):
            del self.drafts[row]
            self.overrides.removeRow(row)
            self._select(self.overrides.currentRow())

    # -- checking ---------------------------------------------------------------------------------
    def problems(self, row: int) -> dict[str, str]:
        found = draft_problems(self.catalog, self.drafts[row])
        draft = self.drafts[row]
        if draft.kind_id is not None and "kind" not in found:
            key = self.catalog.kind(draft.kind_id).key(tuple(draft.params))
            if any(d.kind_id and self.catalog.kind(d.kind_id).key(tuple(d.params)) == key for d in self.drafts[:row]):
                found["kind"] = "duplicate"
        return found

    def _show_problems(self, row: int) -> None:
        self.form.show_problems(self.problems(row) if 0 <= row < len(self.drafts) else {})

    def figures(self) -> list[Override]:
        """The project's figures as override keys; ValueError naming the first row still wrong."""
        found = []
        for row, draft in enumerate(self.drafts):
            if self.problems(row):
                raise ValueError(self.tr("Figure %1 has a field to correct (marked in red).").replace("%1", str(row + 1)))
            found.append(self.catalog.to_override(draft_entry(draft)))
        Reference(self.pack, found)  # the catalogue only makes keys the reference figures know
        return found

    def accept(self) -> None:
        for row in range(len(self.drafts)):
            if self.problems(row):
                self.tabs.setCurrentIndex(0)            # the row to correct, in sight
                self.overrides.setCurrentCell(row, 0)
                self._show_problems(row)
                self.error.setText(self.tr("Figure %1 has a field to correct (marked in red).").replace("%1", str(row + 1)))
                return
        try:
            self.figures()
        except (ValueError, KokError) as exc:
            self.tabs.setCurrentIndex(0)
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
