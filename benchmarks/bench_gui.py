"""GUI benchmark: launch-to-interactive with the demo against a bare PySide6 window, and a
weight change to the redrawn ranking. Ratios within one run; alternating runs.

    QT_QPA_PLATFORM=offscreen python3 benchmarks/bench_gui.py [--runs 5] [--quick]   # writes benchmarks/results/gui.json

Edits to the redrawn window are timed on the demo and on the issue's 10x stress scale
(400 locations x 200 markets x 100 products, a synthetic pack of cloned ids: see scale_pack.py).
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

BARE_PLOT = """
import time, sys, resource
start = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
import pyqtgraph  # the floor for a first screen that shows a plot: the same window, one empty PlotWidget
w = QMainWindow(); w.resize(1400, 860); w.setCentralWidget(pyqtgraph.PlotWidget()); w.show()
app.processEvents()
print(time.time() - start)
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


def _window(pack=None):
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kokapp.core.datapack import bundled_datapack
    from kokapp.gui.main_window import MainWindow
    from kokapp.gui.settings import Settings

    app = QApplication.instance() or QApplication([])
    settings = Settings(QSettings(tempfile.mkdtemp() + "/s.ini", QSettings.Format.IniFormat))
    window = MainWindow(pack or bundled_datapack(), settings, autosave_folder=Path(tempfile.mkdtemp()))
    window.resize(1400, 860)
    return app, window


def edits_to_redraw_ms(window, app, repeat: int) -> dict:
    """Median ms from an edit to the redrawn window (the coalesced recompute runs, the ranking
    table, score chart and notes redraw): a weight slider move, and a volume cell edit."""
    from kokapp.gui.commands import SetVolume

    slider = window.results_panel.sliders["lpi"]
    weight = []
    for i in range(repeat):
        start = time.perf_counter()
        slider.setValue(20 + (i % 2) * 60)
        app.processEvents()
        weight.append((time.perf_counter() - start) * 1000)
    project = window.doc.project
    volume = []
    for i in range(repeat):
        product = project.products[(7 * i) % len(project.products)].name
        market = project.markets[(13 * i) % len(project.markets)]
        start = time.perf_counter()
        window.doc.undo_stack.push(SetVolume(window.doc, product, market, 500.0 + 37.0 * i))
        app.processEvents()
        volume.append((time.perf_counter() - start) * 1000)
    assert window.controller.comparison is not None
    return {"weight_change_redraw_ms": round(statistics.median(weight), 1),
            "volume_change_redraw_ms": round(statistics.median(volume), 1)}


def demo_edits(repeat: int) -> dict:
    app, window = _window()
    window.open_demo()
    window.show()
    app.processEvents()
    result = edits_to_redraw_ms(window, app, repeat)
    window.doc.undo_stack.setClean()
    window.close()
    return result


def scale_edits(size: tuple[int, int, int], repeat: int) -> dict:
    """The window on a stress-scale project (synthetic pack: real figures, cloned ids)."""
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_engine import scaled_project
    from scale_pack import scaled_pack

    from kokapp.core.datapack import bundled_datapack
    from kokapp.gui.document import ProjectDocument

    pack, sites, markets = scaled_pack(bundled_datapack(), size[0], size[1])
    app, window = _window(pack)
    window.show()
    app.processEvents()
    project = scaled_project(markets, sites, *size)
    start = time.perf_counter()
    window.set_document(ProjectDocument(project, None))
    app.processEvents()
    opened = time.perf_counter() - start
    result = {"locations": len(project.locations), "markets": size[1], "products": size[2],
              "rows": len(project.locations) * size[1] * size[2], "live": window.controller.live is not None,
              "open_and_first_ranking_s": round(opened, 2)}
    result |= edits_to_redraw_ms(window, app, repeat)
    window.doc.undo_stack.setClean()
    window.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="small stress scale (CI smoke run)")
    args = parser.parse_args()
    # Kök as users run it: pip byte-compiles an installed package and the frozen app ships .pyc
    # files; a source checkout under PYTHONDONTWRITEBYTECODE would compile every module at start.
    import compileall

    import kokapp
    compileall.compile_dir(Path(kokapp.__file__).parent, quiet=1)
    bare, plot, kok = [], [], []
    for _ in range(args.runs):  # alternate so all see the same machine state
        bare.append(launch(BARE))
        plot.append(launch(BARE_PLOT))
        kok.append(launch(KOK))
    plot_s = statistics.median(p[0] for p in plot)
    bare_s, bare_mb = statistics.median(b[0] for b in bare), statistics.median(b[1] for b in bare)
    kok_s, kok_mb = statistics.median(k[0] for k in kok), statistics.median(k[1] for k in kok)
    result = {
        "runs": args.runs,
        "bare_window_s": round(bare_s, 3),
        "kok_demo_window_s": round(kok_s, 3),
        "startup_ratio": round(kok_s / bare_s, 2),
        "bare_window_with_plot_s": round(plot_s, 3),
        "bare_window_with_plot_ratio": round(plot_s / bare_s, 2),
        "bare_window_pyqtgraph_peak_mb": round(bare_mb, 1),
        "kok_demo_peak_mb": round(kok_mb, 1),
        "memory_ratio": round(kok_mb / bare_mb, 2),
        "frame_ms": 16.0,
        "demo": demo_edits(max(args.runs * 4, 8)),
        "scale": scale_edits((30, 30, 25) if args.quick else (400, 200, 100), max(args.runs * 2, 5)),
    }
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
