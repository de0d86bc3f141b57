"""GUI benchmark: start-up against a bare PySide6 window (time to the first interactive window,
window first, beside a plain PySide6 window holding the same kinds of widgets without Kök's data,
and to the ranked window against a bare window holding one plot), edits to the
redrawn window, the longest stall of the event loop while a large study opens, and the report
export with its progress dialog. Ratios within one run; alternating runs.

    QT_QPA_PLATFORM=offscreen python3 benchmarks/bench_gui.py [--runs 5] [--quick]   # writes benchmarks/results/gui.json

Edits and opening are timed on the demo and on the issue's 10x stress scale (400 locations x 200
markets x 100 products, a synthetic pack of cloned ids: see scale_pack.py). The window is run as
``kokapp.gui.app.run`` runs it: window first, and the interpreter shared with workers at a short
switch interval (``gui.background.share_the_interpreter``).
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

SAME_WIDGETS = """
import time, sys, resource
start = float(sys.argv[1])
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMainWindow, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)
app = QApplication([])
# the kind of window Kok's first paint shows, in plain PySide6: no data pack, project file or translations
w = QMainWindow(); w.resize(1400, 860)
for menu_name, count in (("File", 8), ("Edit", 3), ("Tools", 3), ("Help", 1)):
    menu = w.menuBar().addMenu(menu_name)
    for i in range(count):
        action = QAction(f"{menu_name} {i}", w); action.setShortcut(QKeySequence(f"Ctrl+Shift+F{i + 1}")); menu.addAction(action)
side = QWidget(); layout = QVBoxLayout(side); form = QFormLayout()
hubs = QComboBox(); hubs.addItems([f"Hub {i}" for i in range(10)])
form.addRow("Company", QLineEdit("Demo")); form.addRow("Origin hub", hubs); layout.addLayout(form)
boxes = QSplitter(Qt.Orientation.Vertical); layout.addWidget(boxes, 1)
for title, rows, columns in (("Products", 4, 7), ("Markets", 5, 5)):
    box = QGroupBox(title); inner = QVBoxLayout(box); table = QTableWidget(rows, columns)
    for r in range(rows):
        for c in range(columns):
            table.setItem(r, c, QTableWidgetItem(f"{r}.{c}"))
    inner.addWidget(table); buttons = QHBoxLayout(); inner.addLayout(buttons)
    for label in ("Add", "Remove", "More"):
        buttons.addWidget(QPushButton(label))
    boxes.addWidget(box)
box = QGroupBox("Locations"); inner = QHBoxLayout(box); places = QListWidget()
for i in range(46):
    item = QListWidgetItem(f"Location {i}"); item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked); places.addItem(item)
inner.addWidget(places, 1); inner.addWidget(QWidget(), 2); boxes.addWidget(box)
split = QSplitter(); split.addWidget(side); split.addWidget(QLabel("Results", alignment=Qt.AlignmentFlag.AlignCenter))
w.setCentralWidget(split); w.statusBar().showMessage("Ready"); w.show()
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
w = MainWindow(bundled_datapack(), s, window_first=True)    # as kokapp.gui.app.run opens it
w.open_demo(); w.show()
app.processEvents()                  # painted: the project side filled and taking input
interactive = time.time() - start
assert w.doc.project.company and w.isVisible()
while not (w.is_ready and w.controller.comparison is not None):
    app.processEvents()
app.processEvents()                  # the ranking and the money table painted
print(interactive)
print(time.time() - start)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
w.doc.undo_stack.setClean()
"""


def launch(script: str) -> tuple[float, ...]:
    """(seconds to an interactive window[, seconds to the ranked window], peak resident memory in MB)."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    out = subprocess.run([sys.executable, "-c", script, repr(time.time())], capture_output=True, text=True,
                         env=env, timeout=120, check=True)
    *seconds, peak_kb = out.stdout.strip().splitlines()[-3 if script is KOK else -2:]
    return (*map(float, seconds), float(peak_kb) / 1024)


def _window(pack=None):
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kokapp.core.datapack import bundled_datapack
    from kokapp.gui.main_window import MainWindow
    from kokapp.gui.settings import Settings

    from kokapp.gui.background import share_the_interpreter

    share_the_interpreter()             # as kokapp.gui.app.run does
    app = QApplication.instance() or QApplication([])
    settings = Settings(QSettings(tempfile.mkdtemp() + "/s.ini", QSettings.Format.IniFormat))
    window = MainWindow(pack or bundled_datapack(), settings, autosave_folder=Path(tempfile.mkdtemp()))
    window.resize(1400, 860)
    return app, window


class Stalls:
    """The event loop's longest stall while something runs: a timer due every TICK_MS records how
    late each of its ticks comes (a frame is 16 ms; a tick later than that is a stall the user sees)."""

    TICK_MS = 10

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.late_ms: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(self.TICK_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.late_ms.append(max(0.0, (now - self._last) * 1000 - self.TICK_MS))
        self._last = now

    def run_until(self, done, start=None, timeout_s: float = 900) -> float:
        """Start ``start()`` (if any), run the event loop until ``done()``; seconds it took."""
        from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer

        # Objects the window let go (deleteLater) while this harness drove it with processEvents(),
        # outside any event loop, are deleted now, as app.exec() would have deleted them already:
        # left over, they were deleted inside the next loop (the export's) and relaid the window out.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        loop = QEventLoop()
        check = QTimer()
        check.setInterval(50)
        check.timeout.connect(lambda: done() and loop.quit())
        began = time.perf_counter()
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        self._last = time.perf_counter()
        self.timer.start()
        check.start()
        if start is not None:
            QTimer.singleShot(0, start)
        loop.exec()
        self.timer.stop()
        check.stop()
        assert done(), "timed out"
        return time.perf_counter() - began

    def summary(self, prefix: str) -> dict:
        late = sorted(self.late_ms) or [0.0]
        return {f"{prefix}_longest_stall_ms": round(late[-1], 1),
                f"{prefix}_stalls_over_frame": sum(1 for x in late if x > 16.0),
                f"{prefix}_ticks": len(self.late_ms)}


def edits_to_redraw_ms(window, app, repeat: int) -> dict:
    """Median ms from an edit to the redrawn window (the coalesced recompute runs, the visible
    tab, its table and the notes redraw; the set-ups go on in a worker): a weight slider move, and
    a volume cell edit."""
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
    money = window.results_panel.money_tab
    result = edits_to_redraw_ms(window, app, repeat)
    result["volume_change_to_final_verdict_s"] = round(Stalls().run_until(lambda: money.done), 2)
    window.doc.undo_stack.setClean()
    window.close()
    return result


def export_with_progress(window, folder: Path) -> dict:
    """File ▸ Export through the window (the worker and its progress dialog), with the stalls. A
    message box the export shows (a study too large for a report) is recorded, not waited on."""
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    for kind in ("warning", "information"):
        setattr(QMessageBox, kind, staticmethod(lambda parent, title, text, *a, **k: said.append(text)))
    stalls = Stalls()
    written: list = []
    took = stalls.run_until(lambda: bool(written),
                            lambda: written.append(window.export_report(str(folder / "rapor.xlsx"), open_after=False)))
    result = {"report_export_s": round(took, 2), "report_written": bool(written[0])}
    if not written[0]:
        result["report_refused"] = " ".join(said) or window.statusBar().currentMessage()
    return result | stalls.summary("report")


def scale_edits(size: tuple[int, int, int], repeat: int) -> dict:
    """The window on a stress-scale project (synthetic pack: real figures, cloned ids): opening it
    with the longest stall of the event loop, edits to the redrawn window, the report export."""
    import tempfile

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
    controller, money = window.controller, window.results_panel.money_tab
    stalls = Stalls()
    ranked = stalls.run_until(lambda: controller.comparison is not None and not controller.working,
                              lambda: window.set_document(ProjectDocument(project, None)))
    result = {"locations": len(project.locations), "markets": size[1], "products": size[2],
              "rows": len(project.locations) * size[1] * size[2], "live": controller.live is not None,
              "open_to_ranking_s": round(ranked, 2)} | stalls.summary("open")
    result |= edits_to_redraw_ms(window, app, repeat)
    stalls = Stalls()
    result["set_ups_after_edits_s"] = round(stalls.run_until(lambda: money.done), 2)
    result |= stalls.summary("set_ups")
    result |= export_with_progress(window, Path(tempfile.mkdtemp()))
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
    bare, same, plot, kok = [], [], [], []
    for _ in range(args.runs):  # alternate so all see the same machine state
        bare.append(launch(BARE))
        same.append(launch(SAME_WIDGETS))
        plot.append(launch(BARE_PLOT))
        kok.append(launch(KOK))
    same_s = statistics.median(s[0] for s in same)
    plot_s = statistics.median(p[0] for p in plot)
    bare_s, bare_mb = statistics.median(b[0] for b in bare), statistics.median(b[1] for b in bare)
    first_s, ranked_s = statistics.median(k[0] for k in kok), statistics.median(k[1] for k in kok)
    kok_mb = statistics.median(k[2] for k in kok)
    result = {
        "runs": args.runs,
        "bare_window_s": round(bare_s, 3),
        "kok_first_window_s": round(first_s, 3),
        "first_window_ratio": round(first_s / bare_s, 2),
        "same_widgets_window_s": round(same_s, 3),
        "same_widgets_window_ratio": round(same_s / bare_s, 2),
        "bare_window_with_plot_s": round(plot_s, 3),
        "bare_window_with_plot_ratio": round(plot_s / bare_s, 2),
        "kok_ranked_window_s": round(ranked_s, 3),
        "ranked_window_vs_plot_ratio": round(ranked_s / plot_s, 2),
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
