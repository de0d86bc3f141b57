"""MFN duties at the tariff line (EU CET 2020, UK Global Tariff 2021), checked against the
published rates: EU 6109.10 cotton T-shirts 12 %, 9403.60 wooden furniture 0 %, 8708.30 brakes
3 % for industrial assembly (8708.30.10) and 4.5 % otherwise (EU TARIC); UK 8708.30.91 4 %."""

import pytest

from kokapp.core.access import MarketAccess
from kokapp.core.engine import Engine
from kokapp.core.project import Product, Project
from kokapp.core.reference import Reference


@pytest.fixture(scope="module")
def access(pack):
    return MarketAccess(Reference(pack))


@pytest.mark.parametrize("market, code, rate", [
    ("DE", "610910", 12.0), ("FR", "9403600000", 0.0), ("IT", "8708301000", 3.0), ("DE", "8708309100", 4.5),
    ("GB", "8708309100", 4.0), ("GB", "610910", 12.0),
])
def test_published_line_rates(access, market, code, rate):
    a = access.duty("KZ", market, code)            # Kazakhstan: no agreement with the EU or the UK
    assert a.basis == "mfn" and a.rate_pct == rate and a.rate_low_pct is None
    assert a.source_id == "tariffs_uktrade_global_uk_tariff"


def test_a_subheading_with_several_rates_is_a_band_until_the_line_is_given(access):
    a = access.duty("KZ", "DE", "870830")
    assert (a.rate_low_pct, a.rate_pct, a.rate_high_pct) == (3.0, 3.75, 4.5)
    assert "give the 8-digit code" in a.note


def test_a_specific_duty_is_not_cut_down_to_its_percentage(access):
    """Biscuits 1905.31: 9 % + an agricultural component: not priced as 9 %; the product-group
    average stands and the note says why."""
    a = access.duty("KZ", "DE", "190531")
    assert a.rate_pct != 9.0 and "specific duty" in a.note


def test_the_comparison_prices_the_products_own_line(pack):
    project = Project("T", "TR-BUR", [Product("Brake pad", "8708309100", 20.0, 1.0, 0.002)], ["DE"],
                      {("Brake pad", "DE"): 1000.0}, ["KZ-ALA"])
    lanes = Engine(pack).compare(project).lanes.set_index("location")
    assert lanes.loc["KZ-ALA", "duty_rate_pct"] == 4.5
    assert lanes.loc["TR-BUR", "duty_rate_pct"] == 0.0            # Customs Union


def test_the_lines_match_the_published_rates(pack):
    """132 published EU, UK and US duties (tests/data/published_tariff_lines.csv, one source per row):
    every pure ad valorem one is Kök's line rate, or inside its subheading's band where only
    six digits are published (always for the US: its 8-digit lines are not the CN's); the codes
    Kök cannot find are the ones HS 2022 created (Kök's EU and UK tariffs are CN 2020 / UKGT
    2021) or lines with a specific duty."""
    import csv
    from pathlib import Path

    from kokapp.core.tariff_lines import TariffLines

    lines = TariffLines.of(pack)
    path = Path(__file__).resolve().parents[1] / "data" / "published_tariff_lines.csv"
    with open(path, encoding="utf-8") as fh:
        published = [r for r in csv.DictReader(fh) if r["rate_pct"]]
    matched, not_found = set(), []
    for r in published:
        assert r["source_url"].startswith("http")
        got = lines.lookup(r["importer"], r["code"])
        if not isinstance(got, tuple):
            not_found.append(r["code"])
            continue
        low, base, high, _, _ = got
        rate = float(r["rate_pct"])
        assert low <= rate <= high and (low != high or base == rate), (r["importer"], r["code"], rate, got)
        matched.add((r["importer"], r["code"][:6]))
    assert len(matched) >= 30
    assert len({hs6 for importer, hs6 in matched if importer == "US"}) >= 12
    assert sorted(not_found) == ["0702009900", "9401310000", "9401992090"]   # HS 2022 codes; tomatoes' entry price


def test_a_us_duty_is_its_subheadings_whatever_the_gtip_digits(pack):
    """HTS 8708.30 has two lines (8708.30.10 tractors Free, 8708.30.50 other 2.5 %): a GTİP's
    digits 7-8 say nothing about them, so the US duty is the subheading's band, noted as
    excluding the US additional duties."""
    from kokapp.core.tariff_lines import TariffLines

    lines = TariffLines.of(pack)
    low, base, high, source, note = lines.lookup("US", "8708309100")
    assert (low, base, high, source) == (0.0, 1.25, 2.5, "tariffs_usitc_hts_2026")
    assert lines.lookup("US", "870830") == (low, base, high, source, note)
    assert "Sections 232, 301" in note
    assert lines.lookup("US", "61091000")[1] == 16.5
    assert lines.lookup("US", "0201100500") == "subheading 020110 has lines with a specific duty"
