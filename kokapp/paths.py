"""The one place that knows where Kök's bundled resources live.

Three layouts: a source checkout or editable install (``<repo>/resources``), an installed
wheel (``kokapp/resources``, put there by the build), and a PyInstaller bundle
(``sys._MEIPASS/resources``). Also the one place that knows Windows' 260-character path limit.
"""

from __future__ import annotations

import ntpath
import os
import sys
from functools import lru_cache
from pathlib import Path

_MARKER = Path("data") / "datapackage.json"


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    candidates: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates += [package_dir / "resources", package_dir.parent / "resources"]
    for candidate in candidates:
        if (candidate / _MARKER).is_file():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"Kök resources not found (looked in: {searched})")


def data_dir() -> Path:
    return resources_dir() / "data"


def demo_dir() -> Path:
    return resources_dir() / "demo"


def demo_project() -> Path:
    return demo_dir() / "bursa-oto-yedek-parca.kok"


def translations_dir() -> Path:
    """Compiled Qt catalogues (*.qm): built into the package by the build hook (or frozen)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "translations"
    return Path(__file__).resolve().parent / "translations"


# Windows refuses paths of MAX_PATH (260) characters or more unless long paths are enabled in the
# registry, which is off by default. Saving writes a temporary file beside the project whose name
# can be up to ~50 characters longer than a short project name, hence the margin.
WINDOWS_MAX_PATH = 260
_LONG_PATH_FROM = WINDOWS_MAX_PATH - 60
_EXTENDED = "\\\\?\\"


def windows_long_path(path: str) -> str:
    r"""An absolute Windows path, with the extended-length prefix ``\\?\`` when it is long
    enough to hit MAX_PATH (``\\server\share`` becomes ``\\?\UNC\server\share``). The prefix
    turns off Windows' own normalisation, so ``/`` and ``..`` are resolved first. Pure string
    work (testable anywhere); :func:`native_path` applies it on Windows only."""
    if path.startswith((_EXTENDED, "\\\\.\\")) or len(path) < _LONG_PATH_FROM:  # already prefixed, or a device
        return path
    path = ntpath.normpath(path)
    if path.startswith("\\\\"):
        return _EXTENDED + "UNC\\" + path[2:]
    return _EXTENDED + path


def native_path(path: os.PathLike | str) -> Path:
    """The path to hand to the file system: on Windows absolute and, when long, extended-length;
    elsewhere unchanged."""
    if os.name != "nt":
        return Path(path)
    return Path(windows_long_path(os.path.abspath(os.fspath(path))))
