"""Annual volumes: one row per target market, one column per product."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from kokapp.gui.commands import SetVolume
from kokapp.gui.document import ProjectDocument
from kokapp.gui.numbers import format_number


def parse_units(text: str) -> float | None:
    """A count of units: '50.000' and '50,000' both mean fifty thousand, whatever the locale.
    None for anything else, including amounts a project file could not hold (over 10^12: parse_amount
    refuses those)."""
    from kokapp.io.table_import import parse_amount   # at the first edit: the window opens without it

    value, problem = parse_amount(text, count=True)
    if problem or value is None or value < 0 or value != int(value):
        return None
    return value


class VolumesModel(QAbstractTableModel):
    invalidInput = Signal(str)

    def __init__(self, doc: ProjectDocument, country_names: dict[str, str], parent: QObject | None = None):
        super().__init__(parent)
        self.doc, self.country_names = doc, country_names
        doc.productsReset.connect(self._reset)
        doc.marketsReset.connect(self._reset)
        doc.changed.connect(self._refresh)

    def _reset(self):
        self.beginResetModel()
        self.endResetModel()

    def _refresh(self):
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.doc.project.markets)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.doc.project.products)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        # a view may ask for a section of the previous project while the models switch
        items = self.doc.project.products if orientation == Qt.Orientation.Horizontal else self.doc.project.markets
        if not 0 <= section < len(items):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return items[section].name
        market = items[section]
        return f"{self.country_names.get(market, market)} ({market})"

    def flags(self, index):
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self.rowCount() or index.column() >= self.columnCount():
            return None
        product = self.doc.project.products[index.column()].name
        market = self.doc.project.markets[index.row()]
        units = self.doc.project.volume(product, market)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return format_number(units, 0)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = str(value).strip()
        units = 0.0 if text == "" else parse_units(text)
        if units is None:
            self.invalidInput.emit(self.tr("'%1' is not an annual volume: type a whole number of units from 0 to "
                                           "1,000,000,000,000.").replace("%1", text[:40]))
            return False
        product = self.doc.project.products[index.column()].name
        market = self.doc.project.markets[index.row()]
        if units != self.doc.project.volume(product, market):
            self.doc.undo_stack.push(SetVolume(self.doc, product, market, units))
        return True

    def paste_tsv(self, text: str, top: int, left: int) -> int:
        rows = [r.split("\t") for r in text.replace("\r\n", "\n").split("\n") if r.strip()]
        cells, outside = [], 0
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                r, c = top + i, left + j
                if r >= self.rowCount() or c >= self.columnCount():
                    outside += bool(cell.strip())
                    continue
                units = 0.0 if not cell.strip() else parse_units(cell)
                if units is None:
                    self.invalidInput.emit(self.tr("Nothing pasted: '%1' (pasted row %2, column %3) is not an annual volume.")
                                           .replace("%1", cell.strip()[:40]).replace("%2", str(i + 1)).replace("%3", str(j + 1)))
                    return 0
                cells.append((r, c, units))
        if outside:
            # markets and products are added on purpose, not by a paste: say what was left out
            self.invalidInput.emit(self.tr("%n pasted value(s) fell outside the table (add the markets or products "
                                           "first) and were not pasted.", "", outside))
        self.doc.undo_stack.beginMacro(self.tr("Paste volumes"))
        for r, c, units in cells:
            self.setData(self.index(r, c), str(units) if units else "")
        self.doc.undo_stack.endMacro()
        return len(rows)
