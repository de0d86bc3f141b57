"""Read-only table models over a core Comparison: ranking, lane detail, market-access matrix."""

from __future__ import annotations

import math

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kokapp.core.engine import Comparison
from kokapp.gui.numbers import format_money, format_number, format_percent

LocationRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

DUTY_FREE, DUTY_PAID, DUTY_UNKNOWN, SUSPENDED = "#c8e6c9", "#ffcc80", "#e0e0e0", "#ef9a9a"


class _ReadOnlyModel(QAbstractTableModel):
    def __init__(self, names: dict[str, str], parent: QObject | None = None):
        super().__init__(parent)
        self.names = names           # site id or ISO2 -> display name in the UI language
        self.comparison: Comparison | None = None

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        pass

    def headers(self) -> list[str]:
        raise NotImplementedError

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None


class RankingModel(_ReadOnlyModel):
    def headers(self) -> list[str]:
        return [self.tr("Rank"), self.tr("Location"), self.tr("Score"), self.tr("Logistics €/year"),
                self.tr("Duty €/year"), self.tr("Duty-free"), self.tr("Transit days"), self.tr("LPI"),
                self.tr("Min. wage €/month"), self.tr("Corporate tax")]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.comparison is None else len(self.comparison.ranking)

    def location(self, row: int) -> str:
        return self.comparison.ranking.iloc[row]["location"]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.comparison is None:
            return None
        c = self.comparison
        rank = c.ranking.iloc[index.row()]
        loc = rank["location"]
        crit = c.criteria.loc[loc]
        col = index.column()
        baseline = loc == c.project.origin_site
        overridden = {o.key for o in c.overrides_used}
        iso2 = loc[:2]
        values = [int(rank["rank"]), loc, rank["topsis"], crit["logistics_cost"], crit["duty_cost"],
                  crit["duty_free_share"], crit["transit_time"], crit["lpi"], crit["labour_cost"], crit["tax"]]
        if role == LocationRole:
            return loc
        if role == SortRole:
            return values[col] if col != 1 else self.names.get(loc, loc)
        if role == Qt.ItemDataRole.DisplayRole:
            missing = col >= 7 and bool(c.missing.loc[loc, ["lpi", "labour_cost", "tax"][col - 7]])
            if missing:
                return "–"
            mark = " ✎" if (col, iso2) in {(7, k[4:]) for k in overridden if k.startswith("lpi/")} | \
                {(8, k[5:]) for k in overridden if k.startswith("wage/")} | {(9, k[4:]) for k in overridden if k.startswith("tax/")} else ""
            text = [str(values[0]), self.names.get(loc, loc) + (self.tr(" (Türkiye baseline)") if baseline else ""),
                    format_number(values[2], 3), format_money(values[3]), format_money(values[4]),
                    format_percent(values[5]), format_number(values[6], 1), format_number(values[7], 1),
                    format_money(values[8]), format_percent(None if values[9] is None else values[9] / 100, 1)][col]
            return text + mark
        if role == Qt.ItemDataRole.FontRole and baseline:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col >= 7 and c.missing.loc[loc, ["lpi", "labour_cost", "tax"][col - 7]]:
            return self.tr("No figure in the reference data: the average of the other locations is used. "
                           "Enter your own figure in Data sources.")
        if role == Qt.ItemDataRole.TextAlignmentRole and col != 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DetailModel(_ReadOnlyModel):
    """Lane facts for one location: per market and product."""

    location: str | None = None
    rows: pd.DataFrame = pd.DataFrame()

    def headers(self) -> list[str]:
        return [self.tr("Market"), self.tr("Product"), self.tr("Mode"), self.tr("Distance km"),
                self.tr("Transit days"), self.tr("Freight €/unit"), self.tr("Duty"), self.tr("Why this duty"),
                self.tr("Landed €/unit"), self.tr("Units/year")]

    def set_location(self, location: str | None) -> None:
        self.beginResetModel()
        self.location = location
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        c = self.comparison
        if c is None or self.location not in set(c.lanes["location"]):
            self.rows = pd.DataFrame()
        else:
            self.rows = c.lanes[c.lanes["location"] == self.location].reset_index(drop=True)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.comparison is None else len(self.rows)

    def mode_name(self, mode: str) -> str:
        return {"road_ftl": self.tr("Truck"), "sea_container": self.tr("Container ship"),
                "roro": self.tr("Ro-Ro ferry + truck"), "air": self.tr("Air")}.get(mode, mode)

    def basis_text(self, row) -> str:
        basis = row["duty_basis"]
        if basis == "agreement":
            return self.names.get(row["agreement_id"], row["agreement_id"])
        text = {"domestic": self.tr("same country"), "single_market": self.tr("EU single market"),
                "override": self.tr("your figure"), "mfn": self.tr("MFN tariff (no agreement)")}.get(basis, basis)
        if row["suspended"]:
            text += self.tr(" — agreement suspended")
        return text

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.comparison is None:
            return None
        row = self.rows.iloc[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            duty = row["duty_rate_pct"]
            return [self.names.get(row["market"], row["market"]), row["product"], self.mode_name(row["mode"]),
                    format_number(row["distance_km"], 0), format_number(row["transit_days_base"], 1),
                    format_number(row["freight_unit_base"], 2),
                    self.tr("unknown") if isinstance(duty, float) and math.isnan(duty) else format_percent(duty / 100, 1),
                    self.basis_text(row), format_number(row["landed_unit_base"], 2),
                    format_number(row["annual_units"], 0)][col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 6 and not row["duty_known"]:
            return self.tr("No citable tariff for this market is bundled. Enter your broker's quote in Data sources.")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (3, 4, 5, 6, 8, 9):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AccessModel(_ReadOnlyModel):
    """Locations x markets: the duty for one product, coloured by access."""

    product: str | None = None
    table: pd.DataFrame | None = None
    locations: list[str] = []
    markets: list[str] = []

    def set_product(self, product: str | None) -> None:
        self.beginResetModel()
        self.product = product
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        c = self.comparison
        self.table = None
        if c is None or not len(c.lanes):
            return
        product = self.product if self.product in set(c.lanes["product"]) else c.lanes["product"].iloc[0]
        rows = c.lanes[c.lanes["product"] == product]
        self.table = rows.set_index(["location", "market"])
        self.locations = list(c.ranking["location"])
        self.markets = list(c.project.markets)

    def headers(self) -> list[str]:
        return [self.names.get(m, m) for m in self.markets] if self.table is not None else []

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.table is None else len(self.locations)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical and self.table is not None:
            return self.names.get(self.locations[section], self.locations[section])
        return super().headerData(section, orientation, role)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.table is None:
            return None
        row = self.table.loc[(self.locations[index.row()], self.markets[index.column()])]
        duty = row["duty_rate_pct"]
        known = not (isinstance(duty, float) and math.isnan(duty))
        if role == Qt.ItemDataRole.DisplayRole:
            return format_percent(duty / 100, 1) if known else "?"
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = SUSPENDED if row["suspended"] else DUTY_UNKNOWN if not known else DUTY_FREE if duty == 0 else DUTY_PAID
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.ToolTipRole:
            detail = DetailModel(self.names)
            return detail.basis_text(row) + (f"\n{row['duty_note']}" if row["duty_note"] else "")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
