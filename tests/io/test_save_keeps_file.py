"""Saving keeps what the user had besides the content: the file's permissions (saves used to
leave every project 0600), the symlink they save through (it used to be replaced by a plain
file), and a folder without the hidden temporary files of a save that was killed (they used to
stay for ever)."""

import os
import signal
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from kokapp.io import save_guard
from kokapp.io.project_file import load_project, save_project
from kokapp.paths import demo_project

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def demo():
    return load_project(demo_project())


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@posix_only
@pytest.mark.parametrize("permissions", [0o644, 0o640, 0o664, 0o600, 0o444])
def test_saving_keeps_the_files_permissions(tmp_path, permissions):
    path = tmp_path / "paylaşılan proje.kok"
    save_project(demo(), path)
    os.chmod(path, permissions)
    project = demo()
    project.company = "İkinci kayıt"
    save_project(project, path)
    assert mode(path) == permissions
    assert mode(path.with_name(path.name + ".bak")) == permissions   # the backup is the same file's past
    assert load_project(path).company == "İkinci kayıt"


@posix_only
@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_a_new_project_gets_the_permissions_any_program_would_give_it(tmp_path, umask):
    previous = os.umask(umask)
    try:
        save_project(demo(), tmp_path / "yeni.kok")
    finally:
        os.umask(previous)
    assert mode(tmp_path / "yeni.kok") == 0o666 & ~umask


@posix_only
def test_saving_keeps_owner_and_group(tmp_path):
    """A project of another user saved by root stays theirs; a user keeps a shared project's
    group (one they belong to: only root may give a file away)."""
    path = tmp_path / "ekip.kok"
    save_project(demo(), path)
    if os.geteuid() == 0:
        owner, group = 54321, 54321
    else:
        groups = [g for g in os.getgroups() if g != os.getegid()]
        if not groups:
            pytest.skip("the user is in one group only")
        owner, group = os.geteuid(), groups[0]
    os.chown(path, owner, group)
    save_project(demo(), path)
    assert (os.stat(path).st_uid, os.stat(path).st_gid) == (owner, group)


def test_saving_through_a_symlink_writes_the_file_it_points_to(tmp_path):
    (tmp_path / "Dropbox").mkdir()
    real = tmp_path / "Dropbox" / "asıl proje.kok"
    save_project(demo(), real)
    link = tmp_path / "Masaüstü kısayolu.kok"
    link.symlink_to(os.path.relpath(real, tmp_path))          # relative, as `ln -s` makes them
    project = demo()
    project.company = "Kısayoldan kaydedildi"
    save_project(project, link)
    assert link.is_symlink() and os.readlink(link) == os.path.relpath(real, tmp_path)
    assert load_project(real).company == "Kısayoldan kaydedildi"
    assert load_project(real.with_name(real.name + ".bak")).company.startswith("Uludağ")
    assert listing(tmp_path) == ["Dropbox", "Masaüstü kısayolu.kok"]
    assert listing(tmp_path / "Dropbox") == ["asıl proje.kok", "asıl proje.kok.bak"]


def test_saving_through_a_dangling_symlink_creates_the_file_it_names(tmp_path):
    link = tmp_path / "proje.kok"
    link.symlink_to(tmp_path / "henüz yok.kok")
    save_project(demo(), link)
    assert link.is_symlink() and load_project(tmp_path / "henüz yok.kok") == demo()


KILLED_SAVE = """
import os, sys, time
from kokapp.io import project_file
from kokapp.io.project_file import load_project, save_project
from kokapp.paths import demo_project
real_fsync = os.fsync
calls = []
def slow_fsync(fd):
    calls.append(fd)
    if len(calls) == int(sys.argv[2]):
        print("writing", flush=True)
        time.sleep(60)          # the parent kills us here, mid-save
    real_fsync(fd)
project_file.os.fsync = slow_fsync
project = load_project(demo_project())
project.company = "YARIM KALAN"
save_project(project, sys.argv[1])
"""


def killed_save(path: Path, at_fsync: int) -> None:
    """Start a save of ``path`` in a child and kill it at its ``at_fsync``-th fsync (1: writing
    the new project, 2: writing the copy that becomes the backup)."""
    child = subprocess.Popen([sys.executable, "-c", KILLED_SAVE, str(path), str(at_fsync)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "writing"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_the_next_save_removes_what_killed_saves_left(tmp_path):
    path = tmp_path / "müşteri projesi.kok"
    save_project(demo(), path)
    killed_save(path, 1)
    save_project(demo(), path)
    killed_save(path, 2)                      # a project that exists: its backup copy is written too
    left = hidden(tmp_path)
    assert [n for n in left if n.endswith(".kok.tmp")] and [n for n in left if n.endswith(".bak.tmp")]
    assert load_project(path).company.startswith("Uludağ")   # the killed saves changed nothing
    project = demo()
    project.company = "Sonraki kayıt"
    save_project(project, path)
    assert hidden(tmp_path) == []
    assert listing(tmp_path) == ["müşteri projesi.kok", "müşteri projesi.kok.bak"]
    assert load_project(path).company == "Sonraki kayıt"


def test_orphans_of_the_first_builds_naming_are_removed_too(tmp_path):
    path = tmp_path / "proje.kok"
    old = [tmp_path / ".proje-a1b2c3d4.kok.tmp", tmp_path / ".proje-zz_99xyq.bak.tmp"]
    for orphan in old:
        orphan.write_text("yarım", encoding="utf-8")
    save_project(demo(), path)
    assert listing(tmp_path) == ["proje.kok"]


def test_only_this_projects_orphans_are_removed(tmp_path):
    """Another project whose name starts the same, a user's own dot-file and a folder stay."""
    long_a = "Uludağ Oto Yedek Parça lokasyon analizi — Sırbistan.kok"
    long_b = "Uludağ Oto Yedek Parça lokasyon analizi — Fas.kok"
    save_project(demo(), tmp_path / long_b)
    killed_save(tmp_path / long_b, 1)
    orphan_b = hidden(tmp_path)
    assert long_a[:32] == long_b[:32] and len(orphan_b) == 1 and orphan_b[0].startswith("." + long_b[:32])
    (tmp_path / ".proje-notlar.txt").write_text("benim", encoding="utf-8")
    (tmp_path / ".proje-a1b2c3d4.kok.tmp").mkdir()                     # named like one, but a folder
    save_project(demo(), tmp_path / long_a)
    save_project(demo(), tmp_path / "proje.kok")
    assert hidden(tmp_path) == sorted(orphan_b + [".proje-a1b2c3d4.kok.tmp", ".proje-notlar.txt"])


@pytest.mark.skipif(save_guard.fcntl is None, reason="POSIX file locks")
def test_a_temporary_file_another_save_is_writing_is_left_alone(tmp_path):
    """Two Kök windows saving the same project: the file a living save holds is not removed."""
    path = tmp_path / "ortak.kok"
    handle, name = tempfile.mkstemp(prefix=save_guard.temp_prefix(path), suffix=".kok.tmp", dir=tmp_path)
    try:
        save_guard.lock(handle)
        save_project(demo(), path)
        assert Path(name).exists()
    finally:
        os.close(handle)
    save_project(demo(), path)
    assert not Path(name).exists()


@posix_only
def test_a_file_system_without_permissions_still_saves(tmp_path, monkeypatch):
    """A FAT USB stick or a network share refuses chmod/chown (EPERM): the save goes on."""
    def refuse(*args):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "fchmod", refuse)
    monkeypatch.setattr(os, "fchown", refuse)
    path = tmp_path / "usb.kok"
    save_project(demo(), path)
    project = demo()
    project.company = "İkinci kayıt"
    save_project(project, path)
    assert load_project(path).company == "İkinci kayıt"
    assert listing(tmp_path) == ["usb.kok", "usb.kok.bak"]
