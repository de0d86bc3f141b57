"""Tools ▸ Data sources ▸ Data availability: for every market, which figure Kök has and how good it
is (``kokapp.core.availability``), marked, worded and coloured in the UI language. Read-only.

The project's markets come first and in bold, then the others; each group in the reader's
alphabetical order. A cell's tooltip says what stands there and which source it comes from.
"""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from kokapp.core.availability import FIGURES, Availability, availability
from kokapp.core.availability_detail import MARKS, phrase
from kokapp.core.datapack import DataPack
from kokapp.gui.collation import sorted_by_name
from kokapp.gui.i18n import language_locale
from kokapp.gui.messages import fill
from kokapp.gui.result_models import DUTY_FREE, DUTY_PAID, DUTY_UNKNOWN

# the access matrix's colours: checked figures green like duty-free, missing grey like an unknown tariff
COLOURS = {"downloaded": DUTY_FREE, "banded": DUTY_PAID, "estimated": "#fff59d", "missing": DUTY_UNKNOWN}
MarketRole = Qt.ItemDataRole.UserRole + 1     # ISO2 of the row (column 0)
StatusRole = Qt.ItemDataRole.UserRole + 2     # status of the cell (figure columns)


class AvailabilityTab(QWidget):
    def __init__(self, pack: DataPack, countries: dict[str, str], language: str = "en",
                 project_markets: list[str] | tuple[str, ...] = (), parent=None):
        super().__init__(parent)
        self.setObjectName("availability")
        self.locale = language_locale(language)
        self.sources = pack.index("sources", "source_id")
        rows: dict[str, dict[str, Availability]] = {}
        for row in availability(pack):
            rows.setdefault(row.market, {})[row.figure] = row
        mine = [m for m in dict.fromkeys(project_markets) if m in rows]
        others = [m for m in rows if m not in mine]
        name = lambda iso2: countries.get(iso2, iso2)   # noqa: E731
        self.markets = sorted_by_name(mine, name, language) + sorted_by_name(others, name, language)
        layout = QVBoxLayout(self)
        legend = QLabel(self.legend() + "\n" + self.tr("Your project's markets come first, in bold. "
                                                       "Point at a cell for what stands there and its source."))
        legend.setWordWrap(True)
        legend.setObjectName("availability_legend")
        layout.addWidget(legend)
        self.table = QTableWidget(len(self.markets), 1 + len(FIGURES))
        self.table.setObjectName("availability_table")
        self.table.setHorizontalHeaderLabels([self.tr("Country")] + [self.figure_name(f) for f in FIGURES])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        bold = QFont(self.font())
        bold.setBold(True)
        for r, market in enumerate(self.markets):
            item = QTableWidgetItem(name(market))
            item.setData(MarketRole, market)
            item.setToolTip(fill(self.tr("%1: a market of your project"), market) if market in mine else market)
            if market in mine:
                item.setFont(bold)
            self.table.setItem(r, 0, item)
            for c, figure in enumerate(FIGURES, start=1):
                self.table.setItem(r, c, self._cell(rows[market][figure]))
        layout.addWidget(self.table, 1)

    def _cell(self, row: Availability) -> QTableWidgetItem:
        item = QTableWidgetItem(f"{MARKS[row.status]} {self.status_word(row.status)}")
        item.setData(StatusRole, row.status)
        item.setBackground(QBrush(QColor(COLOURS[row.status])))
        item.setForeground(QBrush(QColor("#000000")))       # dark text on the light colours in a dark theme too
        tip = [self.detail_text(row.detail)]
        source = self.sources.get(row.source_id) if row.source_id else None
        if source:
            tip.append(fill(self.tr("Source: %1"), f"{source['organisation']} — {source['title']}"))
        item.setToolTip("\n".join(tip))
        return item

    # -- words ------------------------------------------------------------------------------------
    def status_word(self, status: str) -> str:
        return {"downloaded": self.tr("downloaded"), "banded": self.tr("banded"),
                "estimated": self.tr("estimated"), "missing": self.tr("missing")}.get(status, status)

    def figure_name(self, figure: str) -> str:
        return {"tariff": self.tr("MFN tariff"), "agreements": self.tr("Agreements"),
                "remedies": self.tr("Trade remedies"), "lpi": self.tr("LPI"), "min_wage": self.tr("Minimum wage"),
                "cit": self.tr("Corporate tax")}.get(figure, figure)

    def legend(self) -> str:
        return "\n".join((
            self.tr("● downloaded: read from a downloaded file or a retrieved page and checked against it"),
            self.tr("≈ banded: only a band is citable (its base is used, its ends in the scenarios)"),
            self.tr("○ estimated: an average standing in for your product's figure, an older edition, "
                    "or transcribed from a published table and not re-checked"),
            self.tr("✗ missing: no figure (Kök says so wherever it would be used)")))

    def number(self, value: float) -> str:
        """A band's end as the reader writes it: 12,5 in Turkish, 12.5 in English; 15, not 15.0."""
        return self.locale.toString(float(value), "g", 6)

    def detail_text(self, detail: str) -> str:
        """The core's English detail in the UI language; one no pattern knows stays as it is."""
        found = phrase(detail)
        v = found.values
        year = f" ({v['year']})" if "year" in v else ""
        if found.key == "band":
            return fill(self.tr("band %1-%2 %, base %3 %"), self.number(v["low"]), self.number(v["high"]),
                        self.number(v["base"]))
        if found.key == "tariff_lines":
            return fill(self.tr("tariff lines (CN8) of %1; codes renumbered since HS 2017 fall back to product-group "
                                "averages"), str(v["year"]))
        if found.key == "tariff_lines_us":
            return fill(self.tr("tariff lines (HTS8) of %1; US additional duties (Sections 232, 301) not included"),
                        str(v["year"]))
        if found.key == "tariff_groups":
            return fill(self.tr("no tariff-line figures: averages of %1 WTO product groups"), str(v["groups"])) + year
        if found.key == "agreements":
            text = self.tr("%n agreement(s) in force", "", v["count"])
            if "unchecked" in v:
                text += self.tr(", %n of them transcribed, not re-checked", "", v["unchecked"])
            return text
        if found.key == "remedies_listed":
            return fill(self.tr("%1 measures in force listed on the countries Kök compares (compiled from official "
                                "notices; not exhaustive)"), str(v["count"]))
        if found.key == "lpi_older":
            return fill(self.tr("LPI %1 (not in the %2 edition)"), str(v["edition"]), str(v["latest"]))
        if found.key == "lpi":
            return f"LPI {v['edition']}"
        fixed = {
            "tariff_all_products": lambda: self.tr("no tariff-line figures: an all-products average only"),
            "tariff_missing": lambda: self.tr("no citable MFN tariff"),
            "agreements_none": lambda: self.tr("no preferential agreement in force is listed"),
            "remedies_missing": lambda: self.tr("no list of anti-dumping, countervailing or safeguard measures "
                                                "is bundled"),
            "lpi_missing": lambda: self.tr("not scored by the World Bank LPI"),
            "min_wage_none": lambda: self.tr("no statutory national minimum wage (wages set otherwise, "
                                             "e.g. by collective agreements)"),
            "min_wage_missing": lambda: self.tr("no statutory minimum wage bundled"),
            "min_wage": lambda: self.tr("statutory minimum wage"),
            "cit_missing": lambda: self.tr("no corporate income tax bundled"),
            "cit": lambda: self.tr("corporate income tax"),
        }
        return fixed[found.key]() + year if found.key in fixed else detail
