"""Text from Word, broken pastes and damaged files: control characters and lone surrogates never
stop a save, an open, a comparison or a report, and what Kök writes it opens again."""

from __future__ import annotations

from dataclasses import replace

import openpyxl
import pytest

from kokapp.core.datapack import bundled_datapack
from kokapp.core.engine import Engine
from kokapp.io.project_file import load_project, save_project
from kokapp.paths import demo_project

HOSTILE = {"vertical tab (Word Shift+Enter)": ("Fren\x0bbalatası", "Fren balatası"),
           "NUL and SOH": ("Fren\x00\x01balatası", "Frenbalatası"),
           "lone surrogate": ("Fren bala\ud800tası", "Fren balatası")}


def hostile_project(name: str, company: str):
    pack = bundled_datapack()
    project = load_project(demo_project(), pack)
    old = project.products[0].name
    project.products[0] = replace(project.products[0], name=name)
    project.volumes = {(name if p == old else p, m): v for (p, m), v in project.volumes.items()}
    project.company = company
    project.overrides = [replace(o, note=o.note + "\x0b\ud83d") for o in project.overrides]
    return pack, project


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_save_open_compare_and_report_survive_hostile_text(tmp_path, case):
    typed, clean = HOSTILE[case]
    pack, project = hostile_project(typed, "Uludağ" + typed[4:6] + " A.Ş.")
    path = tmp_path / "düşman metin.kok"
    save_project(project, path)
    again = load_project(path, pack)
    assert again.products[0].name == clean
    assert again.volume(clean, "DE") == project.volume(typed, "DE") > 0
    assert "\ud83d" not in again.overrides[0].note

    Engine(pack).compare(project)        # the unsanitised project as typed: no crash

    from kokapp.report.data import gather
    from kokapp.report.writer import write_report

    target = write_report(gather(pack, project, Engine(pack)), tmp_path / "rapor.xlsx", "tr")
    book = openpyxl.load_workbook(target)
    cells = [str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row if v]
    assert any(clean in c for c in cells)
    assert not any(ch in c for c in cells for ch in "\x00\x01\x0b")


def test_a_file_with_escaped_surrogates_and_controls_opens_clean(tmp_path):
    text = demo_project().read_text(encoding="utf-8")
    path = tmp_path / "bozuk.kok"
    path.write_text(text.replace('"company": "', '"company": "\\u000b\\ud800', 1), encoding="utf-8")
    project = load_project(path, bundled_datapack())
    assert project.company.startswith(" Uludağ")
