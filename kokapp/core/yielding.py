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
        hook(getattr(_local, "held", 0) > 0)


@contextmanager
def holding() -> Iterator[None]:
    """A block that holds something the window may wait for (a cache being filled): the hook is
    told, so it stops the work if asked but does not pause it (the window would wait for both)."""
    _local.held = getattr(_local, "held", 0) + 1
    try:
        yield
    finally:
        _local.held -= 1


@contextmanager
def yielding(hook: Callable[[bool], None]) -> Iterator[None]:
    """Run the block with ``hook`` called at every checkpoint on this thread."""
    previous = getattr(_local, "hook", None)
    _local.hook = hook
    try:
        yield
    finally:
        _local.hook = previous
