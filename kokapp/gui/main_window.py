"""Kök's main window: project side and results side, files, undo, settings, data sources."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QSplitter

from kokapp import __version__
from kokapp.core.datapack import DataPack
from kokapp.core.engine import Engine
from kokapp.core.errors import KokError
from kokapp.core.names import display_names
from kokapp.gui.autosave import Autosave
from kokapp.gui.commands import RestoredChanges, SetOverrides
from kokapp.gui.document import ProjectDocument, empty_project
from kokapp.gui.field_labels import field_label
from kokapp.gui.i18n import install_language
from kokapp.gui.messages import describe, describe_warning, translate_file_message
from kokapp.gui.numbers import set_display_currency
from kokapp.gui.project_panel import ProjectPanel
from kokapp.gui.results import ResultsController
from kokapp.gui.results_panel import ResultsPanel
from kokapp.gui.screen import fit_to_screen
from kokapp.gui.settings import Settings
from kokapp.io.project_file import load_project, save_project
from kokapp.io.project_schema import ProjectSaveError

FILE_FILTER = "Kök (*.kok)"


class MainWindow(QMainWindow):
    def __init__(self, pack: DataPack, settings: Settings, parent=None, autosave_folder: Path | None = None):
        super().__init__(parent)
        self.pack, self.settings = pack, settings
        self.autosave = Autosave(autosave_folder, parent=self)
        self.engine = Engine(pack)
        self.controller = ResultsController(self.engine, self)
        self.doc: ProjectDocument | None = None
        self.language = install_language(QApplication.instance(), settings.language)
        self.setAcceptDrops(True)
        self._build_ui()
        self._restore_geometry()
        self.set_document(ProjectDocument(empty_project(settings.default_origin)))

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
        self.project_panel = ProjectPanel(self.pack, names, self.language)
        self.project_panel.engine = self.engine
        self.results_panel = ResultsPanel(self.engine, names, self.short_names())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.project_panel)
        splitter.addWidget(self.results_panel)
        splitter.setSizes([560, 840])   # shares of the width: the ranking table fits a 1366-pixel laptop screen
        self.setCentralWidget(splitter)
        self.project_panel.message.connect(self.show_message)
        self.results_panel.locationSelected.connect(self.project_panel.show_lanes)
        if getattr(self, "_connected_panel", None) is not None:
            self.controller.updated.disconnect(self._connected_panel.show_comparison)
            self.controller.reranked.disconnect(self._connected_panel.show_ranking)
            self.controller.failed.disconnect(self._connected_panel.show_failure)
        self._connected_panel = self.results_panel
        self.controller.updated.connect(self.results_panel.show_comparison)
        self.controller.reranked.connect(self.results_panel.show_ranking)
        self.controller.failed.connect(self.results_panel.show_failure)
        self._build_menus()

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
        tools.addAction(a(self.tr("&Data sources and your figures…"), self.show_sources, None, "sources"))
        tools.addAction(a(self.tr("&Settings…"), self.show_settings, None, "settings"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(a(self.tr("&About Kök"), self.show_about, None, "about"))

    # -- document -----------------------------------------------------------------------------
    def set_document(self, doc: ProjectDocument) -> None:
        if doc is not self.doc:
            self.doc = doc
            doc.undo_stack.cleanChanged.connect(self._clean_changed)
            doc.pathChanged.connect(self._update_title)
        self._connect_history(doc)
        self.autosave.attach(doc)
        self.project_panel.set_document(doc)
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

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current project (saved, discarded, or unchanged)."""
        if self.doc is None or self.doc.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self, self.tr("Save changes?"),
            self.tr("The project has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_project(self) -> None:
        if self.maybe_save():
            self.set_document(ProjectDocument(empty_project(self.settings.default_origin)))

    def open_path(self, path: Path | str) -> bool:
        path = Path(path)
        warnings: list = []
        try:
            project = load_project(path, self.pack, warnings)
        except KokError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the project"), describe(exc))
            self.settings.remove_recent_file(str(path))
            return False
        self.set_document(ProjectDocument(project, path))
        self.settings.add_recent_file(str(path))
        self.settings.last_folder = str(path.parent)
        self.show_message(self.tr("Opened %1").replace("%1", str(path)))
        if warnings:
            QMessageBox.information(self, self.tr("Project opened with changes"),
                                    self.tr("Kök opened %1 and adjusted it:").replace("%1", path.name) + "\n\n• "
                                    + "\n• ".join(describe_warning(w) for w in warnings))
        return True

    def open_demo(self) -> None:
        from kokapp.paths import demo_project

        if self.maybe_save():
            project = load_project(demo_project())
            self.set_document(ProjectDocument(project, None))
            self.show_message(self.tr("Demo project opened: save it under your own name to keep changes."))

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), self.settings.last_folder, FILE_FILTER)
        if path:
            self.open_path(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files:
            self.recent_menu.addAction(path, lambda p=path: self.maybe_save() and self.open_path(p))
        if not self.settings.recent_files:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def save(self) -> bool:
        if self.doc.path is None:
            return self.save_as()
        return self.save_to(self.doc.path)

    def save_as(self) -> bool:
        start = str(Path(self.settings.last_folder or Path.home()) / (self.doc.project.company or self.tr("project")))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save project"), start + ".kok", FILE_FILTER)
        if not path:
            return False
        path = Path(path) if path.endswith(".kok") else Path(path + ".kok")
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        try:
            save_project(self.doc.project, path, self.pack)
        except ProjectSaveError as exc:     # a value no file could hold: another place would not help
            where = field_label(exc.field) + ": " if exc.field else ""
            QMessageBox.warning(self, self.tr("Cannot save the project"),
                                self.tr("Kök did not save %1: %2. Kök could not open such a file again; correct the "
                                        "value and save again.").replace("%1", str(path))
                                .replace("%2", where + translate_file_message(exc.message)))
            return False
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot save the project"),
                                self.tr("%1 could not be written: %2. Choose another place with Save as.")
                                .replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
            return False
        self.doc.set_path(path)
        self.doc.undo_stack.setClean()
        self.settings.add_recent_file(str(path))
        self.settings.last_folder = str(path.parent)
        self.show_message(self.tr("Saved %1").replace("%1", str(path)))
        return True

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
        self.controller.recompute()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Kök"),
                          self.tr("Kök %1 — where should your company put down roots abroad?\n"
                                  "Reference data %2. Works offline.").replace("%1", __version__).replace("%2", self.pack.version))

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # -- drag and drop, closing -----------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if any(url.toLocalFile().endswith(".kok") for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            path = QUrl(url).toLocalFile()
            if path.endswith(".kok") and self.maybe_save():
                self.open_path(path)
                break

    def offer_recovery(self) -> bool:
        """After a crash: offer to restore each unsaved project; True if one was restored."""
        for item in self.autosave.recoverable():
            answer = QMessageBox.question(
                self, self.tr("Restore unsaved work?"),
                self.tr("Kök did not close normally. Restore the unsaved project \"%1\" (autosaved %2)?")
                .replace("%1", item.company or self.tr("Untitled")).replace("%2", item.saved.replace("T", " ")),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Yes:
                try:
                    doc = self.autosave.restore(item, self.pack)
                except (KokError, OSError) as exc:
                    # keep the autosave: the work may still be rescued from the file by hand
                    QMessageBox.warning(self, self.tr("Cannot restore the unsaved work"),
                                        self.tr("%1\n\nThe autosaved file is kept: %2")
                                        .replace("%1", describe(exc)).replace("%2", str(item.project_file)))
                    continue
                self.set_document(doc)
                doc.undo_stack.push(RestoredChanges())  # unsaved: the modified marker shows it
                item.discard()
                self.show_message(self.tr("Unsaved work restored. Save it to keep it."))
                return True
            item.discard()
        return False

    def closeEvent(self, event) -> None:
        if self.maybe_save():
            self.settings.window_geometry = bytes(self.saveGeometry().data())
            self.autosave.close()
            event.accept()
        else:
            event.ignore()
