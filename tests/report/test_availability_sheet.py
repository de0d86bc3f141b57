"""The Data availability sheet read back: a row per market of the project (tariff, agreements,
remedies) and per country of its locations (LPI, minimum wage, corporate tax), status mark and word,
detail and source in the report's language, the legend under the table."""

from dataclasses import replace

import pytest
from openpyxl import Workbook

from kokapp.core.availability import availability
from kokapp.report.sheets_availability import availability_sheet, detail_text
from kokapp.report.texts import text
from kokapp.report.wording import Names

SHEET = {"en": "Data availability", "tr": "Veri durumu"}
HEADERS = {"en": ["Country", "Role", "Figure", "Status", "What stands there", "Source"],
           "tr": ["Ülke", "Rolü", "Rakam", "Durum", "Ne var", "Kaynak"]}


def table(ws) -> list[list]:
    """The rows under the header (row 3), down to the first empty row."""
    rows = []
    for r in range(4, ws.max_row + 1):
        values = [ws.cell(r, c).value for c in range(1, 7)]
        if not values[0]:
            break
        rows.append(values)
    return rows


def source_of(pack, market, figure) -> str:
    row = next(r for r in availability(pack) if (r.market, r.figure) == (market, figure))
    source = pack.index("sources", "source_id")[row.source_id]
    return f"{source['organisation']} — {source['title']}"


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_sheet_sits_between_assumptions_and_sources(books, lang):
    names = books[0][lang].sheetnames
    assert names.index(SHEET[lang]) == names.index(text("sheet_assumptions", lang)) + 1
    assert names.index(SHEET[lang]) == names.index(text("sheet_sources", lang)) - 1


def test_rows_in_english(books, data):
    ws = books[0]["en"][SHEET["en"]]
    assert [ws.cell(3, c).value for c in range(1, 7)] == HEADERS["en"]
    rows = table(ws)
    # the demo: markets DE, IT, FR, RO, IQ × 3 access figures; its locations' countries (TR, RS, MK,
    # BG, MA, EG, GE) × 3 operating figures
    assert len(rows) == 5 * 3 + 7 * 3
    assert [r[0] for r in rows[::3]] == ["Germany", "Italy", "France", "Romania", "Iraq", "Türkiye", "Serbia",
                                         "North Macedonia", "Bulgaria", "Morocco", "Egypt", "Georgia"]
    assert [r[2] for r in rows[:3]] == ["MFN tariff", "Agreements", "Trade remedies"]
    assert [r[2] for r in rows[15:18]] == ["LPI", "Minimum wage", "Corporate tax"]
    by_key = {(r[0], r[2]): r for r in rows}
    iraq = by_key[("Iraq", "MFN tariff")]
    assert iraq[1:] == ["target market", "MFN tariff", "≈ banded", "band 0-30 %, base 15 %",
                        source_of(data.pack, "IQ", "tariff")]
    assert by_key[("Germany", "MFN tariff")][3:5] == [
        "● downloaded", "tariff lines (CN8) of 2020; codes renumbered since HS 2017 fall back to product-group averages"]
    assert by_key[("Germany", "Trade remedies")][3] == "○ estimated"     # a compiled list, not exhaustive
    assert by_key[("Iraq", "Trade remedies")][3] == "✗ missing"
    georgia = by_key[("Georgia", "Minimum wage")]
    assert georgia[1] == "location: Tbilisi" and georgia[3] == "✗ missing"
    assert georgia[4] == "no statutory minimum wage bundled"
    assert by_key[("Morocco", "Minimum wage")][3] == "● downloaded"          # ILOSTAT 2024, the downloaded file
    assert by_key[("Morocco", "LPI")][3:5] == ["○ estimated", "LPI 2018 (not in the 2023 edition)"]
    assert by_key[("Türkiye", "LPI")][1] == "origin hub: Bursa"
    # coloured like the Market access sheet; a row per lane of the table, filterable
    fill = {status: ws.cell(4 + rows.index(row), 4).fill.fgColor.rgb[-6:]
            for status, row in (("banded", iraq), ("missing", georgia), ("estimated", by_key[("Morocco", "LPI")]))}
    assert fill == {"banded": "FFCC80", "missing": "E0E0E0", "estimated": "FFF59D"}
    assert ws.auto_filter.ref == f"A3:F{3 + len(rows)}" and ws.freeze_panes == "A4"


def test_rows_in_turkish(books, data):
    ws = books[0]["tr"][SHEET["tr"]]
    assert [ws.cell(3, c).value for c in range(1, 7)] == HEADERS["tr"]
    by_key = {(r[0], r[2]): r for r in table(ws)}
    assert by_key[("Irak", "MFN tarifesi")][1:5] == ["hedef pazar", "MFN tarifesi", "≈ aralık", "aralık %0-30, taban %15"]
    assert by_key[("Almanya", "MFN tarifesi")][4] == \
        "2020 tarife satırları (KN8); HS 2017'den beri numarası değişen kodlarda ürün grubu ortalamaları kullanılır"
    assert by_key[("Gürcistan", "Asgari ücret")][1:5] == ["lokasyon: Tiflis", "Asgari ücret", "✗ eksik",
                                                          "pakette yasal asgari ücret yok"]
    assert by_key[("Fas", "LPI")][3:5] == ["○ tahmini", "LPI 2018 (2023 baskısında yer almıyor)"]
    assert by_key[("Türkiye", "Kurumlar vergisi")][1] == "üretim merkezi: Bursa"
    assert by_key[("Almanya", "Ticari savunma önlemleri")][3] == "○ tahmini"
    assert "eksiksiz değil" in by_key[("Almanya", "Ticari savunma önlemleri")][4]


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_legend_under_the_table_and_printed_with_it(books, lang):
    ws = books[0][lang][SHEET[lang]]
    last = 3 + len(table(ws))
    legend = [ws.cell(r, 1).value for r in range(last + 2, last + 7)]
    assert [line[0] for line in legend[:4]] == ["●", "≈", "○", "✗"]
    assert legend[:4] == [text(f"avail_legend_{s}", lang) for s in ("downloaded", "banded", "estimated", "missing")]
    assert ws.print_area.endswith(f"$F${last + 6}") and ws.print_title_rows == "$3:$3"


def test_a_market_that_is_also_a_location_country_has_both_rows(data):
    """Serbia as a market (access figures) and the country of Belgrade, a location (operating figures)."""
    project = replace(data.project, markets=["RS", "AT"])
    wb = Workbook()
    availability_sheet(wb, replace(data, project=project), Names(data, "en"), "en")
    rows = table(wb["Data availability"])
    serbia = [(r[1], r[2]) for r in rows if r[0] == "Serbia"]
    assert serbia == [("target market", "MFN tariff"), ("target market", "Agreements"),
                      ("target market", "Trade remedies"), ("location: Belgrade", "LPI"),
                      ("location: Belgrade", "Minimum wage"), ("location: Belgrade", "Corporate tax")]
    assert [r[0] for r in rows].count("Austria") == 3


def test_two_locations_in_one_country_share_its_rows(data):
    sites = data.pack.table("sites")
    second = next(s for s, c in zip(sites["site_id"], sites["iso2"]) if c == "MA" and s != "MA-TNG")
    names = dict(zip(sites["site_id"], sites["name_en"]))
    project = replace(data.project, candidates=list(data.project.candidates) + [second])
    wb = Workbook()
    availability_sheet(wb, replace(data, project=project), Names(data, "en"), "en")
    morocco = [r for r in table(wb["Data availability"]) if r[0] == "Morocco"]
    assert len(morocco) == 3 and morocco[0][1] == f"location: Tangier (Tanger Med), {names[second]}"


@pytest.mark.parametrize("detail, lang, expected", [
    ("band 2.5-12.5 %, base 7.5 %", "tr", "aralık %2,5-12,5, taban %7,5"),
    ("band 2.5-12.5 %, base 7.5 %", "en", "band 2.5-12.5 %, base 7.5 %"),
    ("1 agreements in force", "en", "1 agreement in force"),
    ("25 agreements in force, 16 transcribed, not re-checked", "tr",
     "yürürlükte 25 anlaşma, bunlardan 16 tanesi aktarıldı, yeniden denetlenmedi"),
    ("no tariff-line figures: an all-products average only (2022)", "tr",
     "tarife satırı düzeyinde rakam yok: yalnızca tüm ürünlerin ortalaması (2022)"),
    ("a wording Kök does not know yet", "tr", "a wording Kök does not know yet"),
])
def test_detail_by_hand(detail, lang, expected):
    assert detail_text(detail, lang) == expected


def test_every_detail_of_the_bundled_data_is_said_in_turkish(data):
    english = {r.detail for r in availability(data.pack)}
    untranslated = {d for d in english if detail_text(d, "tr") == d and not d.startswith("LPI ")}
    assert untranslated == set()
