"""Resources are found in a source checkout, inside an installed wheel, and in a frozen app; the
frozen smoke test, the README set-up and the system packages CI and the build workflow install."""

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


def _smoke_module():
    from tests.tool_modules import load_tool

    return load_tool("smoke_frozen")


def test_smoke_test_starts_what_users_start(tmp_path):
    smoke = _smoke_module()
    assert smoke.frozen_binary("win32", tmp_path) == tmp_path / "kok" / "kok.exe"
    assert smoke.frozen_binary("linux", tmp_path) == tmp_path / "kok" / "kok"
    assert smoke.frozen_binary("darwin", tmp_path) == tmp_path / "kok" / "kok"       # no bundle built
    inside_app = tmp_path / "Kök.app" / "Contents" / "MacOS" / "kok"
    inside_app.parent.mkdir(parents=True)
    inside_app.write_bytes(b"")
    assert smoke.frozen_binary("darwin", tmp_path) == inside_app
    assert smoke.shipped_folder(inside_app) == tmp_path / "Kök.app"
    assert smoke.shipped_folder(tmp_path / "kok" / "kok.exe") == tmp_path / "kok"


@pytest.mark.parametrize("code, stdout, platform, ready", [
    (0, "kokapp: window ready: True; ranking rows: 8\n", "linux", True),
    (1, "kokapp: window ready: False; ranking rows: 0\n", "linux", False),
    (0, "", "linux", False),            # a silent app proves nothing where it can print
    (0, "", "win32", True),             # a windowed Windows app may have no stdout: its exit code speaks
    (1, "", "win32", False),
    (0, "kokapp: window ready: False; ranking rows: 0\n", "win32", False),
])
def test_smoke_test_reads_the_window_report(code, stdout, platform, ready):
    smoke = _smoke_module()
    run = subprocess.CompletedProcess([], code, stdout, "")
    assert smoke.window_ready(run, platform) is ready


def test_smoke_test_without_a_build_needs_the_app(tmp_path, monkeypatch, capsys):
    smoke = _smoke_module()
    monkeypatch.setattr(smoke, "DIST", tmp_path)
    monkeypatch.setattr(smoke, "frozen_binary", lambda: tmp_path / "kok" / "kok")
    assert smoke.main(["--no-build"]) == 1
    assert "no frozen app" in capsys.readouterr().err


def _apt_line(text: str) -> list[str]:
    line = next(l for l in text.splitlines() if "apt-get install" in l and "libxcb-cursor0" in l)
    return [w.strip("`") for w in line.split("apt-get install", 1)[1].split() if not w.startswith("-")]


def test_system_packages_agree_between_readme_ci_and_workflow():
    """The README's apt-get line is what CI installs and what the Linux build job installs."""
    readme = _apt_line((REPO / "README.md").read_text(encoding="utf-8"))
    assert readme[0] == "python3-venv"
    qt = readme[1:]
    workflow = _apt_line((REPO / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8"))
    assert workflow == qt
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    listed = ci.split("apt_packages=(", 1)[1].split(")", 1)[0].split()
    assert set(qt) <= set(listed) and "python3-venv" in ci


def test_readme_commands_use_a_virtual_environment():
    """Stock Debian 12 and Ubuntu 24.04 refuse pip outside a virtual environment (PEP 668)."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Set-up (two commands)"):text.index("## Installing Kök")]
    commands = [block.strip() for block in section.split("```")[1::2]]
    assert len(commands) == 2
    for command in commands:
        steps = [s.strip() for s in command.split("&&")]
        assert steps[:2] == ["python3 -m venv .venv", ". .venv/bin/activate"]
        assert all("pip install" not in s or s.startswith("python -m pip") for s in steps)
    assert text.split("<!-- test-command -->", 1)[1].split("```")[1].strip() == commands[1]
