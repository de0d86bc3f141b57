"""Typed errors raised by the core. The GUI and CLI turn them into words for the user."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DataIssue:
    """One problem in one place of a data file: ``line`` counts the header as line 1."""

    file: str
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", line {self.line}"
        if self.field:
            where += f", field '{self.field}'"
        return f"{where}: {self.message}"


class KokError(Exception):
    """Base class of every error the core raises on purpose."""


class DataPackError(KokError):
    """The bundled (or a user-supplied) reference data pack is invalid."""

    def __init__(self, issues: list[DataIssue]):
        self.issues = list(issues)
        shown = "; ".join(str(i) for i in self.issues[:5])
        more = f" (+{len(self.issues) - 5} more)" if len(self.issues) > 5 else ""
        super().__init__(f"invalid reference data: {shown}{more}")


class FieldError(KokError):
    """An unusable input value. ``field`` is a dotted path such as ``products[2].hs_code``;
    ``message`` is a short English phrase the GUI translates; ``value`` what was given."""

    def __init__(self, field: str, message: str, value: object = None):
        self.field, self.message, self.value = field, message, value
        super().__init__(f"{field}: {message}" + (f" (got {value!r})" if value is not None else ""))


class Cancelled(Exception):
    """Raised by a caller's progress callback to stop a long computation (a live ranking being
    built or brought up to date). Not a KokError: nothing is wrong with the project or the data,
    the user asked to stop, so the window must not report it as a problem."""
