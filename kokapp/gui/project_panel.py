"""The project side of the window: company and origin hub, products, markets and volumes,
candidate locations on a list and on the map."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSplitter,
                               QVBoxLayout, QWidget)

from kokapp.core.country_lookup import MARKET, NO_DATA
from kokapp.core.datapack import DataPack
from kokapp.gui.collation import sorted_by_name
from kokapp.gui.commands import AddMarket, RemoveMarket, SetCandidates, SetCompany, SetOrigin
from kokapp.gui.delegates import HsCodeDelegate
from kokapp.gui.document import ProjectDocument
from kokapp.gui.market_picker import MarketPicker
from kokapp.gui.product_table import ProductsModel
from kokapp.gui.table_clipboard import RangePasteDelegate, SpreadsheetView
from kokapp.gui.volume_table import VolumesModel


WIDE_TABLE = 30     # columns: a wider table gets one width from its first columns instead of each its own
WIDE_SAMPLE = 8     # columns and rows measured for that width


class ProjectPanel(QWidget):
    message = Signal(str)   # status-bar messages (translated)

    def __init__(self, pack: DataPack, names: dict[str, str], language: str, parent=None, map_later: bool = False):
        super().__init__(parent)
        self.map = None                        # gui.map_view.MapView (pyqtgraph): attach_map()
        self._lanes_of: str | None = None
        self.pack, self.names, self.language = pack, names, language
        self.doc: ProjectDocument | None = None
        self.engine = None                     # the window's engine (bill-of-materials verdicts)
        self.sites = pack.index("sites", "site_id")
        self.countries = pack.index("countries", "iso2")
        chapters = pack.records("hs_chapters")
        self.chapter_codes = {r["chapter"] for r in chapters} - {"77"}
        self.chapter_titles = [(r["chapter"], r["title_en"], r["title_tr"]) for r in chapters if r["chapter"] != "77"]
        self._build()
        if not map_later:
            self.attach_map()

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.company = QLineEdit()
        self.company.setPlaceholderText(self.tr("Your company"))
        self.company.editingFinished.connect(self._company_edited)
        self.origin = QComboBox()
        for site in (s for s, row in self.sites.items() if row["kind"] == "tr_hub"):
            self.origin.addItem(self.names[site], site)
        self.origin.activated.connect(self._origin_chosen)
        form.addRow(self.tr("Company"), self.company)
        form.addRow(self.tr("Origin hub in Türkiye"), self.origin)
        layout.addLayout(form)

        splitter = QSplitter(Qt.Orientation.Vertical)
        layout.addWidget(splitter, 1)
        splitter.addWidget(self._products_box())
        splitter.addWidget(self._markets_box())
        splitter.addWidget(self._locations_box())

    def _table(self) -> SpreadsheetView:
        view = SpreadsheetView()
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setResizeContentsPrecision(20)   # widths from the first rows: a large study opens quickly
        view.verticalHeader().setDefaultSectionSize(24)
        view.setItemDelegate(RangePasteDelegate(view))      # a range pasted into an open cell fills the table
        return view

    def _products_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Products"))
        layout = QVBoxLayout(box)
        self.products_view = self._table()
        self.products_view.setItemDelegateForColumn(1, HsCodeDelegate(self.chapter_titles, self.language, self.products_view))
        layout.addWidget(self.products_view)
        buttons = QHBoxLayout()
        self.add_product_button = QPushButton(self.tr("Add product"))
        self.add_product_button.clicked.connect(self.add_product)
        self.remove_product_button = QPushButton(self.tr("Remove selected"))
        self.remove_product_button.clicked.connect(self.remove_products)
        self.bom_button = QPushButton(self.tr("Bill of materials…"))
        self.bom_button.setObjectName("bom_button")
        self.bom_button.setToolTip(self.tr("What goes into the selected product, for its rules of origin"))
        self.bom_button.clicked.connect(self.edit_bom)
        buttons.addWidget(self.add_product_button)
        buttons.addWidget(self.remove_product_button)
        buttons.addWidget(self.bom_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    def _markets_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Target markets and annual volumes (units)"))
        layout = QVBoxLayout(box)
        self.volumes_view = self._table()
        layout.addWidget(self.volumes_view)
        buttons = QHBoxLayout()
        self.market_choice = MarketPicker(self.pack, self.names, self.language)
        self.market_choice.submitted.connect(self.add_market)
        add = QPushButton(self.tr("Add market"))
        add.clicked.connect(self.add_market)
        remove = QPushButton(self.tr("Remove selected"))
        remove.clicked.connect(self.remove_market)
        buttons.addWidget(self.market_choice, 1)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        layout.addLayout(buttons)
        return box

    def _locations_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Candidate locations (tick to compare; click on the map)"))
        layout = QHBoxLayout(box)
        self.candidates = QListWidget()
        nearshore = [s for s, row in self.sites.items() if row["kind"] == "nearshore"]
        for site in sorted_by_name(nearshore, lambda s: self.names[s], self.language):   # Çorlu after Cezayir
            item = QListWidgetItem(self.names[site])
            item.setData(Qt.ItemDataRole.UserRole, site)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            suits = self.sites[site]["suits"].split(";")
            item.setToolTip(", ".join(self.suit_name(s) for s in suits))
            self.candidates.addItem(item)
        self.candidates.itemChanged.connect(self._candidate_toggled)
        self._map_slot = QWidget()               # the map comes with attach_map (after the first paint)
        layout.addWidget(self.candidates, 1)
        layout.addWidget(self._map_slot, 2)
        return box

    def attach_map(self) -> None:
        """Put the map in its place and draw the project on it."""
        if self.map is not None:
            return
        from kokapp.gui.map_view import MapView

        self.map = MapView()
        self.map.siteClicked.connect(self.toggle_candidate)
        self._map_slot.parentWidget().layout().replaceWidget(self._map_slot, self.map)
        self._map_slot.deleteLater()
        if self.doc is not None:
            self._map_signature = None
            self._update_map()
            self.map.fit_to_places()
            self.show_lanes(self._lanes_of)

    def suit_name(self, kind: str) -> str:
        return {"assembly": self.tr("assembly"), "logistics_hub": self.tr("logistics hub"),
                "sales_office": self.tr("sales office")}.get(kind, kind)

    # -- document binding ---------------------------------------------------------------------
    def set_document(self, doc: ProjectDocument) -> None:
        self.doc = doc
        self.products_model = ProductsModel(doc, self.chapter_codes, self)
        self.products_model.invalidInput.connect(self.message)
        self.products_view.setModel(self.products_model)
        self.volumes_model = VolumesModel(doc, self.names, self)
        self.volumes_model.invalidInput.connect(self.message)
        self.volumes_view.setModel(self.volumes_model)
        self._map_signature = None
        for view in (self.products_view, self.volumes_view):
            if view.model().columnCount() <= WIDE_TABLE:
                view.resizeColumnsToContents()
            else:       # a study's hundred products: one width from a sample of cells (measuring all took 0.1 s)
                header = view.horizontalHeader()
                precision = header.resizeContentsPrecision()
                header.setResizeContentsPrecision(WIDE_SAMPLE)
                widths = [view.sizeHintForColumn(c) for c in range(WIDE_SAMPLE)]
                header.setResizeContentsPrecision(precision)      # as it was, for the next project
                header.setDefaultSectionSize(max(widths + [60]))
        doc.changed.connect(self.sync_from_document)
        self.sync_from_document()
        if self.map is not None:
            self.map.fit_to_places()

    def sync_from_document(self) -> None:
        project = self.doc.project
        if self.company.text() != project.company:
            self.company.setText(project.company)
        self.origin.setCurrentIndex(max(self.origin.findData(project.origin_site), 0))
        self.candidates.blockSignals(True)
        for i in range(self.candidates.count()):
            item = self.candidates.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in project.candidates
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.candidates.blockSignals(False)
        self._update_map()

    def _update_map(self) -> None:
        project = self.doc.project
        if self.map is None:
            return
        signature = (project.origin_site, tuple(project.candidates), tuple(project.markets))
        if signature == getattr(self, "_map_signature", None):
            return  # nothing on the map moved: skip the redraw
        self._map_signature = signature
        sites = []
        for site, row in self.sites.items():
            if site == project.origin_site:
                kind = "origin"
            elif site in project.candidates:
                kind = "candidate"
            elif row["kind"] == "nearshore":
                kind = "available"
            else:
                continue
            sites.append({"id": site, "name": self.names[site], "lat": row["lat"], "lon": row["lon"], "kind": kind})
        markets = [{"id": m, "name": self.names[m], "lat": self.countries[m]["centre_lat"],
                    "lon": self.countries[m]["centre_lon"]} for m in project.markets]
        self.map.set_places(sites, markets)

    def show_lanes(self, location: str | None) -> None:
        """Lanes from one location to every market, width by annual volume."""
        self._lanes_of = location
        if self.map is None:
            return
        if self.doc is None or location not in self.sites:
            self.map.set_lanes([])
            return
        project = self.doc.project
        totals = dict.fromkeys(project.markets, 0.0)
        for (_, market), units in project.volumes.items():
            if market in totals:
                totals[market] += units
        top = max(totals.values(), default=0) or 1.0
        site = self.sites[location]
        self.map.set_lanes([{"from_lat": site["lat"], "from_lon": site["lon"],
                             "to_lat": self.countries[m]["centre_lat"], "to_lon": self.countries[m]["centre_lon"],
                             "weight": totals[m] / top} for m in project.markets])

    # -- edits -----------------------------------------------------------------------------------
    def _company_edited(self) -> None:
        if self.doc and self.company.text() != self.doc.project.company:
            self.doc.undo_stack.push(SetCompany(self.doc, self.company.text()))

    def _origin_chosen(self) -> None:
        site = self.origin.currentData()
        if self.doc and site != self.doc.project.origin_site:
            self.doc.undo_stack.push(SetOrigin(self.doc, site))

    def _candidate_toggled(self, item: QListWidgetItem) -> None:
        site = item.data(Qt.ItemDataRole.UserRole)
        chosen = [c for c in self.doc.project.candidates if c != site]
        if item.checkState() == Qt.CheckState.Checked:
            chosen.append(site)
        self.doc.undo_stack.push(SetCandidates(self.doc, chosen))

    def toggle_candidate(self, site: str) -> None:
        if self.doc is None or site not in self.sites or self.sites[site]["kind"] != "nearshore":
            return
        chosen = list(self.doc.project.candidates)
        chosen = [c for c in chosen if c != site] if site in chosen else chosen + [site]
        self.doc.undo_stack.push(SetCandidates(self.doc, chosen))

    def add_product(self) -> None:
        row = self.products_model.add_product()
        self.products_view.setCurrentIndex(self.products_model.index(row, 0))
        self.products_view.edit(self.products_model.index(row, 0))

    def edit_bom(self) -> None:
        """The bill of materials of the current product (the engine is the window's, set by it)."""
        row = self.products_view.currentIndex().row()
        if self.doc is None or not 0 <= row < len(self.doc.project.products):
            self.message.emit(self.tr("Select a product first (click its row)."))
            return
        from kokapp.gui.bom_dialog import BomDialog

        BomDialog(self.doc, self.engine, row, self.names, self).exec()

    def remove_products(self) -> None:
        rows = sorted({i.row() for i in self.products_view.selectionModel().selectedIndexes()})
        if not rows:
            self.message.emit(self.tr("Select the products to remove first (click their row numbers)."))
            return
        self.products_model.remove_rows(rows)

    def add_market(self) -> None:
        """Add the market the box's text names; otherwise say why, naming what was typed."""
        match = self.market_choice.resolve()
        if match.status == MARKET and match.iso2 not in self.doc.project.markets:
            self.doc.undo_stack.push(AddMarket(self.doc, match.iso2))
            self.market_choice.clear_entry()
        elif match.status == MARKET:
            self.message.emit(self.tr("%1 is already a target market.").replace("%1", self.names[match.iso2]))
        elif match.status == NO_DATA:
            self.message.emit(self.tr("Kök has no data for %1, so it cannot be a target market.")
                              .replace("%1", match.name(self.language)))
        elif not match.typed:
            self.message.emit(self.tr("Type a country name or code, e.g. Almanya or DE."))
        elif match.suggestion:
            self.message.emit(self.tr("'%1' is not a country Kök knows. Did you mean %2?")
                              .replace("%1", match.typed).replace("%2", self.names[match.suggestion]))
        else:
            self.message.emit(self.tr("'%1' is not a country Kök knows. Type a country name or code, "
                                      "e.g. Almanya, İngiltere or DE.").replace("%1", match.typed))

    def remove_market(self) -> None:
        rows = sorted({i.row() for i in self.volumes_view.selectionModel().selectedIndexes()}, reverse=True)
        if not rows:
            self.message.emit(self.tr("Select the markets to remove first (click their names on the left)."))
            return
        self.doc.undo_stack.beginMacro(self.tr("Remove markets"))
        for row in rows:
            self.doc.undo_stack.push(RemoveMarket(self.doc, self.doc.project.markets[row]))
        self.doc.undo_stack.endMacro()
