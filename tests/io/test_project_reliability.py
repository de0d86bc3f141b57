"""Old, foreign and damaged project files; atomic saves that survive a killed process."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kokapp.core.datapack import bundled_datapack
from kokapp.io.project_file import FORMAT_VERSION, ProjectFileError, load_project, save_project
from kokapp.io.project_schema import MIGRATIONS
from kokapp.paths import demo_project

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "projects"


@pytest.mark.parametrize("version", range(1, FORMAT_VERSION + 1))
def test_every_released_format_still_opens(version):
    """Each released format is kept as a fixture; it loads, migrates and checks against the data."""
    warnings = []
    project = load_project(FIXTURES / f"format-{version}.kok", bundled_datapack(), warnings)
    assert project.company.startswith("Uludağ") and len(project.products) == 4
    assert project.volume("Fren balatası seti (brake pad set)", "DE") == 90000
    assert warnings == []


def test_every_old_format_has_a_migration():
    assert set(MIGRATIONS) == set(range(1, FORMAT_VERSION))


def test_format_1_gets_feasibility_defaults():
    project = load_project(FIXTURES / "format-1.kok")
    assert project.setup_options == {} and project.feasibility.horizon_years == 5


def write(tmp_path, data, name="p.kok") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def demo_data() -> dict:
    return json.loads(demo_project().read_text(encoding="utf-8"))


def test_unknown_fields_are_tolerated_with_a_warning(tmp_path):
    data = demo_data() | {"colour": "blue"}
    warnings = []
    load_project(write(tmp_path, data), bundled_datapack(), warnings)
    assert [(w.kind, w.detail) for w in warnings] == [("unknown_field", "colour")]


def test_removed_site_and_market_are_dropped_with_warnings(tmp_path):
    data = demo_data()
    data["candidates"].append("RS-OLD")
    data["markets"].append("ZZ")
    data["volumes"]["Amortisör (shock absorber)"]["ZZ"] = 10
    warnings = []
    project = load_project(write(tmp_path, data), bundled_datapack(), warnings)
    assert "RS-OLD" not in project.candidates and "ZZ" not in project.markets
    assert {w.kind for w in warnings} == {"removed_candidate", "removed_market"}
    assert all(m != "ZZ" for _, m in project.volumes)


def test_a_location_or_market_listed_twice_opens_once_with_a_warning(tmp_path):
    data = demo_data()
    data["candidates"].append(data["candidates"][0])
    data["markets"].append(data["markets"][0])
    warnings = []
    project = load_project(write(tmp_path, data), bundled_datapack(), warnings)
    assert project.candidates == demo_data()["candidates"] and project.markets == demo_data()["markets"]
    assert {(w.kind, w.detail) for w in warnings} == {("duplicate_candidate", data["candidates"][0]),
                                                     ("duplicate_market", data["markets"][0])}


@pytest.mark.parametrize("edit, field", [
    (lambda d: d["products"][1].update(hs_code="9800"), "products[1].hs_code"),
    (lambda d: d["products"][0].update(unit_value_eur=1e300), "products[0].unit_value_eur"),
    (lambda d: d["products"][0].update(unit_weight_kg=-3), "products[0].unit_weight_kg"),
    (lambda d: d["products"][2].update(name=d["products"][0]["name"]), "products[2].name"),
    (lambda d: d.update(origin_site="XX-YYY"), "origin_site"),
    (lambda d: d["weights"].update(lpi="high"), "weights.lpi"),
])
def test_bad_values_name_file_and_field(tmp_path, edit, field):
    data = demo_data()
    edit(data)
    path = write(tmp_path, data, "hatalı ürün.kok")
    with pytest.raises(ProjectFileError) as caught:
        load_project(path, bundled_datapack())
    assert caught.value.field == field and "hatalı ürün.kok" in caught.value.path


@pytest.mark.parametrize("content, message", [
    (demo_project().read_text(encoding="utf-8")[:500], "not valid JSON"),         # truncated
    ("PK\x03\x04 this is a zip, not a project", "not valid JSON"),               # wrong file type
    ("[" * 100000 + "]" * 100000, "JSON"),                                       # absurdly nested
])
def test_damaged_files(tmp_path, content, message):
    path = tmp_path / "x.kok"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProjectFileError, match=message):
        load_project(path)


@pytest.mark.parametrize("value", [float("nan"), float("inf")])
def test_nan_and_infinity_are_refused(tmp_path, value):
    data = demo_data()
    data["products"][0]["unit_value_eur"] = value      # json writes NaN / Infinity tokens
    with pytest.raises(ProjectFileError, match="finite") as caught:
        load_project(write(tmp_path, data))
    assert caught.value.field == "products[0].unit_value_eur"


def test_save_keeps_one_backup(tmp_path):
    project = load_project(demo_project())
    path = tmp_path / "çalışma.kok"
    save_project(project, path)
    assert not (tmp_path / "çalışma.kok.bak").exists()
    project.company = "İkinci kayıt"
    save_project(project, path)
    assert load_project(path).company == "İkinci kayıt"
    assert load_project(tmp_path / "çalışma.kok.bak").company.startswith("Uludağ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["çalışma.kok", "çalışma.kok.bak"]


KILLED_SAVE = """
import os, sys, time
from kokapp.io import project_file
from kokapp.io.project_file import load_project, save_project
from kokapp.paths import demo_project
real_fsync = os.fsync
def slow_fsync(fd):
    print("writing", flush=True)
    time.sleep(30)          # the parent kills us here, mid-save
    real_fsync(fd)
project_file.os.fsync = slow_fsync
project = load_project(demo_project())
project.company = "NEW " * 1000
save_project(project, sys.argv[1])
"""


def test_killed_save_leaves_the_previous_file_intact(tmp_path):
    path = tmp_path / "müşteri projesi.kok"
    save_project(load_project(demo_project()), path)
    before = path.read_bytes()
    child = subprocess.Popen([sys.executable, "-c", KILLED_SAVE, str(path)], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "writing"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert path.read_bytes() == before
    assert load_project(path).company.startswith("Uludağ")
    time.sleep(0)  # the abandoned temporary file is hidden and never mistaken for the project
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(".")] == ["müşteri projesi.kok"]
