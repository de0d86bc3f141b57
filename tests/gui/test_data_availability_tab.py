"""Tools ▸ Data sources ▸ Data availability, the user's way: the real menu action opens the dialog
offscreen, the tab is clicked, and the cells are read back as the user sees them (text, bold,
colour, tooltip), in English and in Turkish.

Until the central catalogue has this tab's strings, ``TURKISH`` supplies them through a translator
installed *before* the app's own, so the real catalogue wins wherever it has a string.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QTableWidget, QTabWidget

from kokapp.core.availability import availability
from kokapp.gui.result_models import DUTY_FREE, DUTY_PAID, DUTY_UNKNOWN
from tests.gui.test_menu_actions import menu_actions

TURKISH = {
    ("DataSourcesDialog", "Sources and your figures"): "Kaynaklar ve kendi rakamlarınız",
    ("DataSourcesDialog", "Data availability"): "Veri durumu",
    ("AvailabilityTab", "Your project's markets come first, in bold. Point at a cell for what stands there and "
                        "its source."):
        "Projenizin pazarları kalın yazıyla en üstte. Bir hücrenin üzerine gelince orada ne olduğu ve kaynağı "
        "görünür.",
    ("AvailabilityTab", "Country"): "Ülke",
    ("AvailabilityTab", "%1: a market of your project"): "%1: projenizin pazarlarından",
    ("AvailabilityTab", "Source: %1"): "Kaynak: %1",
    ("AvailabilityTab", "downloaded"): "indirildi",
    ("AvailabilityTab", "banded"): "aralık",
    ("AvailabilityTab", "estimated"): "tahmini",
    ("AvailabilityTab", "missing"): "eksik",
    ("AvailabilityTab", "MFN tariff"): "MFN tarifesi",
    ("AvailabilityTab", "Agreements"): "Anlaşmalar",
    ("AvailabilityTab", "Trade remedies"): "Ticari savunma",
    ("AvailabilityTab", "LPI"): "LPI",
    ("AvailabilityTab", "Minimum wage"): "Asgari ücret",
    ("AvailabilityTab", "Corporate tax"): "Kurumlar vergisi",
    ("AvailabilityTab", "● downloaded: read from a downloaded file or a retrieved page and checked against it"):
        "● indirildi: indirilen bir dosyadan ya da alınan bir sayfadan okundu ve onunla karşılaştırılarak "
        "denetlendi",
    ("AvailabilityTab", "≈ banded: only a band is citable (its base is used, its ends in the scenarios)"):
        "≈ aralık: yalnızca bir aralık kaynak gösterilebilir (tabanı kullanılır, uçları senaryolarda)",
    ("AvailabilityTab", "○ estimated: an average standing in for your product's figure, an older edition, or "
                        "transcribed from a published table and not re-checked"):
        "○ tahmini: ürününüzün rakamı yerine bir ortalama, eski bir baskı ya da yayımlanmış bir tablodan "
        "aktarılıp yeniden denetlenmemiş bir rakam",
    ("AvailabilityTab", "✗ missing: no figure (Kök says so wherever it would be used)"):
        "✗ eksik: rakam yok (Kök bunu rakamın kullanılacağı her yerde belirtir)",
    ("AvailabilityTab", "band %1-%2 %, base %3 %"): "aralık %%1-%2, taban %%3",
    ("AvailabilityTab", "no tariff-line figures: averages of %1 WTO product groups"):
        "tarife satırı düzeyinde rakam yok: %1 DTÖ ürün grubunun ortalamaları",
    ("AvailabilityTab", "%n agreement(s) in force"): "yürürlükte %n anlaşma",
    ("AvailabilityTab", ", %n of them transcribed, not re-checked"):
        ", bunlardan %n tanesi aktarıldı, yeniden denetlenmedi",
    ("AvailabilityTab", "LPI %1 (not in the %2 edition)"): "LPI %1 (%2 baskısında yer almıyor)",
    ("AvailabilityTab", "no tariff-line figures: an all-products average only"):
        "tarife satırı düzeyinde rakam yok: yalnızca tüm ürünlerin ortalaması",
    ("AvailabilityTab", "no citable MFN tariff"): "kaynak gösterilebilir MFN tarifesi yok",
    ("AvailabilityTab", "no preferential agreement in force is listed"): "yürürlükte listelenmiş tercihli anlaşma yok",
    ("AvailabilityTab", "no list of anti-dumping, countervailing or safeguard measures is bundled"):
        "pakette damping karşıtı, telafi edici ya da korunma önlemleri listesi yok",
    ("AvailabilityTab", "not scored by the World Bank LPI"): "Dünya Bankası LPI'sında puanı yok",
    ("AvailabilityTab", "no statutory national minimum wage (wages set otherwise, e.g. by collective agreements)"):
        "ulusal yasal asgari ücret yok (ücretler başka yolla, ör. toplu sözleşmelerle belirlenir)",
    ("AvailabilityTab", "no statutory minimum wage bundled"): "pakette yasal asgari ücret yok",
    ("AvailabilityTab", "statutory minimum wage"): "yasal asgari ücret",
    ("AvailabilityTab", "no corporate income tax bundled"): "pakette kurumlar vergisi yok",
    ("AvailabilityTab", "corporate income tax"): "kurumlar vergisi",
}


class Supplement(QTranslator):
    """This tab's Turkish, for as long as the compiled catalogue lacks it."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return TURKISH.get((context, source))      # None: not ours, the next translator or the source

    def isEmpty(self):
        return False


@pytest.fixture()
def turkish_window(window):
    supplement = Supplement()
    QCoreApplication.installTranslator(supplement)   # before the app's own: that one is searched first
    window.apply_language("tr")
    yield window
    QCoreApplication.removeTranslator(supplement)


def open_availability(qtbot, win, monkeypatch) -> dict:
    """Trigger Tools ▸ Data sources, click the availability tab, read it back, press Cancel."""
    from kokapp.gui.dialogs import DataSourcesDialog

    seen: dict = {}

    def exec_(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        tabs = dialog.findChild(QTabWidget, "sources_tabs")
        titles = [tabs.tabText(i) for i in range(tabs.count())]
        bar = tabs.tabBar()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
        page = tabs.currentWidget()
        table = page.findChild(QTableWidget, "availability_table")
        headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        rows = {}
        for r in range(table.rowCount()):
            name = table.item(r, 0)
            rows[name.text()] = {"order": r, "bold": name.font().bold(), **{
                headers[c]: (table.item(r, c).text(), table.item(r, c).toolTip(),
                             table.item(r, c).background().color()) for c in range(1, table.columnCount())}}
        seen.update(titles=titles, current=tabs.currentIndex(), headers=headers, rows=rows,
                    order=[table.item(r, 0).text() for r in range(table.rowCount())],
                    legend=page.findChild(QLabel, "availability_legend").text(),
                    editable=bool(table.item(0, 1).flags() & Qt.ItemFlag.ItemIsEditable)
                    and table.editTriggers() != table.EditTrigger.NoEditTriggers,
                    tab=page)
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(DataSourcesDialog, "exec", exec_)
    overrides = list(win.doc.project.overrides)
    menu_actions(win)["sources"].trigger()
    assert win.doc.project.overrides == overrides          # a look at the tab changes nothing
    return seen


def test_availability_tab_in_english(qtbot, window, monkeypatch):
    seen = open_availability(qtbot, window, monkeypatch)
    pack = window.pack
    assert seen["titles"] == ["Sources and your figures", "Data availability"] and seen["current"] == 1
    assert seen["headers"] == ["Country", "MFN tariff", "Agreements", "Trade remedies", "LPI", "Minimum wage",
                               "Corporate tax"]
    assert not seen["editable"]
    assert len(seen["rows"]) == len(pack.column("countries", "iso2"))
    # the demo's markets (DE, IT, FR, RO, IQ) first and bold, alphabetically; then the others
    assert seen["order"][:5] == ["France", "Germany", "Iraq", "Italy", "Romania"]
    assert all(seen["rows"][n]["bold"] for n in seen["order"][:5]) and not any(
        seen["rows"][n]["bold"] for n in seen["order"][5:])
    rest = seen["order"][5:]
    assert rest.index("Albania") == 0 and rest.index("Czechia") < rest.index("Denmark") < rest.index("Egypt")
    iraq = seen["rows"]["Iraq"]["MFN tariff"]
    assert iraq[0] == "≈ banded" and iraq[2] == QColor(DUTY_PAID)
    source = pack.index("sources", "source_id")[next(r.source_id for r in availability(pack)
                                                      if (r.market, r.figure) == ("IQ", "tariff"))]
    assert iraq[1] == f"band 0-30 %, base 15 %\nSource: {source['organisation']} — {source['title']}"
    austria = seen["rows"]["Austria"]["Minimum wage"]
    assert austria[0] == "● downloaded" and austria[2] == QColor(DUTY_FREE)
    assert austria[1].startswith("no statutory national minimum wage (wages set otherwise")
    georgia, morocco = seen["rows"]["Georgia"], seen["rows"]["Morocco"]
    assert georgia["Minimum wage"][0] == "✗ missing" and georgia["Minimum wage"][2] == QColor(DUTY_UNKNOWN)
    assert morocco["Minimum wage"][0] == "● downloaded"                    # ILOSTAT 2024, the downloaded file
    assert morocco["LPI"][0] == "○ estimated" and morocco["LPI"][1].startswith("LPI 2018 (not in the 2023 edition)\n")
    assert seen["rows"]["Germany"]["MFN tariff"][1].startswith(
        "tariff lines (CN8) of 2020; codes renumbered since HS 2017 fall back to product-group averages\nSource: ")
    assert seen["rows"]["China"]["MFN tariff"][1].startswith(
        "no tariff-line figures: averages of 22 WTO product groups (2023)\nSource: ")
    for mark in "●≈○✗":
        assert mark in seen["legend"]


def test_availability_tab_in_turkish(qtbot, turkish_window, monkeypatch):
    seen = open_availability(qtbot, turkish_window, monkeypatch)
    pack = turkish_window.pack
    assert seen["titles"] == ["Kaynaklar ve kendi rakamlarınız", "Veri durumu"]
    assert seen["headers"][0] == "Ülke" and seen["headers"][5] == "Asgari ücret"
    # Turkish order: Irak before İtalya; Cezayir, Çekya, Danimarka; Hırvatistan before Hollanda
    assert seen["order"][:5] == ["Almanya", "Fransa", "Irak", "İtalya", "Romanya"]
    rest = seen["order"][5:]
    assert rest.index("Cezayir") < rest.index("Çekya") < rest.index("Danimarka")
    assert rest.index("Hırvatistan") < rest.index("Hollanda") and rest[-1] == "Yunanistan"
    iraq = seen["rows"]["Irak"]["MFN tarifesi"]
    assert iraq[0] == "≈ aralık" and iraq[1].startswith("aralık %0-30, taban %15\nKaynak: ")
    assert seen["rows"]["Avusturya"]["Asgari ücret"][0] == "● indirildi"
    assert seen["rows"]["Avusturya"]["Asgari ücret"][1] == (
        "ulusal yasal asgari ücret yok (ücretler başka yolla, ör. toplu sözleşmelerle belirlenir)\nKaynak: "
        + pack.index("sources", "source_id")[next(r.source_id for r in availability(pack)
                                                  if (r.market, r.figure) == ("AT", "min_wage"))]["organisation"]
        + " — " + pack.index("sources", "source_id")[next(r.source_id for r in availability(pack)
                                                          if (r.market, r.figure) == ("AT", "min_wage"))]["title"])
    assert seen["rows"]["Gürcistan"]["Asgari ücret"][0] == "✗ eksik"
    assert seen["rows"]["Fas"]["LPI"][1].startswith("LPI 2018 (2023 baskısında yer almıyor)")
    agreements = next(r for r in availability(pack) if (r.market, r.figure) == ("AT", "agreements"))
    count, unchecked = (int(agreements.detail.split()[0]), int(agreements.detail.split(", ")[1].split()[0]))
    assert seen["rows"]["Avusturya"]["Anlaşmalar"][1] == (
        f"yürürlükte {count} anlaşma, bunlardan {unchecked} tanesi aktarıldı, yeniden denetlenmedi")
    assert seen["rows"]["Almanya"]["MFN tarifesi"][1].startswith(
        "2020 tarife satırları (KN8); HS 2017'den beri numarası değişen kodlarda ürün grubu ortalamaları kullanılır\nKaynak: ")
    assert seen["rows"]["Çin"]["MFN tarifesi"][1].startswith(
        "tarife satırı düzeyinde rakam yok: 22 DTÖ ürün grubunun ortalamaları (2023)\nKaynak: ")
    assert "indirildi" in seen["legend"] and "downloaded" not in seen["legend"]
    # a band with decimals, in Turkish numbers; a detail no pattern knows stays as it is
    assert seen["tab"].detail_text("band 2.5-12.5 %, base 7.5 %") == "aralık %2,5-12,5, taban %7,5"
    assert seen["tab"].detail_text("a new wording") == "a new wording"


def test_ok_with_a_figure_to_correct_shows_it_from_the_availability_tab(qtbot, window, monkeypatch):
    from kokapp.gui.dialogs import DataSourcesDialog

    states = []

    def exec_(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.add_figure()                                # a new figure with no value yet
        dialog.tabs.setCurrentIndex(1)
        dialog.accept()                                    # refused: the value is missing
        states.append((dialog.tabs.currentIndex(), dialog.error.text(), dialog.isVisible()))
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(DataSourcesDialog, "exec", exec_)
    menu_actions(window)["sources"].trigger()
    index, error, visible = states[0]
    assert index == 0 and "marked in red" in error and visible
