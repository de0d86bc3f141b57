"""File ▸ Export Excel report…: ask where, write the workbook in the UI language, offer to open it.
A locked or read-only target lets the user pick again; the folder is remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from kokapp.core.errors import KokError
from kokapp.gui.messages import describe


def export_report(window, path: str | None = None, open_after: bool | None = None) -> Path | None:
    """``window`` is the MainWindow (its project, engine, settings and status bar); ``path`` and
    ``open_after`` answer the file dialog and the question without showing them (tests, scripts)."""
    from kokapp.report.data import gather
    from kokapp.report.writer import ReportError, write_report

    if window.controller.comparison is None:
        QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "Cannot export"),
                            window.results_panel.status.text())
        return None
    folder = Path(window.settings.last_export_folder or window.settings.last_folder or Path.home())
    name = (window.doc.project.company or QCoreApplication.translate("MainWindow", "project")).replace("/", "-")
    while True:
        if path is None:
            title = QCoreApplication.translate("MainWindow", "Export Excel report")
            chosen, _ = QFileDialog.getSaveFileName(window, title, str(folder / f"{name}.xlsx"), "Excel (*.xlsx)")
            if not chosen:
                return None
            path = chosen if chosen.endswith(".xlsx") else chosen + ".xlsx"
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = write_report(gather(window.pack, window.doc.project, window.engine), Path(path), window.language)
        except ReportError as exc:
            reason = {
                "locked": QCoreApplication.translate(
                    "MainWindow", "The file is open in Excel or another program. Close it, or choose another name."),
                "read_only": QCoreApplication.translate(
                    "MainWindow", "The file or its folder is read-only. Choose another place."),
                "no_folder": QCoreApplication.translate("MainWindow", "The folder does not exist. Choose another place."),
                "failed": QCoreApplication.translate("MainWindow", "The file could not be written. Choose another place."),
            }[exc.reason]
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "Cannot write the report"),
                                f"{exc.path}\n\n{reason}")
            path = None
            continue
        except KokError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "Cannot export"), describe(exc))
            return None
        except BaseException:
            QApplication.restoreOverrideCursor()      # never leave the wait cursor behind an unexpected error
            raise
        QApplication.restoreOverrideCursor()
        break
    window.settings.last_export_folder = str(written.parent)
    window.show_message(QCoreApplication.translate("MainWindow", "Report written: %1").replace("%1", str(written)))
    if open_after is None:
        answer = QMessageBox.question(window, QCoreApplication.translate("MainWindow", "Report written"),
                                      QCoreApplication.translate("MainWindow", "Open the report now?"),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        open_after = answer == QMessageBox.StandardButton.Yes
    if open_after:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
    return written
