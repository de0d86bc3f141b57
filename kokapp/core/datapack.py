"""Load and validate Kök's reference data pack (``resources/data``).

The pack is a Frictionless tabular data package: ``datapackage.json`` names each CSV, its
columns, types, constraints and keys, and every data row names its source in ``sources.csv``.
:func:`check_datapack` validates everything and reports issues naming file, line and field.

Start-up path: each resource carries the Data Package ``hash`` (``sha256:<hex>``) of the CSV
that passed full validation (``tools/hash_datapack.py`` writes them; a test keeps them current).
:func:`load_datapack` checks the hashes (about a millisecond) and, when every file is exactly
the validated one, types the rows with the csv module alone; any other pack (edited, copied,
damaged) gets the full validation. Tables are read as plain columns (:meth:`DataPack.column`,
:meth:`DataPack.records`); :meth:`DataPack.table` builds the pandas DataFrame on first use, so
the desktop app opens and ranks without importing pandas.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from kokapp.core.errors import DataIssue, DataPackError
from kokapp.core.manifest_check import manifest_issues

if TYPE_CHECKING:
    import pandas as pd

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
    method: str = ""          # downloaded | transcribed | assumption


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
    """The validated tables. Light columns are plain Python values: str ('' = missing), float
    (NaN = missing), int or bool (None = missing)."""

    path: Path
    version: str
    manifest: dict
    columns: Mapping[str, dict[str, list]]               # table -> column -> typed values
    _frames: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def names(self) -> list[str]:
        return list(self.columns)

    def column(self, table: str, name: str) -> list:
        return self.columns[table][name]

    def derived(self, key: str, make):
        """An object made from the pack's tables once and kept with it (an index, a lookup)."""
        slot = ("derived", key)
        if slot not in self._frames:
            self._frames[slot] = make()
        return self._frames[slot]

    def records(self, table: str) -> list[dict]:
        columns = self.columns[table]
        return [dict(zip(columns, values)) for values in zip(*columns.values())]

    def index(self, table: str, key: str) -> Mapping[str, dict]:
        """Rows by a unique key column, e.g. ``pack.index("sites", "site_id")["TR-BUR"]["iso2"]``:
        made once per table and key, and read-only (money views, feasibility models and the report
        ask for the same index per location and per row)."""
        return self.derived(f"index:{table}:{key}",
                            lambda: MappingProxyType({row[key]: row for row in self.records(table)}))

    def rows(self, table: str) -> int:
        return len(next(iter(self.columns[table].values()), ()))

    def table(self, name: str) -> pd.DataFrame:
        """The table as a typed pandas DataFrame (built on first use: pandas loads only then)."""
        if name not in self._frames:
            import pandas as pd

            from kokapp.core.table_schema import validate_table

            resource = next(r for r in self.manifest["resources"] if r["name"] == name)
            if _stale(self.path, resource):   # the strings are read again (not kept in memory): same file?
                raise DataPackError([DataIssue(resource["path"], None, None,
                                               "changed on disk since Kök loaded it: restart Kök")])
            rows, issues = _read_csv(self.path, resource["path"])
            if rows is None:
                raise DataPackError(issues)
            header, body = rows
            typed, issues = validate_table(resource["path"], pd.DataFrame(body, columns=header, dtype=str),
                                           resource["schema"])
            if issues:
                raise DataPackError(issues)
            self._frames[name] = typed
        return self._frames[name]

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: self.table(name) for name in self.columns}

    def datasets(self) -> list[DatasetInfo]:
        """Each table with the sources its rows cite (worked out once: the pack does not change)."""
        return list(self.derived("datasets", self._datasets))

    def _datasets(self) -> tuple[DatasetInfo, ...]:
        sources = self.index("sources", "source_id")
        infos = []
        for resource in self.manifest["resources"]:
            name = resource["name"]
            ids = _source_ids(self.columns[name]) if name != "sources" else []
            infos.append(DatasetInfo(
                name=name, title=resource.get("title", name),
                title_tr=resource.get("kok:title_tr", resource.get("title", name)),
                description=resource.get("description", ""), file=resource["path"], rows=self.rows(name),
                sources=tuple(_source_info(i, sources[i]) for i in ids)))
        return tuple(infos)


def _source_ids(columns: dict[str, list]) -> list[str]:
    names = [c for c in columns if c == "source_id" or c.endswith("_source_id")]
    seen: dict[str, None] = {}
    for column in names:
        for value in columns[column]:
            if value:
                seen.setdefault(value)
    return list(seen)


def _source_info(source_id: str, row: dict) -> SourceInfo:
    return SourceInfo(source_id, row["organisation"], row["title"], row["url"], row["edition"],
                      int(row["year"]), row["licence"], row["retrieved"], row.get("method", ""))


def _typed(kind: str, field_schema: dict, values: list[str]) -> list:
    """Strings of an already validated column -> plain Python values."""
    if kind == "number":
        return [float(v) if v != "" else math.nan for v in values]
    if kind == "integer":
        return [int(float(v)) if v != "" else None for v in values]
    if kind == "boolean":
        true_values = set(field_schema.get("trueValues", ["true"]))
        return [(v in true_values) if v != "" else None for v in values]
    return values


def _light_columns(schema: dict, header: list[str], body: list[list[str]]) -> dict[str, list]:
    kinds = {f["name"]: f for f in schema["fields"]}
    columns = {}
    for i, name in enumerate(header):
        spec = kinds[name]
        columns[name] = _typed(spec.get("type", "string"), spec, [row[i] for row in body])
    return columns


def file_hash(path: Path) -> str:
    """The Data Package ``hash`` of a file: ``sha256:<hex>``."""
    return "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()


def schema_hash(schema: dict) -> str:
    """``kok:schemaHash``: the schema a file was validated against (a changed type or constraint
    must send the file through full validation again, even if its bytes did not change)."""
    text = json.dumps(schema, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def _stale(folder: Path, resource: dict) -> bool:
    path = folder / resource["path"]
    return (not path.is_file() or resource.get("hash") != file_hash(path)
            or resource.get("kok:schemaHash") != schema_hash(resource.get("schema", {})))


def _read_manifest(folder: Path) -> dict:
    path = folder / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataPackError([DataIssue(MANIFEST, None, None, f"file not found in {folder}")]) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        line = getattr(exc, "lineno", None)
        raise DataPackError([DataIssue(MANIFEST, line, None, f"not valid UTF-8 JSON ({exc})")]) from None
    issues = manifest_issues(manifest)
    if issues:
        raise DataPackError(issues)
    return manifest


Rows = tuple[list[str], list[list[str]]]


def _read_csv(folder: Path, file: str) -> tuple[Rows | None, list[DataIssue]]:
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
    return (header, body), []


def _key_values(tables: dict[str, pd.DataFrame], ref: str) -> set[str]:
    resource, column = ref.split(".")
    frame = tables.get(resource)
    return set(frame[column].astype(str)) if frame is not None and column in frame else set()


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
        for spec in resource["schema"]["fields"]:
            any_of = spec.get("constraints", {}).get("kok:anyOf")
            if any_of:
                checks.append((spec["name"], any_of))
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


def _pack(folder: Path, manifest: dict, raw: dict[str, Rows]) -> DataPack:
    columns = {r["name"]: _light_columns(r["schema"], *raw[r["name"]]) for r in manifest["resources"]}
    return DataPack(folder, str(manifest.get("version", "")), manifest, columns)


class _LazyTables(Mapping):
    """Tables of a pack whose files all carry their validated hashes, each read and typed on
    first use (start-up reads only the tables a first comparison needs; the route scenarios,
    for one, wait until a scenario is chosen)."""

    def __init__(self, folder: Path, manifest: dict):
        self._folder = folder
        self._resources = {r["name"]: r for r in manifest["resources"]}
        self._loaded: dict[str, dict[str, list]] = {}

    def __getitem__(self, name: str) -> dict[str, list]:
        if name not in self._loaded:
            resource = self._resources[name]
            if _stale(self._folder, resource):     # changed since start-up: never serve it unchecked
                raise DataPackError([DataIssue(resource["path"], None, None,
                                               "changed since Kök started; restart Kök to validate it")])
            rows, issues = _read_csv(self._folder, resource["path"])
            if issues:
                raise DataPackError(issues)
            self._loaded[name] = _light_columns(resource["schema"], *rows)
        return self._loaded[name]

    def __iter__(self):
        return iter(self._resources)

    def __len__(self) -> int:
        return len(self._resources)


def check_datapack(folder: Path) -> tuple[DataPack | None, list[DataIssue]]:
    """Validate the pack in ``folder`` in full; return it (None if unusable) and every issue found."""
    import pandas as pd

    from kokapp.core.table_schema import validate_table

    try:
        manifest = _read_manifest(folder)
    except DataPackError as exc:          # a damaged manifest: reported like any other issue
        return None, exc.issues
    raw: dict[str, Rows] = {}
    frames: dict[str, pd.DataFrame] = {}
    typed: dict[str, pd.DataFrame] = {}
    issues: list[DataIssue] = []
    for resource in manifest["resources"]:
        rows, problems = _read_csv(folder, resource["path"])
        issues += problems
        if rows is None:
            continue
        frame = pd.DataFrame(rows[1], columns=rows[0], dtype=str)
        values, problems = validate_table(resource["path"], frame, resource["schema"])
        issues += problems
        raw[resource["name"]], frames[resource["name"]], typed[resource["name"]] = rows, frame, values
    issues += _reference_issues(manifest, frames)
    if issues:
        return None, issues
    pack = _pack(folder, manifest, raw)
    pack._frames.update(typed)
    return pack, []


def stale_hashes(folder: Path, manifest: dict | None = None) -> list[str]:
    """Files whose content or schema is not the one recorded (and validated) in the manifest's
    ``hash`` and ``kok:schemaHash``."""
    manifest = manifest or _read_manifest(folder)
    return [r["path"] for r in manifest["resources"] if _stale(folder, r)]


def load_datapack(folder: Path) -> DataPack:
    """The pack in ``folder``: the fast path when every file is the validated one (see the module
    docstring), full validation otherwise. Raises :class:`DataPackError` naming every issue."""
    manifest = _read_manifest(folder)
    if not stale_hashes(folder, manifest):
        return DataPack(folder, str(manifest.get("version", "")), manifest, _LazyTables(folder, manifest))
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
