"""The Assumptions sheet's country tables: each location's optional country criteria (n/a where
the pack has none) and the free-zone tax regimes the cash flows apply."""

from __future__ import annotations

from kokapp.core.factors import FACTOR_NAMES
from kokapp.core.zones import zones
from kokapp.report.cells import DEC2, SECTION_FONT, WRAP, header_row, put, put_note, put_text
from kokapp.report.data import ReportData
from kokapp.report.texts import text
from kokapp.report.wording import Names


def factor_rows(ws, row: int, data: ReportData, names: Names, lang: str) -> int:
    """Returns the next free row."""
    c = data.comparison
    put_text(ws, row, 1, text("country_factors", lang), font=SECTION_FONT)
    row += 1
    header_row(ws, row, [text("location", lang)] + [text(f, lang) for f in FACTOR_NAMES])
    for loc in c.locations:
        row += 1
        put_text(ws, row, 1, names.sites[loc], alignment=WRAP)
        for col, f in enumerate(FACTOR_NAMES, start=2):
            put(ws, row, col, None if c.missing.loc[loc, f] else float(c.criteria.loc[loc, f]), DEC2)
    return row + 2


def zone_rows(ws, row: int, data: ReportData, names: Names, lang: str, last_column: int) -> int:
    """The free zones at the compared locations, with their corporate-tax regime and source;
    returns the next free row (the same row when no location has one)."""
    c, regimes = data.comparison, zones(data.pack)
    found = [(loc, regimes[loc]) for loc in c.locations if loc in regimes]
    if not found:
        return row
    put_text(ws, row, 1, text("free_zones", lang), font=SECTION_FONT)
    row += 1
    header_row(ws, row, [text("location", lang), text("zone", lang), text("zone_cit", lang), text("zone_years", lang),
                         text("zone_after", lang), text("zone_incentives", lang)])
    for loc, zone in found:
        row += 1
        put_text(ws, row, 1, names.sites[loc], alignment=WRAP)
        put_text(ws, row, 2, zone.zone_name, alignment=WRAP)
        put(ws, row, 3, None if zone.cit_pct is None else zone.cit_pct / 100, "0%")
        put_text(ws, row, 4, text("no_end", lang) if zone.relief and zone.years is None else
                 ("" if zone.years is None else str(zone.years)))
        put(ws, row, 5, None if zone.after_pct is None else zone.after_pct / 100, "0%")
        put_note(ws, row, f"{zone.incentives} ({zone.source_url}, {zone.source_year})", last_column, column=6)
    return row + 2
