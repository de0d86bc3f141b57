"""The one place that knows where Kök's bundled resources live.

Three layouts: a source checkout or editable install (``<repo>/resources``), an installed
wheel (``kokapp/resources``, put there by the build), and a PyInstaller bundle
(``sys._MEIPASS/resources``).
"""

from __future__ import annotations

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
