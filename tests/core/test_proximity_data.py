"""The proximity facts are their sources': visa rules parsed again from the downloaded Passport
Index rows, treaty and language facts checked against what the files say for known cases."""

import csv
from pathlib import Path

from kokapp.core.reference import Reference

DOWNLOADS = Path(__file__).resolve().parents[2] / "tools" / "downloads"


def facts(pack, factor: str) -> dict[str, dict]:
    return {r["iso2"]: r for r in pack.records("country_factors") if r["factor"] == factor}


def test_visa_rules_are_the_passport_index_rows_for_the_turkish_passport(pack):
    with open(DOWNLOADS / "passport_index_tr_extract.csv", encoding="utf-8") as fh:
        rules = {r["Destination"]: r["Requirement"] for r in csv.DictReader(fh) if r["Passport"] == "TR"}
    visa = facts(pack, "visa_turkish_citizens")
    assert set(visa) == set(pack.column("countries", "iso2")) - {"TR"}
    for iso2, row in visa.items():
        need = rules[iso2]
        expected = 1.0 if need.isdigit() or need == "visa free" else 0.5 if need in ("visa on arrival", "e-visa", "eta") \
            else 0.0
        assert row["value"] == expected, iso2
    assert rules["DE"] == "visa required" and visa["DE"]["value"] == 0       # Schengen
    assert rules["GE"] == "360" and visa["GE"]["value"] == 1 and visa["EG"]["value"] == 0.5


def test_investment_treaties_as_unctad_lists_them(pack):
    bit = facts(pack, "bit_in_force")
    assert bit["DE"]["value"] == 1 and "1965-12-16" in bit["DE"]["note"]        # Germany - Turkey BIT (1962)
    assert bit["GE"]["value"] == 1 and "(2016)" in bit["GE"]["note"]           # the 2016 BIT replaced the 1992 one
    assert bit["BE"]["value"] == bit["LU"]["value"] == 1                        # one BLEU treaty
    assert bit["DZ"]["value"] == 0 and "signed" in bit["DZ"]["note"]           # signed 1998, never in force
    assert bit["IQ"]["value"] == 0 and bit["CY"]["value"] == 0
    assert bit["BY"]["value"] == 1 and bit["AM"]["value"] == 0 and bit["PS"]["value"] == 0     # 2018 BIT signed only
    assert sum(r["value"] for r in bit.values()) == 60


def test_a_turkic_official_language_only_where_cldr_and_glottolog_say_so(pack):
    turkic = {iso2 for iso2, r in facts(pack, "turkic_language").items() if r["value"] == 1}
    assert turkic == {"AZ", "KZ", "KG", "TM", "UZ", "CY"}                      # Cyprus: Turkish is co-official
    with open(DOWNLOADS / "glottolog_turkic_extract.csv", encoding="utf-8") as fh:
        codes = {r["ISO639P3code"] for r in csv.DictReader(fh)}
    assert {"tur", "kaz", "kir", "tuk", "azj"} <= codes and "rus" not in codes


def test_tax_treaties_are_transcribed_and_an_unknown_one_is_no_figure(pack):
    dtt = facts(pack, "dtt_in_force")
    assert {r["check"] for r in dtt.values()} == {"transcribed"}
    assert dtt["XK"]["value"] == 1 and dtt["CY"]["value"] == 0 and "IQ" not in dtt
    sources = pack.index("sources", "source_id")
    assert sources["dtt_turkiye_transcribed"]["method"] == "transcribed"
    assert sources["kok_proximity"]["method"] == "assumption"


def test_proximity_of_georgia_by_hand(pack):
    """Georgia: BIT in force 1, tax treaty 1, visa-free 1, no Turkic language 0, and the
    Turkish-born residents' log score — the mean of the five."""
    figure = Reference(pack).country_factor("proximity", "GE")
    parts = dict(p.rsplit(" ", 1) for p in figure.note.split(", "))
    assert parts["bit_in_force"] == parts["dtt_in_force"] == parts["visa_turkish_citizens"] == "1.00"
    assert parts["turkic_language"] == "0.00"
    assert figure.value == sum(float(v) for v in parts.values()) / len(parts)
