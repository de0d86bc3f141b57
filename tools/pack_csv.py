"""Small helpers the build scripts share: check a downloaded file against the hash
resources/data/downloads.csv records for it, read or rewrite one table of resources/data (column
order kept, new columns appended), the pack's dated exchange rates, and the part of an
operating.csv note about one figure."""

from __future__ import annotations

import csv
import hashlib
import re
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


def recorded(name: str) -> str:
    """The sha256 resources/data/downloads.csv records for a file kept in tools/downloads."""
    rows = {r["file"]: r for r in read_table("downloads.csv")[1]}
    return rows[f"tools/downloads/{name}"]["sha256"]


def check_recorded(path: Path) -> None:
    """Stop the build when a kept download is not the file its figures were recorded from."""
    check_download(path, recorded(path.name))


def dated_rates() -> dict[str, tuple[float, str, str]]:
    """Currency -> (units per EUR, rate date, source_id): the pack's one dated rate per currency,
    the ECB's where it publishes one (as kokapp.core.fx reads them)."""
    out = {}
    for table in ("fx_other.csv", "fx_ecb.csv"):
        for r in read_table(table)[1]:
            if r["units_per_eur"]:
                out[r["currency"]] = (float(r["units_per_eur"]), r["rate_date"], r["source_id"])
    return out


def without_note_part(note: str, label: str) -> str:
    """An operating.csv note ("MW: …; CIT: …; WDI: …") without its part about one figure."""
    parts = [p.strip() for p in re.split(r";\s*(?=[A-Z]{2,4}:)", note) if p.strip()]
    return "; ".join(p for p in parts if not p.startswith(label))
