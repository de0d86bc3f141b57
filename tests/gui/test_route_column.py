"""The detail tab names the route each lane is priced on: the route line of the row's chosen mode,
its customs borders, and a tooltip with countries, transit regime, ferries, warnings and checks."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt

from kokapp.core.lane_routes import LaneRoutes
from kokapp.gui.route_words import RouteWords

TIP = Qt.ItemDataRole.ToolTipRole


def show_detail(qtbot, window, location: str):
    panel = window.results_panel
    panel.tabs.setCurrentWidget(panel.detail_tab)
    combo = panel.detail_location
    index = combo.findData(location)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)         # as a user picks it
    qtbot.waitUntil(lambda: panel.detail_model.location == location and panel.detail_model.rowCount() > 0)
    model = panel.detail_model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    words = (QCoreApplication.translate("DetailModel", "Route"),
             QCoreApplication.translate("DetailModel", "Customs\nborders"))   # in the window's language
    return model, headers.index(words[0]), headers.index(words[1])


def rows_of(model, market_name: str, mode_name: str) -> list[dict]:
    return [r for r in model.rows if r["text"][0] == market_name and r["text"][2] == mode_name]


def test_route_column_shows_the_priced_route_and_its_countries(qtbot, window):
    model, route, customs = show_detail(qtbot, window, "RS-BEG")
    names = window.names()
    germany = rows_of(model, names["DE"], "Truck")[0]
    text = model.data(model.index(model.rows.index(germany), route))
    assert text.startswith("Belgrade → ") and text.endswith(" → Frankfurt am Main")
    # the same route the core priced, crossing by crossing
    routes = LaneRoutes(window.engine, window.doc.project)
    summary = routes.summary("RS-BEG", "DE", "road_ftl")
    assert text == routes.line(summary, "en") and "→" in text
    assert germany["text"][customs] == str(summary.customs_borders) == "1"
    tip = model.data(model.index(model.rows.index(germany), route), TIP)
    countries = " → ".join(names[c] for c in summary.countries)
    assert countries.startswith("Serbia → ") and countries.endswith(" → Germany")
    assert f"Countries: {countries}" in tip
    assert "Customs borders: 1" in tip and "common transit (NCTS): one transit declaration" in tip
    # Iraq by sea leaves the customs union area: three customs borders under a TIR carnet
    iraq = rows_of(model, names["IQ"], "Container ship")[0]
    assert iraq["text"][customs] == "3" and "→ Umm Qasr → Baghdad" in iraq["text"][route]
    assert "TIR carnet" in iraq[TIP][route]


def test_tooltip_names_ferries_and_border_warnings(qtbot, window):
    """Tangier to Germany by truck: the Strait of Gibraltar ferry, and the restricted Spain–Morocco
    border (closed_borders.csv) with its note."""
    project = window.doc.project
    words = RouteWords(LaneRoutes(window.engine, project), window.names())
    text, customs, tip = words.cell("MA-TNG", "DE", "road_ftl")
    assert text.startswith("Tangier") and "Tanger Med → Algeciras" in text
    assert "Ferry: Tanger Med – Algeciras (AML, Baleària, FRS, Trasmed and others)" in tip
    assert "Spain – Morocco restricted since 2025-01: Commercial customs at Ceuta and Melilla" in tip
    assert "Morocco → Spain" in tip


def test_air_missing_routes_and_unlisted_crossings_in_words(qtbot, window):
    project = replace(window.doc.project, markets=["AE", "DE"])
    words = RouteWords(LaneRoutes(window.engine, project), window.names())
    assert words.cell("TR-BUR", "DE", "air")[0] == "airport to airport"
    text, customs, tip = words.cell("RS-BEG", "DE", "roro")
    assert text == "no route: no Ro-Ro line serves this lane" and customs == "–"
    # Bursa to the Emirates by road crosses a post no curated list names
    _, _, tip = words.cell("TR-BUR", "AE", "road_ftl")
    assert "crossing not in Kök's list of truck customs posts: check with your forwarder" in tip
    assert words.reason("only land route crosses a closed border (AM-TR)") == \
        "only land route crosses a closed border (Armenia – Türkiye)"
    assert words.reason("no land connection: sea or air only") == "no land connection: sea or air only"


def test_a_scenario_detour_is_named_in_the_tooltip(qtbot, window):
    from kokapp.core.routes import RouteScenario

    project = replace(window.doc.project, route_scenario=RouteScenario("TR-BG-KAPIKULE"))
    words = RouteWords(LaneRoutes(window.engine, project), window.names())
    text, customs, tip = words.cell("RS-BEG", "IQ", "road_ftl")
    assert "Kapıkule" not in text and text.endswith("Habur – Ibrahim Khalil → Baghdad")
    assert "Rerouted round the closed crossing Kapıkule – Kapitan Andreevo" in tip


def test_route_line_follows_the_interface_language(qtbot, window):
    window.apply_language("tr")
    qtbot.waitUntil(lambda: window.results_panel.comparison is not None)
    model, route, _ = show_detail(qtbot, window, "RS-BEG")
    names = window.names()
    germany = next(r for r in model.rows if r["text"][0] == names["DE"])
    assert germany["text"][route].startswith("Belgrad → ")       # Turkish place names
    assert "Sırbistan → " in germany[TIP][route]
    window.apply_language("en")
