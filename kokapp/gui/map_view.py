"""An offline map of the nearshoring region: country outlines, sites, markets and lanes.

The basemap is Natural Earth (public domain) as written by ``tools/build_basemap.py``. The
projection is equirectangular with x scaled by cos(40°), so that shapes look right around
Türkiye's latitude; one QGraphicsPathItem draws every country, which keeps panning smooth.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from kokapp.gui.background import window_busy
from kokapp.paths import resources_dir

X_SCALE = math.cos(math.radians(40.0))
# Default view (lon_min, lon_max, lat_min, lat_max): Europe, North Africa, Middle East, Central Asia.
DEFAULT_VIEW = (-15.0, 80.0, 18.0, 66.0)
MAX_LABELS = 80          # names placed on the map at most (origin, candidates, then markets)
LABEL_BATCH = 16         # new labels made per event (80 at once held the window about 50 ms)
SEA = "#e8f1f8"
LAND = (222, 222, 218)
BORDER = (150, 150, 145)
ORIGIN = (205, 30, 40)
CANDIDATE = (30, 100, 200)
AVAILABLE = (140, 140, 140)
MARKET = (30, 150, 70)
LANE = (90, 70, 160, 110)
LABEL = (40, 40, 40)
LABEL_FILL = (255, 255, 255, 150)


def project(lon: float, lat: float) -> tuple[float, float]:
    """Map lon/lat in degrees to scene coordinates."""
    return lon * X_SCALE, lat


def basemap_path() -> Path:
    return resources_dir() / "map" / "countries.json"


def load_rings(path: Path) -> list[list[list[float]]]:
    """All country rings in the basemap file, as lists of [lon, lat]."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [ring for country in data["countries"] for ring in country["rings"]]


def basemap_item(path: Path) -> QtWidgets.QGraphicsPathItem:
    """One path item for the whole basemap: filled land, thin cosmetic borders."""
    painter_path = QtGui.QPainterPath()
    for ring in load_rings(path):
        polygon = QtGui.QPolygonF([QtCore.QPointF(*project(lon, lat)) for lon, lat in ring])
        painter_path.addPolygon(polygon)
        painter_path.closeSubpath()
    item = QtWidgets.QGraphicsPathItem(painter_path)
    pen = QtGui.QPen(QtGui.QColor(*BORDER))
    pen.setCosmetic(True)
    pen.setWidthF(0.7)
    item.setPen(pen)
    item.setBrush(QtGui.QColor(*LAND))
    item.setZValue(-10)
    return item


class MapView(pg.PlotWidget):
    """Map of the origin, candidate and available sites, target markets and trade lanes."""

    siteClicked = QtCore.Signal(str)

    def __init__(self, parent: QtWidgets.QWidget | None = None,
                 basemap: Path | None = None) -> None:
        super().__init__(parent=parent, background=SEA)
        item = self.getPlotItem()
        item.hideAxis("left")
        item.hideAxis("bottom")
        item.hideButtons()
        item.setMenuEnabled(False)
        self.setAspectLocked(True)
        self.addItem(basemap_item(basemap or basemap_path()))
        self._names: dict[str, str] = {}
        tip = self._tooltip
        self._available = pg.ScatterPlotItem(
            symbol="o", size=7, pen=pg.mkPen(AVAILABLE, width=1.2), brush=None,
            hoverable=True, tip=tip)
        self._candidates = pg.ScatterPlotItem(
            symbol="o", size=11, pen=pg.mkPen("w", width=1.2), brush=pg.mkBrush(CANDIDATE),
            hoverable=True, tip=tip)
        self._markets = pg.ScatterPlotItem(
            symbol="s", size=9, pen=pg.mkPen("w", width=1), brush=pg.mkBrush(MARKET),
            hoverable=True, tip=tip)
        self._origin = pg.ScatterPlotItem(
            symbol="star", size=24, pen=pg.mkPen("w", width=1), brush=pg.mkBrush(ORIGIN),
            hoverable=True, tip=tip)
        for z, scatter in enumerate((self._available, self._markets, self._candidates,
                                     self._origin)):
            scatter.setZValue(10 + z)
            self.addItem(scatter)
        self._available.sigClicked.connect(self._on_site_clicked)
        self._candidates.sigClicked.connect(self._on_site_clicked)
        self._labels: list[pg.TextItem] = []
        self._lanes: dict[float, pg.PlotCurveItem] = {}      # width -> the curve of the lanes that wide
        self._lane_groups: dict[float, list[tuple]] = {}
        self._lane_specs: list[tuple] = []
        self._extent: list[tuple[float, float]] = []
        # Labels that would overlap a more important one are hidden; redone after each zoom.
        self._declutter_timer = QtCore.QTimer(self, singleShot=True, interval=0)
        self._declutter_timer.timeout.connect(self.declutter_labels)
        self._named: list[tuple[dict, bool]] = []             # the places to label, in order
        self._label_timer = QtCore.QTimer(self, singleShot=True, interval=0)
        self._label_timer.timeout.connect(self._add_labels)
        self.getViewBox().sigTransformChanged.connect(self._declutter_timer.start)
        lon_min, lon_max, lat_min, lat_max = DEFAULT_VIEW
        self.setRange(xRange=(lon_min * X_SCALE, lon_max * X_SCALE),
                      yRange=(lat_min, lat_max), padding=0)

    # Places -----------------------------------------------------------------------------

    def set_places(self, sites: list[dict], markets: list[dict]) -> None:
        """Show sites (kind "origin", "candidate" or "available") and markets, replacing
        what was shown before. Only the origin, candidates and markets get a label, the first
        MAX_LABELS of them (a large study's hundreds of names would cover the map; every marker
        keeps its name as a tooltip); where labels collide, the earlier one in that order wins,
        so pass markets biggest first. The labels already on the map are reused (making 80 new
        ones took a tenth of a second), and new ones are made a batch per event."""
        self._names = {str(p["id"]): str(p["name"]) for p in [*sites, *markets]}
        layers = [("origin", self._origin), ("candidate", self._candidates),
                  ("available", self._available), ("market", self._markets)]
        named: list[tuple[dict, bool]] = []
        for kind, scatter in layers:
            places = markets if kind == "market" else [s for s in sites if s["kind"] == kind]
            scatter.setData(spots=[{"pos": project(p["lon"], p["lat"]), "data": str(p["id"])}
                                   for p in places])
            if kind != "available":
                named += [(place, kind == "origin") for place in places[:max(0, MAX_LABELS - len(named))]]
        for label in self._labels[len(named):]:
            self.removeItem(label)
        del self._labels[len(named):]
        for label, (place, bold) in zip(self._labels, named):
            self._set_label(label, place, bold)
        self._named = named
        self._extent = [project(p["lon"], p["lat"]) for p in [*sites, *markets]]
        self._add_labels()

    def _add_labels(self) -> None:
        """The labels still missing, LABEL_BATCH per event (the rest on the next), then the
        decluttering; the markers and their tooltips are all there from the start."""
        window_busy(0.02)                         # workers pause while the labels are made and drawn
        for place, bold in self._named[len(self._labels):len(self._labels) + LABEL_BATCH]:
            label = pg.TextItem("", color=LABEL, fill=pg.mkBrush(LABEL_FILL))
            label.setFont(self._label_font(bold))
            label.setZValue(5)  # above lanes, below markers
            label.setVisible(False)   # until the decluttering has found it a free side
            self.addItem(label)
            self._labels.append(label)
            self._set_label(label, place, bold)
        if len(self._labels) < len(self._named):
            self._label_timer.start()
        else:
            self._label_timer.stop()
            self._declutter_timer.start()

    def _set_label(self, label: pg.TextItem, place: dict, bold: bool) -> None:
        if label.textItem.toPlainText() != str(place["name"]):
            label.setText(str(place["name"]))
        if label.textItem.font().bold() != bold:
            label.setFont(self._label_font(bold))
        label.gap = 12.0 if bold else 7.0     # pixels between the marker and its label
        label.setPos(*project(place["lon"], place["lat"]))

    def _label_font(self, bold: bool) -> QtGui.QFont:
        font = QtGui.QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        font.setBold(bold)
        return font

    def _anchors(self, label: pg.TextItem) -> list[tuple[float, float]]:
        """Right of the marker first, then left, above and below (anchors are fractions of
        the text size; the gap stays a fixed number of pixels)."""
        rect = label.textItem.boundingRect()
        gx, gy = label.gap / max(1.0, rect.width()), label.gap / max(1.0, rect.height())
        return [(-gx, 0.5), (1 + gx, 0.5), (0.5, 1 + gy), (0.5, -gy)]

    def declutter_labels(self) -> None:
        """Place labels in order of importance (origin, candidates, markets): each takes the
        first side of its marker (right, left, above, below) where it stays on the map and overlaps
        no label already placed and no other marker; a label with no free side is hidden (its name stays the
        marker's tooltip)."""
        window_busy(0.05)                         # on a timer: workers pause while the labels move
        box = self.getViewBox()
        inside = box.sceneBoundingRect()          # a label cut by the map's edge is no label
        radius = 6.0
        markers, shown = _Grid(), _Grid()          # rectangles by grid cell: a study's hundreds of labels stay quick
        for i, label in enumerate(self._labels):
            m = box.mapViewToScene(label.pos())
            markers.add(QtCore.QRectF(m.x() - radius, m.y() - radius, 2 * radius, 2 * radius), i)
        for i, label in enumerate(self._labels):
            anchors = self._anchors(label)
            label.setVisible(True)                # a hidden label keeps its old transform (pyqtgraph)
            label.updateTransform(force=True)
            now, ax, ay = label.sceneBoundingRect(), label.anchor.x(), label.anchor.y()
            # each side's rectangle from the one shown: moving the anchor shifts the text by that
            # fraction of its size (moving the label to try each side took 0.2 s at 80 labels)
            for anchor in anchors:
                rect = now.translated((ax - anchor[0]) * now.width(), (ay - anchor[1]) * now.height())
                if inside.contains(rect) and not shown.hits(rect) and not markers.hits(rect, besides=i):
                    shown.add(rect, i)
                    break
            else:
                anchor = None                 # no free side: hidden, on its first side
            if tuple(anchor or anchors[0]) != (ax, ay):
                label.setAnchor(anchor or anchors[0])
                label.updateTransform(force=True)
            label.setVisible(anchor is not None)

    def visible_label_rects(self) -> list[QtCore.QRectF]:
        return [label.sceneBoundingRect() for label in self._labels if label.isVisible()]

    def marker_counts(self) -> dict[str, int]:
        """How many markers of each kind are shown (also handy in tests)."""
        return {"origin": len(self._origin.data), "candidate": len(self._candidates.data),
                "available": len(self._available.data), "market": len(self._markets.data),
                "label": len(self._labels)}

    def _tooltip(self, x: float, y: float, data: object) -> str:
        return self._names.get(str(data), str(data))

    def _on_site_clicked(self, _item: pg.ScatterPlotItem, points: list, _event: object) -> None:
        if len(points):
            self.siteClicked.emit(str(points[0].data()))

    # Lanes ------------------------------------------------------------------------------

    def set_lanes(self, lanes: list[dict]) -> None:
        """Draw straight lanes, 1 to 5 px wide for weight 0 to 1 (in half pixels), replacing earlier
        lanes. The lanes of one width are one curve drawn in pairs of points: a study's 200 lanes
        are a handful of items (one item each took 30 ms to add), and an edit redraws only the
        widths whose lanes changed."""
        specs = []
        for lane in lanes:
            weight = min(1.0, max(0.0, float(lane.get("weight", 0.0))))
            x0, y0 = project(lane["from_lon"], lane["from_lat"])
            x1, y1 = project(lane["to_lon"], lane["to_lat"])
            specs.append((x0, y0, x1, y1, round(2 * (1 + 4 * weight)) / 2))
        groups: dict[float, list[tuple]] = {}
        for *line, width in specs:
            groups.setdefault(width, []).append(tuple(line))
        for width in [w for w in self._lanes if w not in groups]:
            self.removeItem(self._lanes.pop(width))
        for width, lines in groups.items():
            if self._lane_groups.get(width) == lines:
                continue
            xs = [x for x0, _, x1, _ in lines for x in (x0, x1)]
            ys = [y for _, y0, _, y1 in lines for y in (y0, y1)]
            curve = self._lanes.get(width)
            if curve is None:
                curve = self._lanes[width] = pg.PlotCurveItem(pen=pg.mkPen(LANE, width=width))
                curve.setZValue(0)
                self.addItem(curve)
            curve.setData(xs, ys, connect="pairs")
        self._lane_groups, self._lane_specs = groups, specs

    def lane_count(self) -> int:
        return len(self._lane_specs)

    def lane_widths(self) -> list[float]:
        """Each lane's width in pixels, in the order given."""
        return [spec[4] for spec in self._lane_specs]

    # View -------------------------------------------------------------------------------

    def fit_to_places(self) -> None:
        """Zoom to the places shown, with a 10% margin (at least one degree)."""
        if not self._extent:
            return
        xs = [x for x, _ in self._extent]
        ys = [y for _, y in self._extent]
        dx = max(0.1 * (max(xs) - min(xs)), 1.0)
        dy = max(0.1 * (max(ys) - min(ys)), 1.0)
        self.setRange(xRange=(min(xs) - dx, max(xs) + dx),
                      yRange=(min(ys) - dy, max(ys) + dy), padding=0)


class _Grid:
    """Rectangles filed by the grid cells they cover, so an overlap test looks only nearby."""

    CELL = 64.0     # pixels: about a label's length

    def __init__(self):
        self.cells: dict[tuple[int, int], list[tuple[QtCore.QRectF, int]]] = {}

    def _cells(self, rect: QtCore.QRectF):
        c = self.CELL
        for x in range(int(rect.left() // c), int(rect.right() // c) + 1):
            for y in range(int(rect.top() // c), int(rect.bottom() // c) + 1):
                yield x, y

    def add(self, rect: QtCore.QRectF, key: int) -> None:
        for cell in self._cells(rect):
            self.cells.setdefault(cell, []).append((rect, key))

    def hits(self, rect: QtCore.QRectF, besides: int | None = None) -> bool:
        return any(key != besides and rect.intersects(other)
                   for cell in self._cells(rect) for other, key in self.cells.get(cell, ()))
