"""Record the Data Package ``hash`` of every CSV (and ``kok:schemaHash`` of its schema) after the
pack passes full validation.

    python3 tools/hash_datapack.py [FOLDER]     # default: resources/data

Run after editing any file of the pack. At start-up Kök compares these hashes (about a
millisecond) and skips re-validating files that are exactly the validated ones; a test fails
while a hash is stale, so the fast path never serves an unchecked file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kokapp.cli_data import print_issues
from kokapp.core.datapack import MANIFEST, check_datapack, file_hash, schema_hash


def main(folder: Path) -> int:
    pack, issues = check_datapack(folder)
    if issues:
        print_issues(issues, f"in {folder}: hashes not written")
        return 1
    path = folder / MANIFEST
    manifest = json.loads(path.read_text(encoding="utf-8"))
    resources = []
    for resource in manifest["resources"]:
        digest = file_hash(folder / resource["path"])
        ordered = {}
        for key, value in resource.items():
            if key not in ("hash", "kok:schemaHash"):
                ordered[key] = value
            if key == "path":
                ordered["hash"] = digest
                ordered["kok:schemaHash"] = schema_hash(resource["schema"])
        resources.append(ordered)
    manifest["resources"] = resources
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"hashes written for {len(manifest['resources'])} files in {path}")
    return 0


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[1]
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else root / "resources" / "data"))
