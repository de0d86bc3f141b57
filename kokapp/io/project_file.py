"""Open and save ``.kok`` files: UTF-8 JSON, checked against the reference data on load, saved
atomically with one ``.bak`` of the previous save."""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

from kokapp.core.project import INCOMPLETE, Project, ProjectError, validate_project
from kokapp.io.bounded_read import NOT_A_FILE_MESSAGE, ReadRefused, read_regular_file
from kokapp.io.project_schema import (FORMAT, FORMAT_VERSION, LoadWarning, ProjectFileError, ProjectSaveError,
                                      project_from_dict, project_to_dict)
from kokapp.io.save_guard import keep_permissions, lock, remove_orphans, resolve_target, temp_prefix
from kokapp.paths import native_path

__all__ = ["FORMAT", "FORMAT_VERSION", "LoadWarning", "ProjectFileError", "ProjectSaveError", "load_project",
           "save_project", "project_from_dict", "project_to_dict", "check_references", "check_reopens"]

MAX_FILE_BYTES = 50_000_000  # a project is kilobytes; refuse to parse a huge foreign file
TOO_LARGE_MESSAGE = "is too large to be a Kök project"
# Windows: a virus scanner or a sync client (OneDrive, Dropbox) that has just opened the project
# makes replacing it fail for a moment with "access denied"; wait a little and try again.
REPLACE_RETRY_DELAYS = (0.05, 0.15, 0.3) if os.name == "nt" else ()


def check_references(project: Project, pack, path: str, warnings: list[LoadWarning]) -> Project:
    """Drop candidates and markets the reference data no longer has (with a warning), then
    validate the rest against the pack; anything still wrong is an error naming the field."""
    sites = set(pack.column("sites", "site_id"))
    countries = set(pack.column("countries", "iso2"))
    project.candidates = _once(project.candidates, "duplicate_candidate", warnings)
    project.markets = _once(project.markets, "duplicate_market", warnings)
    warnings += [LoadWarning("removed_candidate", site) for site in project.candidates if site not in sites]
    project.candidates = [site for site in project.candidates if site in sites]
    removed = {market for market in project.markets if market not in countries}
    warnings += [LoadWarning("removed_market", market) for market in project.markets if market in removed]
    if removed:
        project.markets = [market for market in project.markets if market not in removed]
        project.volumes = {k: v for k, v in project.volumes.items() if k[1] not in removed}
    try:
        validate_project(project, pack)
    except ProjectError as exc:
        if exc.message.startswith(INCOMPLETE):
            warnings.append(LoadWarning("incomplete", f"{exc.field}: {exc.message}"))  # it still opens
        else:
            raise ProjectFileError(path, exc.message + (f" ({exc.value!r})" if exc.value is not None else ""),
                                   exc.field) from None
    return project


def _once(values: list[str], kind: str, warnings: list[LoadWarning]) -> list[str]:
    """``values`` without repeats, in their order; one warning per value listed more than once.
    Linear: two million repeated ids take a second, not the hours a list search per id took."""
    seen: set[str] = set()
    repeated: dict[str, None] = {}
    kept = []
    for value in values:
        if value in seen:
            repeated[value] = None
        else:
            seen.add(value)
            kept.append(value)
    warnings += [LoadWarning(kind, value) for value in repeated]
    return kept


def load_project(path: Path | str, pack=None, warnings: list[LoadWarning] | None = None) -> Project:
    """Read a project; with ``pack``, also check it against the reference data. Only an ordinary
    file is read, and at most MAX_FILE_BYTES of it (see :mod:`kokapp.io.bounded_read`)."""
    shown = str(path)
    path = native_path(path)
    warnings = warnings if warnings is not None else []
    try:
        text = read_regular_file(path, MAX_FILE_BYTES).decode("utf-8-sig")
    except ReadRefused as exc:
        raise ProjectFileError(shown, exc.message(TOO_LARGE_MESSAGE)) from None
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


def check_reopens(payload: bytes, shown: str, pack=None) -> None:
    """Raise :class:`ProjectSaveError` unless ``payload`` is a file :func:`load_project` opens:
    the same size limit, the same parsing and checks (numbers over LIMIT, NaN...), and with
    ``pack`` the same check against the reference data."""
    if len(payload) > MAX_FILE_BYTES:
        raise ProjectSaveError(shown, TOO_LARGE_MESSAGE)
    try:
        reopened = project_from_dict(json.loads(payload.decode("utf-8")), shown)
        if pack is not None:
            check_references(reopened, pack, shown, [])
    except ProjectFileError as exc:
        raise ProjectSaveError(shown, exc.message, exc.field) from None


def save_project(project: Project, path: Path | str, pack=None) -> None:
    """Write to a temporary file in the same folder, flush and fsync, move it into place, then
    keep the previous save as ``<name>.bak``: a crash at any moment leaves either the old or the
    new project, never a torn one. If the project cannot be replaced (on Windows: open in another
    program, or read-only) the OS error is raised naming the project, and nothing has changed:
    the project, its ``.bak`` and the folder are as before.

    A project Kök would refuse to open is not written (:class:`ProjectSaveError`; with ``pack``
    also what the reference data refuses). A symlink is written through (the link stays, the
    file it points to gets the content, its ``.bak`` beside that file); the file keeps its
    permissions; temporary files a killed save left behind are removed."""
    shown = str(path)
    path = native_path(path)
    payload = (json.dumps(project_to_dict(project), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    check_reopens(payload, shown, pack)
    target = resolve_target(path)
    created: list[Path] = []
    handles: list[int] = []
    try:
        existing = _existing_file(target, shown)
        temp = _write_temp(target, ".kok.tmp", payload, existing, created, handles)
        backup = None
        if existing is not None:
            backup = _write_temp(target, ".bak.tmp", target, existing, created, handles)
        _replace(temp, target)
        if backup is not None:
            try:
                _replace(backup, target.with_name(target.name + ".bak"))
            except OSError:
                pass  # the save itself succeeded; a .bak that cannot be replaced keeps its older copy
        _fsync_folder(target.parent)
        remove_orphans(target, keep=created)
    except OSError as exc:
        if exc.errno is None:
            raise
        # the same kind of error with the OS's own (localised) reason, naming the project file
        # rather than a hidden temporary one
        raise type(exc)(exc.errno, exc.strerror, shown) from exc
    finally:
        for fd in handles:
            os.close(fd)
        for leftover in created:
            leftover.unlink(missing_ok=True)


def _existing_file(target: Path, shown: str) -> os.stat_result | None:
    """The status of the file a save replaces, None for a new one; a folder, device or pipe is
    refused before anything is written (replacing /dev/null behind a link must never happen)."""
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return None
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), shown)
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EINVAL, NOT_A_FILE_MESSAGE, shown)
    return info


def _write_temp(target: Path, suffix: str, content: bytes | Path, existing: os.stat_result | None,
                created: list[Path], handles: list[int]) -> Path:
    """A hidden, fsynced file beside ``target`` holding ``content`` (bytes, or a file to copy
    without reading it into memory), with the permissions ``target`` has. On POSIX it stays open
    and locked until the save ends; Windows cannot move an open file, so it is closed there."""
    handle, name = tempfile.mkstemp(prefix=temp_prefix(target), suffix=suffix, dir=target.parent)
    created.append(Path(name))
    keep_open = os.name == "posix"
    if keep_open:
        handles.append(handle)
        lock(handle)
    with os.fdopen(handle, "wb", closefd=not keep_open) as fh:
        if isinstance(content, Path):
            with os.fdopen(_open_regular(content), "rb") as source:
                shutil.copyfileobj(source, fh)
        else:
            fh.write(content)
        fh.flush()
        keep_permissions(fh.fileno(), existing)
        os.fsync(fh.fileno())
    return Path(name)


def _open_regular(path: Path) -> int:
    """A descriptor of ``path`` opened without waiting, and only if it is still an ordinary file."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(errno.EINVAL, NOT_A_FILE_MESSAGE, str(path))
    return fd


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
