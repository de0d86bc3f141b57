"""Load and validate Kök's reference data pack (``resources/data``).

The pack is a Frictionless tabular data package: ``datapackage.json`` names each CSV, its
columns, types, constraints and keys, and every data row names its source in ``sources.csv``.
Loading validates everything and raises :class:`DataPackError` naming file, line and field.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from kokapp.core.errors import DataIssue, DataPackError
from kokapp.core.table_schema import validate_table

MANIFEST = "datapackage.json"


@dataclass(frozen=True)
class SourceInfo:
    source_id: str
    organisation: str
    title: str
    url: str
    edition: str
    year: int
    licence: str
    retrieved: str


@dataclass(frozen=True)
class DatasetInfo:
    name: str
    title: str
    title_tr: str
    description: str
    file: str
    rows: int
    sources: tuple[SourceInfo, ...]


@dataclass(frozen=True)
class DataPack:
    path: Path
    version: str
    manifest: dict
    tables: dict[str, pd.DataFrame]

    def table(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    def datasets(self) -> list[DatasetInfo]:
        sources = self.tables["sources"].set_index("source_id")
        infos = []
        for resource in self.manifest["resources"]:
            frame = self.tables[resource["name"]]
            ids = _source_ids(frame) if resource["name"] != "sources" else []
            infos.append(DatasetInfo(
                name=resource["name"], title=resource.get("title", resource["name"]),
                title_tr=resource.get("kok:title_tr", resource.get("title", resource["name"])),
                description=resource.get("description", ""), file=resource["path"], rows=len(frame),
                sources=tuple(_source_info(i, sources.loc[i]) for i in ids)))
        return infos


def _source_ids(frame: pd.DataFrame) -> list[str]:
    columns = [c for c in frame.columns if c == "source_id" or c.endswith("_source_id")]
    seen: dict[str, None] = {}
    for column in columns:
        for value in frame[column]:
            if value:
                seen.setdefault(value)
    return list(seen)


def _source_info(source_id: str, row: pd.Series) -> SourceInfo:
    return SourceInfo(source_id, row["organisation"], row["title"], row["url"], row["edition"],
                      int(row["year"]), row["licence"], row["retrieved"])


def _read_manifest(folder: Path) -> dict:
    path = folder / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataPackError([DataIssue(MANIFEST, None, None, f"file not found in {folder}")]) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        line = getattr(exc, "lineno", None)
        raise DataPackError([DataIssue(MANIFEST, line, None, f"not valid UTF-8 JSON ({exc})")]) from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("resources"), list):
        raise DataPackError([DataIssue(MANIFEST, None, "resources", "no list of resources")])
    return manifest


def _read_csv(folder: Path, file: str) -> tuple[pd.DataFrame | None, list[DataIssue]]:
    path = folder / file
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh, strict=True))
    except FileNotFoundError:
        return None, [DataIssue(file, None, None, "file not found")]
    except UnicodeDecodeError as exc:
        return None, [DataIssue(file, None, None, f"not UTF-8 text ({exc.reason} at byte {exc.start})")]
    except csv.Error as exc:
        return None, [DataIssue(file, None, None, f"malformed CSV ({exc})")]
    if not rows:
        return None, [DataIssue(file, 1, None, "file is empty (no header row)")]
    header, body = rows[0], rows[1:]
    issues = [DataIssue(file, n, None, f"has {len(r)} cells, the header has {len(header)}")
              for n, r in enumerate(body, start=2) if len(r) != len(header)]
    if issues:
        return None, issues
    return pd.DataFrame(body, columns=header, dtype=str), []


def _key_values(tables: dict[str, pd.DataFrame], ref: str) -> set[str]:
    resource, field = ref.split(".")
    frame = tables.get(resource)
    return set(frame[field].astype(str)) if frame is not None and field in frame else set()


def _reference_issues(manifest: dict, raw: dict[str, pd.DataFrame]) -> list[DataIssue]:
    issues: list[DataIssue] = []
    for resource in manifest["resources"]:
        frame = raw.get(resource["name"])
        if frame is None:
            continue
        checks: list[tuple[str, list[str]]] = []
        for key in resource["schema"].get("foreignKeys", []):
            target = key["reference"]
            checks.append((key["fields"], [f"{target['resource']}.{target['fields']}"]))
        for field in resource["schema"]["fields"]:
            any_of = field.get("constraints", {}).get("kok:anyOf")
            if any_of:
                checks.append((field["name"], any_of))
        for column, refs in checks:
            if column not in frame or any(r.split(".")[0] not in raw for r in refs):
                continue  # the referenced table is unreadable: its own issue is reported
            known = set().union(*(_key_values(raw, r) for r in refs))
            values = frame[column]
            bad = (values != "") & ~values.isin(known)
            targets = " or ".join(refs)
            for row in bad[bad].index:
                issues.append(DataIssue(resource["path"], int(row) + 2, column,
                                        f"'{values[row]}' is not a known {targets}"))
    return issues


def check_datapack(folder: Path) -> tuple[DataPack | None, list[DataIssue]]:
    """Validate the pack in ``folder``; return it (None if unusable) and every issue found."""
    manifest = _read_manifest(folder)
    raw: dict[str, pd.DataFrame] = {}
    typed: dict[str, pd.DataFrame] = {}
    issues: list[DataIssue] = []
    for resource in manifest["resources"]:
        frame, problems = _read_csv(folder, resource["path"])
        issues += problems
        if frame is None:
            continue
        values, problems = validate_table(resource["path"], frame, resource["schema"])
        issues += problems
        raw[resource["name"]], typed[resource["name"]] = frame, values
    issues += _reference_issues(manifest, raw)
    if issues:
        return None, issues
    pack = DataPack(folder, str(manifest.get("version", "")), manifest, typed)
    return pack, []


def load_datapack(folder: Path) -> DataPack:
    pack, issues = check_datapack(folder)
    if issues:
        raise DataPackError(issues)
    assert pack is not None
    return pack


@lru_cache(maxsize=1)
def bundled_datapack() -> DataPack:
    """The pack shipped with Kök, loaded and validated once per process."""
    from kokapp.paths import data_dir

    return load_datapack(data_dir())
