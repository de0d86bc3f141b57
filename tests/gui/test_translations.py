"""Translations: the catalogues cover every string in the code, and the compiled ones load."""

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from kokapp.paths import translations_dir

REPO = Path(__file__).resolve().parents[2]
GUI_SOURCES = sorted(str(p) for p in (REPO / "kokapp" / "gui").glob("*.py"))


def lupdate() -> str:
    exe = shutil.which("pyside6-lupdate")
    if exe is None:
        pytest.skip("pyside6-lupdate is not on PATH")
    return exe


@pytest.mark.parametrize("language", ["tr", "en"])
def test_catalogue_is_complete_for_the_code(tmp_path, language):
    """Re-running lupdate on a copy finds no new string, and nothing is left unfinished."""
    copy = tmp_path / f"kokapp_{language}.ts"
    shutil.copy(REPO / "translations" / f"kokapp_{language}.ts", copy)
    result = subprocess.run([lupdate(), *GUI_SOURCES, "-ts", str(copy)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "(0 new and" in result.stdout, result.stdout
    unfinished = [m.find("source").text for m in ET.parse(copy).getroot().iter("message")
                  if m.find("translation").get("type") in ("unfinished", None) and not
                  (m.find("translation").text or list(m.find("translation")))]
    assert unfinished == []
    pending = [m.find("source").text for m in ET.parse(copy).getroot().iter("message")
               if m.find("translation").get("type") == "unfinished"]
    assert pending == []


def test_compiled_turkish_catalogue_loads():
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "kokapp_tr.qm"))
    assert translator.translate("MainWindow", "&File") == "&Dosya"
    assert translator.translate("ResultsPanel", "Market access") == "Pazara erişim"
    assert translator.translate("ProductsModel", "Paste %n product(s)", None, 3) == "%n ürün yapıştır"


def test_turkish_texts_use_turkish_letters():
    """A cheap guard against ASCII-only 'Turkish' (Turkce, Urun): the catalogue uses ı, ş, ğ, ü, ö, ç, İ."""
    text = (REPO / "translations" / "kokapp_tr.ts").read_text(encoding="utf-8")
    for letter in "ışğüöçİ":
        assert letter in text
