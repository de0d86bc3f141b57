"""Read-only table models over a core Comparison: ranking, lane detail, market-access matrix.

Each model turns the comparison into display rows once per update, so painting a table is a
list look-up and not a DataFrame query per cell.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kokapp.core.engine import Comparison
from kokapp.core.lane_routes import LaneRoutes
from kokapp.core.factors import FACTOR_NAMES
from kokapp.core.project import CRITERIA
from kokapp.gui.messages import translate_note
from kokapp.gui.numbers import currency_symbol, format_money, format_number, format_percent
from kokapp.gui.origin_words import reason_text, status_words
from kokapp.gui.route_words import RouteWords

FACTOR_DIGITS = {"labour_cost_mfg": 2, "energy_price": 3, "governance": 2, "proximity": 2, "lpi_customs": 1,
                 "lpi_timeliness": 1}
LocationRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

DUTY_FREE, DUTY_PAID, DUTY_UNKNOWN, SUSPENDED = "#c8e6c9", "#ffcc80", "#e0e0e0", "#ef9a9a"
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


class _ReadOnlyModel(QAbstractTableModel):
    in_place = False     # columns fixed by the headers: an update of the same shape changes cells in place

    def __init__(self, names: dict[str, str], parent: QObject | None = None):
        super().__init__(parent)
        self.names = names           # site id, ISO2 or agreement id -> name in the UI language
        self.comparison: Comparison | None = None
        self.rows: list[dict] = []
        self._headers = self.headers()

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        self._replace_rows(self._build_rows() if comparison is not None else [])

    def _replace_rows(self, rows: list[dict], headers: list[str] | None = None) -> None:
        """Same shape: the cells change in place (selection, scroll and column widths stay, views
        repaint only what they show); another shape: the views start again."""
        headers = self._headers if headers is None else headers
        if self.in_place and len(rows) == len(self.rows) and headers == self._headers and rows:
            changed = [i for i, (old, new) in enumerate(zip(self.rows, rows)) if old != new]
            self.rows = rows
            if changed:      # only the rows that changed repaint (a set-up arriving changes one or two)
                self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], len(headers) - 1))
            return
        self.beginResetModel()
        self.rows, self._headers = rows, headers
        self.endResetModel()

    def _build_rows(self) -> list[dict]:
        return []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:    # the whole header where a narrow column elides it
            return self._headers[section].replace("\n", " ")
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or index.column() >= self.columnCount():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row["text"][index.column()]
        return row.get(role, {}).get(index.column()) if isinstance(row.get(role), dict) else row.get(role)


class RankingModel(_ReadOnlyModel):
    in_place = True
    extra: list[str] = []        # the optional country criteria the user weighted: a column each

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.extra = [f for f in FACTOR_NAMES if comparison is not None and comparison.project.weights.get(f, 0.0) > 0]
        self.comparison = comparison
        self._replace_rows(self._build_rows() if comparison is not None else [], self.headers())

    def headers(self) -> list[str]:
        money = currency_symbol()   # two-line headers keep the table within a laptop's width
        factors = {"labour_cost_mfg": self.tr("Labour\n%1/hour").replace("%1", money),
                   "energy_price": self.tr("Electricity\n%1/kWh").replace("%1", money),
                   "governance": self.tr("Gover-\nnance"), "proximity": self.tr("Proximity\n0-1"),
                   "lpi_customs": self.tr("LPI\ncustoms"), "lpi_timeliness": self.tr("LPI\ntimeliness")}
        return [self.tr("#"), self.tr("Location"), self.tr("Score"), self.tr("Logistics\n%1/year").replace("%1", money),
                self.tr("Duty\n%1/year").replace("%1", money), self.tr("Duty-\nfree"), self.tr("Transit\ndays"),
                self.tr("LPI"), self.tr("Min. wage\n%1/month").replace("%1", money), self.tr("Corporate\ntax"),
                *(factors[f] for f in self.extra)]

    def location(self, row: int) -> str:
        return self.rows[row][LocationRole]

    def _build_rows(self) -> list[dict]:
        c = self.comparison
        overridden = {o.key for o in c.overrides_used}
        bold = QFont()
        bold.setBold(True)
        missing_tip = (self.tr("No figure in the reference data (n/a): this criterion's weight is spread over the "
                               "location's other criteria. Enter your own figure in Data sources.")
                       if c.project.ranking.missing == "spread" else
                       self.tr("No figure in the reference data (n/a): scored as the worst of the other locations. "
                               "Enter your own figure in Data sources."))
        rows = []
        criteria = list(CRITERIA)
        for position, loc in enumerate(c.ranked["location"]):
            rank = {"rank": c.ranked["rank"][position], "score": c.ranked["score"][position]}
            excluded = bool(c.ranked["excluded"][position])
            i = c.locations.index(loc)
            crit = {name: float(values[i]) for name, values in c.criteria_columns.items()}
            missing = dict(zip(criteria, c.missing_mask[i]))
            iso2 = loc[:2]
            values = [int(rank["rank"]), loc, rank["score"], crit["logistics_cost"], crit["duty_cost"],
                      crit["duty_free_share"], crit["transit_time"], crit["lpi"], crit["labour_cost"], crit["tax"]]
            text = ["✗" if excluded else str(values[0]),
                    self.names.get(loc, loc) + (self.tr(" — Türkiye baseline") if loc == c.project.origin_site else ""),
                    format_number(values[2], 3), format_money(values[3]), format_money(values[4]),
                    format_percent(values[5]), format_number(values[6], 1), format_number(values[7], 1),
                    format_money(values[8]), format_percent(None if _missing(values[9]) else values[9] / 100, 1)]
            for f in self.extra:
                values.append(crit[f])
                text.append(self.tr("n/a") if missing[f] else format_number(crit[f], FACTOR_DIGITS[f])
                            + (" ✎" if f"{f}/{iso2}" in overridden else ""))
            tips = {1: text[1]}     # the name in full where the column elides it
            tips.update({10 + j: missing_tip for j, f in enumerate(self.extra) if missing[f]})
            for col, criterion, key in ((7, "lpi", "lpi"), (8, "labour_cost", "wage"), (9, "tax", "tax")):
                if missing[criterion]:
                    text[col], tips[col] = self.tr("n/a"), missing_tip
                elif f"{key}/{iso2}" in overridden:
                    text[col] += " ✎"
                    tips[col] = self.tr("Your figure")
            if crit["duty_unknown_share"] > 0:
                text[4] = self.tr("n/a")
                tips[4] = self.tr("No citable tariff for some markets: the duty is unknown, never zero. "
                                  "Enter your broker's quote in Data sources.")
            if excluded:
                tips[0] = self.tr("Excluded: see the notes below the chart")
            sort = list(values)
            sort[1] = self.names.get(loc, loc)
            rows.append({"text": text, LocationRole: loc, SortRole: dict(enumerate(sort)),
                         Qt.ItemDataRole.ToolTipRole: tips,
                         Qt.ItemDataRole.FontRole: bold if loc == c.project.origin_site else None,
                         Qt.ItemDataRole.TextAlignmentRole: {i: RIGHT for i in range(len(text)) if i != 1}})
        return rows


class DetailModel(_ReadOnlyModel):
    """Lane facts for one location: per market and product, with the route each lane is priced on."""

    location: str | None = None
    ROUTE_COLUMN = 3        # beside the mode: the route is what a forwarder reads first

    def __init__(self, names: dict[str, str], parent: QObject | None = None, engine=None):
        super().__init__(names, parent)
        self.engine = engine        # None: no route columns' content (the access matrix borrows basis_text)
        self._routes: tuple | None = None

    def headers(self) -> list[str]:
        money = currency_symbol()
        return [self.tr("Market"), self.tr("Product"), self.tr("Mode"), self.tr("Route"), self.tr("Customs\nborders"),
                self.tr("Distance\nkm"), self.tr("Transit\ndays"), self.tr("Freight\n%1/unit").replace("%1", money),
                self.tr("Duty"), self.tr("Why this duty"), self.tr("Landed\n%1/unit").replace("%1", money),
                self.tr("Units/\nyear")]

    def route_words(self) -> RouteWords | None:
        """The routes of this comparison's lanes, made once per comparison (not per location)."""
        c = self.comparison
        if self.engine is None or c is None:
            return None
        if self._routes is None or self._routes[0] is not c:
            self._routes = (c, RouteWords(LaneRoutes(self.engine, c.project), self.names, self))
        return self._routes[1]

    def set_location(self, location: str | None) -> None:
        self.location = location
        self.set_comparison(self.comparison)

    def mode_name(self, mode: str) -> str:
        return {"road_ftl": self.tr("Truck"), "sea_container": self.tr("Container ship"),
                "roro": self.tr("Ro-Ro ferry + truck"), "air": self.tr("Air")}.get(mode, mode)

    def _origins(self) -> dict:
        """Product name -> market -> its origin verdict at this location (products with a bill of materials)."""
        c = self.comparison
        with_bom = [p for p in c.project.products if p.bom]
        if not with_bom or self.engine is None or self.location is None:
            return {}
        from kokapp.core.origin_verdict import verdict

        access = self.engine.reference(c.project.overrides)[1]
        made_in = self.engine.pack.index("sites", "site_id")[self.location]["iso2"]
        return {p.name: (lambda market, p=p: verdict(self.engine.pack, access, p, p.bom, made_in, market))
                for p in with_bom}

    def origin_tip(self, v) -> str:
        status = status_words()[v.status]
        lines = [self.tr("Rule of origin: %1").replace("%1", status), reason_text(v, self.names)]
        if v.proof and v.preferential:
            lines.append(self.tr("Proof: %1").replace("%1", v.proof))
        return "\n".join(lines)

    def basis_text(self, row: dict) -> str:
        basis = row["duty_basis"]
        if basis == "agreement":
            return self.names.get(row["agreement_id"], row["agreement_id"])
        text = {"domestic": self.tr("same country"), "single_market": self.tr("EU single market"),
                "override": self.tr("your figure"), "mfn": self.tr("MFN tariff (no agreement)"),
                "not_originating": self.tr("MFN: not originating under the agreement's rule"),
                "halted": self.tr("trade halted: cannot be sold there")}.get(basis, basis)
        if row["suspended"]:
            text += self.tr(" — agreement suspended")
        return text

    def _build_rows(self) -> list[dict]:
        c = self.comparison
        columns = ["market", "product", "mode", "distance_km", "transit_days_base", "freight_unit_base",
                   "duty_rate_pct", "duty_basis", "agreement_id", "suspended", "landed_unit_base", "annual_units",
                   "remedies"]
        unknown_tip = self.tr("No citable tariff for this market is bundled. Enter your broker's quote in Data sources.")
        rows = []
        words = self.route_words()
        origins = self._origins()
        for row in c.lane_rows(columns, location=self.location):
            duty = row["duty_rate_pct"]
            route, customs, route_tip = words.cell(self.location, row["market"], row["mode"]) if words else ("", "", "")
            tips = {8: unknown_tip} if _missing(duty) else {}
            if row["remedies"]:        # flagged, not priced: the rates are company-specific
                tips[9] = self.tr("Trade remedy in force, check it with your customs broker:") + "\n" + row["remedies"]
            if route_tip:
                tips[self.ROUTE_COLUMN] = route_tip
            if row["product"] in origins:
                v = origins[row["product"]](row["market"])
                tips[9] = "\n\n".join(t for t in (tips.get(9, ""), self.origin_tip(v)) if t)
            rows.append({
                "text": [self.names.get(row["market"], row["market"]), row["product"], self.mode_name(row["mode"]),
                         route, customs, format_number(row["distance_km"], 0),
                         format_number(row["transit_days_base"], 1), format_number(row["freight_unit_base"], 2),
                         self.tr("unknown") if _missing(duty) else format_percent(duty / 100, 1),
                         self.basis_text(row) + (" ⚠" if row["remedies"] else ""),
                         format_number(row["landed_unit_base"], 2), format_number(row["annual_units"], 0)],
                Qt.ItemDataRole.ToolTipRole: tips,
                Qt.ItemDataRole.TextAlignmentRole: {i: RIGHT for i in (4, 5, 6, 7, 8, 10, 11)},
            })
        return rows


class AccessModel(_ReadOnlyModel):
    """Locations x markets: the duty for one product, coloured by access."""

    product: str | None = None

    def __init__(self, names: dict[str, str], parent: QObject | None = None):
        super().__init__(names, parent)
        self.markets: list[str] = []
        self.locations: list[str] = []
        self._detail = DetailModel(names, self)
        self.engine = None                 # set by the panel: the rule-of-origin verdicts of a product's lanes

    def headers(self) -> list[str]:
        return []

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.markets)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        items = self.markets if orientation == Qt.Orientation.Horizontal else self.locations
        if role != Qt.ItemDataRole.DisplayRole or not 0 <= section < len(items):
            return None
        return self.names.get(items[section], items[section])

    def set_product(self, product: str | None) -> None:
        self.product = product
        self.set_comparison(self.comparison)

    def _origins(self, product):
        """``(location, market) -> verdict`` for a product with a bill of materials, else None."""
        if not product.bom or self.engine is None:
            return None
        from kokapp.core.origin_verdict import verdict

        pack = self.engine.pack
        access = self.engine.reference(self.comparison.project.overrides)[1]
        sites = pack.index("sites", "site_id")
        return lambda loc, market: verdict(pack, access, product, product.bom, sites[loc]["iso2"], market)

    def _build_rows(self) -> list[dict]:
        c = self.comparison
        products = [p.name for p in c.project.products]
        if not products or not c.locations:
            self.markets, self.locations = [], []
            return []
        product = self.product if self.product in products else products[0]
        columns = ["location", "market", "duty_rate_pct", "duty_basis", "agreement_id", "suspended", "duty_note",
                   "trade_halted"]
        table = {(r["location"], r["market"]): r
                 for r in c.lane_rows(columns, product=product)}
        self.locations, self.markets = c.ranked_locations, list(c.project.markets)
        origins = self._origins(next(p for p in c.project.products if p.name == product))
        rows = []
        for loc in self.locations:
            text, colours, tips = [], {}, {}
            for col, market in enumerate(self.markets):
                cell = table[(loc, market)]
                duty = cell["duty_rate_pct"]
                text.append("×" if cell["trade_halted"] else "?" if _missing(duty) else format_percent(duty / 100, 1))
                colour = SUSPENDED if cell["suspended"] or cell["trade_halted"] else DUTY_UNKNOWN if _missing(duty) \
                    else DUTY_FREE if duty == 0 else DUTY_PAID
                colours[col] = QBrush(QColor(colour))
                tips[col] = self._detail.basis_text(cell) + (f"\n{translate_note(cell['duty_note'])}"
                                                             if cell["duty_note"] else "")
                if origins:
                    tips[col] += "\n\n" + self._detail.origin_tip(origins(loc, market))
            rows.append({"text": text, Qt.ItemDataRole.BackgroundRole: colours, Qt.ItemDataRole.ToolTipRole: tips,
                         Qt.ItemDataRole.TextAlignmentRole: {i: int(Qt.AlignmentFlag.AlignCenter) for i in range(len(text))}})
        return rows
