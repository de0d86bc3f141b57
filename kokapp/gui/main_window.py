"""Kök's main window: project side and results side, files, undo, settings, data sources.

Window first: with ``window_first`` the window is built without the engine, the results side and
the map (numpy, pyqtgraph and the first comparison take most of the start-up): the project side is
filled and usable at once, a placeholder stands where the results go, and :meth:`complete` builds
the rest right after the first paint. Edits made meanwhile are in the document and ranked then.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMainWindow, QMessageBox, QSplitter

from kokapp import __version__
from kokapp.core.datapack import DataPack
from kokapp.core.errors import KokError
from kokapp.core.names import display_names
from kokapp.gui.autosave import Autosave
from kokapp.gui.background import watch_input, window_busy
from kokapp.gui.commands import SetOverrides
from kokapp.gui.document import ProjectDocument, empty_project
from kokapp.gui.field_labels import know_countries
from kokapp.gui.file_actions import FileActions
from kokapp.gui.i18n import install_language
from kokapp.gui.messages import translate_file_message
from kokapp.gui.numbers import set_display_currency
from kokapp.gui.project_panel import ProjectPanel
from kokapp.gui.screen import fit_to_screen
from kokapp.gui.settings import Settings


class _FirstPaint(QObject):
    """Calls ``then`` once the watched widget has painted for the first time."""

    def __init__(self, widget, then):
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.then is not None:
            then, self.then = self.then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, then)        # after this paint reaches the screen
        return False


class MainWindow(FileActions, QMainWindow):
    ready = Signal()            # the results side is built and ranking (window first: after the first paint)

    def __init__(self, pack: DataPack, settings: Settings, parent=None, autosave_folder: Path | None = None,
                 window_first: bool = False):
        super().__init__(parent)
        self.pack, self.settings = pack, settings
        know_countries(pack)
        self.autosave = Autosave(autosave_folder, parent=self)
        self.engine = None                # core.engine.Engine, from complete()
        self.controller = None            # gui.results.ResultsController, from complete()
        self.results_panel = None
        self._wired: list = []            # (controller signal, slot) pairs of the current results side
        self.doc: ProjectDocument | None = None
        self.language = install_language(QApplication.instance(), settings.language)
        self.setAcceptDrops(True)
        self._build_ui()
        self._restore_geometry()
        self.set_document(ProjectDocument(empty_project(settings.default_origin)))
        if window_first:
            self._first_paint = _FirstPaint(self.centralWidget(), self.complete)
            QTimer.singleShot(1000, self.complete)      # not painted within a second (minimised): build anyway
        else:
            self.complete()

    @property
    def is_ready(self) -> bool:
        return self.controller is not None

    def complete(self) -> None:
        """Build the engine, the results side and the map, then rank the current document."""
        if self.controller is not None:
            return
        from kokapp.core.engine import Engine
        from kokapp.gui.results import ResultsController

        self.engine = Engine(self.pack)
        self.controller = ResultsController(self.engine, self)
        self._build_results()
        self.project_panel.attach_map()
        self.set_document(self.doc)
        watch_input(self)
        self.ready.emit()

    def _restore_geometry(self) -> None:
        """Where the user left the window; the first time, as large as fits the screen
        (1400 × 860 at most, so a 1366 × 768 laptop gets a window that fits)."""
        if self.settings.window_geometry and self.restoreGeometry(QByteArray(self.settings.window_geometry)):
            return
        fit_to_screen(self, 1400, 860)

    # -- construction (again after a language change) --------------------------------------------
    def names(self) -> dict[str, str]:
        """Countries, sites and agreements by id, in the interface language."""
        names = display_names(self.pack, self.language)
        return names.countries | names.sites | names.agreements

    def short_names(self) -> dict[str, str]:
        """Site names without the country, for chart axes."""
        column = "name_tr" if self.language == "tr" else "name_en"
        return {s: n.split(" (")[0] for s, n in zip(self.pack.column("sites", "site_id"), self.pack.column("sites", column))}

    def _build_ui(self) -> None:
        rates = dict(zip(self.pack.column("fx_ecb", "currency"), self.pack.column("fx_ecb", "units_per_eur")))
        set_display_currency(self.settings.currency, float(rates.get(self.settings.currency, 1.0)))
        names = self.names()
        self.project_panel = ProjectPanel(self.pack, names, self.language, map_later=self.controller is None)
        self.project_panel.engine = self.engine
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.project_panel)
        waiting = QLabel(self.tr("Working out the comparison…"))
        waiting.setObjectName("results_placeholder")
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.splitter.addWidget(waiting)
        self.splitter.setSizes([560, 840])   # shares of the width: the ranking table fits a 1366-pixel laptop screen
        self.setCentralWidget(self.splitter)
        self.project_panel.message.connect(self.show_message)
        self._build_menus()
        if self.controller is not None:
            self._build_results()

    def _build_results(self) -> None:
        """The results side in place of the placeholder, wired to the controller."""
        from kokapp.gui.results_panel import ResultsPanel
        from kokapp.gui.work_progress import WorkProgress

        self.project_panel.engine = self.engine
        self.results_panel = ResultsPanel(self.engine, self.names(), self.short_names())
        placeholder = self.splitter.widget(1)
        self.splitter.insertWidget(1, self.results_panel)
        placeholder.hide()
        placeholder.deleteLater()       # not replaceWidget: the widget it returns would be deleted twice at exit
        self.splitter.setSizes([560, 840])
        self.results_panel.locationSelected.connect(self.project_panel.show_lanes)
        if getattr(self, "work_progress", None) is not None:
            self.statusBar().removeWidget(self.work_progress)
            self.work_progress.deleteLater()
        self.work_progress = WorkProgress(self)    # into the status bar with the first long work
        self.work_progress.stopRequested.connect(self.controller.cancel)
        for signal, slot in self._wired:
            signal.disconnect(slot)
        c, panel = self.controller, self.results_panel
        self._wired = [(c.updated, panel.show_comparison), (c.reranked, panel.show_ranking),
                       (c.failed, panel.show_failure), (c.busy, self._work_step),
                       (c.idle, self.work_progress.over), (c.idle, panel.show_stopped)]
        for signal, slot in self._wired:
            signal.connect(slot)

    def _work_step(self, done: int, total: int) -> None:
        if self.work_progress.parentWidget() is not self.statusBar():
            self.statusBar().addPermanentWidget(self.work_progress)
        self.work_progress.step(done, total)

    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        """A menu action that calls ``slot()`` with no argument: ``triggered`` sends ``checked``
        (a bool), which must never arrive as a slot's first parameter (a path, say)."""
        action = QAction(text, self)
        action.setObjectName(f"action_{name}")
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(shortcut)
        self._actions.append(action)
        return action

    def _build_menus(self) -> None:
        """The menus, built again after a language change: the previous actions are deleted so that
        the window holds exactly one action per command (tests enumerate them by object name)."""
        for action in getattr(self, "_actions", []):
            action.deleteLater()
        self._actions: list[QAction] = []
        self.menuBar().clear()
        a = self._action
        file = self.menuBar().addMenu(self.tr("&File"))
        file.addAction(a(self.tr("&New"), self.new_project, QKeySequence.StandardKey.New, "new"))
        file.addAction(a(self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open, "open"))
        self.recent_menu = file.addMenu(self.tr("Open &recent"))
        self.recent_menu.setObjectName("recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addAction(a(self.tr("Open the &demo project"), self.open_demo, None, "demo"))
        file.addSeparator()
        file.addAction(a(self.tr("&Save"), self.save, QKeySequence.StandardKey.Save, "save"))
        file.addAction(a(self.tr("Save &as…"), self.save_as, QKeySequence.StandardKey.SaveAs, "save_as"))
        file.addSeparator()
        file.addAction(a(self.tr("&Import products from Excel or CSV…"), self.import_products,
                         QKeySequence("Ctrl+I"), "import"))
        file.addAction(a(self.tr("&Export Excel report…"), self.export_report, QKeySequence("Ctrl+E"), "export"))
        file.addSeparator()
        file.addAction(a(self.tr("&Quit"), self.close, QKeySequence("Ctrl+Q"), "quit"))   # Cmd+Q on macOS
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = a(self.tr("&Undo"), lambda: self.doc.undo_stack.undo(), QKeySequence.StandardKey.Undo, "undo")
        self.redo_action = a(self.tr("&Redo"), lambda: self.doc.undo_stack.redo(), QKeySequence.StandardKey.Redo, "redo")
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        edit.addAction(a(self.tr("Add &product"), self.project_panel.add_product, QKeySequence("Ctrl+Shift+N"), "add_product"))
        tools = self.menuBar().addMenu(self.tr("&Tools"))
        tools.addAction(a(self.tr("&Rank again"), self.rank_again, QKeySequence("F5"), "rank_again"))
        tools.addAction(a(self.tr("&Data sources and your figures…"), self.show_sources, None, "sources"))
        tools.addAction(a(self.tr("&Settings…"), self.show_settings, None, "settings"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(a(self.tr("&About Kök"), self.show_about, None, "about"))

    # -- document -----------------------------------------------------------------------------
    def set_document(self, doc: ProjectDocument) -> None:
        window_busy()       # a new project to lay out and paint: workers started for it wait meanwhile
        if doc is not self.doc:
            self.doc = doc
            doc.undo_stack.cleanChanged.connect(self._clean_changed)
            doc.pathChanged.connect(self._update_title)
        self._connect_history(doc)
        self.autosave.attach(doc)
        self.project_panel.set_document(doc)
        if self.controller is not None:
            self.results_panel.set_document(doc)
            self.controller.set_document(doc)
        self.setWindowModified(not doc.undo_stack.isClean())
        self._update_title()

    def _connect_history(self, doc: ProjectDocument) -> None:
        """Undo and redo follow the document's history (also after the menus are rebuilt)."""
        doc.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        doc.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_action.setEnabled(doc.undo_stack.canUndo())
        self.redo_action.setEnabled(doc.undo_stack.canRedo())

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _update_title(self) -> None:
        name = self.doc.path.name if self.doc and self.doc.path else self.tr("Untitled")
        self.setWindowTitle(f"{name}[*] — Kök")

    # -- import -------------------------------------------------------------------------------
    def import_products(self, path: str | None = None, accept: bool | None = None) -> int:
        """Preview a spreadsheet's products and volumes with every row's problems, then add the
        valid rows. ``accept`` answers the preview without showing it (tests, scripts)."""
        from kokapp.gui.import_dialog import ImportDialog
        from kokapp.io.table_import import import_table

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import products"), self.settings.last_folder,
                                                  self.tr("Spreadsheets (*.xlsx *.csv *.txt)"))
            if not path:
                return 0
        try:
            result = import_table(Path(path), self.pack)
        except KokError as exc:
            QMessageBox.warning(self, self.tr("Cannot import"), self.tr("%1 could not be imported: %2")
                                .replace("%1", Path(path).name)
                                .replace("%2", translate_file_message(exc.message) if hasattr(exc, "message") else str(exc)))
            return 0
        dialog = ImportDialog(result, self.doc, self.names(), self)
        if accept is None:
            accept = bool(dialog.exec())
        count = dialog.apply() if accept else 0
        if count:
            self.show_message(self.tr("%n product(s) imported.", "", count))
        return count

    # -- report -------------------------------------------------------------------------------
    def export_report(self, path: str | None = None, open_after: bool | None = None) -> Path | None:
        """Ask where to write the Excel summary, write it, offer to open it (gui/report_export.py)."""
        from kokapp.gui.report_export import export_report

        return export_report(self, path, open_after)

    # -- tools ----------------------------------------------------------------------------------
    def show_sources(self) -> None:
        from kokapp.gui.dialogs import DataSourcesDialog   # the forms load when first opened, not at start-up

        dialog = DataSourcesDialog(self.pack, self.doc.project.overrides, self, self.language)
        if dialog.exec():
            overrides = dialog.figures()
            if overrides != self.doc.project.overrides:
                self.doc.undo_stack.push(SetOverrides(self.doc, overrides))

    def show_settings(self) -> None:
        from kokapp.gui.dialogs import SettingsDialog

        origins = [(s, n) for s, n in self.names().items() if s.startswith("TR-")]
        if SettingsDialog(self.settings, origins, self).exec():
            self.apply_language(self.settings.language)

    def apply_language(self, setting: str) -> None:
        """Switch language live: new translators, then the window is rebuilt with the same document."""
        self.language = install_language(QApplication.instance(), setting)
        self.statusBar().clearMessage()
        doc = self.doc
        self._build_ui()
        self.set_document(doc)
        if self.controller is not None:
            self.controller.recompute()

    def rank_again(self) -> None:
        """Work the figures out again (after Stop, say)."""
        if self.controller is not None:
            self.controller.cancel()
            self.controller.recompute()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Kök"),
                          self.tr("Kök %1 — where should your company put down roots abroad?\n"
                                  "Reference data %2. Works offline.").replace("%1", __version__).replace("%2", self.pack.version))

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def closeEvent(self, event) -> None:
        if self.maybe_save():
            if self.controller is not None:
                self.controller.cancel()
                self.results_panel.money_tab.clear()
            self.settings.window_geometry = bytes(self.saveGeometry().data())
            self.autosave.close()
            event.accept()
        else:
            event.ignore()
