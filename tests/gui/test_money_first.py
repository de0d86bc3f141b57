"""Money first, driven as a user would: the verdict and the money table, weight presets, pairwise
comparison, knock-out thresholds, the scoring method, and the markets a sales office serves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kokapp.core.ahp import PRESETS
from kokapp.core.project import Override
from tests.gui.waiting import evaluated


def ready(qtbot, window):
    panel = window.results_panel
    qtbot.waitUntil(lambda: panel.money_tab.done, timeout=10_000)
    return panel


def test_the_money_table_shows_landed_costs_against_bursa_and_why_a_set_up_is_missing(qtbot, window):
    panel = ready(qtbot, window)
    model = panel.money_tab.model
    rows = {model.rows[r]["text"][0]: model.rows[r]["text"] for r in range(model.rowCount())}
    bursa = next(t for name, t in rows.items() if "Türkiye baseline" in name)
    assert bursa[4] == "" and bursa[6] == ""                          # the baseline is the yardstick
    tangier = next(t for name, t in rows.items() if name.startswith("Tangier"))
    assert tangier[4].startswith("-") and tangier[6] == "Assembly line" and tangier[7].startswith("-")
    tbilisi = next(r for r in range(model.rowCount()) if model.rows[r]["text"][0].startswith("Tbilisi"))
    assert model.rows[tbilisi]["text"][6] == "not evaluated"
    tip = model.data(model.index(tbilisi, 6), Qt.ItemDataRole.ToolTipRole)
    assert "No statutory minimum wage is bundled for Georgia" in tip
    assert [r.location for r in panel.money_tab.model.view.rows][0] == "TR-BUR"


def test_entering_the_missing_wage_lets_the_set_up_be_costed(qtbot, window):
    panel = ready(qtbot, window)
    assert panel.money_tab.model.view.row("GE-TBS").best_setup is None
    window.doc.set_overrides(window.doc.project.overrides + [Override("wage/GE", 300.0, "my figure")])
    qtbot.waitUntil(lambda: panel.money_tab.done and panel.money_tab.model.view.row("GE-TBS").best_setup is not None,
                    timeout=10_000)
    assert panel.status.text().startswith("Keep exporting from Bursa")


def test_a_preset_sets_every_weight_and_undo_restores_them(qtbot, window):
    panel = ready(qtbot, window)
    panel.tabs.setCurrentWidget(panel.scores_tab)
    combo = panel.weights.preset
    before = dict(window.doc.project.weights)
    index = combo.findData("speed_first")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert window.doc.project.weights == PRESETS["speed_first"] and window.doc.project.weight_preset == "speed_first"
    qtbot.waitUntil(lambda: panel.ranking_model.comparison.project.weights == PRESETS["speed_first"])
    window.undo_action.trigger()
    assert window.doc.project.weights == before and window.doc.project.weight_preset == ""
    assert combo.currentData() == ""


def test_moving_a_slider_leaves_the_preset(qtbot, window):
    panel = ready(qtbot, window)
    combo = panel.weights.preset
    combo.activated.emit(combo.findData("cost_first"))
    panel.sliders["lpi"].setValue(80)
    assert window.doc.project.weight_preset == "" and combo.currentData() == ""


def test_a_transit_threshold_excludes_slow_locations_with_the_reason(qtbot, window):
    panel = ready(qtbot, window)
    panel.tabs.setCurrentIndex(1)
    edit = panel.weights.knockouts["max_transit_days"]
    qtbot.keyClicks(edit, "12")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.doc.project.ranking.max_transit_days == 12.0
    qtbot.waitUntil(lambda: panel.comparison.ranked["excluded"].any())       # re-ranked on the next turn
    ranked = list(panel.comparison.ranked["location"])
    excluded = dict(zip(ranked, panel.comparison.ranked["excluded"]))
    assert excluded["EG-ALY"] and excluded["GE-TBS"] and not excluded["RS-BEG"]
    assert ranked.index("EG-ALY") > ranked.index("TR-BUR")           # after every location that passes
    assert "✗ Alexandria (Egypt) is excluded: transit 13.3 days, above 12.0." in panel.notes.text()
    money = panel.money_tab
    assert money.notes.text() and "excluded" in money.notes.text()
    window.undo_action.trigger()
    assert window.doc.project.ranking.max_transit_days is None and edit.text() == ""


def test_a_wrong_threshold_is_said_and_changes_nothing(qtbot, window):
    panel = ready(qtbot, window)
    panel.tabs.setCurrentIndex(1)
    steps = window.doc.undo_stack.count()
    edit = panel.weights.knockouts["min_lpi"]
    qtbot.keyClicks(edit, "7")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not panel.weights.rule_error.isHidden() and "LPI 1-5" in panel.weights.rule_error.text()
    assert window.doc.undo_stack.count() == steps and window.doc.project.ranking.min_lpi is None
    edit.clear()
    qtbot.keyClicks(edit, "3,0")                                      # a comma decimal is a number too
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.doc.project.ranking.min_lpi == 3.0 and panel.weights.rule_error.isHidden()


def test_the_scoring_method_is_named_and_topsis_warns_of_rank_reversal(qtbot, window):
    panel = ready(qtbot, window)
    assert "unticking a location does not reorder" in panel.score_headline.text()
    combo = panel.weights.method
    index = combo.findData("topsis")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    qtbot.waitUntil(lambda: "TOPSIS" in panel.score_headline.text())
    assert window.doc.project.ranking.method == "topsis"


def test_pairwise_comparison_sets_the_weights_with_its_consistency(qtbot, window):
    panel = ready(qtbot, window)
    seen = {}

    def answer():
        from kokapp.gui.ahp_dialog import PairwiseDialog

        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PairwiseDialog) and w.isVisible())
        combo = dialog.combos[("logistics_cost", "lpi")]
        combo.setCurrentIndex(combo.findData(5))                     # logistics cost 5 x as important as LPI
        seen["consistency"] = dialog.consistency.text()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    panel.weights.pairwise.click()
    p = window.doc.project
    assert p.weight_preset == "ahp" and p.pairwise == {("logistics_cost", "lpi"): 5.0}
    assert p.weights["logistics_cost"] > p.weights["distance"] > p.weights["lpi"]
    assert sum(p.weights.values()) == pytest.approx(1.0)
    assert seen["consistency"].startswith("Consistency ratio")
    assert panel.weights.preset.currentData() == "ahp"



def feasibility_of(panel, site: str, kind: str, qtbot=None):
    """The Feasibility tab on one location and set-up, chosen as a user picks them."""
    panel.tabs.setCurrentWidget(panel.feasibility)
    tab = panel.feasibility
    index = tab.location.findData(site)
    tab.location.setCurrentIndex(index)
    tab.location.activated.emit(index)
    tab.kind.setCurrentIndex(tab.kind.findData(kind))
    tab.kind.activated.emit(tab.kind.currentIndex())
    if qtbot is not None:
        evaluated(qtbot, tab)
    return tab


def test_ticking_the_markets_a_sales_office_serves(qtbot, window):
    panel = ready(qtbot, window)
    tab = feasibility_of(panel, "EG-ALY", "sales_office")
    markets = tab.assumptions.markets
    assert [markets.item(i).data(Qt.ItemDataRole.UserRole) for i in range(markets.count())] == window.doc.project.markets
    iraq = next(markets.item(i) for i in range(markets.count()) if markets.item(i).data(Qt.ItemDataRole.UserRole) == "IQ")
    iraq.setCheckState(Qt.CheckState.Checked)
    option = window.doc.project.setup_options["EG-ALY"]
    assert option.kind == "sales_office" and option.served_markets == ("IQ",)
    window.undo_action.trigger()
    assert "EG-ALY" not in window.doc.project.setup_options


def test_switching_on_state_support_adds_it_to_the_cash_flows_and_the_money_view(qtbot, window):
    panel = ready(qtbot, window)
    tab = feasibility_of(panel, "RS-BEG", "logistics_hub", qtbot)
    npv_before = tab.result.base.npv_eur
    tab.support.click()
    assert window.doc.project.feasibility.state_support
    result = evaluated(qtbot, tab)
    assert result.state_support == "counted" and result.base.npv_eur > npv_before
    headers = [tab.years.horizontalHeaderItem(c).text() for c in range(tab.years.columnCount())]
    column = headers.index("State support")
    assert tab.years.item(2, column).text() == "36,000"          # year 1's rent support, paid in year 2
    qtbot.waitUntil(lambda: panel.money_tab.done, timeout=10_000)  # the money view works its set-ups out again
    window.undo_action.trigger()
    assert not window.doc.project.feasibility.state_support and not tab.support.isChecked()


def test_a_refresh_works_out_again_only_the_rows_whose_figures_changed(qtbot, window):
    """While set-ups stream in, each refresh redoes the cells of the rows that changed and keeps
    the others; another display currency redoes them all, in that currency."""
    from dataclasses import replace

    from kokapp.gui.numbers import set_display_currency

    panel = ready(qtbot, window)
    model = panel.money_tab.model
    view, comparison = model.view, model.comparison
    before = list(model.rows)
    tangier = next(i for i, r in enumerate(view.rows) if r.location == "MA-TNG")
    pending = replace(view.rows[tangier], pending=True)
    model.set_view(comparison, replace(view, rows=[pending if i == tangier else r for i, r in enumerate(view.rows)]))
    assert model.rows[tangier]["text"][6] == "working out…" and before[tangier]["text"][6] == "Assembly line"
    assert all(model.rows[i] is before[i] for i in range(len(before)) if i != tangier)
    model.set_view(comparison, view)
    assert model.rows[tangier]["text"] == before[tangier]["text"]
    try:
        set_display_currency("TRY", 40.0)
        model.set_view(comparison, view)
        assert all(model.rows[i] is not before[i] for i in range(len(before)))
        assert "₺" in model.rows[tangier]["text"][1] or model.rows[tangier]["text"][1] != before[tangier]["text"][1]
    finally:
        set_display_currency("EUR", 1.0)


def test_a_row_with_an_unknown_duty_keeps_its_cells_too(qtbot, window):
    """NaN never equals NaN: a row whose duty nobody can cite still counts as unchanged."""
    from dataclasses import replace

    panel = ready(qtbot, window)
    model = panel.money_tab.model
    view, comparison = model.view, model.comparison
    unknown = replace(view.rows[1], duty_eur=float("nan"), landed_eur=float("nan"))
    model.set_view(comparison, replace(view, rows=[view.rows[0], unknown, *view.rows[2:]]))
    first = model.rows[1]
    assert first["text"][2] == "n/a"
    again = replace(unknown, duty_eur=float("nan"), landed_eur=float("nan"))      # new NaN objects
    model.set_view(comparison, replace(view, rows=[view.rows[0], again, *view.rows[2:]]))
    assert model.rows[1] is first


def test_every_column_fits_its_figures_once_all_set_ups_are_in(qtbot, window):
    """New figures for the same locations come in place (no reset): when the last set-up is in,
    every column is sized again, the amounts grown a thousandfold included."""
    panel = ready(qtbot, window)
    table = panel.money_tab.table
    project = window.doc.project
    money = panel.money_tab
    before = money.model.view.row(project.origin_site).landed_eur
    for (product, market), units in list(project.volumes.items()):      # as a user types them in
        window.doc.set_volume(product, market, units * 5000)
    qtbot.waitUntil(lambda: money.done and not window.controller.working
                    and money.model.view.row(project.origin_site).landed_eur > 1000 * before, timeout=20_000)
    assert money.model.rowCount() == len(money.model.view.rows)
    for column in range(1, 10):
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), column


def test_new_rows_get_columns_as_wide_as_qt_would_measure_them(qtbot, window):
    """A reset sizes each column from its header and its three longest texts (Qt's own measuring
    of a 401-row table called into Python some 4,000 times): as wide as Qt makes them, in both
    languages, give or take the grid line."""
    from kokapp.gui.i18n import install_language

    for language in ("en", "tr"):
        install_language(QApplication.instance(), language)
        window.apply_language(language)
        panel = ready(qtbot, window)
        table, money = panel.money_tab.table, panel.money_tab
        money.finish()
        money.model.beginResetModel()
        money.model.endResetModel()                       # new rows: the widths are fitted again
        ours = [table.columnWidth(c) for c in range(money.model.columnCount())]
        table.resizeColumnsToContents()
        assert [abs(a - b) <= 1 and a >= b for a, b in zip(ours, (table.columnWidth(c) for c in range(len(ours))))] \
            == [True] * len(ours), language
    install_language(QApplication.instance(), "en")


def test_a_reset_of_a_large_money_table_measures_few_cells(qtbot, window, monkeypatch):
    """401 rows (a 10x study): fitting the columns asks the model about the three longest texts
    of each column and the rows in view, not every cell of the first 50 rows for every role."""
    panel = ready(qtbot, window)
    money = panel.money_tab
    panel.tabs.setCurrentWidget(money)
    money.finish()
    rows = money.model.rows
    asked = []
    real = money.model.data
    monkeypatch.setattr(money.model, "data", lambda index, role=Qt.ItemDataRole.DisplayRole:
                        asked.append(role) or real(index, role))
    money.model.beginResetModel()
    money.model.rows = [rows[i % len(rows)] for i in range(401)]
    money.model.endResetModel()
    assert 0 < len(asked) < 600, len(asked)


def test_the_table_stays_put_when_the_verdict_replaces_working_out(qtbot, window):
    """The verdict has room for two lines from the start: when it replaces "Working out…" the
    money table does not jump down (at 10x that relaid out and repainted the whole window)."""
    from kokapp.gui.i18n import install_language

    for language in ("en", "tr"):
        install_language(QApplication.instance(), language)
        window.resize(1400, 860)
        window.apply_language(language)
        money = window.results_panel.money_tab
        window.results_panel.tabs.setCurrentWidget(money)
        qtbot.waitUntil(lambda: money.comparison is not None, timeout=10_000)
        money._cancel()
        money._queue = list(money.comparison.locations[1:])     # as while the set-ups are worked out
        money._refresh()
        QApplication.processEvents()
        working, top = money.verdict.text(), money.table.y()
        money.finish()
        QApplication.processEvents()
        assert money.verdict.text() != working and money.verdict.text().count(".") >= 1
        assert money.table.y() == top, language
    install_language(QApplication.instance(), "en")
