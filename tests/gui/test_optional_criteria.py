"""The optional country criteria as a user meets them: hidden behind "More criteria" until wanted,
a slider that adds a column with the country's figure, and the pairwise dialog that then asks
about them too."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kokapp.core.factors import FACTOR_NAMES


def ready(qtbot, window):
    panel = window.results_panel
    qtbot.waitUntil(lambda: panel.money_tab.done, timeout=10_000)
    panel.tabs.setCurrentWidget(panel.scores_tab)      # the ranking, its notes and chart are on the Scores tab
    return panel


def column(model, header_start: str) -> int:
    return next(i for i in range(model.columnCount()) if model.headerData(i, Qt.Orientation.Horizontal).startswith(header_start))


def test_weighting_governance_adds_its_column_with_the_wgi_figure(qtbot, window):
    panel = ready(qtbot, window)
    weights = panel.weights
    assert weights.more.isHidden() and all(window.doc.project.weights[f] == 0 for f in FACTOR_NAMES)
    model = panel.ranking_model
    assert model.columnCount() == 10                                   # nothing weighted: no extra column
    weights.more_button.click()
    assert not weights.more.isHidden()
    weights.sliders["governance"].setValue(50)
    assert window.doc.project.weights["governance"] > 0
    qtbot.waitUntil(lambda: model.columnCount() == 11, timeout=10_000)
    col = column(model, "Gover")
    rows = {model.location(r): model.index(r, col).data() for r in range(model.rowCount())}
    assert rows["RS-BEG"] == "-0.11" and rows["TR-BUR"] == "-0.56"       # WGI 2022 means (World Bank file)
    window.doc.undo_stack.undo()                                        # one undo step: the column goes again
    qtbot.waitUntil(lambda: model.columnCount() == 10, timeout=10_000)


def test_a_country_without_the_figure_shows_n_a_never_zero(qtbot, window):
    panel = ready(qtbot, window)
    assert "electricity" not in panel.notes.text()                      # not weighted: its gaps change nothing
    panel.weights.more_button.click()
    panel.weights.sliders["energy_price"].setValue(40)
    model = panel.ranking_model
    qtbot.waitUntil(lambda: model.columnCount() == 11, timeout=10_000)
    col = column(model, "Electricity")
    rows = {model.location(r): model.index(r, col).data() for r in range(model.rowCount())}
    assert rows["MA-TNG"] == "n/a" and rows["EG-ALY"] == "n/a"           # Eurostat covers Europe only
    qtbot.waitUntil(lambda: "industrial electricity price" in panel.notes.text(), timeout=10_000)
    assert rows["RS-BEG"] == "0.133" and rows["TR-BUR"] == "0.097"


def test_pairwise_comparison_includes_a_weighted_optional_criterion(qtbot, window):
    panel = ready(qtbot, window)
    panel.weights.more_button.click()
    panel.weights.sliders["proximity"].setValue(30)
    seen = {}

    def answer():
        from kokapp.gui.ahp_dialog import PairwiseDialog

        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PairwiseDialog) and w.isVisible())
        seen["pairs"] = set(dialog.combos)
        combo = dialog.combos[("logistics_cost", "proximity")]
        combo.setCurrentIndex(combo.findData(3))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    panel.weights.pairwise.click()
    assert ("tax", "proximity") in seen["pairs"] and not any("governance" in pair for pair in seen["pairs"])
    assert len(seen["pairs"]) == 9 * 8 // 2
    p = window.doc.project
    assert p.weights["logistics_cost"] > p.weights["proximity"] > 0 and p.weights["governance"] == 0
    assert set(p.weights) >= set(FACTOR_NAMES)


def test_the_notes_name_a_free_zones_tax_relief_and_its_source(qtbot, window):
    panel = ready(qtbot, window)
    qtbot.waitUntil(lambda: "§" in panel.notes.text(), timeout=10_000)
    lines = [line for line in panel.notes.text().splitlines() if line.startswith("§")]
    tangier = next(line for line in lines if "Tanger Med Zones" in line)
    assert "0 % corporate tax for 5 years, then 20 %" in tangier and "regfollower.com" in tangier
    assert not any("Belgrade" in line for line in lines)                  # Serbian zones: no tax relief
