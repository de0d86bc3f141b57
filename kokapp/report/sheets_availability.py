"""The Data availability sheet: for each market of the project, what stands behind the figures that
decide access (tariff, agreements, remedies); for each country of its locations, behind the figures
of operating there (LPI, minimum wage, corporate tax). Each row: status mark and word, what exactly
stands there and its source, in the report's language; the legend under the table."""

from __future__ import annotations

from openpyxl.workbook import Workbook

from kokapp.core.availability import Availability, availability
from kokapp.core.availability_detail import MARKS, phrase
from kokapp.report.cells import ConstantAlignment, ConstantFill, header_row, put_note, put_text, title, widths
from kokapp.report.data import ReportData
from kokapp.report.printing import set_up_page
from kokapp.report.texts import text
from kokapp.report.wording import Names

MARKET_FIGURES = ("tariff", "agreements", "remedies")
LOCATION_FIGURES = ("lpi", "min_wage", "cit")
COLUMNS = 6
# the Market access sheet's colours: checked green like duty-free, missing grey like an unknown tariff
FILLS = {status: ConstantFill("solid", fgColor=colour) for status, colour in
         (("downloaded", "C8E6C9"), ("banded", "FFCC80"), ("estimated", "FFF59D"), ("missing", "E0E0E0"))}
WRAP_TOP = ConstantAlignment(wrap_text=True, vertical="top")


def roles(data: ReportData, lang: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(ISO2, role in words, figures) per market of the project, then per country of its locations
    (the origin hub's first), each country once per role."""
    out = [(m, text("avail_role_market", lang), MARKET_FIGURES) for m in dict.fromkeys(data.project.markets)]
    sites = data.pack.index("sites", "site_id")
    column = "name_tr" if lang == "tr" else "name_en"
    by_country: dict[str, dict[str, list[str]]] = {}
    for site in data.project.locations:
        kind = "origin" if site == data.project.origin_site else "location"
        by_country.setdefault(sites[site]["iso2"], {}).setdefault(kind, []).append(sites[site][column])
    for iso2, kinds in by_country.items():
        words = "; ".join(text(f"avail_role_{kind}", lang, sites=", ".join(kinds[kind]))
                          for kind in ("origin", "location") if kind in kinds)
        out.append((iso2, words, LOCATION_FIGURES))
    return out


def number(value: float, lang: str) -> str:
    """15 and 12.5 as written in the report's language (12,5 in Turkish)."""
    shown = f"{value:g}"
    return shown.replace(".", ",") if lang == "tr" else shown


def detail_text(detail: str, lang: str) -> str:
    """The core's English detail in the report's language; one no pattern knows stays as it is."""
    found = phrase(detail)
    values = dict(found.values)
    year = f" ({values.pop('year')})" if "year" in values else ""
    if not found.key:
        return detail
    if found.key == "band":
        return text("avail_d_band", lang, **{k: number(v, lang) for k, v in values.items()})
    if found.key in ("tariff_lines", "tariff_lines_us"):            # the year is part of the phrase
        return text(f"avail_d_{found.key}", lang, year=found.values["year"])
    if found.key == "agreements":
        words = text("avail_d_agreement", lang) if values["count"] == 1 else text("avail_d_agreements", lang,
                                                                                 count=values["count"])
        return words + (text("avail_d_unchecked", lang, unchecked=values["unchecked"]) if "unchecked" in values else "")
    return text(f"avail_d_{found.key}", lang, **values) + year


def source_text(data: ReportData, row: Availability) -> str:
    source = data.pack.index("sources", "source_id").get(row.source_id) if row.source_id else None
    return f"{source['organisation']} — {source['title']}" if source else ""


def availability_sheet(wb: Workbook, data: ReportData, names: Names, lang: str) -> None:
    ws = wb.create_sheet(text("sheet_availability", lang))
    widths(ws, {1: 18, 2: 22, 3: 15, 4: 14, 5: 36, 6: 60})
    title(ws, 1, text("avail_title", lang))
    header_row(ws, 3, [text("country", lang), text("avail_role", lang), text("avail_figure", lang),
                       text("avail_status", lang), text("avail_detail", lang), text("source", lang)])
    table = {(r.market, r.figure): r for r in availability(data.pack)}
    row = 3
    for iso2, role, figures in roles(data, lang):
        for figure in figures:
            found = table.get((iso2, figure))
            if found is None:          # a country the data pack does not list
                continue
            row += 1
            put_text(ws, row, 1, names.countries.get(iso2, iso2), alignment=WRAP_TOP)
            put_text(ws, row, 2, role, alignment=WRAP_TOP)
            put_text(ws, row, 3, text(f"avail_{figure}", lang), alignment=WRAP_TOP)
            put_text(ws, row, 4, f"{MARKS[found.status]} {text(f'avail_{found.status}', lang)}",
                     fill=FILLS[found.status], alignment=WRAP_TOP)
            put_text(ws, row, 5, detail_text(found.detail, lang), alignment=WRAP_TOP)
            put_text(ws, row, 6, source_text(data, found), alignment=WRAP_TOP)
    last = row
    ws.freeze_panes = "A4"
    ws.auto_filter.ref = f"A3:F{last}"
    row += 1
    for key in ("downloaded", "banded", "estimated", "missing", "roles"):
        row += 1
        put_note(ws, row, text(f"avail_legend_{key}", lang), COLUMNS)
    set_up_page(ws, lang, last_column=COLUMNS, title_rows="3:3", print_area=True, company=data.project.company,
                version=data.app_version)
