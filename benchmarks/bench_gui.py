"""GUI benchmark: launch-to-interactive with the demo against a bare PySide6 window, and a
weight change to the redrawn ranking. Ratios within one run; alternating runs.

    QT_QPA_PLATFORM=offscreen python3 benchmarks/bench_gui.py [--runs 5]   # writes benchmarks/results/gui.json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

OUT = Path(__file__).parent / "results" / "gui.json"

BARE = """
import time, sys, resource
start = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1400, 860); w.show()
app.processEvents()
print(time.time() - start)
import pyqtgraph  # the memory baseline: a bare window with pyqtgraph loaded
w.setCentralWidget(pyqtgraph.PlotWidget()); app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

KOK = """
import time, sys, tempfile, resource
start = float(sys.argv[1])
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kokapp.core.datapack import bundled_datapack
from kokapp.gui.main_window import MainWindow
from kokapp.gui.settings import Settings
s = Settings(QSettings(tempfile.mkdtemp() + "/s.ini", QSettings.Format.IniFormat))
w = MainWindow(bundled_datapack(), s)
w.open_demo(); w.show()
app.processEvents()
assert w.controller.comparison is not None
print(time.time() - start)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
w.doc.undo_stack.setClean()
"""


def launch(script: str) -> tuple[float, float]:
    """(seconds to an interactive window, peak resident memory in MB)."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    out = subprocess.run([sys.executable, "-c", script, repr(time.time())], capture_output=True, text=True,
                         env=env, timeout=120, check=True)
    seconds, peak_kb = out.stdout.strip().splitlines()[-2:]
    return float(seconds), float(peak_kb) / 1024


def weight_change_ms(repeat: int) -> float:
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kokapp.core.datapack import bundled_datapack
    from kokapp.gui.main_window import MainWindow
    from kokapp.gui.settings import Settings

    app = QApplication.instance() or QApplication([])
    settings = Settings(QSettings(tempfile.mkdtemp() + "/s.ini", QSettings.Format.IniFormat))
    window = MainWindow(bundled_datapack(), settings)
    window.open_demo()
    window.show()
    app.processEvents()
    slider = window.results_panel.sliders["lpi"]
    times = []
    for i in range(repeat):
        start = time.perf_counter()
        slider.setValue(20 + (i % 2) * 60)
        app.processEvents()   # the coalesced recompute runs, tables and charts redraw
        times.append((time.perf_counter() - start) * 1000)
    window.doc.undo_stack.setClean()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bare, kok = [], []
    for _ in range(args.runs):  # alternate so both see the same machine state
        bare.append(launch(BARE))
        kok.append(launch(KOK))
    bare_s, bare_mb = statistics.median(b[0] for b in bare), statistics.median(b[1] for b in bare)
    kok_s, kok_mb = statistics.median(k[0] for k in kok), statistics.median(k[1] for k in kok)
    result = {
        "runs": args.runs,
        "bare_window_s": round(bare_s, 3),
        "kok_demo_window_s": round(kok_s, 3),
        "startup_ratio": round(kok_s / bare_s, 2),
        "bare_window_pyqtgraph_peak_mb": round(bare_mb, 1),
        "kok_demo_peak_mb": round(kok_mb, 1),
        "memory_ratio": round(kok_mb / bare_mb, 2),
        "weight_change_redraw_ms": round(weight_change_ms(max(args.runs * 4, 8)), 1),
        "frame_ms": 16.0,
    }
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
