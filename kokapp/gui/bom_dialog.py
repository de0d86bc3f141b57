"""A product's bill of materials, typed or pasted from Excel, with the origin verdict it gives at
every candidate location for every market — the check a broker would make before an assembly
line is decided. OK stores it as one undo step; a wrong value is named by line and nothing is
stored until it is right."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from kokapp.core.bom import BomError, BomLine, clean_hs, validate_bom
from kokapp.core.origin_verdict import verdict
from kokapp.gui.figure_form import ERROR_STYLE
from kokapp.gui.messages import fill
from kokapp.gui.numbers import format_number, format_percent, parse_number
from kokapp.gui.origin_words import reason_text, status_words

COLUMNS = 4     # HS code, origin, value, description


class BomTable(QTableWidget):
    """Ctrl+V pastes a range copied from Excel at the current cell, adding rows as needed."""

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste(QGuiApplication.clipboard().text())
            return
        super().keyPressEvent(event)

    def paste(self, text: str) -> None:
        rows = [line.split("\t") for line in text.rstrip("\r\n").splitlines()]
        top, left = max(self.currentRow(), 0), max(self.currentColumn(), 0)
        for i, cells in enumerate(rows):
            if top + i >= self.rowCount():
                self.insertRow(self.rowCount())
            for j, cell in enumerate(cells[:COLUMNS - left]):
                self.setItem(top + i, left + j, QTableWidgetItem(cell.strip()))


class BomDialog(QDialog):
    def __init__(self, doc, engine, row: int, names: dict[str, str], parent=None):
        super().__init__(parent)
        self.doc, self.engine, self.row, self.names = doc, engine, row, names
        product = doc.project.products[row]
        self.setWindowTitle(fill(self.tr("Bill of materials — %1"), product.name))
        self.resize(1000, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(fill(self.tr("What goes into one unit: each material's HS code, the country it originates in "
                                    "(as its supplier declares it) and its value in € per unit. The unit value, "
                                    "%1 €, is taken as the ex-works price. Kök checks the agreement's rule of origin "
                                    "for every location and market below. Paste rows from Excel with Ctrl+V."),
                            format_number(product.unit_value_eur, 2)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = BomTable(0, COLUMNS)
        self.table.setObjectName("bom_table")
        self.table.setHorizontalHeaderLabels([self.tr("HS code"), self.tr("Origin (country code)"),
                                              self.tr("Value € per unit"), self.tr("Description")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((120, 170, 170)):           # the headers whole, in Turkish too
            self.table.setColumnWidth(col, width)
        for line in product.bom:
            self._add([line.hs_code, line.origin, format_number(line.value_eur, 2), line.description])
        self.table.itemChanged.connect(self._check)
        layout.addWidget(self.table, 2)
        buttons = QHBoxLayout()
        add, remove = QPushButton(self.tr("Add line")), QPushButton(self.tr("Remove line"))
        add.setObjectName("bom_add")
        remove.setObjectName("bom_remove")
        add.clicked.connect(lambda: self._add(["", "", "", ""]))
        remove.clicked.connect(self._remove)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error = QLabel()
        self.error.setObjectName("bom_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.verdicts = QTableWidget(0, 4)
        self.verdicts.setObjectName("bom_verdicts")
        self.verdicts.setHorizontalHeaderLabels([self.tr("Made at"), self.tr("Sold in"), self.tr("Origin"),
                                                 self.tr("Why")])
        self.verdicts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verdicts.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((190, 110, 230)):
            self.verdicts.setColumnWidth(col, width)
        layout.addWidget(self.verdicts, 3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._check()

    # -- lines ------------------------------------------------------------------------------------
    def _add(self, cells: list[str]) -> None:
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, value in enumerate(cells):
            self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.blockSignals(False)

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()} or {self.table.currentRow()}, reverse=True)
        for row in rows:
            if row >= 0:
                self.table.removeRow(row)
        self._check()

    def _cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item else ""

    def lines(self) -> tuple[list[BomLine], str]:
        """The lines as typed, and what is wrong with them ("" when nothing is)."""
        lines = []
        for row in range(self.table.rowCount()):
            cells = [self._cell(row, c) for c in range(COLUMNS)]
            if not any(cells):
                continue                                   # an empty line is left out, not an error
            value = parse_number(cells[2])
            if value is None:
                return [], fill(self.tr("Line %1: the value must be a number of euros (e.g. 7,50)."), str(row + 1))
            lines.append(BomLine(clean_hs(cells[0]), cells[1].upper(), value, cells[3]))
        product = self.doc.project.products[self.row]
        chapters = set(self.engine.pack.column("hs_chapters", "chapter")) - {"77"}
        try:
            validate_bom(product, lines, chapters)
        except BomError as e:
            index = int(e.field.split("[")[1].split("]")[0]) + 1 if "[" in e.field else 0
            words = {"hs_code": self.tr("Line %1: the HS code must have 4 to 10 digits of a known chapter."),
                     "origin": self.tr("Line %1: the origin must be a country code such as TR, CN or DE."),
                     "value_eur": self.tr("Line %1: the value must be a number of euros, zero or more.")}
            field = e.field.rsplit(".", 1)[-1]
            if field in words:
                return [], fill(words[field], str(index))
            return [], fill(self.tr("The materials cost more than the product's unit value (%1 €): check the values."),
                            format_number(product.unit_value_eur, 2))
        return lines, ""

    # -- the verdicts --------------------------------------------------------------------------
    def _check(self) -> None:
        lines, problem = self.lines()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        self.verdicts.setRowCount(0)
        if problem or not lines:
            return
        project, product = self.doc.project, self.doc.project.products[self.row]
        _, access = self.engine.reference(project.overrides)
        sites = self.engine.pack.index("sites", "site_id")
        words = status_words()
        for site in project.candidates:
            for market in project.markets:
                v = verdict(self.engine.pack, access, product, tuple(lines), sites[site]["iso2"], market)
                row = self.verdicts.rowCount()
                self.verdicts.insertRow(row)
                share = "" if v.nom_share is None else fill(self.tr(" — non-originating materials %1 of the price"),
                                                             format_percent(v.nom_share))
                cells = [self.names.get(site, site), self.names.get(market, market), words[v.status],
                         (v.classification and fill(self.tr("rule for %1"), v.classification)) + share]
                for col, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setToolTip(reason_text(v, self.names) + (f"\n\n{v.rule_text}" if v.rule_text else "")
                                    + (f"\n\n{v.proof}" if v.proof else ""))
                    self.verdicts.setItem(row, col, item)

    def _accept(self) -> None:
        lines, problem = self.lines()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        from kokapp.gui.commands import EditProduct

        if tuple(lines) != self.doc.project.products[self.row].bom:
            self.doc.undo_stack.push(EditProduct(self.doc, self.row, "bom", tuple(lines)))
        self.accept()
