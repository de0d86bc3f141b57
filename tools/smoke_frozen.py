"""Build the standalone app with build.spec and prove the frozen binary works.

    python3 -m pip install -e ".[package]" && python3 tools/smoke_frozen.py [--no-build]

1. pyinstaller --noconfirm --clean build.spec  ->  dist/kok/ (and dist/Kök.app on macOS);
   skipped with --no-build when the app was just built (the GitHub workflow builds in a step of its own)
2. start the frozen app offscreen on the demo project, wait for the main window with its ranking
3. export the demo report headless from the frozen binary into a folder with a Turkish name, read it back
4. report the built size and the median start time; exit 0 only if everything worked.

Runs on Linux (CI), Windows and macOS (.github/workflows/build.yml). On Windows the app is a
windowed executable: it may have no standard output at all, so there its exit code (0 only when
the window showed the ranking) is the proof, and its printed line is checked when it arrives.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"


def frozen_binary(platform: str = sys.platform, dist: Path = DIST) -> Path:
    """What a user starts: kok\\kok.exe on Windows, the executable inside Kök.app on macOS,
    dist/kok/kok on Linux (and on macOS when no bundle was built)."""
    if platform == "win32":
        return dist / "kok" / "kok.exe"
    bundled = dist / "Kök.app" / "Contents" / "MacOS" / "kok"
    if platform == "darwin" and bundled.exists():
        return bundled
    return dist / "kok" / "kok"


def shipped_folder(binary: Path) -> Path:
    """The folder a user receives: dist/kok, or the whole Kök.app."""
    return binary.parents[2] if binary.parent.name == "MacOS" else binary.parent


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def build() -> bool:
    run = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", str(ROOT / "build.spec")],
                         cwd=ROOT, capture_output=True, text=True, encoding="utf-8", errors="replace")
    if run.returncode != 0:
        print(f"PyInstaller failed:\n{run.stdout[-5000:]}\n{run.stderr[-5000:]}", file=sys.stderr)
    return run.returncode == 0


def window_ready(run: subprocess.CompletedProcess, platform: str = sys.platform) -> bool:
    """The app exits 0 only when its window showed the ranking; where it can print (everywhere
    but a windowed Windows executable), it must also say so."""
    if run.returncode != 0:
        return False
    if "window ready:" in run.stdout:
        return "window ready: True" in run.stdout
    return platform == "win32"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="test the app already in dist/")
    args = parser.parse_args(argv)
    if not args.no_build and not build():
        return 1
    binary = frozen_binary()
    if not binary.exists():
        print(f"no frozen app at {binary}", file=sys.stderr)
        return 1
    home = tempfile.mkdtemp(prefix="kok-smoke-home-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_DATA_HOME=os.path.join(home, "data"))
    starts = []
    for _ in range(3):
        start = time.perf_counter()
        run = subprocess.run([str(binary), "gui", "--demo", "--quit-after", "0"], env=env, capture_output=True,
                             text=True, encoding="utf-8", errors="replace", timeout=180)
        starts.append(time.perf_counter() - start)
        if not window_ready(run):
            print(f"frozen app did not show its window (exit {run.returncode}):\n{run.stdout}\n{run.stderr}",
                  file=sys.stderr)
            return 1
    report = Path(tempfile.mkdtemp(prefix="kök-smoke-")) / "Şükrü Öztürk" / "demo özet.xlsx"
    report.parent.mkdir()
    run = subprocess.run([str(binary), "report", "--demo", "-o", str(report), "--lang", "tr"], env=env,
                         capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=180)
    if run.returncode != 0 or not report.exists():
        print(f"frozen report export failed (exit {run.returncode}):\n{run.stdout}\n{run.stderr}", file=sys.stderr)
        return 1
    from openpyxl import load_workbook

    sheets = load_workbook(report).sheetnames
    if sheets[0] != "Özet":
        print(f"unexpected workbook: {sheets}", file=sys.stderr)
        return 1
    shipped = shipped_folder(binary)
    size = folder_size(shipped)
    print(f"frozen app: {size / 1e6:.0f} MB in {shipped}; start to ready window with the demo: "
          f"median {statistics.median(starts):.2f} s over {len(starts)} runs; report sheets: {', '.join(sheets)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
