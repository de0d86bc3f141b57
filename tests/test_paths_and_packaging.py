"""Resources are found in a source checkout, inside an installed wheel, and in a frozen app."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kokapp import paths

REPO = Path(__file__).resolve().parent.parent


def test_frozen_bundle_is_preferred(tmp_path, monkeypatch):
    (tmp_path / "resources" / "data").mkdir(parents=True)
    (tmp_path / "resources" / "data" / "datapackage.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    paths.resources_dir.cache_clear()
    try:
        assert paths.resources_dir() == tmp_path / "resources"
    finally:
        monkeypatch.undo()
        paths.resources_dir.cache_clear()


def test_source_checkout_finds_repo_resources():
    assert paths.data_dir() == REPO / "resources" / "data"
    assert paths.demo_project().is_file()


@pytest.mark.skipif(not (REPO / "pyproject.toml").exists(), reason="needs the source tree")
def test_wheel_ships_the_data_pack(tmp_path):
    """Build the wheel, unpack it alone, and validate the bundled pack from there."""
    wheels, target = tmp_path / "wheels", tmp_path / "site"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(REPO)],
                           capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr
    wheel = next(wheels.glob("kokapp-*.whl"))
    install = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                             capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stderr
    env = dict(os.environ, PYTHONPATH=str(target))
    script = ("from kokapp.paths import data_dir; from kokapp.core.datapack import check_datapack; "
              "d = data_dir(); print(d); print(len(check_datapack(d)[1]))")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                         cwd=tmp_path, timeout=120)
    assert run.returncode == 0, run.stderr
    folder, issues = run.stdout.split()
    assert Path(folder).is_relative_to(target) and issues == "0"
