"""Country names as Turkish firms type them resolve to the pack's markets; a real country without
data and a name nobody knows are told apart and name what was typed."""

import csv

import pytest
from babel import Locale

from kokapp.core.country_lookup import (MARKET, NO_DATA, UNKNOWN, CountryResolver, CountryWithoutDataError,
                                        UnknownCountryError, country_key, country_resolver)
from kokapp.core.datapack import bundled_datapack
from kokapp.paths import data_dir

PACK = bundled_datapack()
RESOLVER = country_resolver(PACK)


@pytest.mark.parametrize("typed, iso2", [
    # the aliases the brief names, as typed
    ("İngiltere", "GB"), ("ingiltere", "GB"), ("INGILTERE", "GB"), ("Birleşik Krallık", "GB"),
    ("UK", "GB"), ("U.K.", "GB"), ("BK", "GB"), ("ABD", "US"), ("A.B.D.", "US"), ("Amerika", "US"),
    ("S. Arabistan", "SA"), ("Suudi", "SA"), ("KSA", "SA"), ("BAE", "AE"), ("bae", "AE"), ("UAE", "AE"),
    ("Irak", "IQ"), ("IRAK", "IQ"), ("ırak", "IQ"), ("irak", "IQ"), ("Holanda", "NL"),
    ("Rusya Federasyonu", "RU"), ("RUSYA FEDERASYONU", "RU"), ("Makedonya", "MK"), ("Bosna", "BA"),
    ("Kıbrıs", "CY"), ("KIBRIS", "CY"), ("GKRY", "CY"), ("EL", "GR"),
    # pack names in both languages, ISO2 and ISO3 in any case, the box's own "Name (XX)" entries
    ("Almanya", "DE"), ("Germany", "DE"), ("DE", "DE"), ("de", "DE"), ("DEU", "DE"), ("deu", "DE"),
    ("Almanya (DE)", "DE"), ("Germany (DEU)", "DE"), ("Çekya", "CZ"), ("Çek Cumhuriyeti", "CZ"),
    ("Czech Republic", "CZ"), ("cekya", "CZ"), ("Türkiye", "TR"), ("Turkey", "TR"), ("TÜRKİYE", "TR"),
    ("İsviçre", "CH"), ("isvicre", "CH"), ("ISVIÇRE", "CH"), ("Bosna ve Hersek", "BA"),
    ("Bosnia and Herzegovina", "BA"), ("bosnia-herzegovina", "BA"), ("  Sırbistan  ", "RS"),
    ("United States of America", "US"), ("Russian Federation", "RU"), ("Kuzey Makedonya", "MK"),
])
def test_markets_as_people_type_them(typed, iso2):
    match = RESOLVER.lookup(typed)
    assert (match.status, match.iso2) == (MARKET, iso2), typed
    assert RESOLVER.market(typed) == iso2


@pytest.mark.parametrize("typed, iso2, english, turkish", [
    ("Japonya", "JP", "Japan", "Japonya"), ("Japan", "JP", "Japan", "Japonya"), ("JPN", "JP", "Japan", "Japonya"),
    ("jp", "JP", "Japan", "Japonya"), ("Kanada", "CA", "Canada", "Kanada"), ("Güney Kore", "KR", "South Korea", "Güney Kore"),
    ("Fildişi Sahili", "CI", "Côte d’Ivoire", "Côte d’Ivoire"), ("Sudan", "SD", "Sudan", "Sudan"),
])
def test_real_countries_without_data_are_named(typed, iso2, english, turkish):
    match = RESOLVER.lookup(typed)
    assert (match.status, match.iso2, match.name("en"), match.name("tr")) == (NO_DATA, iso2, english, turkish)
    with pytest.raises(CountryWithoutDataError) as raised:
        RESOLVER.market(typed)
    assert raised.value.typed == typed.strip() and raised.value.iso2 == iso2
    assert f"Kök has no data for {english}" in str(raised.value)


@pytest.mark.parametrize("typed, suggestion", [
    ("Narnia", ""), ("Almanyaa", "DE"), ("Avrupa", ""), ("Europe", ""), ("EU", ""), ("Avrupa Birliği", ""),
    ("DDR", ""), ("KKTC", ""), ("123", ""), ("İngilterre", "GB"), ("—", ""),
])
def test_unknown_names_are_named_never_replaced(typed, suggestion):
    match = RESOLVER.lookup(typed)
    assert (match.status, match.iso2, match.typed, match.suggestion) == (UNKNOWN, "", typed, suggestion)
    with pytest.raises(UnknownCountryError) as raised:
        RESOLVER.market(typed)
    assert typed in str(raised.value) and raised.value.suggestion == suggestion


def test_empty_text_is_unknown_not_a_market():
    assert RESOLVER.lookup("").status == UNKNOWN and RESOLVER.lookup("   ").typed == ""


def test_key_folds_case_turkish_letters_accents_and_punctuation():
    assert country_key("İSVİÇRE") == country_key("isviçre") == country_key("ISVICRE") == "isvicre"
    assert country_key("Côte d’Ivoire") == country_key("cote divoire")
    assert country_key("Bosna ve Hersek") == country_key("Bosna-Hersek") == "bosnahersek"
    assert country_key("S. Arabistan") == "sarabistan"


def test_every_alias_row_names_a_real_country_and_resolves_to_it():
    with open(data_dir() / "country_aliases.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    territories = Locale("en").territories
    assert len(rows) >= 40
    for row in rows:
        assert row["iso2"] in territories, row
        assert RESOLVER.lookup(row["alias"]).iso2 == row["iso2"], row["alias"]
        assert row["kind"] != "common_usage" or row["source_id"] == "kok_country_common_usage", row


def test_every_market_resolves_by_each_of_its_names_and_codes():
    for row in PACK.records("countries"):
        for text in (row["iso2"], row["iso3"], row["name_en"], row["name_tr"], row["name_tr"].upper()):
            assert RESOLVER.market(text) == row["iso2"], text


def test_completer_aliases_point_at_markets_only():
    aliases = dict(RESOLVER.market_aliases())
    assert aliases["İngiltere"] == "GB" and aliases["BAE"] == "AE" and aliases["EL"] == "GR"
    assert "Fildişi Sahili" not in aliases and set(aliases.values()) <= set(RESOLVER.markets)


def test_a_name_two_countries_claim_is_never_guessed():
    resolver = CountryResolver([{"iso2": "DE", "iso3": "DEU", "name_en": "Germany", "name_tr": "Almanya"}],
                               [("Deutschland", "DE"), ("Kongo", "CD"), ("Kongo", "CG")])
    assert resolver.lookup("Deutschland").iso2 == "DE"
    assert resolver.lookup("Kongo").status == UNKNOWN


def test_without_babel_data_unknown_countries_are_still_reported(monkeypatch):
    resolver = CountryResolver.from_pack(PACK)
    monkeypatch.setattr("babel.Locale", None)   # as in a build without babel's locale data
    assert resolver.lookup("Japonya").status == UNKNOWN
    assert resolver.lookup("İngiltere").iso2 == "GB"
