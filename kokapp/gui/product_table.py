"""Products as a spreadsheet: validation on every cell, undo, paste of whole ranges from Excel."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from kokapp.core.hs_code import CHAPTER, CHARACTERS, EMPTY, LENGTH, STORED_DIGITS, HsCodeError, format_hs, parse_hs
from kokapp.core.project import Product
from kokapp.gui.commands import EditProduct, InsertProducts, RemoveProducts
from kokapp.gui.document import PRODUCT_FIELDS, ProjectDocument
from kokapp.gui.numbers import format_number, parse_number

DECIMALS = {"unit_value_eur": 2, "unit_weight_kg": 3, "unit_volume_m3": 4}


class ProductsModel(QAbstractTableModel):
    invalidInput = Signal(str)   # a translated message for the status bar (a refusal, or a note on what was kept)

    def __init__(self, doc: ProjectDocument, chapters: set[str], parent: QObject | None = None):
        super().__init__(parent)
        self.doc, self.chapters = doc, chapters
        doc.productsReset.connect(self._reset)
        doc.changed.connect(self._refresh)

    def headers(self) -> list[str]:
        return [self.tr("Product"), self.tr("HS code"), self.tr("Unit value (EUR)"),
                self.tr("Gross weight (kg)"), self.tr("Volume (m³)"), self.tr("Units per pallet")]

    def _reset(self):
        self.beginResetModel()
        self.endResetModel()

    def _refresh(self):
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.doc.project.products)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(PRODUCT_FIELDS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        count = self.columnCount() if orientation == Qt.Orientation.Horizontal else self.rowCount()
        if not 0 <= section < count:      # a view may ask for a section of the previous project
            return None
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index):
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self.rowCount() or index.column() >= self.columnCount():
            return None
        field = PRODUCT_FIELDS[index.column()]
        value = getattr(self.doc.project.products[index.row()], field)
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return ""
            if field in DECIMALS:
                return format_number(value, DECIMALS[field])
            return str(value)
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else (format_number(value, DECIMALS[field]) if field in DECIMALS else str(value))
        if role == Qt.ItemDataRole.TextAlignmentRole and field in DECIMALS | {"units_per_pallet": 0}:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and field == "hs_code" and value:
            return self.hs_explanation(str(value))
        return None

    def hs_explanation(self, code: str) -> str:
        """Which levels of the code Kök reads and which one it uses, e.g. 'GTİP 6302.31.00.00 ·
        chapter 63 · heading 6302 · subheading 6302.31 — used: chapter (duties are per chapter)'."""
        parts = [self.tr("GTİP %1").replace("%1", format_hs(code)), self.tr("chapter %1").replace("%1", code[:2]),
                 self.tr("heading %1").replace("%1", code[:4])]
        if len(code) >= 6:
            parts.append(self.tr("subheading %1").replace("%1", format_hs(code[:6])))
        return " · ".join(parts) + " — " + self.tr("used: chapter (Kök's duty rates are per HS chapter)")

    # -- validation -----------------------------------------------------------------------------
    def convert(self, field: str, text: str, row: int | None) -> tuple[object, str | None]:
        """(value, None) or (None, translated error message) for user text in a cell."""
        text = str(text).strip()
        if field == "name":
            if not text:
                return None, self.tr("The product name must not be empty.")
            others = {p.name for i, p in enumerate(self.doc.project.products) if i != row}
            if text in others:
                return None, self.tr("A product named '%1' already exists.").replace("%1", text)
            return text, None
        if field == "hs_code":
            try:
                return parse_hs(text, self.chapters).stored, None
            except HsCodeError as exc:
                return None, self.hs_error(exc)
        if field == "units_per_pallet":
            if not text:
                return None, None
            value = parse_number(text)
            if value is None or value <= 0 or value != int(value):
                return None, self.tr("Units per pallet must be a whole number above zero, or empty.")
            return int(value), None
        value = parse_number(text)
        if value is None:
            return None, self.tr("'%1' is not a number.").replace("%1", text)
        if value <= 0:
            return None, self.tr("The value must be greater than zero.")
        return value, None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = PRODUCT_FIELDS[index.column()]
        converted, error = self.convert(field, value, index.row())
        if error:
            self.invalidInput.emit(error)
            return False
        if field == "hs_code":
            self._note_dropped_digits([value])
        if converted == getattr(self.doc.project.products[index.row()], field):
            return True
        self.doc.undo_stack.push(EditProduct(self.doc, index.row(), field, converted))
        return True

    def _note_dropped_digits(self, texts: list[str]) -> None:
        """Say so when a 12-digit GTİP is kept with 10 digits (all the project format stores)."""
        codes = [parse_hs(t, self.chapters) for t in texts]
        dropped = [c for c in codes if len(c.digits) > STORED_DIGITS]
        if len(dropped) == 1:
            code = dropped[0]
            self.invalidInput.emit(self.tr("GTİP %1: Kök keeps %2 (a project stores up to 10 digits); duties use "
                                           "chapter %3.").replace("%1", code.formatted)
                                   .replace("%2", format_hs(code.stored)).replace("%3", code.chapter))
        elif dropped:
            self.invalidInput.emit(self.tr("%n GTİP code(s) kept with their first 10 digits (a project stores up "
                                           "to 10); duties use the chapter.", "", len(dropped)))

    def hs_error(self, exc: HsCodeError) -> str:
        """The translated reason a code cannot be read."""
        if exc.reason == EMPTY:
            return self.tr("Enter an HS/GTİP code, e.g. 8708 or 6302.31.00.00.11.")
        if exc.reason == CHARACTERS:
            return self.tr("'%1' is not an HS/GTİP code: use digits, with dots or spaces if you like "
                           "(e.g. 6302.31.00.00.11).").replace("%1", exc.typed)
        if exc.reason == LENGTH:
            return self.tr("'%1' has %2 digits: an HS code has 4, 6, 8 or 10 digits, a full GTİP 12.") \
                .replace("%1", exc.typed).replace("%2", str(len(exc.digits)))
        assert exc.reason == CHAPTER
        return self.tr("HS chapter %1 does not exist.").replace("%1", exc.chapter)

    # -- rows -------------------------------------------------------------------------------------
    def new_product_name(self) -> str:
        names = {p.name for p in self.doc.project.products}
        n = 1
        while self.tr("New product %1").replace("%1", str(n)) in names:
            n += 1
        return self.tr("New product %1").replace("%1", str(n))

    def add_product(self) -> int:
        """Append a product to fill in (HS 8708, 1 kg, 0.01 m³, EUR 10); returns its row."""
        row = len(self.doc.project.products)
        product = Product(self.new_product_name(), "8708", 10.0, 1.0, 0.01)
        self.doc.undo_stack.push(InsertProducts(self.doc, row, [product]))
        return row

    def remove_rows(self, rows: list[int]) -> None:
        if not rows:
            return
        self.doc.undo_stack.beginMacro(self.tr("Remove products"))
        for row in sorted(set(rows), reverse=True):
            self.doc.undo_stack.push(RemoveProducts(self.doc, row, 1))
        self.doc.undo_stack.endMacro()

    def paste_tsv(self, text: str, top: int, left: int) -> int:
        """Paste tab-separated rows (as Excel copies them) at (top, left); rows past the end
        become new products. Every cell is validated first: nothing is pasted if any is wrong.
        Returns the number of rows pasted."""
        lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]
        if not lines:
            return 0
        products = list(self.doc.project.products)
        edits: list[tuple[int, str, object]] = []
        new: list[dict] = []
        for offset, line in enumerate(lines):
            row = top + offset
            cells = line.split("\t")
            values: dict[str, object] = {}
            for col_offset, cell in enumerate(cells):
                column = left + col_offset
                if column >= len(PRODUCT_FIELDS):
                    break
                field = PRODUCT_FIELDS[column]
                value, error = self.convert(field, cell, row if row < len(products) else None)
                if error:
                    self.invalidInput.emit(self.tr("Row %1, %2: %3").replace("%1", str(offset + 1))
                                           .replace("%2", self.headers()[column]).replace("%3", error))
                    return 0
                values[field] = value
            if row < len(products):
                edits += [(row, f, v) for f, v in values.items()]
            else:
                missing = [self.headers()[i] for i, f in enumerate(PRODUCT_FIELDS[:5]) if f not in values]
                if missing:
                    self.invalidInput.emit(self.tr("Row %1: new products need %2.").replace("%1", str(offset + 1))
                                           .replace("%2", ", ".join(missing)))
                    return 0
                new.append(values)
        names = [v["name"] for v in new] + [v for _, f, v in edits if f == "name"]
        if len(names) != len(set(names)):
            self.invalidInput.emit(self.tr("The pasted rows repeat a product name."))
            return 0
        hs_column = PRODUCT_FIELDS.index("hs_code") - left
        self._note_dropped_digits([line.split("\t")[hs_column] for line in lines
                                   if 0 <= hs_column < len(line.split("\t"))])
        stack = self.doc.undo_stack
        stack.beginMacro(self.tr("Paste %n product(s)", "", len(lines)))
        for row, field, value in edits:
            if getattr(self.doc.project.products[row], field) != value:
                stack.push(EditProduct(self.doc, row, field, value))
        if new:
            stack.push(InsertProducts(self.doc, len(self.doc.project.products),
                                      [Product(**{"units_per_pallet": None} | v) for v in new]))
        stack.endMacro()
        return len(lines)
