"""Your own figures and the feasibility assumptions are forms: kinds and places picked from
lists with human names, the bundled figure shown with its source, values checked per field with
a message beside it, and every change undoable."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from kokapp.core.project import Override
from kokapp.gui.dialogs import DataSourcesDialog
from kokapp.io.project_file import load_project
from tests.gui.waiting import evaluated


def open_dialog(qtbot, window) -> DataSourcesDialog:
    dialog = DataSourcesDialog(window.pack, window.doc.project.overrides, window, window.language)  # as the window does
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def pick(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def type_value(qtbot, dialog, text: str) -> None:
    dialog.form.value.clear()
    dialog.form.value.textEdited.emit("")
    qtbot.keyClicks(dialog.form.value, text)


def ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_list_shows_what_each_figure_is_never_its_key(qtbot, window):
    dialog = open_dialog(qtbot, window)
    cells = [dialog.overrides.item(0, c).text() for c in range(4)]
    assert cells[:3] == ["Road freight: rate per km (full truck)", "EUR per km", "1.75 → 1.85"]
    assert cells[3].startswith("Demo: forwarder's quote")
    assert "freight/" not in "".join(cells) and dialog.overrides.item(0, 0).toolTip() == "freight/road_ftl/rate_per_km"
    assert dialog.form.kind.currentText() == "Road freight: rate per km (full truck)"
    assert dialog.form.bundled.text().startswith("1.75 (range 1.4 to 2.2)")
    assert "Upply x Ti x IRU: European Road Freight Rate Benchmark (quarterly public reports) (2025)" \
        in dialog.form.bundled.text()
    assert "dataset Freight model parameters" in dialog.form.bundled.text()


def test_a_figure_is_picked_from_lists_and_typed_with_a_comma(qtbot, window):
    dialog = open_dialog(qtbot, window)
    dialog.add_figure()
    pick(dialog.form.kind, "duty")
    assert [dialog.form.slot_labels[i].text() for i in range(2)] == ["Origin of the goods", "Market"]
    pick(dialog.form.slots[0], "RS")
    pick(dialog.form.slots[1], "DE")
    assert dialog.form.slots[1].currentText() == "Germany" and dialog.form.unit.text() == "%"
    type_value(qtbot, dialog, "1,25")
    dialog.form.note.setText("broker's quote")
    dialog.form.note.textEdited.emit("broker's quote")
    assert dialog.overrides.item(1, 0).text() == "Duty quote from your broker — Serbia → Germany"
    assert dialog.overrides.item(1, 2).text() == "– → 1.25"
    ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.figures()[1] == Override("duty/RS/DE", 1.25, "broker's quote")


def test_changing_the_kind_keeps_the_country_and_shows_the_bundled_figure(qtbot, window):
    dialog = open_dialog(qtbot, window)
    dialog.add_figure()
    pick(dialog.form.kind, "wage")
    pick(dialog.form.slots[0], "RS")
    assert dialog.form.bundled.text().startswith("743.81\nSource: Eurostat")   # operating.csv: 87,207 RSD, 2026-S1
    pick(dialog.form.kind, "tax")
    assert dialog.form.slots[0].currentData() == "RS"
    assert dialog.form.bundled.text().startswith("15\nSource: Tax Foundation (TaxFoundation/worldwide-corporate-tax-rates "
                                                 "on GitHub): Corporate Tax Rates around the World 2025")
    assert not dialog.form.slot_labels[1].isVisibleTo(dialog.form)


def test_wrong_values_are_named_beside_the_field_and_ok_waits(qtbot, window):
    dialog = open_dialog(qtbot, window)
    dialog.add_figure()
    pick(dialog.form.kind, "tax")
    pick(dialog.form.slots[0], "RS")
    error = dialog.form.errors["value"]
    for typed, message in (("abc", "Enter a number."), ("-5", "Enter a number from 0 to 100."),
                           ("150", "Enter a number from 0 to 100.")):
        type_value(qtbot, dialog, typed)
        assert error.isVisibleTo(dialog) and error.text() == message
        ok(dialog)
        assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.form.value.text() == typed and dialog.drafts[1].value_text == typed   # nothing typed is lost
        assert dialog.error.text() == "Figure 2 has a field to correct (marked in red)."
    type_value(qtbot, dialog, "15")
    assert not error.isVisibleTo(dialog)
    ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.figures()[1] == Override("tax/RS", 15.0, "")


def test_the_same_figure_twice_is_refused(qtbot, window):
    dialog = open_dialog(qtbot, window)
    dialog.add_figure()
    assert dialog.drafts[-1].kind_id != "freight/road_ftl/rate_per_km"   # a new row never starts as a duplicate
    pick(dialog.form.kind, "freight/road_ftl/rate_per_km")                 # already in the list
    type_value(qtbot, dialog, "1,9")
    assert dialog.form.errors["kind"].text() == "This figure is already in the list."
    ok(dialog)
    assert dialog.isVisible()


def test_a_key_kok_does_not_know_is_kept_and_must_be_chosen_again(qtbot, window):
    dialog = DataSourcesDialog(window.pack, [Override("rent/RS", 9.0, "old")], window, window.language)
    qtbot.addWidget(dialog)
    assert dialog.overrides.item(0, 0).text() == "A figure Kök does not know (rent/RS)"
    ok(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.form.errors["kind"].text() == "Kök does not know this figure: choose it again."
    pick(dialog.form.kind, "wage")
    pick(dialog.form.slots[0], "RS")
    ok(dialog)
    assert dialog.figures() == [Override("wage/RS", 9.0, "old")]


def test_the_menu_action_applies_the_form_through_the_undo_stack(qtbot, window, monkeypatch):
    def fill_in(dialog):
        dialog.add_figure()
        pick(dialog.form.kind, "wage")
        pick(dialog.form.slots[0], "SY")
        assert dialog.form.bundled.text().startswith("No bundled figure: Kök needs yours here.")
        type_value(qtbot, dialog, "310")
        ok(dialog)
        return dialog.result()

    monkeypatch.setattr(DataSourcesDialog, "exec", fill_in)
    action = next(a for a in window.findChildren(QAction) if a.text() == "&Data sources and your figures…")
    action.trigger()
    assert window.doc.project.overrides[-1] == Override("wage/SY", 310.0, "")
    window.undo_action.trigger()
    assert [o.key for o in window.doc.project.overrides] == ["freight/road_ftl/rate_per_km"]


# -- feasibility assumptions --------------------------------------------------------------------
def feasibility(qtbot, window, site: str):
    panel = window.results_panel
    panel.tabs.setCurrentWidget(panel.feasibility)
    tab = panel.feasibility
    index = tab.location.findData(site)
    tab.location.setCurrentIndex(index)
    tab.location.activated.emit(index)
    tab.pages.setCurrentIndex(1)
    evaluated(qtbot, tab)
    return tab



def enter(qtbot, tab, name: str, text: str) -> None:
    edit = tab.assumptions.rows[name][1]
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_a_set_up_cost_of_your_own_moves_the_npv_and_is_undoable(qtbot, window, tmp_path):
    tab = feasibility(qtbot, window, "EG-ALY")
    before = tab.result
    assert tab.assumptions.rows["setup_cost_eur"][3].text() == "150,000"       # Kök's default for a hub
    assert (before.years["tax"] == 0).all()      # no profit to tax: the set-up cost counts once, in year 0
    enter(qtbot, tab, "setup_cost_eur", "500.000" if window.language == "tr" else "500,000")
    after = evaluated(qtbot, tab)
    assert window.doc.project.setup_options["EG-ALY"].setup_cost_eur == 500_000
    assert (after.years["tax"] == 0).all()
    assert after.base.npv_eur - before.base.npv_eur == pytest.approx(-350_000, abs=1e-6)
    assert after.years["cash_flow"][0] == -500_000 and list(after.base.flows[1:]) == list(before.base.flows[1:])
    window.undo_action.trigger()
    assert evaluated(qtbot, tab).base.npv_eur == before.base.npv_eur and "EG-ALY" not in window.doc.project.setup_options
    assert tab.assumptions.rows["setup_cost_eur"][1].text() == ""
    window.redo_action.trigger()
    assert evaluated(qtbot, tab).base.npv_eur == after.base.npv_eur
    assert tab.assumptions.rows["setup_cost_eur"][1].text() == "500,000"
    assert window.save_to(tmp_path / "p.kok")
    assert load_project(tmp_path / "p.kok").setup_options["EG-ALY"].setup_cost_eur == 500_000


def test_model_settings_apply_to_the_project_and_wrong_ones_change_nothing(qtbot, window):
    tab = feasibility(qtbot, window, "EG-ALY")
    enter(qtbot, tab, "horizon_years", "8")
    assert window.doc.project.feasibility.horizon_years == 8 and len(evaluated(qtbot, tab).years) == 9
    steps = window.doc.undo_stack.count()
    for typed, message in (("abc", "Enter a number."), ("2,5", "Enter a whole number."),
                           ("40", "Enter a number from 1 to 30.")):
        enter(qtbot, tab, "horizon_years", typed)
        assert tab.assumptions.problems() == {"horizon_years": message}
        assert tab.assumptions.rows["horizon_years"][1].text() == typed
    assert window.doc.undo_stack.count() == steps and window.doc.project.feasibility.horizon_years == 8
    enter(qtbot, tab, "ramp_up", "50; 100")
    assert window.doc.project.feasibility.ramp_up == (0.5, 1.0)
    assert tab.assumptions.rows["horizon_years"][1].text() == "40"              # still there to correct
    assert list(evaluated(qtbot, tab).years["volume_share"][1:4]) == [0.5, 1.0, 1.0]


def test_dataset_titles_follow_the_language_and_koks_own_sources_are_in_its_words(qtbot, window):
    dialog = DataSourcesDialog(window.pack, [], window, "tr")
    qtbot.addWidget(dialog)
    rows = [[dialog.datasets.item(r, c).text() for c in range(4)] for r in range(dialog.datasets.rowCount())]
    assert ["Navlun modeli parametreleri", "Kök developers: Kök freight model assumptions", "2026", "CC BY 4.0"] in rows
    assert ["Lojistik Performans Endeksi", "World Bank: Connecting to Compete 2023: Trade Logistics in an Uncertain "
            "Global Economy - The Logistics Performance Index and Its Indicators (International LPI scores)",
            "2023", "CC BY 4.0"] in rows
    assert not dialog.form.isEnabled()           # no figure yet: nothing to edit until one is added


def test_a_key_in_words_for_other_views(qtbot, window):
    from kokapp.core.figure_catalog import FigureCatalog
    from kokapp.gui.figure_form import key_label, place_names

    names = place_names(window.pack, window.names())
    catalog = FigureCatalog(window.pack)
    assert key_label(catalog, "wage/MA", names) == "Statutory minimum wage — Morocco"
    assert key_label(catalog, "road/TR-BUR/DE", names) == "Road distance of a land leg — Bursa (Türkiye) → Germany"
    assert key_label(catalog, "sea/TRGEM/ITTRS", names) == "Sea distance between two ports — Gemlik port (Türkiye) → " \
        "Trieste port (Italy)"
    assert key_label(catalog, "tariff/EU/TEXTILES", names) == "MFN import tariff (group average) — European Union, Textiles"
    assert key_label(catalog, "rent/RS", names) == "rent/RS"
