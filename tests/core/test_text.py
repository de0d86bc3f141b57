from kokapp.core.text import ascii_key, fold


def test_turkish_case_folding():
    assert fold("IŞIK") == fold("ışık") == "ışık"
    assert fold("İZMİR") == fold("izmir") == "izmir"
    assert fold("IŞIK") != fold("işik")          # I is dotless in Turkish
    assert fold("ISTANBUL", "en") == "istanbul"   # English rules elsewhere


def test_ascii_key_for_headers():
    assert ascii_key("Brüt Ağırlık (kg)") == ascii_key("brut agirlik kg") == "brutagirlikkg"
    assert ascii_key("GTİP") == "gtip"
