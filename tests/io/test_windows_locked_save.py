"""Saving where Windows says no: a project open in another program (or read-only), a folder that
refuses new files, a disk that fills up. Windows refuses to replace a file that another program
holds open with PermissionError (errno 13, "access denied"); Linux does not lock files, so
these tests make ``os.replace`` answer as Windows does. In every case the error names the
project, and nothing is lost: the previous save, its ``.bak`` and the folder stay as they were."""

import csv
import os
import tempfile
from pathlib import Path

import pytest

from kokapp.cli import main
from kokapp.io import project_file
from kokapp.io.project_file import load_project, save_project
from kokapp.paths import demo_project


@pytest.fixture
def saved(tmp_path):
    """A project saved twice in a Turkish-named folder: the file holds the second save, ``.bak``
    the first. Returns the project, the path and the bytes of both files."""
    folder = tmp_path / "Şükrü Öztürk" / "Belgeler"
    folder.mkdir(parents=True)
    project = load_project(demo_project())
    path = folder / "Müşteri teklifi.kok"
    save_project(project, path)
    project.company = "İkinci kayıt A.Ş."
    save_project(project, path)
    return project, path, path.read_bytes(), (folder / "Müşteri teklifi.kok.bak").read_bytes()


def listing(folder: Path) -> list[str]:
    """Every entry, hidden temporary files included."""
    return sorted(p.name for p in folder.iterdir())


def lock(monkeypatch, target: Path, times: int | None = None) -> list[str]:
    """Make replacing ``target`` fail as Windows does while another program has it open
    (``times`` failures, or for ever); returns the list of attempts made on it."""
    real_replace = os.replace
    attempts: list[str] = []

    def replace(source, destination):
        if Path(destination) == target:
            attempts.append(str(source))
            if times is None or len(attempts) <= times:
                raise PermissionError(13, "Permission denied", str(source), None, str(destination))
        return real_replace(source, destination)

    monkeypatch.setattr(project_file.os, "replace", replace)
    return attempts


def assert_untouched(path: Path, before: bytes, backup_before: bytes):
    assert path.read_bytes() == before
    assert path.with_name(path.name + ".bak").read_bytes() == backup_before
    assert listing(path.parent) == [path.name, path.name + ".bak"]


def test_project_open_in_another_program_gives_an_error_naming_it_and_loses_nothing(saved, monkeypatch):
    project, path, before, backup_before = saved
    attempts = lock(monkeypatch, path)
    project.company = "Üçüncü kayıt"
    with pytest.raises(PermissionError) as caught:
        save_project(project, path)
    assert caught.value.errno == 13 and caught.value.filename == str(path)
    assert ".tmp" not in str(caught.value)         # the user is told about their file, not a hidden temp
    assert str(path) in str(caught.value) and "Permission denied" in str(caught.value)
    assert len(attempts) == 1                      # no retries off Windows
    assert_untouched(path, before, backup_before)  # the .bak still holds the first save
    assert load_project(path).company == "İkinci kayıt A.Ş."


def test_a_brief_lock_by_a_virus_scanner_is_waited_out(saved, monkeypatch):
    project, path, before, _ = saved
    monkeypatch.setattr(project_file, "REPLACE_RETRY_DELAYS", (0, 0, 0))  # Windows' retries, without waiting
    attempts = lock(monkeypatch, path, times=2)
    project.company = "Üçüncü kayıt"
    save_project(project, path)
    assert len(attempts) == 3
    assert load_project(path).company == "Üçüncü kayıt"
    assert path.with_name(path.name + ".bak").read_bytes() == before  # the previous save became the backup
    assert listing(path.parent) == [path.name, path.name + ".bak"]


def test_a_lock_that_outlasts_the_retries_still_fails_cleanly(saved, monkeypatch):
    project, path, before, backup_before = saved
    monkeypatch.setattr(project_file, "REPLACE_RETRY_DELAYS", (0, 0, 0))
    attempts = lock(monkeypatch, path)
    project.company = "Üçüncü kayıt"
    with pytest.raises(PermissionError):
        save_project(project, path)
    assert len(attempts) == 4
    assert_untouched(path, before, backup_before)


def test_a_locked_backup_does_not_stop_the_save(saved, monkeypatch):
    """The save is what the user asked for; a .bak that cannot be replaced keeps its older copy."""
    project, path, _, backup_before = saved
    lock(monkeypatch, path.with_name(path.name + ".bak"))
    project.company = "Üçüncü kayıt"
    save_project(project, path)
    assert load_project(path).company == "Üçüncü kayıt"
    assert path.with_name(path.name + ".bak").read_bytes() == backup_before
    assert listing(path.parent) == [path.name, path.name + ".bak"]


def test_target_that_is_a_folder_is_refused_and_left_alone(tmp_path):
    """A real refusal, no simulation: the name is taken by a folder (on Windows this is an
    access-denied error too)."""
    path = tmp_path / "proje.kok"
    path.mkdir()
    (path / "içerik.txt").write_text("dokunma", encoding="utf-8")
    with pytest.raises(OSError) as caught:
        save_project(load_project(demo_project()), path)
    assert caught.value.filename == str(path)
    assert (path / "içerik.txt").read_text(encoding="utf-8") == "dokunma"
    assert listing(tmp_path) == ["proje.kok"] and listing(path) == ["içerik.txt"]


def test_folder_that_refuses_new_files(saved, monkeypatch):
    """A read-only folder (Program Files, a locked network share): the temporary file cannot be
    created. Simulated, because these tests run as root, who may write anywhere."""
    project, path, before, backup_before = saved

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", os.path.join(kwargs["dir"], "tmpabc"))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(PermissionError) as caught:
        save_project(project, path)
    assert caught.value.filename == str(path)
    assert_untouched(path, before, backup_before)


def test_disk_full_while_writing(saved, monkeypatch):
    project, path, before, backup_before = saved

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(project_file.os, "fsync", full)
    project.company = "Üçüncü kayıt"
    with pytest.raises(OSError) as caught:
        save_project(project, path)
    assert caught.value.errno == 28 and caught.value.filename == str(path)
    assert_untouched(path, before, backup_before)


def test_command_line_names_the_locked_file(tmp_path, monkeypatch, capsys):
    """`kokapp import … -o FILE` onto a file open elsewhere: exit code 2 and one clear line."""
    sheet = tmp_path / "ürünler.csv"
    with open(sheet, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows([["Ürün adı", "GTİP", "Birim değer", "Brüt ağırlık", "Hacim",
                                                  "Almanya"],
                                                 ["Fren balatası", "870830", "18,50", "1,2", "0,0018", "90.000"]])
    target = tmp_path / "Şükrü Öztürk teklif.kok"
    target.write_text("önceki içerik", encoding="utf-8")
    lock(monkeypatch, target)
    assert main(["import", str(sheet), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"kokapp: [Errno 13] Permission denied: '{target}'"
    assert target.read_text(encoding="utf-8") == "önceki içerik"
    assert listing(tmp_path) == sorted(["ürünler.csv", "Şükrü Öztürk teklif.kok"])
