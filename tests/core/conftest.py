import shutil
from pathlib import Path

import pytest

from kokapp.core.datapack import bundled_datapack
from kokapp.core.engine import Engine
from kokapp.io.project_file import load_project
from kokapp.paths import data_dir, demo_project


@pytest.fixture(scope="session")
def pack():
    return bundled_datapack()


@pytest.fixture()
def pack_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled data pack, for breaking on purpose."""
    target = tmp_path / "data"
    shutil.copytree(data_dir(), target)
    return target


@pytest.fixture(scope="session")
def engine(pack):
    return Engine(pack)


@pytest.fixture()
def demo():
    """A fresh copy of the demo project for each test (tests may change it)."""
    return load_project(demo_project())
