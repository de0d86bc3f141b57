"""Paths as Windows users have them: a user folder named "C:\\Users\\Şükrü Öztürk\\Belgeler",
folders nested past the 260-character MAX_PATH, file names at the 255-character limit. On Linux
the same names are real folders; the Windows-only prefix logic is tested as string work."""

import importlib.util
import os
import shutil
import sys
from pathlib import Path

import pytest

from kokapp import paths
from kokapp.core.datapack import load_datapack
from kokapp.io import project_file
from kokapp.io.project_file import ProjectFileError, load_project, save_project
from kokapp.paths import windows_long_path

REPO = Path(__file__).resolve().parents[2]
USER = "Şükrü Öztürk"


def demo():
    return load_project(paths.demo_project())


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_turkish_user_folder_saves_and_loads(tmp_path):
    folder = tmp_path / USER / "Belgeler" / "Kök projeleri"
    folder.mkdir(parents=True)
    path = folder / "İş planı ĞÜŞİÖÇ ğüşıöç.kok"
    project = demo()
    project.company = "Şükrü Öztürk Otomotiv Yedek Parça San. ve Tic. A.Ş."
    save_project(project, path)
    save_project(project, path)
    assert load_project(path) == project
    assert names(folder) == ["İş planı ĞÜŞİÖÇ ğüşıöç.kok", "İş planı ĞÜŞİÖÇ ğüşıöç.kok.bak"]
    with pytest.raises(ProjectFileError) as caught:
        load_project(folder / "Eksik dosya ıı.kok")
    assert caught.value.path == str(folder / "Eksik dosya ıı.kok")  # the name comes back unmangled


def nested_past_max_path(root: Path) -> Path:
    parts = [USER, "Belgeler", "Kök projeleri 2025 — Balkanlar ve Kuzey Afrika yatırım karşılaştırmaları",
             "Müşteri görüşmeleri (Bursa, İzmir, Gaziantep) ve teklifler", "Sırbistan, Fas, Mısır, Gürcistan",
             "Yönetim kurulu sunumu için son sürüm"]
    folder = root.joinpath(*parts)
    folder.mkdir(parents=True)
    path = folder / "Uludağ Oto Yedek Parça — lokasyon karşılaştırması (gözden geçirilmiş).kok"
    assert len(str(path.relative_to(root))) > paths.WINDOWS_MAX_PATH
    return path


def test_long_nested_path_saves_and_loads(tmp_path):
    path = nested_past_max_path(tmp_path)
    project = demo()
    save_project(project, path)
    project.company = "İkinci kayıt"
    save_project(project, path)
    assert load_project(path) == project
    assert load_project(path.with_name(path.name + ".bak")).company.startswith("Uludağ")
    assert names(path.parent) == [path.name, path.name + ".bak"]


def test_file_name_at_the_length_limit_saves(tmp_path):
    """The temporary file beside the project must not be the name that is too long: a project
    name within a few characters of the limit saves (twice: there is no room for ``.bak`` then,
    which must not fail the save)."""
    limit = os.pathconf(tmp_path, "PC_NAME_MAX")                 # 255 bytes on Linux, 255 UTF-16 units on NTFS
    stem = "Ç" * ((limit - len(".kok")) // len("Ç".encode()))    # two bytes per letter in UTF-8
    path = tmp_path / f"{stem}.kok"
    assert limit - len(".bak") < len(path.name.encode()) <= limit
    project = demo()
    save_project(project, path)
    project.company = "İkinci kayıt"
    save_project(project, path)
    assert load_project(path).company == "İkinci kayıt"
    assert names(tmp_path) == [path.name]


@pytest.mark.parametrize("given, expected", [
    ("C:\\Users\\Şükrü Öztürk\\Belgeler\\kısa.kok", "C:\\Users\\Şükrü Öztürk\\Belgeler\\kısa.kok"),
    ("C:\\Users\\Şükrü Öztürk\\Belgeler\\" + "ç" * 200 + "\\proje.kok",
     "\\\\?\\C:\\Users\\Şükrü Öztürk\\Belgeler\\" + "ç" * 200 + "\\proje.kok"),
    # Qt's file dialogs give forward slashes; the prefix turns Windows' normalisation off
    ("C:/Users/Şükrü Öztürk/Belgeler/" + "ğ" * 200 + "/../İş/proje.kok",
     "\\\\?\\C:\\Users\\Şükrü Öztürk\\Belgeler\\İş\\proje.kok"),
    ("\\\\sunucu\\paylaşım\\" + "ş" * 250 + "\\proje.kok", "\\\\?\\UNC\\sunucu\\paylaşım\\" + "ş" * 250 + "\\proje.kok"),
    ("\\\\?\\C:\\" + "ö" * 300, "\\\\?\\C:\\" + "ö" * 300),        # already extended
    ("\\\\.\\pipe\\" + "ü" * 300, "\\\\.\\pipe\\" + "ü" * 300),     # a device path is left alone
])
def test_windows_long_path(given, expected):
    assert windows_long_path(given) == expected


def test_prefix_starts_with_room_for_the_temporary_file():
    """A short project name in a deep folder gets a temporary file up to ~50 characters longer."""
    folder = "C:\\" + "a" * 150
    assert windows_long_path(folder + "\\kısa.kok") == folder + "\\kısa.kok"   # 159 characters
    assert windows_long_path(folder + "\\" + "b" * 50 + ".kok").startswith("\\\\?\\")   # 205 characters


def test_save_and_load_hand_the_file_system_the_native_path(tmp_path, monkeypatch):
    project, asked = demo(), []
    real = project_file.native_path
    monkeypatch.setattr(project_file, "native_path", lambda p: asked.append(str(p)) or real(p))
    path = tmp_path / USER / "proje.kok"
    path.parent.mkdir()
    save_project(project, path)
    load_project(path)
    assert asked == [str(path), str(path)]
    assert paths.native_path(path) == path          # not Windows: unchanged


@pytest.fixture
def fresh_resources():
    paths.resources_dir.cache_clear()
    yield
    paths.resources_dir.cache_clear()


def test_frozen_app_installed_under_a_turkish_user_folder(tmp_path, monkeypatch, fresh_resources):
    """Per-user installs live in C:\\Users\\<name>\\AppData\\Local\\Programs: the bundle's data pack,
    demo and catalogues are found there and the pack loads."""
    bundle = tmp_path / USER / "AppData" / "Local" / "Programs" / "Kök"
    shutil.copytree(REPO / "resources" / "data", bundle / "resources" / "data")
    (bundle / "resources" / "demo").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert paths.resources_dir() == bundle / "resources"
    assert paths.demo_project() == bundle / "resources" / "demo" / "bursa-oto-yedek-parca.kok"
    assert paths.translations_dir() == bundle / "translations"
    pack = load_datapack(paths.data_dir())
    assert "TR-BUR" in set(pack.column("sites", "site_id"))


def test_source_checkout_under_a_turkish_user_folder(tmp_path, fresh_resources):
    """kokapp/paths.py beside resources/ in "Şükrü Öztürk/Belgeler/kök" finds that folder."""
    checkout = tmp_path / USER / "Belgeler" / "kök"
    (checkout / "kokapp").mkdir(parents=True)
    (checkout / "resources" / "data").mkdir(parents=True)
    (checkout / "resources" / "data" / "datapackage.json").write_text("{}", encoding="utf-8")
    shutil.copy(REPO / "kokapp" / "paths.py", checkout / "kokapp" / "paths.py")
    spec = importlib.util.spec_from_file_location("kok_paths_copy", checkout / "kokapp" / "paths.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.resources_dir() == checkout / "resources"
    assert module.translations_dir() == checkout / "kokapp" / "translations"
