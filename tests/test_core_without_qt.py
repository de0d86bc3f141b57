"""The core must import and run with Qt unavailable (it is tested without a display)."""

import subprocess
import sys

SCRIPT = """
import sys
sys.modules['PySide6'] = None      # any 'import PySide6...' now raises ImportError
sys.modules['pyqtgraph'] = None
import pkgutil, importlib, kokapp.core
for m in pkgutil.iter_modules(kokapp.core.__path__):
    importlib.import_module('kokapp.core.' + m.name)
from kokapp.core.datapack import bundled_datapack
from kokapp.core.engine import Engine
from kokapp.io.project_file import load_project
from kokapp.paths import demo_project
Engine(bundled_datapack()).compare(load_project(demo_project()))
print('ok')
"""


def test_core_runs_without_qt():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
