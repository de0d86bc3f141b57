"""The files the pack's figures were parsed from (``downloads.csv``), checked against their
recorded sha256.

A source row says how its figures came in (``method``: downloaded, transcribed, assumption). A
*downloaded* figure must be traceable to the exact file: each file kept under
``tools/downloads`` has a row here with the sha256 it had when the figures were built, and the
publisher's or the mirror's address. In a source checkout ``kokapp data check`` re-hashes the
kept files and rejects one that changed (a figure rebuilt from another file would no longer be
the one the row cites); the installed app does not ship ``tools/`` and says the check was not
made, never that it passed.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from kokapp.core.errors import DataIssue

FILE = "downloads.csv"


def source_checkout() -> Path | None:
    """The repository root when Kök runs from a source checkout (``tools/downloads`` next to
    the package), else None."""
    root = Path(__file__).resolve().parents[2]
    return root if (root / "tools" / "downloads").is_dir() else None


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_downloads(pack, root: Path) -> list[DataIssue]:
    """Issues for kept files that are missing or whose hash changed, and for rows that point to
    a source not marked ``downloaded``."""
    issues = []
    methods = {r["source_id"]: r["method"] for r in pack.records("sources")}
    for line, row in enumerate(pack.records("downloads"), start=2):
        if methods.get(row["source_id"]) != "downloaded":
            issues.append(DataIssue(FILE, line, "source_id",
                                    f"'{row['source_id']}' is not a downloaded source in sources.csv"))
        path = root / row["file"]
        if not path.is_file():
            issues.append(DataIssue(FILE, line, "file", f"{row['file']} is missing from the checkout"))
        elif (found := sha256(path)) != row["sha256"]:
            issues.append(DataIssue(FILE, line, "sha256", f"{row['file']} changed since its figures were built "
                                    f"(sha256 {found[:12]}…, recorded {row['sha256'][:12]}…): rebuild the "
                                    "figures from it and record its new hash, or restore the file"))
    return issues
