"""Corporate tax on one basis (combined statutory, Tax Foundation 2025): every rate is the
downloaded file's, parsed here again, with a few read off the file by hand."""

import csv
from pathlib import Path

import pytest

FILE = Path(__file__).resolve().parents[2] / "tools" / "downloads" / "taxfoundation_all_rates_2025.csv"


def test_every_rate_is_the_downloaded_2025_one(pack):
    with open(FILE, encoding="utf-8") as fh:
        rates = {r["ISO3"]: float(r["Corporate Tax Rate"]) for r in csv.DictReader(fh)}
    iso3 = dict(zip(pack.column("countries", "iso2"), pack.column("countries", "iso3")))
    for row in pack.records("operating"):
        assert row["cit_rate_pct"] == pytest.approx(rates[iso3[row["iso2"]]], abs=1e-4), row["iso2"]
        assert (row["cit_year"], row["cit_source_id"]) == (2025, "operating_taxfoundation_cit_2025")
    assert len(pack.records("operating")) == 72


def test_rates_read_off_the_file_by_hand(pack):
    operating = pack.index("operating", "iso2")
    assert operating["TR"]["cit_rate_pct"] == 25 and operating["MA"]["cit_rate_pct"] == 34
    assert operating["US"]["cit_rate_pct"] == pytest.approx(25.569714)     # combined federal and state, like the rest
    assert operating["DE"]["cit_rate_pct"] == pytest.approx(30.058462)
    assert pack.index("sources", "source_id")["operating_taxfoundation_cit_2025"]["method"] == "downloaded"
