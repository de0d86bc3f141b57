"""The report's own error, apart from the writer: the window catches it without loading openpyxl
on the UI thread (the writer loads in the export's worker)."""

from __future__ import annotations

from pathlib import Path

from kokapp.core.errors import KokError


class ReportError(KokError):
    """The workbook could not be written. ``reason``: locked, read_only, no_folder or failed."""

    def __init__(self, path: Path, reason: str, detail: str = ""):
        self.path, self.reason, self.detail = path, reason, detail
        super().__init__(f"{path}: {reason}" + (f" ({detail})" if detail else ""))
