"""Spot checks of bundled figures against their published sources, and coverage of the pack."""

import pandas as pd


def row(pack, table, **where) -> pd.Series:
    frame = pack.table(table)
    mask = pd.Series(True, index=frame.index)
    for column, value in where.items():
        mask &= frame[column] == value
    assert mask.sum() == 1, f"{table} {where}: {mask.sum()} rows"
    return frame[mask].iloc[0]


def test_lpi_2023_against_world_bank(pack):
    # Connecting to Compete 2023, International LPI scorecard.
    assert row(pack, "lpi", iso2="TR")[["edition", "overall"]].tolist() == [2023, 3.4]
    assert row(pack, "lpi", iso2="DE")["overall"] == 4.1
    assert row(pack, "lpi", iso2="RS")["overall"] == 2.8
    assert row(pack, "lpi", iso2="MA")["edition"] == 2018  # Morocco is not in LPI 2023


def test_agreements_against_official_texts(pack):
    saa = row(pack, "agreements", party_a="EU", party_b="RS")
    assert saa["type"] == "SAA" and saa["in_force"].startswith("2013")
    cu = row(pack, "agreements", agreement_id="eu_tr_cu")
    assert (cu["type"], cu["in_force"], cu["coverage"]) == ("CU", "1995-12-31", "industrial_processed_agri")
    israel = pack.table("agreements").query("party_a == 'TR' and party_b == 'IL'")
    assert israel["status"].tolist() == ["suspended"]


def test_country_coverage(pack):
    countries = pack.table("countries")
    assert len(countries) >= 60
    eu = pack.table("blocs").query("bloc == 'EU'")["iso2"]
    assert len(eu) == 27
    assert {"XK", "RS", "MK", "GE", "MA", "EG", "IQ", "KZ", "US", "CN", "RU"} <= set(countries["iso2"])
    names = countries.set_index("iso2")
    assert names.loc["RS", "name_tr"] == "Sırbistan"
    assert names.loc["XK", "name_tr"] == "Kosova"
    assert names.loc["BG", "currency"] == "EUR"  # euro since 1 January 2026
    assert names.loc["RS", "landlocked"] and not names.loc["TR", "landlocked"]


def test_sites(pack):
    sites = pack.table("sites")
    assert (sites["kind"] == "tr_hub").sum() >= 8
    assert (sites["kind"] == "nearshore").sum() >= 30
    for country in ["RS", "MK", "BG", "MA", "EG", "GE"]:
        assert (sites["iso2"] == country).any()


def test_hs_nomenclature(pack):
    assert len(pack.table("hs_sections")) == 21
    chapters = pack.table("hs_chapters").set_index("chapter")
    assert len(chapters) == 97
    assert chapters.loc["87", "title_tr"].startswith("Motorlu kara taşıtları")
    assert chapters.loc["87", "section"] == 17
    assert chapters.loc["01", "ag_customs_union_excluded"] == "yes"
    assert chapters.loc["84", "ag_customs_union_excluded"] == "no"


def test_every_dataset_names_a_licensed_dated_source(pack):
    for dataset in pack.datasets():
        if dataset.name == "sources":
            continue
        assert dataset.sources, dataset.name
        for source in dataset.sources:
            assert source.licence and 1950 <= source.year <= 2030, (dataset.name, source)


def test_freight_ranges_are_ordered(pack):
    freight = pack.table("freight_parameters")
    assert (freight["low"] <= freight["base"]).all() and (freight["base"] <= freight["high"]).all()
