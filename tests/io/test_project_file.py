"""Project files round-trip, including Turkish text, and broken files give a typed error."""

import json

import pytest

from kokapp.io.project_file import FORMAT_VERSION, ProjectFileError, load_project, save_project
from kokapp.paths import demo_project


def test_demo_round_trips(tmp_path):
    project = load_project(demo_project())
    target = tmp_path / "İzmir şubesi" / "çalışma ğüşıöç.kok"
    target.parent.mkdir()
    save_project(project, target)
    again = load_project(target)
    assert again == project
    assert "Uludağ" in target.read_text(encoding="utf-8")  # written as UTF-8, not \\u escapes


@pytest.mark.parametrize("content, message", [
    ("{ broken", "not valid JSON"),
    ('{"format": "something-else"}', "not a Kök project"),
    ("", "not valid JSON"),
])
def test_broken_files(tmp_path, content, message):
    path = tmp_path / "x.kok"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProjectFileError, match=message):
        load_project(path)


def test_newer_format_is_refused(tmp_path):
    data = json.loads(demo_project().read_text(encoding="utf-8"))
    data["format_version"] = FORMAT_VERSION + 1
    path = tmp_path / "new.kok"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProjectFileError, match="newer Kök"):
        load_project(path)


def test_wrong_types_name_the_field(tmp_path):
    data = json.loads(demo_project().read_text(encoding="utf-8"))
    data["products"][0]["unit_value_eur"] = "18,5"
    path = tmp_path / "bad.kok"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProjectFileError) as caught:
        load_project(path)
    assert caught.value.field == "products[0].unit_value_eur"


def test_not_utf8_and_missing(tmp_path):
    path = tmp_path / "latin.kok"
    path.write_bytes('{"company": "Uluda\xf0"}'.encode("latin-1"))
    with pytest.raises(ProjectFileError, match="UTF-8"):
        load_project(path)
    with pytest.raises(ProjectFileError, match="cannot be read"):
        load_project(tmp_path / "yok.kok")


def test_feasibility_section_round_trips(tmp_path):
    data = json.loads(demo_project().read_text(encoding="utf-8"))
    data["feasibility"]["options"] = {"RS-BEG": {"kind": "assembly", "setup_cost_eur": 500000, "monthly_wage_eur": 1100}}
    data["feasibility"]["horizon_years"] = 7
    path = tmp_path / "f.kok"
    path.write_text(json.dumps(data), encoding="utf-8")
    project = load_project(path)
    option = project.setup_options["RS-BEG"]
    assert (option.kind, option.setup_cost_eur, option.monthly_wage_eur) == ("assembly", 500000.0, 1100.0)
    assert option.staff_count == 25  # unspecified fields keep the assembly defaults
    assert project.feasibility.horizon_years == 7
    save_project(project, tmp_path / "g.kok")
    assert load_project(tmp_path / "g.kok") == project


def test_unknown_setup_kind_is_refused(tmp_path):
    data = json.loads(demo_project().read_text(encoding="utf-8"))
    data["feasibility"]["options"] = {"RS-BEG": {"kind": "castle"}}
    path = tmp_path / "f.kok"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProjectFileError, match="kind"):
        load_project(path)
