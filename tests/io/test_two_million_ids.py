"""The reported case end to end: a 32 MB project listing its 6 candidate locations and 5 markets
2,000,000 times over took more than 300 s to open (a list search per id). It opens, with each
location and market once and one warning per repeated id, in a child process that must finish
within a generous 120 s (about 2 s here), so a return of the quadratic check fails the test
instead of hanging the run."""

import json
import subprocess
import sys

from kokapp.io.project_file import MAX_FILE_BYTES
from kokapp.paths import demo_project

OPEN = """
import json, sys
from kokapp.core.datapack import bundled_datapack
from kokapp.io.project_file import load_project
warnings = []
project = load_project(sys.argv[1], bundled_datapack(), warnings)
print(json.dumps({"candidates": project.candidates, "markets": project.markets,
                  "warnings": sorted([w.kind, w.detail] for w in warnings)}))
"""


def test_two_million_repeated_ids_open_once(tmp_path):
    data = json.loads(demo_project().read_text(encoding="utf-8"))
    candidates, markets = data["candidates"], data["markets"]
    data["candidates"] = candidates * (2_000_000 // len(candidates) + 1)
    data["markets"] = markets * (2_000_000 // len(markets) + 1)
    path = tmp_path / "tekrarlı.kok"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert len(data["candidates"]) > 2_000_000 and path.stat().st_size < MAX_FILE_BYTES
    done = subprocess.run([sys.executable, "-c", OPEN, str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    opened = json.loads(done.stdout)
    assert opened["candidates"] == candidates and opened["markets"] == markets
    assert opened["warnings"] == sorted([["duplicate_candidate", c] for c in candidates]
                                        + [["duplicate_market", m] for m in markets])
