"""Fuzzing the loaders: generated and mutated project files and import sheets. The only allowed
outcomes are a valid project or the documented error type (never another exception).

CI profile: 5 x 2,000 examples (10,000 in all) in well under a minute;
HYPOTHESIS_PROFILE=long multiplies each by ten."""

import copy
import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kokapp.core.datapack import bundled_datapack
from kokapp.core.project import INCOMPLETE, ProjectError, validate_project
from kokapp.io.project_file import ProjectFileError, load_project
from kokapp.io.table_import import ImportFileError, import_table
from kokapp.paths import demo_project

PACK = bundled_datapack()
WORK = Path(tempfile.mkdtemp(prefix="kok-fuzz-"))  # one file rewritten per example: fast
DEMO = json.loads(demo_project().read_text(encoding="utf-8"))
EXAMPLES = 2_000 if os.environ.get("HYPOTHESIS_PROFILE", "ci") == "ci" else 20_000
FAST = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**15, 10**15) | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12)


def paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from paths(value, prefix + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from paths(value, prefix + (i,))


ALL_PATHS = [p for p in paths(DEMO) if p]


def load_bytes(tmp_path, raw: bytes, pack=PACK):
    path = tmp_path / "f.kok"
    path.write_bytes(raw)
    try:
        project = load_project(path, pack)
    except ProjectFileError:
        return None
    try:  # a project that loads is valid, or merely unfinished (it opens so the user can finish it)
        validate_project(project, pack)
    except ProjectError as exc:
        assert exc.message.startswith(INCOMPLETE), exc
    return project


@FAST
@given(st.lists(st.tuples(st.sampled_from(ALL_PATHS), json_values), min_size=1, max_size=4))
def test_mutated_projects(mutations):
    data = copy.deepcopy(DEMO)
    for path, value in mutations:
        node = data
        try:
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    load_bytes(WORK, json.dumps(data, allow_nan=True).encode())


@FAST
@given(json_values)
def test_arbitrary_json(value):
    load_bytes(WORK, json.dumps(value, allow_nan=True).encode())


@FAST
@given(st.binary(max_size=300), st.integers(0, 4000))
def test_truncated_and_corrupted_bytes(noise, cut):
    raw = demo_project().read_bytes()[:cut] + noise
    load_bytes(WORK, raw)


cells = st.one_of(st.text(max_size=10), st.sampled_from(["18,50", "1.500", "8708", "870830", "-1", "0", "1e9",
                                                         "NaN", "∞", "1.234,56", "", " ", "Almanya"]))
headers = st.lists(st.sampled_from(["Ürün", "GTİP", "Birim değer", "Ağırlık", "Hacim", "Palet", "Almanya", "Irak",
                                    "Product", "HS", "Value", "Weight", "Volume", "DE", "xyz", ""]), min_size=1, max_size=9)


@FAST
@given(headers, st.lists(st.lists(cells, max_size=10), max_size=6), st.sampled_from([";", ",", "\t"]))
def test_generated_import_sheets(header, rows, delimiter):
    path = WORK / "sheet.csv"
    text = "\n".join(delimiter.join(c.replace(delimiter, " ").replace("\n", " ").replace('"', "") for c in row)
                     for row in [header] + rows)
    path.write_text(text, encoding="utf-8")
    try:
        result = import_table(path, PACK)
    except ImportFileError:
        return
    assert len(result.products) + len({i.row for i in result.issues}) == result.rows_read
    for product in result.products:
        assert product.unit_value_eur > 0 and product.unit_weight_kg > 0 and product.hs_code.isdigit()


@FAST
@given(st.binary(max_size=400), st.sampled_from([".csv", ".xlsx"]))
def test_garbage_import_files(raw, suffix):
    path = WORK / f"x{suffix}"
    path.write_bytes(raw)
    try:
        import_table(path, PACK)
    except ImportFileError:
        pass
