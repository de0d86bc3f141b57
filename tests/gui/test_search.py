"""Searching with Turkish letters: 'ırak' finds Irak, 'izmir' finds İzmir, 'taşıt' finds HS 87."""

from kokapp.gui.search import FoldingCompleter


def matches(completer: FoldingCompleter, typed: str) -> list[str]:
    completer.setCompletionPrefix(typed)
    model = completer.completionModel()
    return [model.index(i, 0).data() for i in range(model.rowCount())]


def test_turkish_dotted_and_dotless_i(qtbot):
    completer = FoldingCompleter([("Irak (IQ)", "IQ"), ("İtalya (IT)", "IT"), ("İsrail (IL)", "IL"),
                                  ("Kırgızistan (KG)", "KG")], "tr")
    assert matches(completer, "ırak") == ["Irak (IQ)"]
    assert matches(completer, "IRAK") == ["Irak (IQ)"]
    assert matches(completer, "ital") == ["İtalya (IT)"]
    assert matches(completer, "KIRGIZ") == ["Kırgızistan (KG)"]
    assert completer.value_of("İtalya (IT)") == "IT"


def hs_editor(qtbot, window):
    delegate = window.project_panel.products_view.itemDelegateForColumn(1)
    editor = delegate.createEditor(window.project_panel.products_view, None, None)
    qtbot.addWidget(editor)
    return editor


def test_hs_search_in_the_products_table(qtbot, window):
    assert any(f.startswith("87 ·") for f in matches(hs_editor(qtbot, window).completer(), "VEHICLES OTHER"))
    window.apply_language("tr")
    found = matches(hs_editor(qtbot, window).completer(), "MOTORLU KARA TAŞIT")   # Turkish capitals: I is ı
    assert [f[:4] for f in found] == ["87 ·"]
