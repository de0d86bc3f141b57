"""The loader refuses broken copies of the pack with a message naming file, line and field."""

import csv
from pathlib import Path

import pytest

from kokapp.core.datapack import check_datapack, load_datapack
from kokapp.core.errors import DataPackError


def rewrite(path: Path, edit) -> None:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    edit(rows)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)


def set_cell(path: Path, line: int, column: str, value: str) -> None:
    def edit(rows):
        rows[line - 1][rows[0].index(column)] = value
    rewrite(path, edit)


def only_issue(folder: Path):
    pack, issues = check_datapack(folder)
    assert pack is None
    assert len(issues) == 1, [str(i) for i in issues]
    return issues[0]


def test_bundled_pack_is_valid(pack):
    assert pack.version
    assert {"countries", "sites", "lpi", "agreements", "sources"} <= set(pack.tables)


def test_missing_column_is_named(pack_copy):
    rewrite(pack_copy / "lpi.csv", lambda rows: [r.pop(2) for r in rows])  # drop 'overall'
    issue = only_issue(pack_copy)
    assert (issue.file, issue.line, issue.field) == ("lpi.csv", 1, "overall")
    assert "missing" in issue.message


@pytest.mark.parametrize("bad", ["3,4", "abc", "nan", "inf"])
def test_bad_number_is_named_with_its_line(pack_copy, bad):
    set_cell(pack_copy / "lpi.csv", 5, "customs", bad)
    issue = only_issue(pack_copy)
    assert (issue.file, issue.line, issue.field) == ("lpi.csv", 5, "customs")
    assert bad in issue.message


def test_out_of_range_score(pack_copy):
    set_cell(pack_copy / "lpi.csv", 3, "overall", "7.5")
    issue = only_issue(pack_copy)
    assert (issue.line, issue.field) == (3, "overall") and "maximum" in issue.message


def test_unknown_country_code(pack_copy):
    set_cell(pack_copy / "sites.csv", 4, "iso2", "QQ")
    issue = only_issue(pack_copy)
    assert (issue.file, issue.line, issue.field) == ("sites.csv", 4, "iso2")
    assert "'QQ' is not a known countries.iso2" in issue.message


def test_row_without_known_source(pack_copy):
    set_cell(pack_copy / "agreements.csv", 2, "source_id", "hearsay")
    issue = only_issue(pack_copy)
    assert (issue.file, issue.line, issue.field) == ("agreements.csv", 2, "source_id")


def test_missing_required_value(pack_copy):
    set_cell(pack_copy / "countries.csv", 10, "name_tr", "")
    issue = only_issue(pack_copy)
    assert (issue.file, issue.line, issue.field, issue.message) == (
        "countries.csv", 10, "name_tr", "value is required")


def test_duplicate_key(pack_copy):
    rewrite(pack_copy / "freight_parameters.csv", lambda rows: rows.append(list(rows[1])))
    pack, issues = check_datapack(pack_copy)
    assert any(i.file == "freight_parameters.csv" and i.message == "duplicate key" for i in issues)


def test_value_outside_enum(pack_copy):
    set_cell(pack_copy / "agreements.csv", 3, "status", "maybe")
    issue = only_issue(pack_copy)
    assert issue.field == "status" and "in_force" in issue.message


def test_ragged_row(pack_copy):
    rewrite(pack_copy / "ports.csv", lambda rows: rows[6].append("extra"))
    issue = only_issue(pack_copy)
    assert (issue.file, issue.line) == ("ports.csv", 7) and "cells" in issue.message


def test_not_utf8(pack_copy):
    (pack_copy / "blocs.csv").write_bytes("bloc,iso2,source_id\nEU,DE,x\xff\n".encode("latin-1"))
    issue = only_issue(pack_copy)
    assert issue.file == "blocs.csv" and "UTF-8" in issue.message


def test_missing_file(pack_copy):
    (pack_copy / "operating.csv").unlink()
    issues = check_datapack(pack_copy)[1]
    assert any(i.file == "operating.csv" and i.message == "file not found" for i in issues)


def test_broken_manifest_raises_typed_error(pack_copy):
    (pack_copy / "datapackage.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(DataPackError, match="datapackage.json"):
        load_datapack(pack_copy)


def test_load_raises_with_all_issues(pack_copy):
    set_cell(pack_copy / "lpi.csv", 2, "overall", "x")
    set_cell(pack_copy / "lpi.csv", 3, "overall", "y")
    with pytest.raises(DataPackError) as caught:
        load_datapack(pack_copy)
    assert [i.line for i in caught.value.issues] == [2, 3]
    assert "lpi.csv, line 2, field 'overall'" in str(caught.value)
