from kokapp.core.text import ascii_key, fold


def test_turkish_case_folding():
    assert fold("IŞIK") == fold("ışık") == "ışık"
    assert fold("İZMİR") == fold("izmir") == "izmir"
    assert fold("IŞIK") != fold("işik")          # I is dotless in Turkish
    assert fold("ISTANBUL", "en") == "istanbul"   # English rules elsewhere


def test_ascii_key_for_headers():
    assert ascii_key("Brüt Ağırlık (kg)") == ascii_key("brut agirlik kg") == "brutagirlikkg"
    assert ascii_key("GTİP") == "gtip"


def test_clean_text_removes_what_no_file_can_hold():
    from kokapp.core.text import clean_text

    assert clean_text("Fren\x0bbalatası") == "Fren balatası"          # Word's Shift+Enter
    assert clean_text("A\x00B\x01C\x1fD") == "ABCD"
    assert clean_text("kırık \ud800 yüzey") == "kırık  yüzey"           # a lone surrogate
    assert clean_text("satır 1\nsatır 2\tsekme\r") == "satır 1\nsatır 2\tsekme\r"   # kept
    assert clean_text("Şükrü Öztürk 😀 İĞÜ") == "Şükrü Öztürk 😀 İĞÜ"
    assert clean_text("\ufffe\uffff") == ""
    for text in ("\x0b\x00\ud83d", "ok"):
        clean_text(text).encode("utf-8")                              # always encodable
