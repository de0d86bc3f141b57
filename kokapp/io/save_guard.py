"""What a save must keep besides the content: the file's permissions, the symlink the user saves
through, and a folder without the hidden temporary files of a save that was killed.

Temporary files are named ``.<first 32 characters of the name>-<8 hex digits of the whole
name>-<random>.kok.tmp`` (``.bak.tmp`` for the copy that becomes the backup), so the files of
one project are told apart from those of another whose name starts the same. On POSIX the file
being written is locked (``flock``) until it has been moved into place: a later save removes a
temporary file only when nobody holds that lock, that is when the save that made it is dead.
Builds before this one named them ``.<stem>-<random>.kok.tmp``; those are recognised too when the
name is short enough (under 32 characters) to be unambiguous.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: a file another process has open cannot be deleted anyway
    fcntl = None

SUFFIXES = (".kok.tmp", ".bak.tmp")
_RANDOM = r"[a-z0-9_]{8}"          # what tempfile.mkstemp puts between prefix and suffix
_STEM = 32


def resolve_target(path: Path) -> Path:
    """The file a save must replace: for a symlink, the file it points to (the link stays a
    link; a relative link is resolved from the link's folder), otherwise ``path`` itself."""
    if not path.is_symlink():
        return path
    return Path(os.path.realpath(path))


def temp_prefix(target: Path) -> str:
    digest = hashlib.blake2s(target.name.encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()
    return f".{target.stem[:_STEM]}-{digest}-"


def _orphan_pattern(target: Path) -> re.Pattern:
    suffixes = "|".join(re.escape(s) for s in SUFFIXES)
    names = [re.escape(temp_prefix(target))]
    if len(target.stem) < _STEM:
        names.append(re.escape(f".{target.stem}-"))          # the first build's naming
    return re.compile(f"(?:{'|'.join(names)}){_RANDOM}(?:{suffixes})")


def lock(fd: int) -> None:
    """Mark a temporary file as in use by a living save (POSIX); best effort."""
    if fcntl is None:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        pass  # a file system without locks: the file is still written, only not marked


def _abandoned(entry: os.DirEntry) -> bool:
    """True when no living save holds the file (never true for a link or anything not a file)."""
    try:
        if not entry.is_file(follow_symlinks=False):
            return False
        if fcntl is None:
            return True
        fd = os.open(entry.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False     # held: another Kök is saving this project right now
    finally:
        os.close(fd)


def remove_orphans(target: Path, keep: list[Path]) -> list[str]:
    """Delete the temporary files an interrupted save of ``target`` left in its folder (not those
    in ``keep``); returns their names. Never raises: cleaning up must not fail a finished save."""
    pattern, kept, removed = _orphan_pattern(target), {p.name for p in keep}, []
    try:
        with os.scandir(target.parent) as entries:
            found = [e for e in entries if e.name not in kept and pattern.fullmatch(e.name)]
    except OSError:
        return removed
    for entry in found:
        if _abandoned(entry):
            try:
                os.unlink(entry.path)
                removed.append(entry.name)
            except OSError:
                pass
    return removed


def _umask() -> int:
    """The process's umask, read without changing it where the OS allows (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def keep_permissions(fd: int, existing: os.stat_result | None) -> None:
    """Give a temporary file (0600 from mkstemp) the permissions of the file it replaces, or for
    a new project those any program gets (0666 less the umask). POSIX only, and best effort: only
    root may give a file to another owner, and a USB stick (FAT) or a network share may refuse
    permissions altogether, which must not fail the save."""
    if os.name != "posix":
        return
    try:
        if existing is None:
            os.fchmod(fd, 0o666 & ~_umask())
            return
        own = os.fstat(fd)
        if (own.st_uid, own.st_gid) != (existing.st_uid, existing.st_gid):
            try:
                os.fchown(fd, existing.st_uid, existing.st_gid)
            except OSError:
                pass
        os.fchmod(fd, stat.S_IMODE(existing.st_mode) & 0o777)
    except OSError:
        pass
