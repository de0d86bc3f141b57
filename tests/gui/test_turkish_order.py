"""Names sorted in the reader's alphabet: Ç after C, İ after I, Ş after S, Ü after U (Turkish UI)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kokapp.gui.collation import sorted_by_name


def test_turkish_alphabet_order():
    words = ["Üsküp", "Çorlu", "Cezayir", "İskenderiye", "Irak", "Zagreb", "Sofya", "Şam", "Ödemiş", "Osijek", "Uşak"]
    assert sorted_by_name(words, str, "tr") == ["Cezayir", "Çorlu", "Irak", "İskenderiye", "Osijek", "Ödemiş",
                                                "Sofya", "Şam", "Uşak", "Üsküp", "Zagreb"]


def test_candidate_list_and_ranking_sort_in_turkish(qtbot, window):
    window.apply_language("tr")
    listed = window.project_panel.candidates
    names = [listed.item(i).text() for i in range(listed.count())]
    assert names == sorted_by_name(names, str, "tr")
    assert names.index("Üsküp (Kuzey Makedonya)") > names.index("Tiflis (Gürcistan)")
    window.results_panel.tabs.setCurrentWidget(window.results_panel.scores_tab)
    view = window.results_panel.ranking_view
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    shown = [view.model().index(r, 1).data(Qt.ItemDataRole.DisplayRole) for r in range(view.model().rowCount())]
    assert shown == sorted_by_name(shown, str, "tr")
    assert shown.index("İskenderiye (Mısır)") > shown.index("Bursa (Türkiye) — Türkiye'den ihracat")
