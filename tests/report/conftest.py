"""The demo report written once per session, in both languages, and read back."""

import pytest
from openpyxl import load_workbook

from kokapp.core.datapack import bundled_datapack
from kokapp.io.project_file import load_project
from kokapp.paths import demo_project
from kokapp.report.data import gather
from kokapp.report.writer import write_report


@pytest.fixture(scope="session")
def data():
    return gather(bundled_datapack(), load_project(demo_project()))


@pytest.fixture(scope="session")
def books(data, tmp_path_factory):
    """({lang: workbook read back}, {lang: path})."""
    folder = tmp_path_factory.mktemp("Raporlar ığüşöç")
    paths = {lang: write_report(data, folder / f"fizibilite özeti {lang}.xlsx", lang) for lang in ("tr", "en")}
    return {lang: load_workbook(path) for lang, path in paths.items()}, paths
