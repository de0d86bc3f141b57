"""Checkpoints in long computations, where a caller running them in a worker thread can give way to
the window or stop them: :func:`checkpoint` calls the hook installed for the current thread by
:func:`yielding` (nothing when there is none, as on the command line). Qt-free: the window's
worker installs a hook that waits while the window is busy and raises to cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_local = threading.local()


def checkpoint() -> None:
    hook = getattr(_local, "hook", None)
    if hook is not None:
        hook(any(wanted() for wanted in getattr(_local, "held", ())))


@contextmanager
def holding(wanted: Callable[[], bool]) -> Iterator[None]:
    """A block that makes something another thread may be waiting for (a cache entry):
    while ``wanted()`` says someone waits, the hook is told, so it stops the work if asked but
    does not pause it (the window would be waiting for the very work that waits for the window)."""
    _local.held = (*getattr(_local, "held", ()), wanted)
    try:
        yield
    finally:
        _local.held = _local.held[:-1]


@contextmanager
def yielding(hook: Callable[[bool], None]) -> Iterator[None]:
    """Run the block with ``hook`` called at every checkpoint on this thread."""
    previous = getattr(_local, "hook", None)
    _local.hook = hook
    try:
        yield
    finally:
        _local.hook = previous
