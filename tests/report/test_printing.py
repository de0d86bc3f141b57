"""Printed pages of the workbook read back: A4, orientation, fit, repeated header rows, a readable
scale, header and footer; rows tall enough for their wrapped text."""

from dataclasses import replace

import pytest
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string, get_column_letter

from kokapp.core.engine import Engine
from kokapp.report.data import gather
from kokapp.report.printing import MIN_SCALE, SPLIT_SCALE, column_px, plan, printable_px
from kokapp.report.textfit import line_count
from kokapp.report.writer import build_workbook, write_report

# sheet: (orientation, the first label of the header row that repeats on every page)
EXPECTED = {"Summary": ("landscape", "Rank"), "Locations": ("landscape", "Location"),
            "Routes": ("landscape", "Location"), "Market access": ("portrait", "Location"),
            "Origin": ("landscape", "Rules of origin: where the products originate, under which rule, on which proof"),
            "Feasibility": ("landscape", "Feasibility at Tangier (Tanger Med) (Morocco)"),
            "Assumptions": ("landscape", "Assumptions and figures behind this report"),
            "Data availability": ("landscape", "Country"), "Sources": ("landscape", "Dataset")}
A4 = 9


def title_row(ws) -> int:
    first, last = ws.print_title_rows.replace("$", "").split(":")
    assert first == last
    return int(first)


def printed_columns(ws) -> range:
    """Columns 1..last printed: the print area where there is one, else the used columns."""
    area = ws.print_area
    if area:
        last = area.split(":")[-1].lstrip("$").rstrip("0123456789$").replace("$", "")
        return range(1, column_index_from_string(last) + 1)
    return range(1, ws.max_column + 1)


def estimated_scale(ws) -> float:
    """The print scale the read-back settings give: the visible columns' width against the
    printable width of the pages across."""
    width = 0
    for column in printed_columns(ws):
        dim = ws.column_dimensions.get(get_column_letter(column))
        if dim is not None and dim.hidden:
            continue
        width += column_px(dim.width if dim is not None and dim.width else 8.43)
    return min(1.0, ws.page_setup.fitToWidth * printable_px(ws.page_setup.orientation) / width)


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_every_sheet_prints_on_a4_one_page_wide_with_its_header_repeated(books, lang):
    wb = books[0][lang]
    english = list(EXPECTED)
    for index, ws in enumerate(wb.worksheets):
        orientation, label = EXPECTED[english[index]]
        setup = ws.page_setup
        assert int(setup.paperSize) == A4, ws.title
        assert setup.orientation == orientation, ws.title
        assert (int(setup.fitToWidth), int(setup.fitToHeight)) == (1, 0), ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        row = title_row(ws)
        if lang == "en":
            assert ws.cell(row, 1).value == label, ws.title
        assert ws.cell(row, 1).value, ws.title                   # a real header, not an empty row
        assert 0.25 <= ws.page_margins.left <= 0.75 and 0.25 <= ws.page_margins.top <= 1.0
        assert ws.oddHeader.right.text == "&A"                   # the sheet name
        assert ws.oddFooter.center.text == ("Page &P of &N" if lang == "en" else "Sayfa &P / &N")


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_no_sheet_prints_smaller_than_the_minimum_scale(books, lang):
    scales = {ws.title: estimated_scale(ws) for ws in books[0][lang].worksheets}
    assert min(scales.values()) >= MIN_SCALE, scales
    assert scales[books[0][lang].worksheets[3].title] == 1.0        # the narrow access matrix: full size


def test_wide_locations_sheet_keeps_its_detail_one_click_away(books):
    ws = books[0]["en"]["Locations"]
    hidden = [letter for letter in "ABCDEFGHIJKLMNOPQRS" if ws.column_dimensions[letter].hidden]
    assert hidden == ["H", "J"]                                  # freight low and high: collapsed, not gone
    assert [ws[f"{c}1"].value for c in hidden] == ["Freight low", "Freight high"]
    assert all(ws.column_dimensions[c].outline_level == 1 for c in hidden)
    assert isinstance(ws["H2"].value, float) and ws.print_area.endswith("$S$141")
    assert estimated_scale(ws) >= 0.65       # the old layout printed it at about 47 %


def test_many_markets_spread_over_pages_with_the_location_column_repeated(data, tmp_path):
    markets = ["DE", "IT", "FR", "RO", "IQ", "AT", "BE", "NL", "PL", "ES", "CZ", "HU", "GR", "GB", "CH", "SE",
               "DK", "PT", "SK", "SI", "HR", "BG", "RS", "MA", "EG", "SA", "AE", "JO", "GE", "AZ"]
    product = data.project.products[0]
    project = replace(data.project, products=[product], markets=markets,
                      volumes={(product.name, m): 1000.0 for m in markets})
    report = gather(data.pack, project, Engine(data.pack))
    ws = load_workbook(write_report(report, tmp_path / "wide.xlsx", "en"))["Market access"]
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.fitToWidth) >= 2 and ws.print_title_cols == "$A:$A"
    assert estimated_scale(ws) >= SPLIT_SCALE


def test_plan_by_hand():
    portrait, landscape = printable_px("portrait"), printable_px("landscape")
    assert portrait == pytest.approx((8.27 - 0.8) * 96) and landscape == pytest.approx((11.69 - 0.8) * 96)
    assert plan(600, 5) == plan(600, 5) and plan(600, 5).orientation == "portrait" and plan(600, 5).scale == 1
    assert plan(600, 9).orientation == "landscape"                   # more than 8 columns
    assert plan(800, 4).orientation == "landscape" and plan(800, 4).scale == 1.0   # wider than portrait
    wide = plan(landscape / 0.7, 12)
    assert (wide.pages_wide, round(wide.scale, 6)) == (1, 0.7)
    # 4 × the page at 100 %, 200 px of it title columns repeated on each page across: n pages print at
    # n·1045.4 / (4181.8 − 200 + n·200): 2 -> 0.48, 3 -> 0.68 (below 0.75), 4 -> 0.87
    split = plan(4 * landscape, 30, title_px=200)
    assert split.pages_wide == 4 and split.scale == pytest.approx(4 * landscape / (4 * landscape - 200 + 4 * 200))
    assert split.scale == pytest.approx(0.8745, abs=1e-4)
    assert plan(4 * landscape, 30).pages_wide == 1                   # nothing to repeat: fitted, however small


def test_line_count_by_hand():
    # a column 10 units wide holds 7·10 − 5 = 65 px; "aaaa" is 4 × 6.9 × 1.02 = 28.2 px
    assert line_count("aaaa", 10) == 1
    assert line_count("aaaa aaaa", 10) == 1                          # 28.2 + 3.2 + 28.2 = 59.5 px
    assert line_count("aaaa aaaa aaaa", 10) == 2
    assert line_count("a" * 20, 10) == 3                             # 140.8 px of one word, broken in 65s
    assert line_count("aaaa\naaaa", 10) == 2
    assert line_count("", 10) == 1


def test_rows_are_tall_enough_for_their_wrapped_text(books):
    ws = books[0]["en"]["Locations"]
    plovdiv = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value.startswith("Plovdiv"))
    assert ws.cell(plovdiv, 1).alignment.wrap_text
    assert ws.row_dimensions[plovdiv].height >= 2 * 15       # two lines at least, so the name is not cut
    # the recommendation: a sentence that fits runs across the empty cells to its right; a longer one
    # is wrapped in cells merged across the table, in a row tall enough for it
    summary = books[0]["en"]["Summary"]
    room = sum(summary.column_dimensions[get_column_letter(c)].width for c in range(1, 14))
    merged = {str(m) for m in summary.merged_cells.ranges}
    for r in range(11, 20):
        sentence = summary.cell(r, 1).value
        lines = line_count(sentence, room)
        if lines == 1:
            assert f"A{r}:M{r}" not in merged and not summary.cell(r, 1).alignment.wrap_text
        else:
            assert f"A{r}:M{r}" in merged and summary.cell(r, 1).alignment.wrap_text
            assert summary.row_dimensions[r].height >= lines * 15


def test_a_long_sentence_is_wrapped_across_the_table(data, tmp_path):
    long_name = "Uludağ Otomotiv Yan Sanayi ve Ticaret Anonim Şirketi " * 6
    report = replace(data, project=replace(data.project, company=long_name.strip()))
    ws = load_workbook(write_report(report, tmp_path / "long.xlsx", "en")).worksheets[0]
    assert "B3:M3" in {str(m) for m in ws.merged_cells.ranges}
    assert ws["B3"].alignment.wrap_text and ws.row_dimensions[3].height >= 2 * 15


def test_company_ampersand_is_printed_not_read_as_a_code(data, tmp_path):
    project = replace(data.project, company="Kaya & Oğulları")
    report = replace(data, project=project)
    ws = load_workbook(write_report(report, tmp_path / "amp.xlsx", "tr")).worksheets[0]
    assert ws.oddHeader.left.text == "Kök fizibilite özeti — Kaya && Oğulları"


def test_summary_pages_the_verdict_then_the_ranking_and_a_chart_never_split(books, data):
    ws = books[0]["en"]["Summary"]
    ranking = next(r for r in range(1, ws.max_row + 1) if str(ws.cell(r, 1).value).startswith("Ranking: "))
    assert [b.id for b in ws.row_breaks.brk] == [ranking - 1]        # page 2 starts with the ranking
    sites = [s for s in data.pack.table("sites")["site_id"] if s != data.project.origin_site][:30]
    report = gather(data.pack, replace(data.project, candidates=sites), Engine(data.pack))
    ws = build_workbook(report, "en")["Summary"]
    ranking = next(r for r in range(1, ws.max_row + 1) if str(ws.cell(r, 1).value).startswith("Ranking: "))
    last = max(r for r in range(1, ws.max_row + 1) if isinstance(ws.cell(r, 1).value, int))
    assert last - ranking == 32                                       # 31 locations under their header
    # 31 ranked rows and a 9-cm chart do not fit one page: the chart starts the next one
    assert [b.id for b in ws.row_breaks.brk] == [ranking - 1, last + 2] and ws._charts[0].anchor == f"B{last + 3}"


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_every_print_area_ends_at_the_sheets_last_row(books, lang):
    """The big sheets give their last row themselves instead of asking openpyxl for it (one long
    call over every cell): the print area and the filter still end where the sheet does."""
    areas = 0
    for ws in books[0][lang].worksheets:
        if ws.print_area:
            areas += 1
            last = int(ws.print_area.split(":")[-1].replace("$", "").lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
            assert last == ws.max_row, ws.title
        if ws.auto_filter.ref:
            assert int(ws.auto_filter.ref.split(":")[-1].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) <= ws.max_row
    assert areas >= 6
