"""Read a file the user named, but only if it is an ordinary file, and never more than a limit.

A name ending in ``.kok`` or ``.csv`` can be anything: a FIFO (opening it waits for a writer that
never comes), ``/dev/zero`` behind a symlink (reading never ends), a folder, or a file that grows
while it is read. :func:`read_regular_file` opens without waiting (``O_NONBLOCK``), asks the
opened descriptor what it is (``os.fstat``: the answer cannot change between the check and the
read, as a check of the name could), and reads at most ``limit + 1`` bytes.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

NOT_A_FILE = "not_a_file"
TOO_LARGE = "too_large"
NOT_A_FILE_MESSAGE = "is a folder, a device or a pipe, not a file"   # what the user reads (the GUI translates it)
_CHUNK = 1 << 20


class ReadRefused(Exception):
    """The file was not read. ``reason``: :data:`NOT_A_FILE` (a folder, device, pipe or socket)
    or :data:`TOO_LARGE` (more than the limit, or grown past it while being read)."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)

    def message(self, too_large: str) -> str:
        """What the user reads: the caller's words for a file over its limit, else not a file."""
        return too_large if self.reason == TOO_LARGE else NOT_A_FILE_MESSAGE


def _flags() -> int:
    flags = os.O_RDONLY
    for name in ("O_BINARY", "O_NONBLOCK", "O_NOCTTY"):   # each exists only on some systems
        flags |= getattr(os, name, 0)
    return flags


def read_regular_file(path: Path | str, limit: int) -> bytes:
    """The whole content of the regular file ``path`` (symlinks followed), at most ``limit`` bytes.
    Raises :class:`ReadRefused`, or ``OSError`` when the file cannot be opened or read."""
    if not stat.S_ISREG(os.stat(path).st_mode):       # do not even open a device or a pipe
        raise ReadRefused(NOT_A_FILE)
    fd = os.open(path, _flags())
    try:
        info = os.fstat(fd)                            # what was opened, not what the name is now
        if not stat.S_ISREG(info.st_mode):
            raise ReadRefused(NOT_A_FILE)
        if info.st_size > limit:
            raise ReadRefused(TOO_LARGE)
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise ReadRefused(TOO_LARGE)
        return b"".join(chunks)
    finally:
        os.close(fd)


def is_regular_or_missing(path: Path | str) -> bool:
    """True when ``path`` (symlinks followed) is an ordinary file or does not exist yet: a name
    Kök may write to. A folder, a device or a pipe is not."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except FileNotFoundError:
        return True
    except OSError:
        return True   # cannot tell (a dangling link in a folder we cannot read): let the write say why
