import shutil
from pathlib import Path

import pytest

from kokapp.core.datapack import bundled_datapack
from kokapp.paths import data_dir


@pytest.fixture(scope="session")
def pack():
    return bundled_datapack()


@pytest.fixture()
def pack_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled data pack, for breaking on purpose."""
    target = tmp_path / "data"
    shutil.copytree(data_dir(), target)
    return target
