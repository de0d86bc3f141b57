"""A file Kök writes is a file Kök opens: a project the loader would refuse (a number over the
limit, NaN, more than MAX_FILE_BYTES, with the pack: a value the reference data refuses) is not
written. The error names the field, the file on disk stays as it was, and nothing is left in
the folder. The 1,048,576-row import that wrote a 254 MB project Kök then refused is refused
while importing (see test_import_bounds.py); here the save itself is tested."""

import csv
import json
import subprocess
import sys
from dataclasses import replace

import pytest

from kokapp.core.datapack import bundled_datapack
from kokapp.core.project import Override
from kokapp.io.project_file import (MAX_FILE_BYTES, ProjectFileError, ProjectSaveError, load_project,
                                    save_project)
from kokapp.io.project_schema import LIMIT, project_to_dict
from kokapp.paths import demo_project

PACK = bundled_datapack()


def demo():
    return load_project(demo_project())


def saved_once(tmp_path):
    path = tmp_path / "teklif.kok"
    save_project(demo(), path)
    return path, path.read_bytes()


def too_large_value(project) -> str:
    project.products[0] = replace(project.products[0], unit_value_eur=LIMIT * 10)
    return "products[0].unit_value_eur"


def too_large_volume(project) -> str:
    product, market = next(iter(project.volumes))
    project.volumes[(product, market)] = 5e13
    return f"volumes.{product}.{market}"


def not_a_number(project) -> str:
    project.overrides.append(Override("freight/road_ftl/rate_per_km", float("nan"), "kopyalanan"))
    return f"overrides[{len(project.overrides) - 1}].value"


@pytest.mark.parametrize("edit, message", [
    (too_large_value, "is too large (10000000000000.0)"),
    (too_large_volume, "is too large (50000000000000.0)"),
    (not_a_number, "must be a finite number, not nan"),
])
def test_a_project_the_loader_refuses_is_not_written(tmp_path, edit, message):
    path, before = saved_once(tmp_path)
    project = demo()
    field = edit(project)
    with pytest.raises(ProjectSaveError) as caught:
        save_project(project, path)
    error = caught.value
    assert (error.path, error.field, error.message) == (str(path), field, message)
    assert str(error) == f"{path}, {field}: {message}: Kök would refuse to open the file, so it was not saved"
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["teklif.kok"]       # no .bak, no temporary file
    with pytest.raises(ProjectFileError) as loading:                            # what opening it would say
        path.write_text(json.dumps(project_to_dict(project)), encoding="utf-8")
        load_project(path)
    assert (loading.value.field, loading.value.message) == (field, message)


def test_a_project_over_the_size_limit_is_not_written(tmp_path):
    """A 50 MB company name (pasted by mistake): the loader refuses files over MAX_FILE_BYTES."""
    path, before = saved_once(tmp_path)
    project = demo()
    project.company = "A" * MAX_FILE_BYTES
    with pytest.raises(ProjectSaveError) as caught:
        save_project(project, path)
    assert caught.value.message == "is too large to be a Kök project" and caught.value.field is None
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["teklif.kok"]


def test_just_under_the_limit_is_written_and_opens(tmp_path):
    project = demo()
    project.company = "A" * (MAX_FILE_BYTES - 20_000)          # the demo's other fields are under 20 kB
    save_project(project, tmp_path / "büyük.kok")
    assert load_project(tmp_path / "büyük.kok").company == project.company


def test_the_error_is_also_an_os_error_with_a_reason(tmp_path):
    """The window's Save handles "cannot write" (OSError, showing strerror): a refused save is
    shown there too, with the field and the reason, rather than escaping as an unknown error."""
    project = demo()
    too_large_value(project)
    with pytest.raises(OSError) as caught:
        save_project(project, tmp_path / "x.kok")
    assert isinstance(caught.value, ProjectFileError)
    assert caught.value.strerror == ("products[0].unit_value_eur: is too large (10000000000000.0): "
                                     "Kök would refuse to open the file, so it was not saved")
    assert caught.value.filename == str(tmp_path / "x.kok") and caught.value.errno is None


def test_with_the_pack_what_the_reference_data_refuses_is_not_written(tmp_path):
    """Two products of the same name open without the pack but are refused with it."""
    project = demo()
    project.products.append(replace(project.products[0], unit_value_eur=1.0))
    save_project(project, tmp_path / "paketsiz.kok")                         # no pack: not checked
    with pytest.raises(ProjectFileError):
        load_project(tmp_path / "paketsiz.kok", PACK)
    with pytest.raises(ProjectSaveError) as caught:
        save_project(project, tmp_path / "paketli.kok", PACK)
    assert caught.value.field == f"products[{len(project.products) - 1}].name"
    assert caught.value.message.startswith("duplicate product name")
    assert not (tmp_path / "paketli.kok").exists()


def test_an_incomplete_project_is_still_written(tmp_path):
    """Not finished is not refused: a project without products saves and opens (with the pack)."""
    project = replace(demo(), products=[], volumes={})
    save_project(project, tmp_path / "yarım.kok", PACK)
    warnings = []
    assert load_project(tmp_path / "yarım.kok", PACK, warnings).products == []
    assert [w.kind for w in warnings] == ["incomplete"]


def test_import_refuses_numbers_a_project_cannot_hold(tmp_path):
    """A volume of 5e13 used to be imported, saved, and then refused when opened."""
    sheet = tmp_path / "ürünler.csv"
    with open(sheet, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows([
            ["Ürün", "GTİP", "Birim değer", "Brüt ağırlık", "Hacim", "Almanya"],
            ["Fren balatası", "870830", "18,50", "1,2", "0,0018", "50000000000000"],
            ["Amortisör", "870880", "2000000000000", "2,8", "0,006", "100"],
            ["Jant", "870870", "40", "9", "0,05", "1000000000000"]])
    target = tmp_path / "proje.kok"
    done = subprocess.run([sys.executable, "-m", "kokapp", "import", str(sheet), "-o", str(target), "--json",
                           "--keep-valid"], capture_output=True, text=True, timeout=120)
    report = json.loads(done.stdout)
    assert [(i["row"], i["field"], i["message"]) for i in report["issues"]] == [
        (2, "DE", "too large (more than 1,000,000,000,000)"),
        (3, "unit_value_eur", "too large (more than 1,000,000,000,000)")]
    assert [p.name for p in load_project(target, PACK).products] == ["Jant"]   # 1e12 itself is allowed
    assert report["sheet"] is None and report["warnings"] == []
