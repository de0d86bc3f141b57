"""Build the standalone app with build.spec and prove the frozen binary works.

    python3 -m pip install -e ".[package]" && python3 tools/smoke_frozen.py

1. pyinstaller --noconfirm --clean build.spec  ->  dist/kok/
2. start the frozen app offscreen on the demo project, wait for the main window with its ranking
3. export the demo report headless from the frozen binary and read it back
4. report the built size and the median start time; exit 0 only if everything worked.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BINARY = ROOT / "dist" / "kok" / ("kok.exe" if sys.platform == "win32" else "kok")


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main() -> int:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", str(ROOT / "build.spec")],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=tempfile.mkdtemp(prefix="kok-smoke-home-"))
    starts = []
    for _ in range(3):
        start = time.perf_counter()
        run = subprocess.run([str(BINARY), "gui", "--demo", "--quit-after", "0"], env=env, capture_output=True,
                             text=True, timeout=120)
        starts.append(time.perf_counter() - start)
        if run.returncode != 0 or "window ready: True" not in run.stdout:
            print(f"frozen app did not show its window:\n{run.stdout}\n{run.stderr}", file=sys.stderr)
            return 1
    report = Path(tempfile.mkdtemp(prefix="kök-smoke-")) / "demo özet.xlsx"
    run = subprocess.run([str(BINARY), "report", "--demo", "-o", str(report), "--lang", "tr"], env=env,
                         capture_output=True, text=True, timeout=120)
    if run.returncode != 0 or not report.exists():
        print(f"frozen report export failed:\n{run.stdout}\n{run.stderr}", file=sys.stderr)
        return 1
    from openpyxl import load_workbook

    sheets = load_workbook(report).sheetnames
    if sheets[0] != "Özet":
        print(f"unexpected workbook: {sheets}", file=sys.stderr)
        return 1
    size = folder_size(BINARY.parent)
    print(f"frozen app: {size / 1e6:.0f} MB in {BINARY.parent}; start to ready window with the demo: "
          f"median {statistics.median(starts):.2f} s over {len(starts)} runs; report sheets: {', '.join(sheets)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
