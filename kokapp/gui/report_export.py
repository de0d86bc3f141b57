"""File ▸ Export Excel report…: ask where, write the workbook in the UI language, offer to open it.
A locked or read-only target lets the user pick again; the folder is remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kokapp.core.errors import KokError
from kokapp.gui.background import Job, run_with_progress
from kokapp.gui.messages import describe

PROGRESS_STEPS = 1000
GATHERING = 400         # of PROGRESS_STEPS: the figures; the rest, the sheets and the file


def make_report(pack, project, engine, path: Path, language: str, economics: dict, progress) -> tuple:
    """In a worker: the figures gathered (comparison, sensitivity, set-ups, feasibility), then the
    sheets. ``economics``: the set-ups the Money tab has worked out for this project already.
    Returns the file and every location's set-ups (for the Money tab to take)."""
    from kokapp.report.data import gather
    from kokapp.report.writer import STEPS, write_report

    progress(0, PROGRESS_STEPS)
    data = gather(pack, project, engine, economics,
                  progress=lambda done, total: progress(GATHERING * done // total, PROGRESS_STEPS))
    written = write_report(data, path, language, progress=lambda done, _all: progress(
        GATHERING + (PROGRESS_STEPS - GATHERING) * done // STEPS, PROGRESS_STEPS))
    return written, {r.location: (r.best_setup, r.setup_problems) for r in data.money.rows
                     if r.location != project.origin_site}


def settled_economics(window, project) -> dict[str, tuple]:
    """The set-ups the Money tab has worked out, when they were worked out for this very project; else none."""
    return window.results_panel.money_tab.settled_for(project) or {}


def export_report(window, path: str | None = None, open_after: bool | None = None) -> Path | None:
    """``window`` is the MainWindow (its project, engine, settings and status bar); ``path`` and
    ``open_after`` answer the file dialog and the question without showing them (tests, scripts)."""
    from kokapp.report.errors import ReportError

    if not window.is_ready or window.controller.working:
        QMessageBox.information(window, QCoreApplication.translate("MainWindow", "Cannot export yet"),
                                QCoreApplication.translate("MainWindow", "Kök is still working out the comparison. "
                                                                         "Export when the ranking is shown."))
        return None
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
        project = window.doc.project.snapshot()
        money = window.results_panel.money_tab
        settled = money.settled_for(project)      # None: the tab works for another project
        job = Job(make_report, window.pack, project, window.engine, Path(path), window.language, settled or {})
        money.hold()          # the report works out the set-ups still missing, and hands them over
        outcome, value = run_with_progress(
            window, job, QCoreApplication.translate("MainWindow", "Writing the Excel report…"),
            QCoreApplication.translate("MainWindow", "Cancel"))
        money.take(value[1] if outcome == "done" and settled is not None else {})
        if outcome == "cancelled":
            window.show_message(QCoreApplication.translate("MainWindow", "Report not written: cancelled."))
            return None
        if outcome == "done":
            written = value[0]
            break
        try:
            raise value           # the worker's error, handled here as if it were raised here
        except ReportError as exc:
            reason = {
                "locked": QCoreApplication.translate(
                    "MainWindow", "The file is open in Excel or another program. Close it, or choose another name."),
                "read_only": QCoreApplication.translate(
                    "MainWindow", "The file or its folder is read-only. Choose another place."),
                "no_folder": QCoreApplication.translate("MainWindow", "The folder does not exist. Choose another place."),
                "failed": QCoreApplication.translate("MainWindow", "The file could not be written. Choose another place."),
            }[exc.reason]
            QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "Cannot write the report"),
                                f"{exc.path}\n\n{reason}")
            path = None
            continue
        except KokError as exc:
            QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "Cannot export"), describe(exc))
            return None
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
