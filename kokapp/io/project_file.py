"""Open and save ``.kok`` files: UTF-8 JSON, checked against the reference data on load, saved
atomically with one ``.bak`` of the previous save."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from kokapp.core.project import Project, ProjectError, validate_project
from kokapp.io.project_schema import (FORMAT, FORMAT_VERSION, LoadWarning, ProjectFileError, project_from_dict,
                                      project_to_dict)

__all__ = ["FORMAT", "FORMAT_VERSION", "LoadWarning", "ProjectFileError", "load_project", "save_project",
           "project_from_dict", "project_to_dict", "check_references"]

MAX_FILE_BYTES = 50_000_000  # a project is kilobytes; refuse to parse a huge foreign file


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
        if exc.message.startswith("enter an annual volume") or exc.message.startswith("add at least one"):
            warnings.append(LoadWarning("incomplete", f"{exc.field}: {exc.message}"))  # it still opens
        else:
            raise ProjectFileError(path, exc.message + (f" ({exc.value!r})" if exc.value is not None else ""),
                                   exc.field) from None
    return project


def load_project(path: Path | str, pack=None, warnings: list[LoadWarning] | None = None) -> Project:
    """Read a project; with ``pack``, also check it against the reference data."""
    path = Path(path)
    warnings = warnings if warnings is not None else []
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ProjectFileError(str(path), "is too large to be a Kök project")
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProjectFileError(str(path), "is not UTF-8 text") from None
    except OSError as exc:
        raise ProjectFileError(str(path), f"cannot be read ({exc.strerror})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProjectFileError(str(path), f"is not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise ProjectFileError(str(path), "is not valid JSON (nested too deeply)") from None
    project = project_from_dict(data, str(path), warnings)
    return check_references(project, pack, str(path), warnings) if pack is not None else project


def save_project(project: Project, path: Path | str) -> None:
    """Write to a temporary file in the same folder, flush and fsync, keep the previous save as
    ``<name>.bak``, then move the new file into place: a crash at any moment leaves either the
    old or the new project, never a torn one."""
    path = Path(path)
    payload = (json.dumps(project_to_dict(project), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".kok.tmp", dir=path.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            backup_temp = path.with_name(f".{path.name}.bak.tmp")
            with open(path, "rb") as old, open(backup_temp, "wb") as bak:
                bak.write(old.read())
                bak.flush()
                os.fsync(bak.fileno())
            os.replace(backup_temp, path.with_name(path.name + ".bak"))
        os.replace(temp, path)
        _fsync_folder(path.parent)
    finally:
        if temp.exists():
            temp.unlink()


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
