"""Import products and volumes from Excel or CSV: a preview with every row's problems before
anything enters the project; only valid rows are added, as one undoable step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from kokapp.gui.commands import AddMarket, InsertProducts
from kokapp.gui.document import ProjectDocument
from kokapp.gui.field_labels import country_name
from kokapp.gui.screen import fit_to_screen
from kokapp.io.table_import import ImportResult

FIELD_KEYS = ("name", "hs_code", "unit_value_eur", "unit_weight_kg", "unit_volume_m3", "units_per_pallet")


class ImportDialog(QDialog):
    def __init__(self, result: ImportResult, doc: ProjectDocument, names: dict[str, str], parent=None):
        super().__init__(parent)
        self.imported, self.doc, self.names = result, doc, names   # not "result": QDialog.result()
        existing = {p.name for p in doc.project.products}
        self.clashes = {p.name for p in result.products if p.name in existing}
        self.setWindowTitle(self.tr("Import products — %1").replace("%1", Path(result.source).name))
        fit_to_screen(self, 1000, 560)
        layout = QVBoxLayout(self)
        fields = {"name": self.tr("Product"), "hs_code": self.tr("HS code"), "unit_value_eur": self.tr("Unit value (EUR)"),
                  "unit_weight_kg": self.tr("Gross weight (kg)"), "unit_volume_m3": self.tr("Volume (m³)"),
                  "units_per_pallet": self.tr("Units per pallet")}
        found = [f"{fields[f]} ← “{h}”" for f, h in result.columns.items()]
        found += [f"{names.get(m, m)} ← “{h}”" for m, h in result.market_columns.items()]
        layout.addWidget(QLabel(self.tr("Columns found: %1").replace("%1", "; ".join(found))))
        if result.ignored_columns:
            layout.addWidget(QLabel(self.tr("Ignored columns: %1").replace("%1", ", ".join(result.ignored_columns))))
        if result.warnings:
            warnings = QLabel("\n".join("⚠ " + self.warning_text(w) for w in result.warnings))
            warnings.setWordWrap(True)
            warnings.setStyleSheet("color: #8a4b00")
            layout.addWidget(warnings)
        self.warnings_shown = [self.warning_text(w) for w in result.warnings]
        self.table = QTableWidget(len(result.row_status), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Status"), self.tr("Content")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 50)
        self.table.setColumnWidth(2, 380)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        for i, (row, cells, issues) in enumerate(result.row_status):
            name = cells[list(result.columns).index("name")] if "name" in result.columns else ""
            if issues:
                status = "; ".join(self.issue_text(issue, fields) for issue in issues)
                colour = "#ffcdd2"
            elif name.strip() in self.clashes:
                status, colour = self.tr("already in the project: skipped"), "#ffe0b2"
            else:
                status, colour = self.tr("OK"), "#c8e6c9"
            for col, text in enumerate((str(row), status, " | ".join(cells))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setBackground(QBrush(QColor(colour)))
                self.table.setItem(i, col, item)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        self.valid = [p for p in result.products if p.name not in self.clashes]
        layout.addWidget(QLabel(self.tr("%1 of %2 rows can be imported. Rows with problems are not imported: fix them "
                                        "in your file and import again.").replace("%1", str(len(self.valid)))
                                .replace("%2", str(result.rows_read))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import %n product(s)", "", len(self.valid)),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(bool(self.valid))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def issue_text(self, issue, fields: dict[str, str]) -> str:
        messages = {"empty": self.tr("empty"), "not a number": self.tr("not a number"),
                    "must be greater than zero": self.tr("must be greater than zero"),
                    "must not be negative": self.tr("must not be negative"),
                    "must be a whole number": self.tr("must be a whole number"),
                    "needs 4, 6, 8 or 10 digits": self.tr("needs 4, 6, 8 or 10 digits"),
                    "needs 4, 6, 8, 10 or 12 digits": self.tr("needs 4, 6, 8, 10 or 12 digits"),
                    "not an HS code: digits only": self.tr("not an HS code: digits only"),
                    "HS chapter does not exist": self.tr("HS chapter does not exist"),
                    "not a finite number": self.tr("not a number")}
        if issue.message.startswith("ambiguous"):
            message = self.tr("ambiguous: write 1500 or 1,5 without a thousands separator")
        elif issue.message.startswith("duplicate of row"):
            message = self.tr("same product as row %1").replace("%1", issue.message.rsplit(" ", 1)[-1])
        else:
            message = messages.get(issue.message, issue.message)
        where = fields.get(issue.field) or self.names.get(issue.field, issue.field)
        if getattr(issue, "column", ""):
            where += " " + self.tr("(cell %1)").replace("%1", issue.cell)
        return f"{where}: {message}" + (f" (“{issue.value}”)" if issue.value else "")

    def warning_text(self, warning) -> str:
        """A column or cell the user must know about (a country without data, an unknown name...)."""
        texts = {
            "no_data_country": self.tr("Column “%1”: Kök has no data for %2, so its numbers are not imported."),
            "unknown_country": self.tr("Column “%1” holds numbers but is not a country Kök knows: not imported."),
            "market_twice": self.tr("Column “%1”: %2 already has a column, so this one is not imported."),
            "hs_digits_dropped": self.tr("Row %3: GTİP %2 is kept as %4 (a project stores up to 10 digits)."),
            "columns_cut": self.tr("Cell %1: Kök reads the first 500 columns (A to %4); cells further right were not "
                                   "imported."),
            "other_sheets": self.tr("Sheet “%1” was read; other sheets with data were not: %4."),
        }
        text = texts.get(warning.kind, "%1: " + warning.kind)
        country = self.names.get(warning.value) or country_name(warning.value) if warning.value else warning.detail
        if warning.kind == "unknown_country" and warning.detail:
            text += " " + self.tr("Did you mean %1?").replace("%1", self.names.get(warning.detail, warning.detail))
        return (text.replace("%1", warning.column).replace("%2", warning.value if warning.kind == "hs_digits_dropped"
                                                           else country)
                .replace("%3", str(getattr(warning, "row", ""))).replace("%4", warning.detail))

    def apply(self) -> int:
        """Add the valid rows (and any new markets) to the project as one undo step."""
        if not self.valid:
            return 0
        names = {p.name for p in self.valid}
        volumes = {k: v for k, v in self.imported.volumes.items() if k[0] in names}
        stack = self.doc.undo_stack
        stack.beginMacro(self.tr("Import %n product(s)", "", len(self.valid)))
        for market in self.imported.market_columns:
            if market not in self.doc.project.markets and any(k[1] == market for k in volumes):
                stack.push(AddMarket(self.doc, market))
        stack.push(InsertProducts(self.doc, len(self.doc.project.products), self.valid, volumes))
        stack.endMacro()
        return len(self.valid)
