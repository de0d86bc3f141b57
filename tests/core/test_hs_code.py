"""GTİP/HS codes in every form Turkish firms write them; anything else refused with its reason."""

import pytest

from kokapp.core.datapack import bundled_datapack
from kokapp.core.hs_code import (CHAPTER, CHARACTERS, EMPTY, LENGTH, STORED_DIGITS, HsCodeError, cell_text,
                                 format_hs, parse_hs)

CHAPTERS = set(bundled_datapack().column("hs_chapters", "chapter"))


@pytest.mark.parametrize("typed, digits, stored", [
    ("6302.31.00.00.11", "630231000011", "6302310000"),     # 12-digit GTİP as the tariff prints it
    ("6302 31 00 00 11", "630231000011", "6302310000"),
    ("630231000011", "630231000011", "6302310000"),
    ("6302.31.00.00", "6302310000", "6302310000"),           # 10
    ("8708.30.91", "87083091", "87083091"),                  # 8 (CN)
    ("870830", "870830", "870830"), ("8708.30", "870830", "870830"), ("8708 30", "870830", "870830"),
    ("8708", "8708", "8708"), (" 8708 ", "8708", "8708"), ("8708\u00a030", "870830", "870830"),
    ("0101.21", "010121", "010121"),
    (8708, "8708", "8708"), (870830.0, "870830", "870830"),  # number cells
    (101, "0101", "0101"), (10121000011, "010121000011", "0101210000"),   # leading zero lost by Excel
])
def test_accepted_forms(typed, digits, stored):
    code = parse_hs(typed, CHAPTERS)
    assert (code.digits, code.stored) == (digits, stored)
    assert code.dropped == digits[STORED_DIGITS:]


def test_levels_and_what_kok_uses():
    code = parse_hs("6302.31.00.00.11", CHAPTERS)
    assert (code.chapter, code.heading, code.subheading, code.used_level) == ("63", "6302", "630231", "chapter")
    assert code.formatted == "6302.31.00.00.11" and format_hs(code.stored) == "6302.31.00.00"
    assert parse_hs("8708", CHAPTERS).subheading is None and format_hs("870830") == "8708.30"


@pytest.mark.parametrize("typed, reason, digits", [
    ("", EMPTY, ""), ("   ", EMPTY, ""), (None, EMPTY, ""),
    ("87O8", CHARACTERS, ""), ("abc", CHARACTERS, ""), ("8708-30", CHARACTERS, ""), ("GTİP 8708", CHARACTERS, ""),
    ("-8708", CHARACTERS, ""), ("٨٧٠٨", CHARACTERS, ""),                      # Arabic-Indic digits are not read
    ("87083", LENGTH, "87083"), ("8708309", LENGTH, "8708309"), ("870830910", LENGTH, "870830910"),
    ("87083091001", LENGTH, "87083091001"), ("6302310000112", LENGTH, "6302310000112"), ("87", LENGTH, "87"),
    (8708.3, LENGTH, "87083"),                   # Excel turned '8708.30' into a number: refused, not truncated
    ("7701", CHAPTER, "7701"), ("0000", CHAPTER, "0000"), ("9801.00", CHAPTER, "980100"),
    ("99.01.00.00.00.00", CHAPTER, "990100000000"),
])
def test_refused_forms_say_why(typed, reason, digits):
    with pytest.raises(HsCodeError) as raised:
        parse_hs(typed, CHAPTERS)
    assert (raised.value.reason, raised.value.digits) == (reason, digits)
    assert raised.value.typed == cell_text(typed).strip()


def test_chapter_77_is_refused_even_if_a_pack_lists_it():
    assert "77" in CHAPTERS   # the pack lists the reserved chapter with its title
    with pytest.raises(HsCodeError) as raised:
        parse_hs("7701", CHAPTERS)
    assert raised.value.chapter == "77"
