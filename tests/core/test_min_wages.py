"""Minimum wages against the downloaded Eurostat file (parsed, not retyped), with their local
currency, period and conversion at the pack's one dated rate."""

import pytest

from tests.tool_modules import load_tool


def eurostat():
    return load_tool("build_min_wages")


def test_the_stored_file_is_the_downloaded_one():
    import hashlib

    tool = eurostat()
    assert hashlib.sha256(tool.FILE.read_bytes()).hexdigest() == tool.SHA256


def test_every_eurostat_minimum_wage_is_the_files_latest_half_year(pack):
    """30 countries: the local amount is the file's latest half-year (2025 or later), and the
    EUR figure is that amount at the pack's rate for the currency (or Eurostat's own EUR figure
    where the pack has no rate)."""
    tool = eurostat()
    figures = tool.read_earn_mw_cur()
    rates = dict(zip(pack.column("fx_ecb", "currency"), pack.column("fx_ecb", "units_per_eur")))
    rates |= {c: r for c, r in zip(pack.column("fx_other", "currency"), pack.column("fx_other", "units_per_eur"))
              if r == r}
    checked = 0
    flagged = set()
    for row in pack.records("operating"):
        if row["min_wage_source_id"] != tool.SOURCE_ID:
            continue
        if row["min_wage_local"] != row["min_wage_local"]:         # NaN: Eurostat's "m", no statutory minimum
            flagged.add(row["iso2"])
            assert row["min_wage_eur_month"] != row["min_wage_eur_month"]
            continue
        period, local = figures[(row["iso2"], "NAC")]
        assert (row["min_wage_period"], row["min_wage_local"]) == (period, local) and period >= "2025-S1"
        currency = row["min_wage_currency"]
        expected = local if currency == "EUR" else local / rates[currency] if currency in rates else \
            figures[(row["iso2"], "EUR")][1]
        assert row["min_wage_eur_month"] == pytest.approx(expected, abs=0.01), row["iso2"]
        checked += 1
    assert checked >= 30
    assert flagged == tool.no_minimum() == {"AT", "CH", "DK", "FI", "IS", "IT", "NO", "SE"}


def test_turkiyes_2026_minimum_wage_at_the_packs_rate(pack):
    """TRY 33,030 gross a month from 1 January 2026 at the ECB rate of 30 Oct 2026 (55.8015):
    591.92 EUR, now below Bulgaria's 620 EUR (the 2025 figure at a 2025 rate said 684)."""
    rows = pack.index("operating", "iso2")
    tr = rows["TR"]
    assert (tr["min_wage_local"], tr["min_wage_currency"], tr["min_wage_period"]) == (33030, "TRY", "2026-S1")
    assert tr["min_wage_eur_month"] == pytest.approx(33030 / 55.8015, abs=0.01)
    assert tr["min_wage_eur_month"] < rows["BG"]["min_wage_eur_month"] == 620
    assert rows["HU"]["min_wage_eur_month"] > rows["RO"]["min_wage_eur_month"]      # Eurostat 2026 order


def test_countries_without_a_recent_eurostat_figure_keep_their_row(pack):
    rows = pack.index("operating", "iso2")
    assert rows["GB"]["min_wage_source_id"] == "operating_ilostat_mw_2024"  # Eurostat's UK series ends in 2020:
    assert rows["GB"]["min_wage_local"] == 1981.4                           # ILOSTAT's downloaded 2024 figure
    assert rows["XK"]["min_wage_source_id"] == "operating_xk_mw"            # in neither file: the cited page stays
    assert rows["AT"]["min_wage_eur_month"] != rows["AT"]["min_wage_eur_month"]   # none: NaN, never 0
