"""Downloaded figures are traced to their files: every kept file has its recorded hash, the data
check rejects a changed one, and the figures are the files' own (parsed here independently, not
retyped): LPI 2023 scores, WGI governance, industrial electricity prices."""

import csv
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

from kokapp.core.downloads import check_downloads, sha256, source_checkout

ROOT = Path(__file__).resolve().parents[2]
DOWNLOADS = ROOT / "tools" / "downloads"


def test_every_kept_file_has_its_recorded_hash_and_a_downloaded_source(pack):
    assert source_checkout() == ROOT
    assert check_downloads(pack, ROOT) == []
    rows = pack.records("downloads")
    assert {r["file"] for r in rows} == {f"tools/downloads/{p.name}" for p in DOWNLOADS.iterdir()}
    sources = pack.index("sources", "source_id")
    for row in rows:
        assert sources[row["source_id"]]["method"] == "downloaded"
        assert row["sha256"] in sources[row["source_id"]]["edition"] or \
            row["original_sha256"] in sources[row["source_id"]]["edition"], row["file"]


def test_data_check_rejects_a_downloaded_file_whose_hash_changed(tmp_path, pack):
    shutil.copytree(DOWNLOADS, tmp_path / "tools" / "downloads")
    target = tmp_path / "tools" / "downloads" / "taxfoundation_all_rates_2025.csv"
    target.write_text(target.read_text(encoding="utf-8").replace('"TUR","Turkey","AS",25', '"TUR","Turkey","AS",20'),
                      encoding="utf-8")
    assert sha256(target) != sha256(DOWNLOADS / target.name)
    result = subprocess.run([sys.executable, "-m", "kokapp", "data", "check", "--downloads", str(tmp_path)],
                            capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 1
    line = 2 + [r["file"] for r in pack.records("downloads")].index("tools/downloads/" + target.name)
    assert f"downloads.csv, line {line}, field 'sha256': tools/downloads/taxfoundation_all_rates_2025.csv changed" \
        in result.stderr
    (tmp_path / "tools" / "downloads" / "lpi_2023_international.csv").unlink()
    issues = check_downloads(pack, tmp_path)
    assert sorted((i.field, "missing" in i.message or "changed" in i.message) for i in issues) == [
        ("file", True), ("sha256", True)]


def _lpi_file() -> dict[str, dict]:
    with open(DOWNLOADS / "lpi_2023_international.csv", encoding="latin-1") as fh:
        return {r["Economy"]: r for r in csv.DictReader(fh)}


LPI_COLUMNS = {"overall": "LPI Score", "customs": "Customs Score", "infrastructure": "Infrastructure Score",
               "international_shipments": "International Shipments Score",
               "logistics_competence": "Logistics Competence and Quality Score", "timeliness": "Timeliness Score",
               "tracking_tracing": "Tracking and Tracing Score"}


def test_every_lpi_2023_score_is_the_downloaded_files(pack):
    """All seven scores of every LPI 2023 row (over 400 figures) against the World Bank sheet;
    the file's one damaged name (Türkiye as 'TC<rkiye') is matched on purpose."""
    file = _lpi_file()
    file["Turkiye"] = file.pop("TC<rkiye")
    checked = 0
    for row in pack.records("lpi"):
        if row["edition"] != 2023:
            continue
        name = re.search(r"World Bank economy name: (.+)$", row["note"]).group(1).strip()
        for column, heading in LPI_COLUMNS.items():
            assert row[column] == pytest.approx(float(file[name][heading])), (row["iso2"], column)
            checked += 1
    assert checked >= 400
    assert pack.index("lpi", "iso2")["TR"]["timeliness"] == 3.6 and file["Turkiye"]["Timeliness Score"] == "3.6"


def test_governance_is_the_mean_of_the_six_downloaded_wgi_estimates(pack):
    with open(DOWNLOADS / "wgi_2023_update_est_extract.csv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh)]
    factors = {(r["iso2"], r["factor"]): r for r in pack.records("country_factors")}
    iso3 = {r["iso3"]: r["iso2"] for r in pack.records("countries")}
    estimates: dict[str, list[float]] = {}
    for r in rows:
        if r["Country Code"] in iso3:
            estimates.setdefault(iso3[r["Country Code"]], []).append(float(r["2022"]))
    assert len(estimates) == len(iso3)                           # all of Kök's countries, Kosovo as XKX
    for country, values in estimates.items():
        assert len(values) == 6
        assert factors[(country, "governance")]["value"] == pytest.approx(statistics.fmean(values), abs=5e-5)
    # by hand from the file's Türkiye rows: (-0.4676 - 0.1990 - 1.0399 - 0.2446 - 0.4581 - 0.9266) / 6
    assert factors[("TR", "governance")]["value"] == pytest.approx(-0.5560, abs=1e-4)
    assert factors[("TR", "governance")]["period"] == "2022"


def test_industrial_electricity_prices_are_the_downloaded_eurostat_figures(pack):
    with open(DOWNLOADS / "eurostat_nrg_pc_205_band_ic_time.csv", encoding="utf-8") as fh:
        file = {r["Geopolitical entity (reporting)"]: r for r in csv.DictReader(fh)}
    factors = {r["iso2"]: r for r in pack.records("country_factors") if r["factor"] == "energy_price"}
    for iso2, name in (("DE", "Germany"), ("TR", "Turkey"), ("RS", "Serbia"), ("GE", "Georgia"), ("XK", "Kosovo"),
                       ("PL", "Poland"), ("BG", "Bulgaria"), ("HU", "Hungary"), ("RO", "Romania"), ("MD", "Moldova")):
        assert factors[iso2]["value"] == pytest.approx(float(file[name]["2024 December"])), iso2
        assert factors[iso2]["period"] == "2024-S2"
    assert factors["MK"]["period"] == "2024-S1" and factors["MK"]["value"] == pytest.approx(
        float(file["North Macedonia"]["2024 June"]))
    assert "UA" not in factors and "GB" not in factors and "MA" not in factors    # too old / not covered: no row


def test_lpi_2018_rows_are_the_world_banks_2018_sheet_to_two_decimals(pack):
    with open(DOWNLOADS / "lpi_2018_sheet.csv", encoding="utf-8") as fh:
        file = {r["Country"]: r for r in csv.DictReader(fh)}
    headings = {"overall": "overall score", "customs": "Customs score", "timeliness": "Timeliness score",
                "tracking_tracing": "Tracking and tracing score", "infrastructure": "Infrastructure score"}
    lpi = pack.index("lpi", "iso2")
    for iso2, name in (("MA", "Morocco"), ("TN", "Tunisia"), ("JO", "Jordan"), ("LB", "Lebanon"), ("TM", "Turkmenistan")):
        assert lpi[iso2]["edition"] == 2018 and lpi[iso2]["check"] == "verified"
        for column, heading in headings.items():
            assert lpi[iso2][column] == pytest.approx(round(float(file[name][heading]), 2)), (iso2, column)
    assert lpi["TN"]["timeliness"] == 3.24 and lpi["MA"]["customs"] == 2.33     # read off the sheet by hand
    assert float(file["Germany"]["overall score"]) == max(float(r["overall score"]) for r in file.values()
                                                          if r["overall score"])
