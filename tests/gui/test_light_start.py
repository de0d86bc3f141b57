"""The window opens the demo and ranks it without pandas (about 60 MB and 0.25 s at start-up):
pandas loads only for the feasibility tab, the report and the command line; nor babel (10 MB and
50 ms of CLDR data), which only a bill of materials' supplier countries need."""

import os
import subprocess
import sys

SCRIPT = r"""
import sys, tempfile

class BlockPandas:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("pandas", "babel"):
            raise ImportError(f"{name} is not needed to open the demo")

sys.meta_path.insert(0, BlockPandas())
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kokapp.core.datapack import bundled_datapack
from kokapp.gui.main_window import MainWindow
from kokapp.gui.settings import Settings
settings = Settings(QSettings(tempfile.mkdtemp() + "/s.ini", QSettings.Format.IniFormat))
window = MainWindow(bundled_datapack(), settings)
window.open_demo()
window.show()
app.processEvents()
panel = window.results_panel
panel.sliders["lpi"].setValue(90)
app.processEvents()
window.results_panel.money_tab.finish()        # every set-up evaluated: the verdict in money
window.results_panel.tabs.setCurrentIndex(1)   # scores
window.results_panel.tabs.setCurrentIndex(2)   # detail
window.results_panel.tabs.setCurrentIndex(3)   # market access
app.processEvents()
print(window.controller.comparison.leader, panel.ranking_model.rowCount(), panel.detail_model.rowCount(),
      panel.access_model.rowCount())
window.doc.undo_stack.setClean()
"""


def test_demo_opens_and_ranks_without_pandas_or_babel(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    leader, ranking, detail, access = out.stdout.split()[-4:]
    assert leader and int(ranking) >= 4 and int(detail) > 0 and int(access) == int(ranking)


def test_the_app_opens_window_first_and_ranks_the_demo(tmp_path):
    """`kokapp gui --demo` as users start it: the window comes first, the ranking after its first
    paint; the smoke switch waits for it (the frozen app's smoke test runs the same)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_DATA_HOME=str(tmp_path / "d"))
    out = subprocess.run([sys.executable, "-m", "kokapp", "gui", "--demo", "--quit-after", "0"], capture_output=True,
                         text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr[-2000:]
    assert "kokapp: window ready: True; ranking rows: 7" in out.stdout


FIRST_PAINT = r"""
import sys, tempfile
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kokapp.core.datapack import bundled_datapack
from kokapp.gui.main_window import MainWindow
from kokapp.gui.settings import Settings
settings = Settings(QSettings(tempfile.mkdtemp() + "/s.ini", QSettings.Format.IniFormat))
window = MainWindow(bundled_datapack(), settings, window_first=True)
window.open_demo()
window.show()
app.processEvents()
assert window.project_panel.products_view.model().rowCount() > 0 and window.results_panel is None
print(" ".join(sorted(m for m in ("numpy", "pyqtgraph", "pandas", "openpyxl", "babel", "difflib",
                                  "kokapp.io.table_import", "kokapp.core.engine") if m in sys.modules)) or "-")
window.doc.undo_stack.setClean()
"""


def test_the_first_paint_waits_for_no_heavy_module(tmp_path):
    """Window first: what the first paint shows (the demo's products, markets and locations) needs
    none of the modules that load for the results, the report, an import or a bill of materials."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", FIRST_PAINT], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split("\n")[-2] == "-"


HOOK = r"""
import linecache, sys
sys.path.insert(0, sys.argv[1])
import PySide6, kokapp.gui
feature = sys.modules["shibokensupport.feature"]
import kok_uses_qt, kok_plain_module, colorsys
names = ("kok_uses_qt", "kok_plain_module", "colorsys")
answers = [feature.pyside_feature_dict[name] for name in names]
read = [name for name in names if sys.modules[name].__file__ in linecache.cache]
check = feature._mod_uses_pyside
pyside_own = check.__closure__[0].cell_contents if check.__closure__ else check     # PySide's own check
own = [0 if pyside_own(sys.modules[name]) else -1 for name in names]
print(answers, own, read)
"""


def test_pyside_asks_each_imported_module_without_keeping_its_source(tmp_path):
    """PySide's import hook asks every module imported after it whether it uses PySide6; Kök answers
    from the file's bytes, the same as PySide's own answer, and no source stays in linecache."""
    (tmp_path / "kok_uses_qt.py").write_text("# Türkçe: ğüşiöç\nfrom PySide6 import QtCore\n", encoding="utf-8")
    (tmp_path / "kok_plain_module.py").write_text("# Kök: yalnız çekirdek\nVALUE = 1\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", HOOK, str(tmp_path)], capture_output=True, text=True, env=env,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split("\n")[-2] == "[0, -1, -1] [0, -1, -1] []"


EXPORT = r"""
import sys, tempfile, threading
from pathlib import Path

class NotOnTheWindowsThread:
    def find_spec(self, name, path=None, target=None):
        if threading.current_thread() is threading.main_thread() and name.split(".")[0] in ("openpyxl", "ssl", "http", "pandas"):
            raise ImportError(f"{name} imported on the UI thread")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kokapp.core.datapack import bundled_datapack
from kokapp.gui.main_window import MainWindow
from kokapp.gui.settings import Settings
settings = Settings(QSettings(tempfile.mkdtemp() + "/s.ini", QSettings.Format.IniFormat))
window = MainWindow(bundled_datapack(), settings)
window.open_demo()
window.show()
while window.controller.working or window.controller.comparison is None:
    app.processEvents()
window.results_panel.money_tab.finish()
sys.meta_path.insert(0, NotOnTheWindowsThread())
written = window.export_report(str(Path(tempfile.mkdtemp()) / "rapor.xlsx"), open_after=False)
print(written is not None and written.stat().st_size > 10_000, "urllib.request" in sys.modules, "ssl" in sys.modules)
window.doc.undo_stack.setClean()
"""


def test_the_export_loads_the_workbook_writer_in_its_worker_only(tmp_path):
    """The window's thread never imports openpyxl (nor, through it, the web modules a sax helper
    pulled in): imported there at the first export, under a busy worker, they froze the window."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", EXPORT], capture_output=True, text=True, env=env, timeout=180)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split("\n")[-2] == "True False False"
