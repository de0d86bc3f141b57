"""The map view: bundled basemap, markers, lanes, clicks and fitting."""

import json

import pytest
from PySide6 import QtCore

from kokapp.gui.map_view import MapView, basemap_path, project

SITES = [
    {"id": "TR-BUR", "name": "Bursa", "lat": 40.1956, "lon": 29.0601, "kind": "origin"},
    {"id": "RS-BEG", "name": "Belgrade", "lat": 44.804, "lon": 20.4651, "kind": "candidate"},
    {"id": "MA-TNG", "name": "Tangier", "lat": 35.7673, "lon": -5.7998, "kind": "candidate"},
    {"id": "GE-TBS", "name": "Tbilisi", "lat": 41.6914, "lon": 44.8341, "kind": "available"},
    {"id": "KZ-ALA", "name": "Almaty", "lat": 43.2525, "lon": 76.9115, "kind": "available"},
    {"id": "EG-SOK", "name": "Ain Sokhna", "lat": 29.9737, "lon": 32.5263, "kind": "available"},
]
MARKETS = [
    {"id": "DE", "name": "Germany", "lat": 50.1155, "lon": 8.6842},
    {"id": "GB", "name": "United Kingdom", "lat": 51.5085, "lon": -0.1257},
]


@pytest.fixture()
def view(qtbot):
    widget = MapView()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_basemap_covers_the_region():
    data = json.loads(basemap_path().read_text(encoding="utf-8"))
    assert "Natural Earth" in data["source"] and "public domain" in data["licence"]
    countries = data["countries"]
    assert len(countries) > 50
    names = {c["name"] for c in countries}
    assert names & {"Turkey", "Türkiye"}
    assert {"Germany", "Morocco", "Kazakhstan", "Egypt", "Georgia"} <= names
    for country in countries:
        assert country["rings"], country["name"]
        for ring in country["rings"]:
            assert len(ring) >= 4, country["name"]
            for lon, lat in ring:
                # Rings crossing the 180th meridian are unwrapped east, hence up to 200.
                assert -180 <= lon <= 200 and -90 <= lat <= 90, country["name"]


def test_basemap_is_small_enough_to_bundle():
    assert basemap_path().stat().st_size < 400_000


def test_places_and_lanes_give_the_expected_items(view):
    view.set_places(SITES, MARKETS)
    assert view.marker_counts() == {"origin": 1, "candidate": 2, "available": 3, "market": 2,
                                    "label": 5}
    lanes = [{"from_lat": 40.2, "from_lon": 29.1, "to_lat": m["lat"], "to_lon": m["lon"],
              "weight": w} for m, w in zip(MARKETS, (0.0, 1.0))]
    view.set_lanes(lanes)
    assert view.lane_count() == 2
    view.set_lanes(lanes[:1])
    assert view.lane_count() == 1
    # Replacing the places replaces the markers and labels too.
    view.set_places(SITES[:2], [])
    assert view.marker_counts() == {"origin": 1, "candidate": 1, "available": 0, "market": 0,
                                    "label": 2}


def test_new_places_reuse_the_labels_on_the_map(view):
    """Another project's places: the labels shown are the same items with new names, positions
    and weights (a study's 80 new labels took a tenth of a second to make); extra ones leave."""
    view.set_places(SITES, MARKETS)
    first = list(view._labels)
    swapped = [dict(SITES[1], kind="origin"), dict(SITES[0], kind="candidate")]
    view.set_places(swapped, MARKETS[:1])
    assert view._labels == first[:3] and first[3].scene() is None and first[4].scene() is None
    assert [label.textItem.toPlainText() for label in view._labels] == ["Belgrade", "Bursa", "Germany"]
    assert [label.textItem.font().bold() for label in view._labels] == [True, False, False]
    position = view._labels[1].pos()
    assert (position.x(), position.y()) == pytest.approx(project(SITES[0]["lon"], SITES[0]["lat"]))
    assert [label.gap for label in view._labels] == [12.0, 7.0, 7.0]


def test_lane_width_follows_weight(view):
    view.set_lanes([{"from_lat": 40, "from_lon": 29, "to_lat": 50, "to_lon": 8, "weight": w}
                    for w in (0.0, 0.5, 1.0, 7.0, 0.3)])
    assert view.lane_widths() == [1.0, 3.0, 5.0, 5.0, 2.0]
    # one curve per width, drawn in pairs of points; its pen is that width
    assert {w: c.opts["pen"].widthF() for w, c in view._lanes.items()} == {1.0: 1.0, 2.0: 2.0, 3.0: 3.0, 5.0: 5.0}
    assert view._lanes[5.0].opts["connect"] == "pairs" and len(view._lanes[5.0].getData()[0]) == 4


def test_lanes_update_in_place_after_an_edit(view):
    def lanes(weights):
        return [{"from_lat": 40, "from_lon": 29, "to_lat": 50 - i, "to_lon": 8, "weight": w}
                for i, w in enumerate(weights)]

    view.set_lanes(lanes([0.0, 1.0, 0.5]))
    first = dict(view._lanes)
    thin = first[1.0].getData()
    view.set_lanes(lanes([0.0, 1.0]))       # the 3-pixel lane gone, the others as they were
    assert view._lanes == {1.0: first[1.0], 5.0: first[5.0]} and first[3.0].scene() is None
    assert view.lane_count() == 2 and view.lane_widths() == [1.0, 5.0]
    assert all(a.tolist() == b.tolist() for a, b in zip(view._lanes[1.0].getData(), thin))
    view.set_lanes(lanes([0.0, 0.0, 0.0, 0.0]))
    assert view.lane_count() == 4 and list(view._lanes) == [1.0] and view._lanes[1.0] is first[1.0]
    assert first[5.0].scene() is None and len(view._lanes[1.0].getData()[0]) == 8


@pytest.mark.parametrize("site_id", ["RS-BEG", "KZ-ALA"])
def test_clicking_a_site_emits_its_id(view, qtbot, site_id):
    view.set_places(SITES, MARKETS)
    view.fit_to_places()
    qtbot.wait(10)
    site = next(s for s in SITES if s["id"] == site_id)
    scene_pos = view.getViewBox().mapViewToScene(QtCore.QPointF(*project(site["lon"], site["lat"])))
    with qtbot.waitSignal(view.siteClicked, timeout=1000) as blocker:
        qtbot.mouseClick(view.viewport(), QtCore.Qt.MouseButton.LeftButton,
                         pos=view.mapFromScene(scene_pos))
    assert blocker.args == [site_id]


def test_clicking_a_market_emits_nothing(view, qtbot):
    view.set_places(SITES, MARKETS)
    view.fit_to_places()
    qtbot.wait(10)
    market = MARKETS[0]
    scene_pos = view.getViewBox().mapViewToScene(
        QtCore.QPointF(*project(market["lon"], market["lat"])))
    with qtbot.assertNotEmitted(view.siteClicked):
        qtbot.mouseClick(view.viewport(), QtCore.Qt.MouseButton.LeftButton,
                         pos=view.mapFromScene(scene_pos))


def test_fit_to_places_shows_every_place(view, qtbot):
    view.set_places(SITES, MARKETS)
    view.fit_to_places()
    qtbot.wait(10)
    (x0, x1), (y0, y1) = view.viewRange()
    for place in SITES + MARKETS:
        x, y = project(place["lon"], place["lat"])
        assert x0 < x < x1 and y0 < y < y1, place["name"]
    # Zoomed to the places, not left at the whole region.
    view.set_places(SITES[:2], [])
    view.fit_to_places()
    qtbot.wait(10)
    (x0, x1), _ = view.viewRange()
    assert x1 - x0 < project(40, 0)[0]


def test_overlapping_labels_are_thinned_out(view, qtbot):
    crowded = [{"id": f"M{i}", "name": f"Market {i}", "lat": 50.0 + 0.01 * i, "lon": 8.0}
               for i in range(5)]
    view.set_places(SITES[:1], crowded)
    view.declutter_labels()
    visible = [label for label in view._labels if label.isVisible()]
    assert visible[0] is view._labels[0]  # the origin label always wins
    assert len(visible) < len(view._labels)


def test_labels_move_aside_before_they_are_hidden(view, qtbot):
    """Two places side by side: the second label goes to another side of its marker instead of
    disappearing, and no shown label covers another label or another labelled marker."""
    pair = [{"id": "A", "name": "Sofia", "lat": 42.70, "lon": 23.32},
            {"id": "B", "name": "Plovdiv", "lat": 42.70, "lon": 25.2}]
    view.set_places(SITES[:1], pair)
    view.setRange(xRange=(project(20, 0)[0], project(30, 0)[0]), yRange=(38, 46), padding=0)
    qtbot.wait(10)
    view.declutter_labels()
    assert all(label.isVisible() for label in view._labels)
    rects = view.visible_label_rects()
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    box = view.getViewBox()
    for i, label in enumerate(view._labels):
        for j, other in enumerate(view._labels):
            if i != j:
                marker = box.mapViewToScene(other.pos())
                assert not label.sceneBoundingRect().contains(marker), (label.toPlainText(), other.toPlainText())


def test_demo_map_labels_do_not_overlap(window, qtbot):
    """On the demo project as the window shows it, the labels shown never overlap."""
    qtbot.wait(20)
    map_view = window.project_panel.map
    map_view.declutter_labels()
    rects = map_view.visible_label_rects()
    assert len(rects) >= 5
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])


def test_labels_hidden_when_zoomed_out_come_back_when_zoomed_in(view, qtbot):
    """A hidden label is measured afresh (pyqtgraph leaves a hidden label's transform as it was):
    zoomed out, crowded labels hide; zoomed in again, they come back and still never overlap."""
    places = [{"id": f"M{i}", "name": f"Market {i}", "lat": 45.0 + 0.4 * (i % 4), "lon": 15.0 + 0.6 * (i // 4)}
              for i in range(12)]
    view.set_places(SITES[:1], places)
    view.setRange(xRange=(project(-40, 0)[0], project(80, 0)[0]), yRange=(0, 70), padding=0)
    qtbot.wait(10)
    view.declutter_labels()
    hidden = sum(not label.isVisible() for label in view._labels)
    view.setRange(xRange=(project(14, 0)[0], project(18, 0)[0]), yRange=(44, 47), padding=0)
    qtbot.wait(10)
    view.declutter_labels()
    rects = view.visible_label_rects()
    assert hidden > 3 and len(rects) == len(places)          # every market's (Bursa is off the map now)
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])


def test_labels_stay_on_the_map(view, qtbot):
    """A place at the map's edge gets its label on the inner side, or none."""
    west = [{"id": "MA", "name": "Tangier (Morocco)", "lat": 35.77, "lon": -5.80}]
    view.set_places(SITES[:1], west)
    view.setRange(xRange=(project(-6.5, 0)[0], project(40, 0)[0]), yRange=(30, 50), padding=0)
    qtbot.wait(10)
    view.declutter_labels()
    inside = view.getViewBox().sceneBoundingRect()
    assert all(inside.contains(rect) for rect in view.visible_label_rects())
    assert view._labels[1].isVisible()      # room on the right of the marker


def test_a_large_study_names_the_first_places_only_and_keeps_every_marker(view, qtbot):
    """400 candidates and 200 markets: every marker is drawn, the origin and the first places in
    order are named, no more than MAX_LABELS (hundreds of names would cover the map)."""
    from kokapp.gui.map_view import MAX_LABELS

    sites = [SITES[0]] + [{"id": f"C{i}", "name": f"Site {i}", "lat": 35 + i % 20, "lon": 10 + i % 30,
                           "kind": "candidate"} for i in range(400)]
    markets = [{"id": f"M{i}", "name": f"Market {i}", "lat": 30 + i % 25, "lon": -5 + i % 40} for i in range(200)]
    view.set_places(sites, markets)
    qtbot.waitUntil(lambda: view.marker_counts()["label"] == MAX_LABELS, timeout=5000)   # a batch per event
    counts = view.marker_counts()
    assert counts["candidate"] == 400 and counts["market"] == 200 and counts["label"] == MAX_LABELS
    names = [label.textItem.toPlainText() for label in view._labels]
    assert names[0] == "Bursa" and names[1:3] == ["Site 0", "Site 1"]
    view.declutter_labels()
    assert view._labels[0].isVisible()


def test_a_large_study_gets_its_labels_a_batch_per_event(view, qtbot):
    """Making 80 labels at once held the window about 50 ms: the markers come at once, the labels
    LABEL_BATCH per event, then they are decluttered; places replaced meanwhile win."""
    from kokapp.gui.map_view import LABEL_BATCH, MAX_LABELS

    sites = [{"id": f"C{i}", "name": f"Aday {i}", "lat": 30 + i % 30, "lon": -10 + i, "kind": "candidate"}
             for i in range(120)]
    view.set_places(sites, MARKETS)
    assert view.marker_counts()["candidate"] == 120 and view.marker_counts()["label"] == LABEL_BATCH
    qtbot.waitUntil(lambda: view.marker_counts()["label"] == MAX_LABELS, timeout=5000)
    qtbot.waitUntil(lambda: not view._declutter_timer.isActive(), timeout=5000)
    assert [label.textItem.toPlainText() for label in view._labels] == [f"Aday {i}" for i in range(MAX_LABELS)]
    assert 0 < len(view.visible_label_rects()) < MAX_LABELS           # decluttered: overlapping ones hidden

    view.set_places(sites[:3], [])                                    # another, smaller study
    assert view.marker_counts()["label"] == 3
    view.set_places(sites[:100], [])
    view.set_places(SITES, MARKETS)                                   # replaced before the batches ran
    qtbot.wait(50)
    assert [label.textItem.toPlainText() for label in view._labels] == ["Bursa", "Belgrade", "Tangier", "Germany",
                                                                       "United Kingdom"]
