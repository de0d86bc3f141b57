"""A random session of window actions, run in a child process by tests/gui/test_crash_sequences.py:
python random_session.py SEED STEPS. Exits 0 after STEPS actions; a crash shows as its exit code."""

import random, sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMessageBox, QFileDialog, QDialog
app = QApplication(sys.argv[:1])
from PySide6.QtCore import QSettings, QCoreApplication, QEvent
from kokapp.core.datapack import bundled_datapack
from kokapp.gui.main_window import MainWindow
from kokapp.gui.settings import Settings
from kokapp.gui.document import empty_project
from kokapp.io.project_file import save_project, load_project
from kokapp.paths import demo_project
seed, steps = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
tmp = Path(tempfile.mkdtemp())
for name in ("question", "warning", "critical", "information", "about"):   # dialogs answered, never shown
    setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))
HUGE = "Ş" * 500_000
pack = bundled_datapack()
demo = load_project(demo_project(), pack)
files = {"demo": tmp / "demo.kok", "empty": tmp / "boş.kok", "one": tmp / "tek.kok"}
save_project(demo, files["demo"])
save_project(empty_project(), files["empty"])
from dataclasses import replace
save_project(replace(demo, products=demo.products[:1], markets=demo.markets[:1],
                     volumes={k: v for k, v in demo.volumes.items() if k[0] == demo.products[0].name and k[1] == demo.markets[0]}), files["one"])
s = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)); s.language = rng.choice(["en", "tr"])
w = MainWindow(pack, s, autosave_folder=tmp / "auto")
w.show()
def act(name):
    for a in w.findChildren(type(w.menuBar().actions()[0])):
        if a.objectName() == "action_" + name:
            a.trigger(); return
from kokapp.gui.dialogs import SettingsDialog
def settings_ok():
    SettingsDialog.exec = lambda self: (self.language.setCurrentIndex(rng.randrange(self.language.count())),
                                        self.currency.setCurrentIndex(rng.randrange(self.currency.count())),
                                        self.accept(), self.result())[-1]
    act("settings")
def open_file(f=None):
    f = f or rng.choice(list(files.values()))
    QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (str(f), ""))
    act("open")
def tab():
    tabs = w.results_panel.tabs
    tabs.setCurrentIndex(rng.randrange(tabs.count()))
def add_product(): act("add_product")
def undo(): act("undo")
def redo(): act("redo")
def new(): act("new")
def demo_(): act("demo")
def weight():
    sl = rng.choice(list(w.results_panel.sliders.values())); sl.setValue(rng.randrange(0, 101))
def remove_market():
    m = w.project_panel.volumes_model
    if m.rowCount():
        w.project_panel.volumes_view.selectRow(rng.randrange(m.rowCount())); w.project_panel.remove_market()
def remove_product():
    m = w.project_panel.products_model
    if m.rowCount():
        w.project_panel.products_view.selectRow(rng.randrange(m.rowCount())); w.project_panel.remove_products()
def long_texts():
    from dataclasses import replace
    from kokapp.core.project import Override
    from kokapp.gui.commands import SetCompany, SetOverrides
    w.doc.undo_stack.push(SetOverrides(w.doc, [Override("freight/road_ftl/rate_per_km", 1.9, HUGE)]))
    w.doc.undo_stack.push(SetCompany(w.doc, HUGE[:40_000]))
    m = w.project_panel.products_model
    if m.rowCount():
        m.setData(m.index(0, 0), HUGE)
def grab():
    w.grab()
def toggle():
    sites = [s for s, row in w.project_panel.sites.items() if row["kind"] == "nearshore"]
    w.project_panel.toggle_candidate(rng.choice(sites))
moves = [settings_ok, open_file, open_file, tab, tab, add_product, undo, undo, redo, new, demo_, weight, weight,
         remove_market, remove_product, toggle, long_texts, grab]
for i in range(steps):
    move = rng.choice(moves)
    move()
    for _ in range(3):
        app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
import os
if os.environ.get("KOK_STEPS"):      # a fixed sequence (a reported crash), then the usual close
    for statement in os.environ["KOK_STEPS"].split("; "):
        eval(statement)
        for _ in range(3):
            app.processEvents()
w.doc.undo_stack.setClean()
w.close()
print("ok", seed)
