"""Damaged manifests are reported as issues (file, resource, field), never as a traceback, and
a damaged pack is never reported OK."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kokapp.core.datapack import DataPackError, check_datapack, load_datapack


def edit_manifest(folder: Path, edit) -> None:
    path = folder / "datapackage.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    edit(manifest)
    path.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


def resource(manifest: dict, name: str) -> dict:
    return next(r for r in manifest["resources"] if isinstance(r, dict) and r.get("name") == name)


DAMAGE = {
    "resource without path": (lambda m: resource(m, "lpi").pop("path"), "resources[6] (lpi).path", "is missing"),
    "resource without schema": (lambda m: resource(m, "lpi").pop("schema"), "resources[6] (lpi).schema", "is missing"),
    "resource that is a string": (lambda m: m["resources"].insert(0, "countries.csv"), "resources[0]",
                                  "must be an object"),
    "invalid regular expression": (
        lambda m: resource(m, "countries")["schema"]["fields"][0].setdefault("constraints", {}).update(pattern="[A-Z"),
        "resources[1] (countries).schema.fields[0].constraints.pattern", "is not a regular expression"),
    "a table the core needs is gone": (lambda m: m["resources"].remove(resource(m, "operating")), "resources",
                                       "the table 'operating' is missing"),
    "path leaving the pack": (lambda m: resource(m, "lpi").update(path="../../etc/passwd.csv"),
                              "resources[6] (lpi).path", "inside the data pack's folder"),
    "unknown column type": (lambda m: resource(m, "lpi")["schema"]["fields"][1].update(type="decimal"),
                            "resources[6] (lpi).schema.fields[1].type", "unknown type"),
    "foreign key to a missing table": (
        lambda m: resource(m, "sites")["schema"].setdefault("foreignKeys", []).append(
            {"fields": "iso2", "reference": {"resource": "nations", "fields": "iso2"}}),
        "resources[3] (sites).schema.foreignKeys", "not in the pack"),
    "primary key on a missing column": (lambda m: resource(m, "countries")["schema"].update(primaryKey=["code"]),
                                        "resources[1] (countries).schema.primaryKey", "does not have"),
    "a table listed twice": (lambda m: m["resources"].append(dict(resource(m, "lpi"))), "lpi", "listed twice"),
    "fields not a list": (lambda m: resource(m, "lpi")["schema"].update(fields="overall"),
                          "resources[6] (lpi).schema.fields", "non-empty list"),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damaged_manifest_is_reported_not_raised(pack_copy, damage):
    edit, field, message = DAMAGE[damage]
    edit_manifest(pack_copy, edit)
    pack, issues = check_datapack(pack_copy)
    assert pack is None
    assert any(field in (i.field or "") and message in i.message and i.file == "datapackage.json" for i in issues), issues
    with pytest.raises(DataPackError):
        load_datapack(pack_copy)


def test_data_check_names_the_problem_and_exits_1(pack_copy):
    edit_manifest(pack_copy, DAMAGE["resource that is a string"][0])
    done = subprocess.run([sys.executable, "-m", "kokapp", "data", "check", "--data", str(pack_copy)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert "datapackage.json" in done.stdout + done.stderr and "resources[0]" in done.stdout + done.stderr
