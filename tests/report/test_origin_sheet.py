"""The Origin sheet read back: without a bill of materials it says the threshold stood in; with
one, the materials and the verdict per location and market with the rule and the proof."""

from dataclasses import replace

from openpyxl import load_workbook

from kokapp.core.bom import BomLine
from kokapp.report.data import gather
from kokapp.report.texts import text
from kokapp.report.writer import write_report


def test_without_a_bill_the_threshold_is_named(books):
    ws = books[0]["en"]["Origin"]
    assert ws.cell(3, 1).value.startswith("No bill of materials was entered") and "40 %" in ws.cell(3, 1).value


def test_the_verdicts_with_their_rule_and_proof(data, tmp_path):
    pads = replace(data.project.products[0], bom=(BomLine("6813", "CN", 7.0, "friction material"),
                                                  BomLine("7326", "TR", 2.5), BomLine("8708", "CN", 1.0)))
    project = replace(data.project, products=[pads, *data.project.products[1:]])
    for lang in ("en", "tr"):
        wb = load_workbook(write_report(gather(data.pack, project), tmp_path / f"origin-{lang}.xlsx", lang))
        ws = wb[text("sheet_origin", lang)]
        cells = {(r, c): ws.cell(r, c).value for r in range(1, ws.max_row + 1) for c in range(1, 8)}
        assert cells[(3, 1)] == f"{pads.name} (HS 870830)"
        assert cells[(5, 1)] == "6813" and cells[(5, 3)] == 7.0 and round(cells[(5, 4)], 4) == round(7 / 18, 4)
        rows = {(cells[(r, 1)], cells[(r, 2)]): r for r in range(9, ws.max_row + 1) if cells.get((r, 2))}
        tangier = next(r for (site, market), r in rows.items() if site.startswith(("Tangier", "Tanca"))
                       and market in ("Germany", "Almanya"))
        assert cells[(tangier, 3)] == text("origin_not_originating", lang)
        assert ("58% of the ex-works price, more than the 40% allowed" if lang == "en" else "fiyatının %58 kadarı") in cells[(tangier, 5)]
        assert cells[(tangier, 6)].startswith("Manufacture in which the value of all the materials used")
        belgrade = next(r for (site, market), r in rows.items() if site.startswith(("Belgrade", "Belgrad"))
                        and market in ("Germany", "Almanya"))
        assert cells[(belgrade, 3)] == text("origin_originating", lang) and cells[(belgrade, 7)] == "EUR.1 or origin declaration"
