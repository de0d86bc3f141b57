"""Sheets as Turkish firms save them on Windows: UTF-8 with BOM, cp1254, UTF-16, CRLF, ';' with
comma decimals; country headers as people write them; GTİP cells in every length."""

import json
import subprocess
import sys

import pytest
from openpyxl import Workbook

from kokapp.core.datapack import bundled_datapack
from kokapp.io.sheet_reader import decode, separator_of
from kokapp.io.table_import import ImportWarning, column_letter, import_table

PACK = bundled_datapack()
HEADER = ["Ürün", "GTİP", "Birim değer", "Brüt ağırlık", "Hacim", "Almanya", "İngiltere"]
ROWS = [HEADER,
        ["Çelik Bağlantı Parçası", "7307.99.10.00", "12,50", "0,85", "0,0012", "1.200", "300"],
        ["Döküm Şaft Kapağı", "8483.90", "7,25", "2,4", "0,003", "", "1500"]]


def text_of(rows, separator=";", line_end="\r\n"):
    return line_end.join(separator.join(cells) for cells in rows) + line_end


def check_two_products(result):
    assert result.issues == [] and result.warnings == [] and result.ignored_columns == []
    assert result.columns["unit_value_eur"] == "Birim değer"
    assert result.market_columns == {"DE": "Almanya", "GB": "İngiltere"}
    first, second = result.products
    assert (first.name, first.hs_code, first.unit_value_eur, first.unit_weight_kg, first.unit_volume_m3) == \
        ("Çelik Bağlantı Parçası", "7307991000", 12.5, 0.85, 0.0012)
    assert (second.name, second.hs_code, second.unit_weight_kg) == ("Döküm Şaft Kapağı", "848390", 2.4)
    assert result.volumes == {("Çelik Bağlantı Parçası", "DE"): 1200, ("Çelik Bağlantı Parçası", "GB"): 300,
                              ("Döküm Şaft Kapağı", "GB"): 1500}


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp1254", "utf-16"])
@pytest.mark.parametrize("line_end", ["\r\n", "\n"])
def test_windows_encodings_and_line_ends(tmp_path, encoding, line_end):
    path = tmp_path / "ürünler.csv"
    path.write_bytes(text_of(ROWS, line_end=line_end).encode(encoding))
    if encoding == "utf-8-sig":
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    if encoding == "cp1254":
        assert "Ş".encode("cp1254") in path.read_bytes() and b"\xc5\x9e" not in path.read_bytes()
    check_two_products(import_table(path, PACK))


def test_unicode_text_export_is_tab_separated_utf16(tmp_path):
    path = tmp_path / "ürünler.txt"
    path.write_bytes(text_of(ROWS, separator="\t").encode("utf-16"))
    check_two_products(import_table(path, PACK))


def test_comma_separated_with_quoted_comma_decimals(tmp_path):
    quoted = [[f'"{c}"' if "," in c else c for c in row] for row in ROWS]
    path = tmp_path / "ürünler.csv"
    path.write_bytes(text_of(quoted, separator=",").encode("utf-8-sig"))
    check_two_products(import_table(path, PACK))


def test_separator_is_chosen_by_table_shape_not_comma_count():
    semicolons = "Ürün;Birim değer;Ağırlık\r\nA;1,5;2,25\r\nB;3,75;4,5\r\n"   # more commas than semicolons
    assert separator_of(semicolons) == ";"
    assert separator_of("a,b,c\n1,2,3\n") == "," and separator_of("a\tb\n1,5\t2,5\n") == "\t"
    assert decode("İngiltere".encode("cp1254")) == "İngiltere" and decode(b"\x81\x8d") is None


def test_country_headers_as_people_write_them(tmp_path):
    header = ["Ürün", "GTİP", "Birim değer", "Ağırlık", "Hacim", "BAE", "ABD", "S. Arabistan", "Japonya", "Narnia",
              "Almanyaa", "DE", "Almanya (adet)", "Notlar"]
    row = ["Çelik Bağlantı Parçası", "7307.99", "12,50", "0,85", "0,0012", "100", "200", "300", "400", "500",
           "x", "600", "700", "acil"]
    path = tmp_path / "pazarlar.csv"
    path.write_bytes(text_of([header, row]).encode("cp1254"))
    result = import_table(path, PACK)
    assert result.market_columns == {"AE": "BAE", "US": "ABD", "SA": "S. Arabistan", "DE": "DE"}
    assert result.warnings == [
        ImportWarning("no_data_country", "Japonya", "JP", "Japan"),
        ImportWarning("unknown_country", "Narnia"),                          # a column of numbers, no country
        ImportWarning("unknown_country", "Almanyaa", detail="DE"),          # close to a market's name
        ImportWarning("market_twice", "Almanya (adet)", "DE"),
    ]
    assert result.ignored_columns == ["Japonya", "Narnia", "Almanyaa", "Almanya (adet)", "Notlar"]
    assert "Kök has no data for Japan" in str(result.warnings[0]) and "did you mean DE" in str(result.warnings[2])
    assert result.volumes == {("Çelik Bağlantı Parçası", m): v for m, v in
                              (("AE", 100), ("US", 200), ("SA", 300), ("DE", 600))}


def test_gtip_cells_in_every_form(tmp_path):
    rows = [["Ürün", "GTİP", "Birim değer", "Ağırlık", "Hacim"],
            ["Nevresim", "6302.31.00.00.11", "9", "1", "0,01"],       # 12 digits: kept as 10, with a warning
            ["Bağlantı", "7307 99 10", "9", "1", "0,01"],
            ["Harf O", "87O8", "9", "1", "0,01"],
            ["Beş hane", "87083", "9", "1", "0,01"],
            ["Fasıl 77", "7701.00", "9", "1", "0,01"],
            ["Boş", "", "9", "1", "0,01"]]
    path = tmp_path / "gtip.csv"
    path.write_bytes(text_of(rows).encode("utf-8-sig"))
    result = import_table(path, PACK)
    assert [(p.name, p.hs_code) for p in result.products] == [("Nevresim", "6302310000"), ("Bağlantı", "73079910")]
    assert result.warnings == [ImportWarning("hs_digits_dropped", "GTİP", "6302.31.00.00.11", "6302.31.00.00", 2)]
    assert str(result.warnings[0]) == "row 2, 'GTİP': GTİP 6302.31.00.00.11 kept as 6302.31.00.00 " \
                                      "(a project keeps up to 10 digits)"
    assert [(i.row, i.field, i.cell, i.message, i.value) for i in result.issues] == [
        (4, "hs_code", "B4", "not an HS code: digits only", "87O8"),
        (5, "hs_code", "B5", "needs 4, 6, 8, 10 or 12 digits", "87083"),
        (6, "hs_code", "B6", "HS chapter does not exist", "7701.00"),
        (7, "hs_code", "B7", "empty", "")]
    assert str(result.issues[0]) == "row 4, hs_code (cell B4): not an HS code: digits only ('87O8')"


def test_gtip_number_cells_in_excel(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Ürün", "GTİP", "Birim değer", "Ağırlık", "Hacim", "İngiltere"])
    ws.append(["Nevresim", 630231000011, 9, 1, 0.01, 40])
    ws.append(["At", 10121000011, 900, 400, 3, 2])        # chapter 01: Excel dropped the leading zero
    ws.append(["Yanlış", 8708.3, 9, 1, 0.01, 1])          # '8708.30' turned into a number by Excel
    wb.save(tmp_path / "gtip.xlsx")
    result = import_table(tmp_path / "gtip.xlsx", PACK)
    assert [(p.name, p.hs_code) for p in result.products] == [("Nevresim", "6302310000"), ("At", "0101210000")]
    assert [(i.cell, i.value) for i in result.issues] == [("B4", "8708.3")]
    assert result.volumes[("Nevresim", "GB")] == 40


def test_column_letters():
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 701, 702)] == ["A", "B", "Z", "AA", "AB", "ZZ", "AAA"]


def test_cli_reads_a_turkish_windows_file(tmp_path):
    path = tmp_path / "ürünler.csv"
    path.write_bytes(text_of(ROWS).encode("cp1254"))
    target = tmp_path / "proje.kok"
    run = subprocess.run([sys.executable, "-m", "kokapp", "import", str(path), "-o", str(target), "--json"],
                         capture_output=True, text=True, timeout=120)
    report = json.loads(run.stdout)
    assert run.returncode == 0 and report["products_imported"] == 2 and report["issues"] == []
    assert report["market_columns"] == {"DE": "Almanya", "GB": "İngiltere"} and target.exists()
