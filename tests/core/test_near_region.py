"""More of the near region: Armenia, Belarus, Palestine and Mauritania as markets, ten new
candidate sites with their zones, routes that respect closed borders, and the new countries'
figures from the same downloaded files as the others."""

import csv
from pathlib import Path

import pytest

DOWNLOADS = Path(__file__).resolve().parents[2] / "tools" / "downloads"
NEW_SITES = {"PL-LCJ", "PL-KTW", "UA-LWO", "LY-MRA", "LB-BEY", "KW-KWI", "QA-DOH", "OM-OHS", "BH-BAH", "TM-ASB",
             "KG-FRU"}


def test_new_markets_and_sites_are_in_the_pack(pack):
    countries = pack.index("countries", "iso2")
    assert {"AM", "BY", "PS", "MR"} <= set(countries)
    assert countries["AM"]["name_tr"] == "Ermenistan" and countries["AM"]["landlocked"] is True
    sites = pack.index("sites", "site_id")
    assert NEW_SITES <= set(sites) and all(sites[s]["kind"] == "nearshore" for s in NEW_SITES)
    land = {(a, b) for a, b in zip(pack.column("land_distances", "from_id"), pack.column("land_distances", "to_id"))}
    for site in NEW_SITES:
        assert (site, "DE") in land and ("TR-BUR", "AM") in land


def test_routes_to_the_new_markets_avoid_closed_borders(pack):
    legs = {(r["from_id"], r["to_id"]): r for r in pack.records("route_legs")}
    armenia = legs[("TR-BUR", "AM")]
    assert armenia["countries"] == "TR+GE+AM"                     # the Turkish-Armenian border is closed
    belarus = legs[("TR-BUR", "BY")]
    assert "UA" not in belarus["countries"].split("+")            # Ukraine-Belarus: closed since 2022
    palestine = legs[("TR-BUR", "PS")]
    assert "EG" not in palestine["countries"].split("+")          # Rafah is closed to goods


def test_new_countries_take_their_figures_from_the_downloaded_files(pack):
    operating = pack.index("operating", "iso2")
    assert operating["AM"]["min_wage_local"] == 75000 and operating["AM"]["min_wage_currency"] == "AMD"  # ILOSTAT 2024
    assert operating["AM"]["cit_rate_pct"] == 18 and operating["BY"]["cit_rate_pct"] == 25              # Tax Foundation
    assert operating["PS"]["min_wage_eur_month"] != operating["PS"]["min_wage_eur_month"]                # 2013: too old
    lpi = pack.index("lpi", "iso2")
    assert (lpi["AM"]["edition"], lpi["AM"]["overall"], lpi["AM"]["timeliness"]) == (2023, 2.5, 2.7)
    assert lpi["PS"]["overall"] != lpi["PS"]["overall"]                                                 # not scored
    with open(DOWNLOADS / "wdi_population_extract.csv", encoding="utf-8") as fh:
        population = {(r["Country Code"], r["Year"]): float(r["Value"]) for r in csv.DictReader(fh)}
    assert operating["PS"]["population_m"] == pytest.approx(population[("PSE", "2024")] / 1e6, abs=0.005)
    blocs = {(b, c) for b, c in zip(pack.column("blocs", "bloc"), pack.column("blocs", "iso2"))}
    assert {("EAEU", "AM"), ("EAEU", "BY"), ("GAFTA", "PS")} <= blocs and ("GAFTA", "MR") not in blocs
    agreements = pack.index("agreements", "agreement_id")
    assert agreements["eu_ps"]["in_force"] == "1997-07-01" and agreements["tr_ps"]["party_b"] == "PS"


def test_manufacturing_labour_cost_is_ilostats_hourly_figure(pack):
    with open(DOWNLOADS / "ilostat_lac_manufacturing_extract.csv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh)]
    turkey = max((r for r in rows if r["ref_area"] == "tur"), key=lambda r: int(r["time"]))
    cost = {r["iso2"]: r for r in pack.records("country_factors") if r["factor"] == "labour_cost_mfg"}
    assert turkey["time"] == "2024" and cost["TR"]["value"] == pytest.approx(round(float(turkey["lac_xees_eco_nb"])
                                                                                 / 55.8015, 2))
    germany = max((r for r in rows if r["ref_area"] == "deu"), key=lambda r: int(r["time"]))
    assert cost["DE"]["value"] == float(germany["lac_xees_eco_nb"])            # already in EUR
    assert cost["BG"]["value"] == pytest.approx(9.0)                           # 17.60 BGN at 1.95583
    assert "GE" not in cost and "MD" not in cost                               # monthly-sized series: left out
    assert all(1 <= r["value"] <= 100 for r in cost.values())


def test_turkish_born_residents_from_un_desa_2019(pack):
    with open(DOWNLOADS / "undesa_migrant_stock_2019_extract.csv", encoding="utf-8") as fh:
        table = {r["Dest"]: r["Turkey"] for r in csv.DictReader(fh)}
    people = {r["iso2"]: r["value"] for r in pack.records("country_factors") if r["factor"] == "turkish_born_residents"}
    assert people["DE"] == float(table["Germany"]) == 1531333
    assert people["BG"] == float(table["Bulgaria"]) and people["RU"] == float(table["Russian Federation"])
    assert "MA" not in people and table["Morocco"] == "0"                       # the table's 0 is "no data"
    assert "XK" not in people                                                   # counted within Serbia
