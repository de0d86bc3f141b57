"""Messages name fields in words, in the UI language: never a core path such as products[2].hs_code."""

from __future__ import annotations

import pytest

from kokapp.core.project import ProjectError
from kokapp.core.setup_options import FeasibilityError
from kokapp.gui.i18n import install_language
from kokapp.gui.messages import describe, describe_warning
from kokapp.io.project_schema import LoadWarning

CASES = [
    (ProjectError("products[2].hs_code", "HS chapter does not exist", "7799"),
     "Product 3 · HS code (GTİP): HS chapter does not exist", "Ürün 3"),
    (ProjectError("products", "add at least one product"), "Products: add at least one product", "Ürünler"),
    (ProjectError("markets[1]", "market listed twice", "DE"), "Target market 2: market listed twice", "Hedef pazar 2"),
    (ProjectError("weights", "at least one criterion needs a weight above zero"),
     "No criterion is weighted: move at least one slider above zero to rank the locations.", "kaydırıcı"),
    (FeasibilityError("options[RS-BEG].rent_eur_month", "must not be negative", -5),
     "Set-up at Belgrade · Rent: must not be negative", "Belgrade"),
    (FeasibilityError("wage/MA", "no statutory minimum wage bundled: enter your figure", "MA"),
     "No statutory minimum wage is bundled for Morocco. Enter the monthly minimum wage in EUR as your figure "
     "'Statutory minimum wage — Morocco' in Tools ▸ Data sources.", "Fas"),
]
RAW = ("products", "hs_code", "markets[", "weights", "options[", "rent_eur_month", "wage/MA")


@pytest.mark.parametrize("error, english, turkish_part", CASES)
def test_fields_in_words(qapp, error, english, turkish_part):
    names = {"RS-BEG": "Belgrade"}
    install_language(qapp, "en")
    assert describe(error, names) == english
    install_language(qapp, "tr")
    try:
        text = describe(error, names)
        assert turkish_part in text and not any(raw in text for raw in RAW), text
    finally:
        install_language(qapp, "en")


def test_an_incomplete_project_warning_names_the_field(qapp):
    install_language(qapp, "en")
    text = describe_warning(LoadWarning("incomplete", "volumes: enter an annual volume for at least one product and market"))
    assert text == "The project is not complete yet: Annual volumes: enter an annual volume for at least one product and market"


def test_countries_are_named_as_the_pack_names_them_and_others_through_cldr(qapp):
    """The pack's names first (the names the window shows elsewhere, without loading babel's CLDR
    data); a supplier's country outside the pack (South Korea) through CLDR; an unknown code stays."""
    from kokapp.core.datapack import bundled_datapack
    from kokapp.gui.field_labels import country_name, know_countries

    pack = bundled_datapack()
    know_countries(pack)
    names = dict(zip(pack.column("countries", "iso2"), pack.column("countries", "name_tr")))
    install_language(qapp, "tr")
    try:
        assert country_name("MA") == names["MA"] == "Fas"
        assert "KR" not in names and country_name("KR") == "Güney Kore"
        assert country_name("QQ") == "QQ"
    finally:
        install_language(qapp, "en")
    assert country_name("KR") == "South Korea" and country_name("TR") == "Türkiye"
