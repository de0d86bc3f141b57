"""The start-up path: hash-checked loading without pandas gives exactly the validated figures."""

import json
import math
import subprocess
import sys

import pandas as pd
import pytest

from kokapp.core.datapack import MANIFEST, check_datapack, load_datapack, stale_hashes
from kokapp.core.errors import DataPackError
from kokapp.paths import data_dir


def test_bundled_hashes_are_current():
    # A stale hash only costs start-up time, but it means a file changed without being
    # re-validated: run tools/hash_datapack.py after editing the pack.
    assert stale_hashes(data_dir()) == []


def _same(light, frame_value) -> bool:
    if frame_value is pd.NA or (isinstance(frame_value, float) and math.isnan(frame_value)):
        return light is None or (isinstance(light, float) and math.isnan(light))
    return light == frame_value and type(light) in (str, float, int, bool)


def test_light_columns_equal_the_validated_tables():
    fast = load_datapack(data_dir())
    full, issues = check_datapack(data_dir())
    assert not issues
    assert fast.names == full.names
    for name in fast.names:
        frame = full.table(name)
        assert list(fast.columns[name]) == list(frame.columns)
        for column in frame.columns:
            light = fast.column(name, column)
            assert len(light) == len(frame)
            bad = [(i, a, b) for i, (a, b) in enumerate(zip(light, frame[column])) if not _same(a, b)]
            assert not bad, (name, column, bad[:3])


def test_fast_load_does_not_import_pandas():
    code = ("import sys; from kokapp.core.datapack import bundled_datapack; p = bundled_datapack(); "
            "print(p.rows('land_distances'), 'pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    rows, pandas_loaded = out.stdout.split()
    assert int(rows) > 1000 and pandas_loaded == "False"


def test_an_edited_file_is_validated_in_full(pack_copy):
    # A valid edit loads (and the edit is seen); an invalid one is refused with file, line, field.
    lines = (pack_copy / "lpi.csv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    cells = lines[2].split(",")
    cells[header.index("overall")] = "3.5"
    lines[2] = ",".join(cells)
    (pack_copy / "lpi.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert stale_hashes(pack_copy) == ["lpi.csv"]
    pack = load_datapack(pack_copy)
    assert pack.column("lpi", "overall")[1] == 3.5
    cells[header.index("overall")] = "9"
    lines[2] = ",".join(cells)
    (pack_copy / "lpi.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataPackError) as caught:
        load_datapack(pack_copy)
    assert [(i.file, i.line, i.field) for i in caught.value.issues] == [("lpi.csv", 3, "overall")]


def test_a_pack_without_hashes_is_validated_in_full(pack_copy):
    manifest = json.loads((pack_copy / MANIFEST).read_text(encoding="utf-8"))
    for resource in manifest["resources"]:
        resource.pop("hash", None)
    (pack_copy / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert len(stale_hashes(pack_copy)) == len(manifest["resources"])
    assert load_datapack(pack_copy).rows("countries") == load_datapack(data_dir()).rows("countries")


def test_a_schema_edit_alone_sends_the_pack_through_full_validation(pack_copy):
    manifest = json.loads((pack_copy / MANIFEST).read_text(encoding="utf-8"))
    sites = next(r for r in manifest["resources"] if r["name"] == "sites")
    next(f for f in sites["schema"]["fields"] if f["name"] == "lat")["type"] = "integer"
    (pack_copy / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert stale_hashes(pack_copy) == ["sites.csv"]      # the CSV bytes did not change
    with pytest.raises(DataPackError) as caught:
        load_datapack(pack_copy)
    assert {(i.file, i.field) for i in caught.value.issues} == {("sites.csv", "lat")}


def test_a_table_read_later_is_the_validated_file_or_an_error(pack_copy):
    pack = load_datapack(pack_copy)                       # fast path: DataFrames not built yet
    text = (pack_copy / "sites.csv").read_text(encoding="utf-8")
    (pack_copy / "sites.csv").write_text(text.replace("41.0138", "not-a-number", 1), encoding="utf-8")
    with pytest.raises(DataPackError) as caught:
        pack.table("sites")
    assert caught.value.issues[0].file == "sites.csv" and "restart" in caught.value.issues[0].message
    assert pack.table("countries")["iso2"].tolist() == pack.column("countries", "iso2")


def test_a_comparison_reads_neither_route_legs_nor_route_scenarios(pack_copy, demo):
    """The large route tables are read when a route is shown or a scenario chosen, not at start-up."""
    from kokapp.core.engine import Engine

    pack = load_datapack(pack_copy)
    Engine(pack).compare(demo)
    loaded = set(pack.columns._loaded)
    assert "land_distances" in loaded
    assert not {"route_legs", "route_scenarios"} & loaded
    from kokapp.core.routes import RouteBook
    assert len(RouteBook.of(pack).scenario_crossings) == 12        # the window's scenario combo
    assert "route_scenarios" not in pack.columns._loaded
    assert Engine(pack).distances.land("TR-BUR", "RS").countries == ("TR", "BG", "RS")
    assert "route_legs" in pack.columns._loaded


def test_a_table_changed_after_start_up_is_refused_not_served(pack_copy):
    pack = load_datapack(pack_copy)
    with open(pack_copy / "route_scenarios.csv", "a", encoding="utf-8") as fh:
        fh.write("\n")
    with pytest.raises(DataPackError, match="changed since Kök started"):
        pack.columns["route_scenarios"]
