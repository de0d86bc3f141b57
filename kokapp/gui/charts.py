"""pyqtgraph charts over core results: landed cost, scores, transit vs cost, tornado."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from kokapp.core.engine import Comparison
from kokapp.gui.numbers import currency_symbol, format_number, to_display

LOGISTICS, DUTY, SCORE, BASELINE = "#1f77b4", "#ff7f0e", "#2ca02c", "#7f7f7f"  # baseline grey, not "bad" red



class LocaleAxis(pg.AxisItem):
    """Tick numbers written as the UI writes numbers (0,5 and 184.643 in Turkish), without SI
    prefixes such as "k" or "M" that a reader of "kEUR" has to decode."""

    def __init__(self, orientation: str):
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):
        decimals = max(0, -int(np.floor(np.log10(spacing * scale)))) if spacing * scale > 0 else 0
        return [format_number(v * scale, min(decimals, 3)) for v in values]


def _plot(title: str) -> pg.PlotWidget:
    plot = pg.PlotWidget(background="w", axisItems={"left": LocaleAxis("left"), "bottom": LocaleAxis("bottom")})
    plot.setTitle(title, color="#222", size="10pt")
    plot.showGrid(x=False, y=True, alpha=0.3)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    return plot


def _category_axis(plot: pg.PlotWidget, labels: list[str], axis: str = "bottom") -> None:
    """Category labels, wrapped onto two lines where long so neighbours do not overlap."""
    def wrap(text: str) -> str:
        if len(text) <= 12 or " " not in text:
            return text
        middle = len(text) // 2
        cut = min((i for i, ch in enumerate(text) if ch == " "), key=lambda i: abs(i - middle))
        return text[:cut] + "\n" + text[cut + 1:]
    plot.getAxis(axis).setTicks([[(i, wrap(label)) for i, label in enumerate(labels)]])


def _money_axis(plot: pg.PlotWidget, axis: str = "left", label: str = "") -> None:
    """Amounts shown in the display currency (the values are converted by the caller)."""
    unit = currency_symbol()
    plot.setLabel(axis, f"{label} ({unit})" if label else unit)


class CostChart:
    """Stacked annual logistics + duty cost per location (ranking order)."""

    def __init__(self):
        self.widget = _plot(QCoreApplication.translate("Charts", "Annual logistics and duty cost"))
        _money_axis(self.widget)
        self.widget.getAxis("bottom").setHeight(40)
        self.legend = self.widget.addLegend(offset=(10, 10))
        self.bars: list[pg.BarGraphItem] = []

    def clear(self) -> None:
        for bar in self.bars:
            self.widget.removeItem(bar)
        self.bars = []
        self.legend.clear()
        _category_axis(self.widget, [])

    def update(self, c: Comparison, names: dict[str, str]) -> None:
        self.clear()
        locations = c.ranked_locations
        x = np.arange(len(locations))
        logistics = to_display(np.array([c.criterion(loc, "logistics_cost") for loc in locations]))
        duty = to_display(np.array([c.criterion(loc, "duty_cost") for loc in locations]))
        self.bars = [pg.BarGraphItem(x=x, height=logistics, width=0.6, brush=LOGISTICS, name=QCoreApplication.translate("Charts", "Logistics")),
                     pg.BarGraphItem(x=x, y0=logistics, height=duty, width=0.6, brush=DUTY, name=QCoreApplication.translate("Charts", "Duty"))]
        for bar in self.bars:
            self.widget.addItem(bar)  # named items join the legend by themselves
        _category_axis(self.widget, [names.get(loc, loc) for loc in locations])
        self.widget.setXRange(-0.6, len(locations) - 0.4)
        self.widget.setYRange(0, float(max((logistics + duty).max(), 1.0)) * 1.1)


class ScoreChart:
    def __init__(self):
        self.widget = _plot(QCoreApplication.translate("Charts", "Score with your weighting (higher is better)"))
        self.widget.getAxis("bottom").setHeight(40)
        self.bar: pg.BarGraphItem | None = None
        self._labels: list[str] = []

    def clear(self) -> None:
        if self.bar is not None:
            self.widget.removeItem(self.bar)
            self.bar = None
        self._labels = []
        _category_axis(self.widget, [])

    def update(self, c: Comparison, names: dict[str, str]) -> None:
        """Called on every weight or volume edit: the bars change in place; the axis and range
        are redrawn only when the order of locations changes (axis text is the costly part)."""
        locations = c.ranked_locations
        brushes = [BASELINE if loc == c.project.origin_site else SCORE for loc in locations]
        bars = {"x": np.arange(len(locations)), "height": np.asarray(c.ranked["score"], float),
                "width": 0.6, "brushes": brushes}
        if self.bar is None:
            self.bar = pg.BarGraphItem(**bars)
            self.widget.addItem(self.bar)
        else:
            self.bar.setOpts(**bars)
        labels = [names.get(loc, loc) for loc in locations]
        if labels != self._labels:
            self._labels = labels
            _category_axis(self.widget, labels)
            self.widget.setXRange(-0.6, len(locations) - 0.4)
            self.widget.setYRange(0, 1.05)


class TransitCostChart:
    def __init__(self):
        self.widget = _plot(QCoreApplication.translate("Charts", "Transit time vs annual logistics cost"))
        self.widget.setLabel("bottom", QCoreApplication.translate("Charts", "Transit days (volume-weighted)"))
        _money_axis(self.widget, "left", QCoreApplication.translate("Charts", "Logistics cost per year"))
        self.items: list = []

    def clear(self) -> None:
        for item in self.items:
            self.widget.removeItem(item)
        self.items = []

    def update(self, c: Comparison, names: dict[str, str]) -> None:
        self.clear()
        days = np.asarray(c.criteria_columns["transit_time"], float)
        cost = to_display(np.asarray(c.criteria_columns["logistics_cost"], float))
        brushes = [BASELINE if loc == c.project.origin_site else LOGISTICS for loc in c.locations]
        scatter = pg.ScatterPlotItem(x=days, y=cost, size=12, brush=brushes)
        self.items.append(scatter)
        self.widget.addItem(scatter)
        for loc, x, y in zip(c.locations, days, cost):
            label = pg.TextItem(names.get(loc, loc), color="#333", anchor=(0, 1))
            label.setPos(x, y)
            self.items.append(label)
            self.widget.addItem(label)
        self.widget.enableAutoRange()


class TornadoChart:
    """Horizontal bars: NPV at each input's low and high value around the base NPV."""

    def __init__(self):
        self.widget = _plot(QCoreApplication.translate("Charts", "What moves the NPV most"))
        _money_axis(self.widget, "bottom", QCoreApplication.translate("Charts", "NPV"))
        self.widget.getAxis("left").setWidth(170)
        self.legend = self.widget.addLegend(offset=(-10, -10))
        self.items: list = []

    def update(self, bars: list[dict], labels: dict[str, str]) -> None:
        for item in self.items:
            self.widget.removeItem(item)
        self.items = []
        self.legend.clear()
        if not bars:
            self.widget.getAxis("left").setTicks([[]])     # nothing of the previous project's inputs
            return
        base = to_display(bars[0]["base_npv"])
        y = np.arange(len(bars))[::-1]
        low = to_display(np.array([b["npv_low"] for b in bars])) - base
        high = to_display(np.array([b["npv_high"] for b in bars])) - base
        for values, colour, name in ((low, "#90caf9", QCoreApplication.translate("Charts", "input at its low value")),
                                     (high, "#1565c0", QCoreApplication.translate("Charts", "input at its high value"))):
            item = pg.BarGraphItem(x0=np.full(len(bars), base), y=y, width=values, height=0.6, brush=colour, name=name)
            self.items.append(item)
            self.widget.addItem(item)
        line = pg.InfiniteLine(pos=base, angle=90, pen=pg.mkPen("#444", style=Qt.PenStyle.DashLine))
        self.items.append(line)
        self.widget.addItem(line)
        self.widget.getAxis("left").setTicks([[(int(v), labels.get(b["input"], b["input"])) for v, b in zip(y, bars)]])
        self.widget.enableAutoRange()
