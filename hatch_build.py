"""Hatch build hook: compile translations/*.ts into kokapp/translations/*.qm with pyside6-lrelease.

Runs for wheels and editable installs, so compiled catalogues are never committed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # run as a plain script in a development checkout
    BuildHookInterface = object


def lrelease_command() -> list[str]:
    exe = shutil.which("pyside6-lrelease")
    if exe:
        return [exe]
    import PySide6  # the build requires pyside6-essentials, which ships lrelease

    return [str(Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease"))]


def compile_translations(root: Path) -> list[Path]:
    target = root / "kokapp" / "translations"
    target.mkdir(exist_ok=True)
    built = []
    for ts in sorted((root / "translations").glob("*.ts")):
        qm = target / (ts.stem + ".qm")
        subprocess.run(lrelease_command() + ["-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "kok-translations"

    def initialize(self, version, build_data):
        root = Path(self.root)
        for qm in compile_translations(root):
            build_data["force_include"][str(qm)] = f"kokapp/translations/{qm.name}"


if __name__ == "__main__":  # python hatch_build.py: compile in place for development
    print("\n".join(str(p) for p in compile_translations(Path(__file__).resolve().parent)))
