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


def test_ranking_rules_weights_origin_and_served_markets_round_trip(tmp_path):
    """What a workshop agreed is saved with the project: the scoring method, the missing-figure
    rule, knock-outs, the preset or pairwise judgements behind the weights, and the markets a
    sales office serves."""
    from dataclasses import replace

    from kokapp.core.ahp import PRESETS
    from kokapp.core.scoring import RankingRules
    from kokapp.core.setup_options import DEFAULT_OPTIONS

    project = load_project(demo_project())
    project = replace(project, ranking=RankingRules("geometric", "worst", 5.0, 0.9, 3.0),
                      weights=dict(PRESETS["access_first"]), weight_preset="ahp",
                      pairwise={("duty_cost", "lpi"): 3.0, ("transit_time", "tax"): 1 / 5})
    project.setup_options["EG-ALY"] = replace(DEFAULT_OPTIONS["sales_office"], served_markets=("IQ", "RO"))
    save_project(project, tmp_path / "rules.kok")
    again = load_project(tmp_path / "rules.kok")
    assert again == project
    assert again.setup_options["EG-ALY"].served_markets == ("IQ", "RO")


def test_an_older_file_without_ranking_rules_opens_with_the_defaults(tmp_path):
    from kokapp.core.scoring import RankingRules

    data = json.loads(demo_project().read_text(encoding="utf-8"))
    for key in ("ranking", "weight_preset", "pairwise"):
        data.pop(key, None)
    path = tmp_path / "old.kok"
    path.write_text(json.dumps(data), encoding="utf-8")
    project = load_project(path)
    assert project.ranking == RankingRules() and project.weight_preset == "" and project.pairwise == {}


@pytest.mark.parametrize("ranking, field", [
    ({"method": "best"}, "ranking.method"),
    ({"min_lpi": 9}, "ranking.min_lpi"),
    ({"max_transit_days": "five"}, "ranking.max_transit_days"),
])
def test_bad_ranking_rules_name_the_field(tmp_path, ranking, field):
    data = json.loads(demo_project().read_text(encoding="utf-8"))
    data["ranking"] = ranking
    path = tmp_path / "bad.kok"
    path.write_text(json.dumps(data), encoding="utf-8")
    from kokapp.core.datapack import bundled_datapack

    with pytest.raises(ProjectFileError) as caught:
        load_project(path, bundled_datapack())
    assert field in str(caught.value)
