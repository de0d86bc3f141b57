"""Importing products and volumes as SMEs keep them: Turkish or English headers, comma
decimals, Windows Turkish CSV, Excel files; every bad row reported, none imported wrongly."""

import csv
import json
import subprocess
import sys

import pytest
from openpyxl import Workbook

from kokapp.core.datapack import bundled_datapack
from kokapp.io.project_file import load_project
from kokapp.io.table_import import ImportFileError, import_table, parse_amount

PACK = bundled_datapack()
ROWS = [["Ürün adı", "GTİP", "Birim Fiyat (EUR)", "Brüt Ağırlık (kg)", "Hacim (m³)", "Palet başına adet",
         "Almanya", "İTALYA (adet)", "FR", "Notlar"],
        ["Fren balatası", "8708.30", "18,50", "1,2", "0,0018", "600", "90.000", "45.000", "38000", "x"],
        ["Amortisör", "870880", "35", "2,8", "0,006", "", "24.000", "", "9000", ""],
        ["", "", "", "", "", "", "", "", "", ""],
        ["Bozuk satır", "87", "abc", "-1", "0,01", "2,5", "-5", "", "", ""],
        ["Fren balatası", "870830", "10", "1", "0,01", "", "", "", "", ""]]


def write_csv(path, rows, encoding="utf-8-sig", delimiter=";"):
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def test_turkish_csv_in_windows_encoding(tmp_path):
    result = import_table(write_csv(tmp_path / "ürünler.csv", ROWS, encoding="cp1254"), PACK)
    assert result.columns["unit_value_eur"] == "Birim Fiyat (EUR)"
    assert result.market_columns == {"DE": "Almanya", "IT": "İTALYA (adet)", "FR": "FR"}
    assert result.ignored_columns == ["Notlar"] and result.rows_read == 4
    assert [p.name for p in result.products] == ["Fren balatası", "Amortisör"]
    first = result.products[0]
    assert (first.hs_code, first.unit_value_eur, first.unit_weight_kg, first.units_per_pallet) == ("870830", 18.5, 1.2, 600)
    assert result.volumes[("Fren balatası", "DE")] == 90000 and ("Amortisör", "IT") not in result.volumes
    assert {(i.row, i.field) for i in result.issues} == {
        (5, "hs_code"), (5, "unit_value_eur"), (5, "unit_weight_kg"), (5, "units_per_pallet"), (5, "DE"), (6, "name")}


def test_english_excel_file(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Product", "HS code", "Unit value EUR", "Gross weight kg", "Volume m3", "Germany", "Iraq"])
    ws.append(["Brake pad", 870830, 18.5, 1.2, 0.0018, 90000, 20000])
    ws.append(["Wiring harness", "854430", 42, 1.5, 0.004, 30000, None])
    wb.save(tmp_path / "products.xlsx")
    result = import_table(tmp_path / "products.xlsx", PACK)
    assert result.issues == [] and [p.hs_code for p in result.products] == ["870830", "854430"]
    assert result.volumes == {("Brake pad", "DE"): 90000, ("Brake pad", "IQ"): 20000, ("Wiring harness", "DE"): 30000}


def test_ambiguous_thousands_in_a_decimal_column_is_reported(tmp_path):
    rows = [ROWS[0][:5], ["Radyatör", "870891", "1.500", "6,5", "0,04"]]
    result = import_table(write_csv(tmp_path / "r.csv", rows), PACK)
    assert result.products == [] and result.issues[0].field == "unit_value_eur"
    assert "ambiguous" in result.issues[0].message


@pytest.mark.parametrize("text, decimal, count", [
    ("1.234,56", 1234.56, 1234.56), ("1,234.56", 1234.56, 1234.56), ("12,5", 12.5, 12.5),
    ("1.500", None, 1500.0), ("1.500.000", 1500000.0, 1500000.0), ("0,008", 0.008, 0.008),
    ("€ 18,00", 18.0, 18.0), ("abc", None, None), ("", None, None), ("1e5", None, None),
])
def test_parse_amount(text, decimal, count):
    assert parse_amount(text)[0] == decimal
    assert parse_amount(text, count=True)[0] == count


@pytest.mark.parametrize("name, content, message", [
    ("x.pdf", b"%PDF-1.4", "not an .xlsx or .csv"),
    ("x.xlsx", b"not a zip at all", "not a readable spreadsheet"),
    ("x.csv", "Renk;Boyut\nmavi;3\n".encode(), "no column for"),
    ("x.csv", b"", "is empty"),
])
def test_unreadable_files(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        import_table(path, PACK)


def test_cli_import_refuses_bad_rows_then_keeps_valid_ones(tmp_path):
    source = write_csv(tmp_path / "ürünler.csv", ROWS)
    target = tmp_path / "Yeni proje.kok"
    run = [sys.executable, "-m", "kokapp", "import", str(source), "-o", str(target), "--json"]
    refused = subprocess.run(run, capture_output=True, text=True, timeout=120)
    report = json.loads(refused.stdout)
    assert refused.returncode == 1 and report["written"] is None and not target.exists()
    assert {"row": 6, "field": "name", "message": "duplicate of row 2", "value": "Fren balatası"} in report["issues"]
    kept = subprocess.run(run + ["--keep-valid", "--company", "İthalat A.Ş."], capture_output=True, text=True, timeout=120)
    assert json.loads(kept.stdout)["written"] == str(target)
    project = load_project(target, PACK)
    assert project.company == "İthalat A.Ş." and len(project.products) == 2 and project.markets == ["DE", "IT", "FR"]


def test_numbers_no_project_can_hold_are_refused_as_text_and_as_number_cells():
    """Typed text and an Excel number cell alike: over 10^12 is too large, 10^12 itself is fine."""
    from kokapp.io.table_import import TOO_LARGE

    for cell in ("50.000.000.000.000", 5e13, 50_000_000_000_000):
        assert parse_amount(cell, count=True) == (None, TOO_LARGE)
    assert parse_amount(1e12, count=True) == (1e12, None)
