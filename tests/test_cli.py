"""The headless CLI as an advisor uses it: real subprocesses, real exit codes, parseable JSON."""

import json
import shutil
import subprocess
import sys

import pytest

from kokapp.cli import main
from kokapp.paths import data_dir


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kokapp", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def test_data_check_passes_on_bundled_pack():
    result = run("data", "check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK:")


def test_data_check_names_the_broken_place(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(data_dir(), folder)
    lines = (folder / "lpi.csv").read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace(",2023,", ",20x3,", 1)
    (folder / "lpi.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("data", "check", "--data", str(folder))
    assert result.returncode == 1
    assert "lpi.csv, line 4, field 'edition'" in result.stderr


def test_data_sources_json_lists_licences():
    payload = json.loads(run("data", "sources", "--json").stdout)
    lpi = next(d for d in payload["datasets"] if d["name"] == "lpi")
    assert any(s["organisation"] == "World Bank" and s["licence"] == "CC BY 4.0" for s in lpi["sources"])


def test_data_availability_json_and_text():
    payload = json.loads(run("data", "availability", "--json").stdout)
    iraq = next(r for r in payload["markets"] if r["market"] == "IQ" and r["figure"] == "tariff")
    assert iraq["status"] == "banded"
    assert sum(payload["summary"]["tariff"].values()) == len({r["market"] for r in payload["markets"]})
    text = run("data", "availability").stdout
    assert "Iraq (IQ)" in text and "● downloaded" in text


def test_compare_demo_json():
    result = run("compare", "--demo", "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    ranking = payload["ranking"]
    assert [r["rank"] for r in ranking] == list(range(1, 8))
    assert sum(r["baseline"] for r in ranking) == 1
    assert {r["location"] for r in ranking} >= {"TR-BUR", "RS-BEG", "MA-TNG", "GE-TBS"}
    assert payload["overrides"][0]["key"] == "freight/road_ftl/rate_per_km"
    verdict = payload["verdict"]                         # money first: the cheapest location against Bursa
    best = next(r for r in ranking if r["location"] == verdict["cheapest_location"])
    assert best["delta_vs_baseline_eur_year"] == pytest.approx(-verdict["saving_eur_year"], abs=0.01)
    assert payload["delta_vs_baseline"][best["location"]] == best["delta_vs_baseline_eur_year"]
    # Tangier would save most if the goods were made there, but no set-up there pays: keep exporting
    assert verdict["key"] == "keep_cheaper" and verdict["keep_exporting"] and best["location"] == "MA-TNG"
    assert verdict["text"].startswith("Keep exporting from Bursa, Türkiye: " + best["name"])
    money = {m["location"]: m for m in payload["money"]}
    assert money["MA-TNG"]["best_setup"]["npv_eur"] < 0
    assert money["GE-TBS"]["best_setup"] is None and money["GE-TBS"]["setup_not_evaluated"][0]["field"] == "wage/GE"
    assert money["RS-BEG"]["best_setup"]["kind"] in ("logistics_hub", "assembly", "sales_office")
    assert payload["excluded"] == [] and payload["ranking_rules"] == {"method": "value", "missing": "spread"}
    assert [r["score"] for r in ranking] == sorted((r["score"] for r in ranking), reverse=True)
    for r in ranking:
        assert set(r["criteria"]) == {"logistics_cost_eur_year", "duty_cost_eur_year", "distance_km",
                                      "transit_days", "duty_free_share", "lpi", "min_wage_eur_month",
                                      "cit_pct", "labour_cost_mfg_eur_hour", "electricity_eur_kwh", "governance_wgi",
                                      "proximity_0_1", "lpi_customs", "lpi_timeliness"}
    belgrade = next(r for r in ranking if r["location"] == "RS-BEG")["criteria"]
    assert belgrade["governance_wgi"] == -0.11 and belgrade["electricity_eur_kwh"] == 0.13   # WGI 2022, Eurostat 2024-S2
    assert belgrade["lpi_customs"] == 2.2 and belgrade["lpi_timeliness"] == 3.4


def test_compare_knockouts_and_method_from_the_command_line():
    """Transit at most 12 days and LPI at least 3: the locations failing either are excluded with
    the reason, and rank after the rest."""
    payload = json.loads(run("compare", "--demo", "--json", "--max-transit-days", "12", "--min-lpi", "3",
                             "--method", "geometric").stdout)
    excluded = {e["location"]: [r["rule"] for r in e["reasons"]] for e in payload["excluded"]}
    assert excluded == {"RS-BEG": ["min_lpi"], "MA-TNG": ["min_lpi"], "EG-ALY": ["max_transit_days"],
                        "GE-TBS": ["max_transit_days", "min_lpi"]}
    ranking = payload["ranking"]
    assert [r["excluded"] for r in ranking] == [False] * 3 + [True] * 4
    assert payload["ranking_rules"] == {"method": "geometric", "missing": "spread", "max_transit_days": 12.0,
                                        "min_lpi": 3.0}
    text = run("compare", "--demo", "--max-transit-days", "12").stdout
    assert "Alexandria, Egypt excluded: transit 13.3 days > 12." in text


def test_compare_demo_text_mentions_baseline_and_gaps():
    result = run("compare", "--demo")
    assert result.returncode == 0, result.stderr
    assert "Türkiye baseline" in result.stdout
    assert "IQ" in result.stdout  # no citable Iraqi tariff: said, not hidden


def test_lane_json_with_duty():
    payload = json.loads(run("lane", "TR-BUR", "DE", "--hs", "870830", "--json").stdout)
    assert payload["duty"]["basis"] == "agreement" and payload["duty"]["rate_pct"] == 0
    road = next(m for m in payload["modes"] if m["mode"] == "road_ftl")
    assert road["available"] and road["freight"]["low"] < road["freight"]["base"] < road["freight"]["high"]


def test_lane_json_route_legs_countries_and_crossings():
    payload = json.loads(run("lane", "TR-BUR", "RS", "--json").stdout)
    route = payload["route"]
    assert [c for leg in route for c in leg["countries"]][0] == "TR"
    crossings = [c["name"] for leg in route for c in leg["border_crossings"]]
    assert crossings[0].startswith("Kapıkule")
    road = next(m for m in payload["modes"] if m["mode"] == "road_ftl")
    assert road["countries"] == ["TR", "BG", "RS"] and road["route_customs_borders"] == 2
    assert road["transit_regime"] == "common_transit"
    assert sum(leg["km"] for leg in route) == pytest.approx(payload["distances"]["road_km"], abs=0.2)
    roro = next(m for m in payload["modes"] if m["mode"] == "roro")
    assert any(leg["mode"] == "roro_line" and leg["line"]["id"] == roro["via_line"] for leg in roro["route"])


def test_lane_without_land_route_says_why_and_scenarios_change_the_route():
    us = json.loads(run("lane", "TR-IST", "US", "--json").stdout)
    road = next(m for m in us["modes"] if m["mode"] == "road_ftl")
    assert not road["available"] and road["no_route_reason"] == "no land connection: sea or air only"
    closed = json.loads(run("lane", "TR-BUR", "RS", "--close-crossing", "TR-BG-KAPIKULE", "--json").stdout)
    names = [c["name"] for leg in closed["route"] for c in leg["border_crossings"]]
    assert not any(n.startswith("Kapıkule") for n in names)
    assert closed["scenario"]["closed_crossing"] == "TR-BG-KAPIKULE"
    gulf = json.loads(run("lane", "TR-MER", "AE", "--close-sea", "bab_el_mandeb", "--json").stdout)
    assert gulf["distances"]["sea_nm"] > 10_000
    bad = run("lane", "TR-BUR", "RS", "--close-crossing", "NOWHERE")
    assert bad.returncode == 2 and "not a crossing Kök can close" in bad.stderr


def test_lane_from_country_uses_its_first_site():
    payload = json.loads(run("lane", "RS", "IT", "--json").stdout)
    assert payload["from"]["iso2"] == "RS"


@pytest.mark.parametrize("args, message", [
    (["lane", "TR-BUR", "XX"], "unknown market"),
    (["lane", "QQ", "DE"], "unknown site or country"),
    (["lane", "TR-BUR", "DE", "--hs", "87"], "4, 6, 8 or 10 digits"),
    (["lane", "TR-BUR", "DE", "--hs", "87083"], "4, 6, 8 or 10 digits"),
    (["report", "--demo", "-o", "/tmp/x.pdf"], "ending in .xlsx"),
    (["compare"], "--demo"),
    (["compare", "/nonexistent/yok.kok"], "cannot be read"),
])
def test_bad_input_exit_2_with_message(capsys, args, message):
    assert main(args) == 2
    assert message in capsys.readouterr().err


def test_feasibility_summary_json():
    result = run("feasibility", "--demo", "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    kinds = {(r["location"], r["kind"]) for r in payload["results"]}
    assert ("RS-BEG", "assembly") in kinds and ("EG-ALY", "sales_office") in kinds
    # Georgia has no statutory minimum wage in the data: reported as needing the user's figure
    assert any(e["location"] == "GE-TBS" and e["field"] == "wage/GE" for e in payload["errors"])
    for r in payload["results"]:
        assert set(r["scenarios"]) == {"base", "pessimistic", "optimistic"}


def test_feasibility_detail_for_one_location():
    result = run("feasibility", "--demo", "--location", "RS-BEG", "--kind", "assembly", "--json")
    assert result.returncode == 0, result.stderr
    (r,) = json.loads(result.stdout)["results"]
    assert len(r["years"]) == 6 and r["years"][0]["cash_flow"] == -900000
    assert r["origins"]["DE"]["origin"] == "RS"
    assert any(a["parameter"] == "setup_cost_eur" for a in r["assumptions"])
    assert 1 <= len(r["tornado"]) <= 8


def test_feasibility_errors_name_the_field(capsys):
    assert main(["feasibility", "--demo", "--location", "GE-TBS", "--kind", "assembly"]) == 2
    assert "wage/GE" in capsys.readouterr().err
    assert main(["feasibility", "--demo", "--location", "XX-YYY"]) == 2


def test_report_from_the_command_line(tmp_path):
    target = tmp_path / "Müşteri" / "özet ığüş.xlsx"
    target.parent.mkdir()
    result = run("report", "--demo", "-o", str(target), "--lang", "en")
    assert result.returncode == 0, result.stderr
    from openpyxl import load_workbook

    assert load_workbook(target).sheetnames[0] == "Summary"
    locked = run("report", "--demo", "-o", str(tmp_path / "missing" / "x.xlsx"))
    assert locked.returncode == 2 and "folder does not exist" in locked.stderr


def test_lane_takes_markets_and_gtip_as_people_write_them():
    """The window and the import accept 'Almanya', 'İngiltere' and 12-digit GTİP; so does `lane`."""
    import json
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "kokapp", "lane", "TR-BUR", "Almanya", "--hs", "6302.31.00.00.11",
                           "--json"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)
    assert info["to"]["iso2"] == "DE" and info["duty"]["hs"] == "6302310000"
    done = subprocess.run([sys.executable, "-m", "kokapp", "lane", "TR-BUR", "Japonya"], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2 and "no data for Japan" in done.stderr


def test_feasibility_counts_state_support_when_asked():
    """A Belgrade hub's 6,000 EUR/month rent: 36,000 EUR back in years 2-5 with --state-support."""
    args = ("feasibility", "--demo", "--location", "RS-BEG", "--kind", "logistics_hub", "--json")
    without = json.loads(run(*args).stdout)["results"][0]
    with_support = json.loads(run(*args, "--state-support").stdout)["results"][0]
    assert without["state_support"] == "not counted" and with_support["state_support"] == "counted"
    assert [y["state_support"] for y in with_support["years"]] == [0, 0, 36000, 36000, 36000, 36000]
    assert with_support["npv_eur"] > without["npv_eur"]


def test_the_cli_ranking_choices_are_the_cores():
    """cli_ranking repeats the method and preset names so that --help does not load numpy: they
    must stay the core's."""
    from kokapp.cli_ranking import METHODS, PRESETS
    from kokapp.core.ahp import PRESETS as WEIGHTS
    from kokapp.core.scoring import METHODS as CORE_METHODS

    assert METHODS == CORE_METHODS and PRESETS == tuple(WEIGHTS)


def test_origin_from_the_command_line_with_a_saved_bill_of_materials(tmp_path):
    from dataclasses import replace

    from kokapp.core.bom import BomLine
    from kokapp.core.datapack import bundled_datapack
    from kokapp.io.project_file import load_project, save_project
    from kokapp.paths import demo_project

    project = load_project(demo_project(), bundled_datapack())
    pads = replace(project.products[0], bom=(BomLine("6813", "CN", 7.0, "sürtünme malzemesi"),
                                             BomLine("7326", "TR", 2.5, "çelik taban"), BomLine("8708", "CN", 1.0)))
    path = tmp_path / "ürün ağacı.kok"
    save_project(replace(project, products=[pads, *project.products[1:]]), path)
    assert load_project(path, bundled_datapack()).products[0].bom == pads.bom          # saved and read back
    result = run("origin", str(path), "--product", pads.name, "--location", "MA-TNG", "--market", "DE", "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert (payload["status"], payload["agreement"], payload["rule_set"]) == ("not_originating", "eu_ma_aa", "pem_2012")
    assert payload["non_originating_share"] == round(10.5 / 18, 4) and payload["duty_basis"] == "not_originating"
    text = run("origin", str(path), "--product", pads.name, "--location", "RS-BEG", "--market", "DE").stdout
    assert "Verdict: originating" in text and "Proof: EUR.1 or origin declaration" in text
    wrong = run("origin", str(path), "--product", "nothing", "--location", "RS-BEG", "--market", "DE")
    assert wrong.returncode != 0 and "--product: 'nothing' is not a product" in wrong.stderr
