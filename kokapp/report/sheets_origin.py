"""The Origin sheet: for each product with a bill of materials, its materials, and for every
candidate location and market whether the goods originate under the agreement's rule — the
status, the reason a customs broker checks, the rule (as published) and the proof of origin.
Without a bill of materials the sheet says the local-content threshold stood in."""

from __future__ import annotations

from openpyxl.workbook import Workbook

from kokapp.core.access import MarketAccess
from kokapp.core.origin_verdict import verdict
from kokapp.core.reference import Reference
from kokapp.report.cells import (EUR2, PCT0, SECTION_FONT, ConstantAlignment, header_row, put, put_note, put_text,
                                 title, widths)
from kokapp.report.data import ReportData
from kokapp.report.printing import set_up_page
from kokapp.report.texts import text
from kokapp.report.wording import Names, detail_sentence

COLUMNS = 7
WRAP_TOP = ConstantAlignment(wrap_text=True, vertical="top")


def _pct(share: float, lang: str) -> str:
    return f"%{round(share * 100)}" if lang == "tr" else f"{round(share * 100)}%"


def reason_words(v, names: Names, lang: str) -> str:
    """Why the verdict, in the report's language, from its facts."""
    facts = dict(v.facts)
    failures = []
    for code, x in v.facts:
        if code == "same_class":
            failures.append(text("o_same_class", lang, codes=x["codes"], level=text(f"o_level_{x['level']}", lang))
                            + (text("o_excepted", lang, headings=x["excepted"]) if x["excepted"] else ""))
        elif code == "max_nom":
            failures.append(text("o_max_nom", lang, share=_pct(x["share"], lang), cap=_pct(x["cap"] / 100, lang)))
        elif code == "heading_cap":
            failures.append(text("o_heading_cap", lang, headings=x["headings"], share=_pct(x["share"], lang),
                                 cap=_pct(x["cap"] / 100, lang)))
    notes = [text("o_tolerance", lang, codes=x["codes"], value=names.money(x["value"]), pct=_pct(x["pct"] / 100, lang))
             for code, x in v.facts if code == "tolerance"]
    cum = facts.get("cumulation")
    cumulation = text("o_cumulation", lang, kind=text(f"o_{cum['kind']}", lang), countries=", ".join(
        names.countries.get(c, c) for c in cum["countries"].split(", "))) if cum else ""
    if "override" in facts:
        return text("o_override", lang, status=text(f"origin_{v.status}", lang)) + (
            f" ({facts['override']['note']})" if facts["override"]["note"] else "")
    if "not_met" in facts:
        return text("o_not_met", lang, cumulation=cumulation, failures=text("o_or", lang).join(failures))
    if "met" in facts:
        return text("o_met", lang, cumulation=cumulation, rule=facts["met"]["classification"]) + "".join(
            "; " + n for n in notes)
    if "all_originating" in facts:
        return text("o_all", lang, cumulation=cumulation)
    if "condition" in facts:
        return text("o_condition", lang, text=facts["condition"]["text"]) + (text("o_split", lang) if "split" in facts else "")
    if "no_preference" in facts:
        return text(f"o_{facts['no_preference']['why']}", lang)
    return text(f"o_{v.facts[0][0]}", lang)


def origin_sheet(wb: Workbook, data: ReportData, names: Names, lang: str) -> None:
    ws = wb.create_sheet(text("sheet_origin", lang))
    widths(ws, {1: 26, 2: 16, 3: 16, 4: 10, 5: 40, 6: 44, 7: 20})
    title(ws, 1, text("origin_title", lang))
    p, pack = data.project, data.pack
    row = 3
    with_bom = [product for product in p.products if product.bom]
    if not with_bom:
        put_note(ws, row, text("origin_none", lang, threshold=f"{p.feasibility.origin_threshold_pct:g}"), COLUMNS)
        set_up_page(ws, lang, last_column=COLUMNS, title_rows="1:1", print_area=True, company=p.company,
                    version=data.app_version)
        return
    access = MarketAccess(Reference(pack, p.overrides))
    sites = pack.index("sites", "site_id")
    note = detail_sentence(data, names, lang)
    if note:
        put_note(ws, row, note, COLUMNS)
        row += 2
    for product in with_bom:
        put_text(ws, row, 1, f"{product.name} (HS {product.hs_code})", font=SECTION_FONT)
        row += 1
        header_row(ws, row, [text(k, lang) for k in ("hs", "origin_country", "value_eur", "share_of_price", "description")])
        for line in product.bom:
            row += 1
            put_text(ws, row, 1, line.hs_code)
            put_text(ws, row, 2, names.countries.get(line.origin, line.origin))
            put(ws, row, 3, line.value_eur, EUR2)
            put(ws, row, 4, line.value_eur / product.unit_value_eur, PCT0)
            put_text(ws, row, 5, line.description, alignment=WRAP_TOP)
        row += 2
        header_row(ws, row, [text(k, lang) for k in ("location", "market", "origin_status", "share_nom",
                                                     "origin_reason", "origin_rule", "origin_proof")])
        for site in (site for site in p.candidates if data.detail.keeps(site)):
            for market in p.markets:
                v = verdict(pack, access, product, product.bom, sites[site]["iso2"], market)
                row += 1
                put_text(ws, row, 1, names.sites[site], alignment=WRAP_TOP)
                put_text(ws, row, 2, names.countries.get(market, market), alignment=WRAP_TOP)
                put_text(ws, row, 3, text(f"origin_{v.status}", lang), alignment=WRAP_TOP)
                put(ws, row, 4, v.nom_share, PCT0)
                put_text(ws, row, 5, reason_words(v, names, lang), alignment=WRAP_TOP)
                put_text(ws, row, 6, v.rule_text, alignment=WRAP_TOP)
                put_text(ws, row, 7, v.proof if v.preferential else "", alignment=WRAP_TOP)
        row += 2
    put_note(ws, row, text("origin_legend", lang), COLUMNS)
    set_up_page(ws, lang, last_column=COLUMNS, title_rows="1:1", print_area=True, company=p.company,
                version=data.app_version)
