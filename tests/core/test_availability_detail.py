"""The availability details as phrase keys with their numbers (the window and the report word them)."""

import pytest

from kokapp.core.availability import STATUSES, availability
from kokapp.core.availability_detail import MARKS, Phrase, phrase


@pytest.mark.parametrize("detail, expected", [
    ("band 0-30 %, base 15 %", Phrase("band", {"low": 0.0, "high": 30.0, "base": 15.0})),
    ("band 2.5-12.5 %, base 7.5 %", Phrase("band", {"low": 2.5, "high": 12.5, "base": 7.5})),
    ("no tariff-line figures: averages of 22 WTO product groups (2023)",
     Phrase("tariff_groups", {"groups": 22, "year": 2023})),
    ("no tariff-line figures: averages of 22 WTO product groups", Phrase("tariff_groups", {"groups": 22})),
    ("no tariff-line figures: an all-products average only (2022)", Phrase("tariff_all_products", {"year": 2022})),
    ("no citable MFN tariff", Phrase("tariff_missing")),
    ("25 agreements in force, 16 transcribed, not re-checked", Phrase("agreements", {"count": 25, "unchecked": 16})),
    ("1 agreements in force", Phrase("agreements", {"count": 1})),
    ("no preferential agreement in force is listed", Phrase("agreements_none")),
    ("LPI 2018 (not in the 2023 edition)", Phrase("lpi_older", {"edition": 2018, "latest": 2023})),
    ("LPI 2023", Phrase("lpi", {"edition": 2023})),
    ("not scored by the World Bank LPI", Phrase("lpi_missing")),
    ("no statutory national minimum wage (wages set otherwise, e.g. by collective agreements)",
     Phrase("min_wage_none")),
    ("statutory minimum wage (2025)", Phrase("min_wage", {"year": 2025})),
    ("statutory minimum wage", Phrase("min_wage")),
    ("no statutory minimum wage bundled", Phrase("min_wage_missing")),
    ("corporate income tax (2024)", Phrase("cit", {"year": 2024})),
    ("no corporate income tax bundled", Phrase("cit_missing")),
    ("something new", Phrase("")),
    ("LPI 2023 and more", Phrase("")),                # the whole detail must match, not its start
])
def test_phrase_by_hand(detail, expected):
    assert phrase(detail) == expected


def test_every_detail_of_the_bundled_data_is_a_known_phrase(pack):
    """A new wording in availability.py must be taught here too, else the window shows it in English."""
    unknown = {r.detail for r in availability(pack) if not phrase(r.detail).key}
    assert unknown == set()


def test_a_mark_for_every_status():
    assert set(MARKS) == set(STATUSES) and len(set(MARKS.values())) == len(STATUSES)
