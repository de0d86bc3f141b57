"""Small helpers the build scripts share: check a downloaded file against its recorded hash, and
read or rewrite one table of resources/data (column order kept, new columns appended)."""

from __future__ import annotations

import csv
import hashlib
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "resources" / "data"


def check_download(path: Path, sha256: str) -> None:
    """Stop the build when the downloaded file is not the one the figures were taken from."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != sha256:
        sys.exit(f"{path.name}: sha256 {digest}, expected {sha256}: the downloaded file changed")


def read_table(name: str) -> tuple[list[str], list[dict]]:
    with open(DATA / name, encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames), list(reader)


def write_table(name: str, fields: list[str], rows: list[dict], newline: str = "\n") -> None:
    with open(DATA / name, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator=newline)
        writer.writeheader()
        writer.writerows(rows)
