"""Open and save ``.kok`` files: UTF-8 JSON, checked against the reference data on load, saved
atomically with one ``.bak`` of the previous save."""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

from kokapp.core.project import INCOMPLETE, Project, ProjectError, validate_project
from kokapp.io.project_schema import (FORMAT, FORMAT_VERSION, LoadWarning, ProjectFileError, project_from_dict,
                                      project_to_dict)
from kokapp.paths import native_path

__all__ = ["FORMAT", "FORMAT_VERSION", "LoadWarning", "ProjectFileError", "load_project", "save_project",
           "project_from_dict", "project_to_dict", "check_references"]

MAX_FILE_BYTES = 50_000_000  # a project is kilobytes; refuse to parse a huge foreign file
# Windows: a virus scanner or a sync client (OneDrive, Dropbox) that has just opened the project
# makes replacing it fail for a moment with "access denied"; wait a little and try again.
REPLACE_RETRY_DELAYS = (0.05, 0.15, 0.3) if os.name == "nt" else ()


def check_references(project: Project, pack, path: str, warnings: list[LoadWarning]) -> Project:
    """Drop candidates and markets the reference data no longer has (with a warning), then
    validate the rest against the pack; anything still wrong is an error naming the field."""
    sites = set(pack.column("sites", "site_id"))
    countries = set(pack.column("countries", "iso2"))
    for site in [c for i, c in enumerate(project.candidates) if c in project.candidates[:i]]:
        warnings.append(LoadWarning("duplicate_candidate", site))
    project.candidates = [c for i, c in enumerate(project.candidates) if c not in project.candidates[:i]]
    for market in [m for i, m in enumerate(project.markets) if m in project.markets[:i]]:
        warnings.append(LoadWarning("duplicate_market", market))
    project.markets = [m for i, m in enumerate(project.markets) if m not in project.markets[:i]]
    for site in [c for c in project.candidates if c not in sites]:
        warnings.append(LoadWarning("removed_candidate", site))
        project.candidates.remove(site)
    for market in [m for m in project.markets if m not in countries]:
        warnings.append(LoadWarning("removed_market", market))
        project.markets.remove(market)
        project.volumes = {k: v for k, v in project.volumes.items() if k[1] != market}
    try:
        validate_project(project, pack)
    except ProjectError as exc:
        if exc.message.startswith(INCOMPLETE):
            warnings.append(LoadWarning("incomplete", f"{exc.field}: {exc.message}"))  # it still opens
        else:
            raise ProjectFileError(path, exc.message + (f" ({exc.value!r})" if exc.value is not None else ""),
                                   exc.field) from None
    return project


def load_project(path: Path | str, pack=None, warnings: list[LoadWarning] | None = None) -> Project:
    """Read a project; with ``pack``, also check it against the reference data."""
    shown = str(path)
    path = native_path(path)
    warnings = warnings if warnings is not None else []
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ProjectFileError(shown, "is too large to be a Kök project")
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProjectFileError(shown, "is not UTF-8 text") from None
    except OSError as exc:
        raise ProjectFileError(shown, f"cannot be read ({exc.strerror})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProjectFileError(shown, f"is not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise ProjectFileError(shown, "is not valid JSON (nested too deeply)") from None
    project = project_from_dict(data, shown, warnings)
    return check_references(project, pack, shown, warnings) if pack is not None else project


def save_project(project: Project, path: Path | str) -> None:
    """Write to a temporary file in the same folder, flush and fsync, move it into place, then
    keep the previous save as ``<name>.bak``: a crash at any moment leaves either the old or the
    new project, never a torn one. If the project cannot be replaced (on Windows: open in another
    program, or read-only) the OS error is raised naming the project, and nothing has changed:
    the project, its ``.bak`` and the folder are as before."""
    shown = str(path)
    path = native_path(path)
    payload = (json.dumps(project_to_dict(project), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    created: list[Path] = []
    try:
        temp = _write_temp(path, ".kok.tmp", payload, created)
        backup = None
        if path.is_file():
            backup = _write_temp(path, ".bak.tmp", path.read_bytes(), created)
        _replace(temp, path)
        if backup is not None:
            try:
                _replace(backup, path.with_name(path.name + ".bak"))
            except OSError:
                pass  # the save itself succeeded; a .bak that cannot be replaced keeps its older copy
        _fsync_folder(path.parent)
    except OSError as exc:
        if exc.errno is None:
            raise
        # the same kind of error with the OS's own (localised) reason, naming the project file
        # rather than a hidden temporary one
        raise type(exc)(exc.errno, exc.strerror, shown) from exc
    finally:
        for leftover in created:
            leftover.unlink(missing_ok=True)


def _write_temp(path: Path, suffix: str, payload: bytes, created: list[Path]) -> Path:
    """A hidden, fsynced file beside ``path``; its name stays short enough for a project name
    that is itself near the 255-character limit of a file name."""
    handle, name = tempfile.mkstemp(prefix=f".{path.stem[:32]}-", suffix=suffix, dir=path.parent)
    created.append(Path(name))
    with os.fdopen(handle, "wb") as fh:
        fh.write(payload)
        fh.flush()
        os.fsync(fh.fileno())
    return Path(name)


def _replace(source: Path, target: Path) -> None:
    for delay in REPLACE_RETRY_DELAYS:
        try:
            os.replace(source, target)
            return
        except PermissionError:
            time.sleep(delay)
    os.replace(source, target)


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable where the OS allows it (POSIX); some network and FUSE file
    systems refuse to sync a folder, which must not turn a finished save into an error."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
