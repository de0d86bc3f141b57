"""The window's file commands: new, open (dialog, recent, dropped file, demo), save, save as,
and restoring unsaved work after a crash. A mixin of MainWindow, which provides
``doc``, ``pack``, ``settings``, ``autosave``, ``set_document``, ``names`` and ``show_message``;
its words are in the MainWindow translation context (as they were when they lived there)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kokapp.core.errors import KokError
from kokapp.gui.commands import RestoredChanges
from kokapp.gui.document import ProjectDocument, empty_project
from kokapp.gui.field_labels import field_label
from kokapp.gui.messages import describe, describe_warning, translate_file_message
from kokapp.io.project_file import load_project, save_project
from kokapp.io.project_schema import ProjectSaveError

FILE_FILTER = "Kök (*.kok)"
translate = QCoreApplication.translate     # lupdate reads translate("MainWindow", "…") as a text to translate


class FileActions:
    def maybe_save(self) -> bool:
        """True when it is fine to drop the current project (saved, discarded, or unchanged)."""
        if self.doc is None or self.doc.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self, translate("MainWindow", "Save changes?"),
            translate("MainWindow", "The project has changes that are not saved. Save them?"),
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
            QMessageBox.warning(self, translate("MainWindow", "Cannot open the project"), describe(exc))
            self.settings.remove_recent_file(str(path))
            return False
        self.set_document(ProjectDocument(project, path))
        self.settings.add_recent_file(str(path))
        self.settings.last_folder = str(path.parent)
        self.show_message(translate("MainWindow", "Opened %1").replace("%1", str(path)))
        if warnings:
            QMessageBox.information(self, translate("MainWindow", "Project opened with changes"),
                                    translate("MainWindow", "Kök opened %1 and adjusted it:").replace("%1", path.name) + "\n\n• "
                                    + "\n• ".join(describe_warning(w) for w in warnings))
        return True

    def open_demo(self) -> None:
        from kokapp.paths import demo_project

        if self.maybe_save():
            project = load_project(demo_project())
            self.set_document(ProjectDocument(project, None))
            self.show_message(translate("MainWindow", "Demo project opened: save it under your own name to keep changes."))

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Open project"), self.settings.last_folder, FILE_FILTER)
        if path:
            self.open_path(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files:
            self.recent_menu.addAction(path, lambda p=path: self.maybe_save() and self.open_path(p))
        if not self.settings.recent_files:
            self.recent_menu.addAction(translate("MainWindow", "(none)")).setEnabled(False)

    def save(self) -> bool:
        if self.doc.path is None:
            return self.save_as()
        return self.save_to(self.doc.path)

    def save_as(self) -> bool:
        start = str(Path(self.settings.last_folder or Path.home()) / (self.doc.project.company or translate("MainWindow", "project")))
        path, _ = QFileDialog.getSaveFileName(self, translate("MainWindow", "Save project"), start + ".kok", FILE_FILTER)
        if not path:
            return False
        path = Path(path) if path.endswith(".kok") else Path(path + ".kok")
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        try:
            save_project(self.doc.project, path, self.pack)
        except ProjectSaveError as exc:     # a value no file could hold: another place would not help
            where = field_label(exc.field) + ": " if exc.field else ""
            QMessageBox.warning(self, translate("MainWindow", "Cannot save the project"),
                                translate("MainWindow", "Kök did not save %1: %2. Kök could not open such a file again; correct the "
                                        "value and save again.").replace("%1", str(path))
                                .replace("%2", where + translate_file_message(exc.message)))
            return False
        except OSError as exc:
            QMessageBox.warning(self, translate("MainWindow", "Cannot save the project"),
                                translate("MainWindow", "%1 could not be written: %2. Choose another place with Save as.")
                                .replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
            return False
        self.doc.set_path(path)
        self.doc.undo_stack.setClean()
        self.settings.add_recent_file(str(path))
        self.settings.last_folder = str(path.parent)
        self.show_message(translate("MainWindow", "Saved %1").replace("%1", str(path)))
        return True

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
                self, translate("MainWindow", "Restore unsaved work?"),
                translate("MainWindow", "Kök did not close normally. Restore the unsaved project \"%1\" (autosaved %2)?")
                .replace("%1", item.company or translate("MainWindow", "Untitled")).replace("%2", item.saved.replace("T", " ")),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Yes:
                try:
                    doc = self.autosave.restore(item, self.pack)
                except (KokError, OSError) as exc:
                    # keep the autosave: the work may still be rescued from the file by hand
                    QMessageBox.warning(self, translate("MainWindow", "Cannot restore the unsaved work"),
                                        translate("MainWindow", "%1\n\nThe autosaved file is kept: %2")
                                        .replace("%1", describe(exc)).replace("%2", str(item.project_file)))
                    continue
                self.set_document(doc)
                doc.undo_stack.push(RestoredChanges())  # unsaved: the modified marker shows it
                item.discard()
                self.show_message(translate("MainWindow", "Unsaved work restored. Save it to keep it."))
                return True
            item.discard()
        return False
