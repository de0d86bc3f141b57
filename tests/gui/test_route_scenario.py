"""The route scenario row: closing a border crossing or a sea passage is an undoable project edit
that prices every lane again on its detour, and the row says what it costs."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from kokapp.core.lane_routes import scenario_effect
from kokapp.core.routes import RouteScenario
from kokapp.gui.numbers import format_money, format_number


def choose(combo, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)          # what a user's pick in the popup sends


def plain(label) -> str:
    """The label's words as a reader sees them (the change is kept on one line by a no-break space
    and a word joiner after its sign)."""
    return label.text().replace("\u2060", "").replace("\u00a0", " ")


def logistics(window, location: str) -> float:
    return window.controller.comparison.criterion(location, "logistics_cost")


def ranking_text(window, location: str, column: int) -> str:
    panel = window.results_panel
    panel.tabs.setCurrentWidget(panel.scores_tab)     # where the user reads it
    model = panel.ranking_model
    return next(r["text"][column] for r in model.rows if r[Qt.ItemDataRole.UserRole + 1] == location)


def test_closing_kapikule_prices_the_detour_and_undo_restores_it(qtbot, window):
    # the demo's Balkan candidates, whose Iraqi trucks cross Türkiye, so the leader feels a closure
    balkan = [c for c in window.doc.project.candidates if c[:2] in ("RS", "BG", "MK")]
    window.doc.set_candidates(balkan)
    qtbot.waitUntil(lambda: set(window.controller.comparison.locations) == {window.doc.project.origin_site, *balkan})
    window.doc.undo_stack.clear()
    bar = window.results_panel.route_bar
    assert bar.crossing.currentText() == "Border crossings: all open"
    assert bar.crossing.count() == 1 + len(bar.book.scenario_crossings) == 13
    assert bar.sea.currentText() == "Sea: Suez and Bab-el-Mandeb open" and not bar.effect_label.isVisible()
    before = logistics(window, "TR-BUR")
    shown_before = ranking_text(window, "TR-BUR", 3)

    assert bar.crossing.itemText(bar.crossing.findData("TR-BG-KAPIKULE")) == "Kapıkule – Kapitan Andreevo closed"
    choose(bar.crossing, "TR-BG-KAPIKULE")
    assert window.doc.project.route_scenario == RouteScenario("TR-BG-KAPIKULE", "")
    qtbot.waitUntil(lambda: logistics(window, "TR-BUR") != before)
    closed = window.engine.compare(window.doc.project).criterion("TR-BUR", "logistics_cost")
    assert logistics(window, "TR-BUR") == closed > before          # the detour costs Bursa more
    assert ranking_text(window, "TR-BUR", 3) == format_money(closed) != shown_before
    assert window.isWindowModified()

    # the line beside it: the leader's extra cost against all routes open
    qtbot.waitUntil(lambda: bar.effect_label.isVisible())
    effect = scenario_effect(window.engine, window.doc.project)
    leader = window.controller.comparison.leader
    change = effect.change(leader)
    assert change > 0
    text = plain(bar.effect_label)
    assert text.startswith("Kapıkule – Kapitan Andreevo closed: " + window.names()[leader])
    assert f"+{format_money(change)} a year (+" in text and text.endswith("vs all routes open")
    assert "Bursa" in bar.effect_label.toolTip()

    # the detail of a lane that used Kapıkule names its detour
    panel = window.results_panel
    panel.tabs.setCurrentWidget(panel.detail_tab)
    panel._select("RS-BEG")
    iraq_road = [r for r in panel.detail_model.rows if r["text"][0] == window.names()["IQ"] and r["text"][2] == "Truck"]
    route = panel.detail_model.ROUTE_COLUMN
    assert iraq_road and all("Kapıkule" not in r["text"][route] for r in iraq_road)
    assert "Rerouted round the closed crossing Kapıkule – Kapitan Andreevo" in iraq_road[0][Qt.ItemDataRole.ToolTipRole][route]

    # Ctrl+Z, typed on the window: every route open again, the figures and the combo back
    window.activateWindow()
    panel.ranking_view.setFocus()
    qtbot.keyClick(panel.ranking_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.project.route_scenario == RouteScenario()
    qtbot.waitUntil(lambda: logistics(window, "TR-BUR") == before)
    assert bar.crossing.currentText() == "Border crossings: all open"
    assert not bar.effect_label.isVisible()
    assert ranking_text(window, "TR-BUR", 3) == shown_before
    window.redo_action.trigger()
    assert bar.crossing.currentData() == "TR-BG-KAPIKULE"
    qtbot.waitUntil(lambda: logistics(window, "TR-BUR") == closed)


def test_bab_el_mandeb_closed_sends_gulf_containers_round_the_cape(qtbot, window):
    """Belgrade to Iraq (Umm Qasr, in the Gulf) by container: the Red Sea route, then round Africa."""
    panel, bar = window.results_panel, window.results_panel.route_bar
    panel.tabs.setCurrentWidget(panel.detail_tab)
    panel._select("RS-BEG")
    iraq = window.names()["IQ"]

    def gulf_sea_km() -> list[str]:
        return [r["text"][5] for r in panel.detail_model.rows if r["text"][0] == iraq and r["text"][2] == "Container ship"]

    open_km = gulf_sea_km()
    full = window.engine.compare(replace(window.doc.project, route_scenario=RouteScenario("", "bab_el_mandeb")))
    expected = [format_number(r["distance_km"], 0) for r in full.lane_rows(["market", "mode", "distance_km"], "RS-BEG")
                if r["market"] == "IQ" and r["mode"] == "sea_container"]
    assert open_km and expected

    choose(bar.sea, "bab_el_mandeb")
    assert bar.sea.currentText() == "Bab-el-Mandeb closed (Red Sea crisis: round the Cape)"
    assert window.doc.project.route_scenario.sea_closure == "bab_el_mandeb"
    qtbot.waitUntil(lambda: gulf_sea_km() == expected)
    km = lambda text: float(text.replace(",", ""))       # noqa: E731  (English UI: 23,566)
    assert km(expected[0]) - km(open_km[0]) > 10_000     # round the Cape of Good Hope
    qtbot.waitUntil(lambda: bar.effect_label.isVisible())
    assert plain(bar.effect_label).startswith("Bab-el-Mandeb closed: ")

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: gulf_sea_km() == open_km)
    assert bar.sea.currentData() == "" and window.doc.project.route_scenario == RouteScenario()


def test_combos_follow_the_project_through_open_and_new(qtbot, window, tmp_path):
    bar = window.results_panel.route_bar
    choose(bar.crossing, "TR-GE-TURKGOZU")
    choose(bar.sea, "suez")
    assert window.doc.project.route_scenario == RouteScenario("TR-GE-TURKGOZU", "suez")
    assert window.doc.undo_stack.count() == 2
    path = tmp_path / "senaryo.kok"
    assert window.save_to(path)
    window.new_project()
    assert bar.crossing.currentData() == "" and bar.sea.currentData() == ""
    assert not bar.effect_label.isVisible()
    assert window.open_path(path)
    assert bar.crossing.currentText() == "Türkgözü – Vale closed" and bar.sea.currentText() == "Suez Canal closed"
    qtbot.waitUntil(lambda: bar.effect_label.isVisible())
    assert plain(bar.effect_label).startswith("Türkgözü – Vale closed, Suez Canal closed: ")
