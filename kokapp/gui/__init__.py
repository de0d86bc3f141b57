"""Kök's window: a thin PySide6 layer over ``kokapp.core``.

Importing PySide6 installs its import hook (``shibokensupport.feature``, PYSIDE-2029): every module
imported afterwards (numpy, pyqtgraph, pandas, openpyxl, Kök's own) is asked whether its source
names "PySide6", through ``inspect.getsource``, which tokenises the file to find its encoding and
keeps every line in ``linecache`` for the life of the process. The same question is answered here
from the file's bytes: the same answer, without the tokenising and without the copy kept (opening
the demo to its ranked window read 560 sources into 1.3 MB of linecache; the Feasibility tab and
the report load pandas and openpyxl on top).
"""

from __future__ import annotations

import sys

import PySide6  # noqa: F401  (installs the hook this module lightens)


def _lighter_source_check() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is None or getattr(check, "kok_bytes", False):
        return                     # another PySide6 that works otherwise: left as it is

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return check(module)   # built-in, compiled-only or frozen: PySide's own answer
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return check(module)

    uses_pyside.kok_bytes = True
    feature._mod_uses_pyside = uses_pyside


_lighter_source_check()
