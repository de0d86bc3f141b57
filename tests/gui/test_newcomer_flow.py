"""A newcomer's session, driven through the real widgets offscreen."""

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from kokapp.io.project_file import load_project


def ranking_order(win) -> list[str]:
    return list(win.controller.comparison.ranking["location"])


def type_into_cell(qtbot, view, row: int, column: int, text: str) -> None:
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editors = [e for e in view.findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "exactly one open cell editor"
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits and closes the editor on the next turn of the event loop
    qtbot.waitUntil(lambda: not [e for e in view.findChildren(QLineEdit) if e.isVisible()])


def test_demo_opens_with_the_verdict_in_money_then_the_scores(qtbot, window):
    panel = window.results_panel
    assert window.doc.project.company.startswith("Uludağ")
    assert panel.tabs.currentWidget() is panel.money_tab and panel.tabs.tabText(0) == "Money"
    assert panel.money_tab.model.rowCount() == 7
    assert panel.ranking_model.rowCount() == 0        # the hidden Scores tab is filled when it is first shown
    qtbot.waitUntil(lambda: panel.money_tab.done, timeout=10_000)      # set-ups worked out in turn, never frozen
    # Tangier lowers the cost most if the goods were made there, but no set-up there pays back
    assert panel.status.text().startswith("Keep exporting from Bursa (Türkiye): ")
    assert "Tangier" in panel.status.text() and panel.money_tab.verdict.text() == panel.status.text()
    assert "Best match with your weights" in panel.score_headline.text()
    panel.tabs.setCurrentWidget(panel.scores_tab)
    assert panel.ranking_model.rowCount() == 7 and panel.score_chart._labels


def test_newcomer_flow(qtbot, window, tmp_path):
    panel, doc = window.project_panel, window.doc
    products = panel.products_view

    # 1. add a product by typing
    panel.add_product_button.click()
    row = len(doc.project.products) - 1
    type_into_cell(qtbot, products, row, 0, "Fren diski (brake disc)")
    type_into_cell(qtbot, products, row, 1, "870830")
    type_into_cell(qtbot, products, row, 2, "24,50")          # comma decimal
    type_into_cell(qtbot, products, row, 3, "6,2")
    type_into_cell(qtbot, products, row, 4, "0,008")
    added = doc.project.products[row]
    assert (added.name, added.hs_code, added.unit_value_eur, added.unit_weight_kg, added.unit_volume_m3) == \
        ("Fren diski (brake disc)", "870830", 24.5, 6.2, 0.008)

    # 2. paste three products copied from Excel (tab-separated) below the last row
    QGuiApplication.clipboard().setText(
        "Debriyaj seti\t870893\t55,00\t4,1\t0,012\n"
        "Rot başı\t870880\t9,75\t0,6\t0,001\n"
        "Silecek süpürgesi\t851240\t4,20\t0,25\t0,002\n")
    products.setFocus()
    products.setCurrentIndex(QModelIndex())
    before = len(doc.project.products)
    qtbot.keyClick(products, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    names = [p.name for p in doc.project.products]
    assert len(names) == before + 3 and names[-3:] == ["Debriyaj seti", "Rot başı", "Silecek süpürgesi"]
    assert doc.project.products[-2].unit_value_eur == 9.75

    # 3. put a volume on one of them and see the results recompute
    volumes = panel.volumes_view
    type_into_cell(qtbot, volumes, 0, len(doc.project.products) - 1, "12,000")  # Germany; English thousands
    assert doc.project.volume("Silecek süpürgesi", "DE") == 12000.0
    qtbot.waitUntil(lambda: window.controller.comparison is not None
                    and "Silecek süpürgesi" in set(window.controller.comparison.lanes["product"]))

    # 4. change a weight: everything on logistics performance, and the ranking changes
    before_order = ranking_order(window)
    for criterion, slider in window.results_panel.sliders.items():
        slider.setValue(100 if criterion == "lpi" else 0)
    qtbot.waitUntil(lambda: ranking_order(window)[0] == "TR-BUR")  # Türkiye has the best LPI (3.4)
    changed_order = ranking_order(window)
    assert changed_order != before_order

    # 5. undo the last weight change: the ranking moves again
    doc.undo_stack.undo()
    qtbot.waitUntil(lambda: ranking_order(window) != changed_order)

    # 6. save under a Turkish name, reopen: same state
    path = tmp_path / "Müşteri projeleri" / "Kök çalışması ığüşöç.kok"
    path.parent.mkdir()
    assert window.save_to(path)
    assert not window.isWindowModified()
    saved = doc.project
    assert window.open_path(path)
    assert load_project(path) == saved and window.doc.project == saved
    assert str(path) in window.settings.recent_files


def test_invalid_cell_input_is_refused_with_a_message(qtbot, window):
    model = window.project_panel.products_model
    before = window.doc.project.products[0]
    for column, text, words in ((2, "abc", "not a number"), (1, "87", "4, 6, 8 or 10 digits"),
                                (3, "-1", "greater than zero"), (0, window.doc.project.products[1].name, "already exists")):
        with qtbot.waitSignal(model.invalidInput) as blocker:
            assert not model.setData(model.index(0, column), text)
        assert words in blocker.args[0]
        assert words in window.statusBar().currentMessage()
    assert window.doc.project.products[0] == before
    assert window.doc.undo_stack.count() == 0


def test_undo_redo_of_a_product_edit(qtbot, window):
    model = window.project_panel.products_model
    old = window.doc.project.products[0].unit_value_eur
    assert model.setData(model.index(0, 2), "99,5")
    assert window.doc.project.products[0].unit_value_eur == 99.5
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert window.doc.project.products[0].unit_value_eur == old
    window.redo_action.trigger()
    assert window.doc.project.products[0].unit_value_eur == 99.5


def test_language_switch_shows_turkish(qtbot, window):
    window.apply_language("tr")
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Dosya" in menus
    tabs = [window.results_panel.tabs.tabText(i) for i in range(window.results_panel.tabs.count())]
    assert tabs[0] == "Para" and "Pazara erişim" in tabs
    assert window.project_panel.add_product_button.text() == "Ürün ekle"
    # Turkish number format in the tables: 1.234,56
    model = window.project_panel.volumes_model
    assert model.data(model.index(0, 0)) == "90.000"
    window.apply_language("en")
    assert "&File" in [a.text() for a in window.menuBar().actions()]


def test_export_report_from_the_window(qtbot, window, tmp_path, no_modal_dialogs):
    from openpyxl import load_workbook

    target = tmp_path / "Rapor ığüş.xlsx"
    written = window.export_report(str(target), open_after=False)
    assert written == target and load_workbook(target).sheetnames[0] == "Summary"
    assert window.settings.last_export_folder == str(tmp_path)
    # a locked target: the user is told, and may choose another place (here: cancels)
    (tmp_path / "~$Rapor ığüş.xlsx").write_bytes(b"")
    from PySide6.QtWidgets import QFileDialog
    import pytest as _pytest
    with _pytest.MonkeyPatch.context() as mp:
        mp.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
        assert window.export_report(str(target), open_after=False) is None
    assert any("Excel" in text for kind, text in no_modal_dialogs if kind == "warning")


def test_import_preview_adds_only_valid_rows(qtbot, window, tmp_path, no_modal_dialogs):
    source = tmp_path / "ürün listesi.csv"
    source.write_text("Ürün;GTİP;Birim değer;Ağırlık;Hacim;Almanya;Polonya\n"
                      "Debriyaj seti;870893;55,00;4,1;0,012;5000;1200\n"
                      "Bozuk;87;x;1;0,01;;\n"
                      f"{window.doc.project.products[0].name};870830;18;1,2;0,0018;10;\n", encoding="utf-8")
    before = len(window.doc.project.products)
    assert window.import_products(str(source), accept=True) == 1
    assert [p.name for p in window.doc.project.products][before:] == ["Debriyaj seti"]
    assert "PL" in window.doc.project.markets and window.doc.project.volume("Debriyaj seti", "PL") == 1200
    window.doc.undo_stack.undo()                              # one undo takes the whole import back
    assert len(window.doc.project.products) == before and "PL" not in window.doc.project.markets
    broken = tmp_path / "x.csv"
    broken.write_text("Renk;Boyut\nmavi;3\n", encoding="utf-8")
    assert window.import_products(str(broken), accept=True) == 0
    assert any("no column" in text for kind, text in no_modal_dialogs if kind == "warning")


def test_broken_files_give_a_translated_message_and_the_window_stays_usable(qtbot, window, tmp_path, no_modal_dialogs):
    import json

    from kokapp.paths import demo_project

    window.apply_language("tr")
    demo = json.loads(demo_project().read_text(encoding="utf-8"))
    cases = {
        "yarım.kok": demo_project().read_text(encoding="utf-8")[:300],
        "resim.kok": "\x89PNG not a project",
        "gtip.kok": json.dumps(demo | {"products": [demo["products"][0] | {"hs_code": "9800"}]}),
        "sonsuz.kok": json.dumps(demo | {"products": [demo["products"][0] | {"unit_value_eur": float("inf")}]}),
    }
    for name, content in cases.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
        before = window.doc
        assert not window.open_path(tmp_path / name)
        assert window.doc is before                      # nothing lost: the open project stays
        kind, text = no_modal_dialogs[-1]
        assert kind == "warning" and name in text
    texts = [text for _, text in no_modal_dialogs[-4:]]
    assert "geçerli bir proje dosyası değil" in texts[0] and "satır" in texts[0]
    assert "products[0].hs_code" in texts[2] and "GTİP faslı" in texts[2]
    assert "sonlu bir sayı olmalı" in texts[3]
    assert window.controller.comparison is not None      # still computing, still usable


def test_data_sources_dialog_lists_sources_and_your_figures_in_words(qtbot, window):
    """Datasets with Turkish titles and licences; your figures in words, never as raw keys (editing
    them through the form is tested in test_figure_forms.py)."""
    from kokapp.gui.dialogs import DataSourcesDialog

    dialog = DataSourcesDialog(window.pack, window.doc.project.overrides, window, "tr")
    qtbot.addWidget(dialog)
    titles = {dialog.datasets.item(r, 0).text() for r in range(dialog.datasets.rowCount())}
    licences = {dialog.datasets.item(r, 3).text() for r in range(dialog.datasets.rowCount())}
    assert "Lojistik Performans Endeksi" in titles and "CC BY 4.0" in licences
    assert dialog.overrides.item(0, 0).text() != "freight/road_ftl/rate_per_km"
    assert "freight/road_ftl/rate_per_km" in dialog.overrides.item(0, 0).toolTip()
