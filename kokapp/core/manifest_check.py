"""The shape of ``datapackage.json``: every resource a table Kök can read, before any file is.

A damaged manifest (a resource that is not an object, one without ``path`` or ``schema``, a path
leaving the pack's folder, an unknown field type, a pattern that is no regular expression, a key
naming a column or table that does not exist, a table the core needs missing) is reported as
issues naming file, resource and field, never as a traceback.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from kokapp.core.errors import DataIssue

MANIFEST = "datapackage.json"
TYPES = {"string", "number", "integer", "boolean"}
NUMERIC_CONSTRAINTS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
# The tables the core reads (a pack without one of them cannot compare anything).
REQUIRED = ("sources", "downloads", "country_factors", "free_zones", "origin_rules", "origin_rule_sets", "countries", "ports", "sites", "land_distances", "sea_distances", "lpi", "blocs",
            "agreements", "tariffs_mfn", "hs_sections", "hs_chapters", "hs_chapter_product_group", "operating",
            "freight_parameters", "fx_ecb", "fx_other", "trade_restrictions")


def _issue(where: str, field: str | None, message: str) -> DataIssue:
    return DataIssue(MANIFEST, None, f"{where}.{field}" if field else where, message)


def _field_issues(where: str, fields) -> tuple[list[DataIssue], set[str]]:
    if not isinstance(fields, list) or not fields:
        return [_issue(where, "schema.fields", "must be a non-empty list of columns")], set()
    issues, names = [], set()
    for i, spec in enumerate(fields):
        at = f"{where}.schema.fields[{i}]"
        if not isinstance(spec, dict) or not isinstance(spec.get("name"), str) or not spec["name"]:
            issues.append(_issue(at, "name", "each column needs a name"))
            continue
        if spec["name"] in names:
            issues.append(_issue(at, "name", f"column '{spec['name']}' is listed twice"))
        names.add(spec["name"])
        if spec.get("type", "string") not in TYPES:
            issues.append(_issue(at, "type", f"unknown type {spec.get('type')!r} (one of {', '.join(sorted(TYPES))})"))
        constraints = spec.get("constraints", {})
        if not isinstance(constraints, dict):
            issues.append(_issue(at, "constraints", "must be an object"))
            continue
        if "pattern" in constraints:
            try:
                re.compile(constraints["pattern"])
            except (re.error, TypeError) as exc:
                issues.append(_issue(at, "constraints.pattern", f"is not a regular expression ({exc})"))
        for name in NUMERIC_CONSTRAINTS:
            value = constraints.get(name)
            if name in constraints and (isinstance(value, bool) or not isinstance(value, (int, float))):
                issues.append(_issue(at, f"constraints.{name}", "must be a number"))
        if "enum" in constraints and not isinstance(constraints["enum"], list):
            issues.append(_issue(at, "constraints.enum", "must be a list"))
        any_of = constraints.get("kok:anyOf", [])
        if not isinstance(any_of, list) or not all(isinstance(r, str) and r.count(".") == 1 for r in any_of):
            issues.append(_issue(at, "constraints.kok:anyOf", "must be a list of 'table.column' references"))
    return issues, names


def _path_issues(where: str, path) -> list[DataIssue]:
    if not isinstance(path, str) or not path:
        return [_issue(where, "path", "is missing (the CSV file of this table)")]
    pure = PurePosixPath(path.replace("\\", "/"))
    if pure.is_absolute() or ".." in pure.parts or ":" in path:
        return [_issue(where, "path", f"'{path}' must be a file inside the data pack's folder")]
    if pure.suffix.lower() != ".csv":
        return [_issue(where, "path", f"'{path}' is not a CSV file")]
    return []


def manifest_issues(manifest) -> list[DataIssue]:
    """Every structural problem of a loaded manifest (empty when it is sound)."""
    if not isinstance(manifest, dict) or not isinstance(manifest.get("resources"), list):
        return [_issue("resources", None, "no list of resources")]
    issues: list[DataIssue] = []
    columns: dict[str, set[str]] = {}
    keys: list[tuple[str, str, object]] = []          # (where, kind, spec) checked once all names are known
    for i, resource in enumerate(manifest["resources"]):
        where = f"resources[{i}]"
        if not isinstance(resource, dict):
            issues.append(_issue(where, None, "must be an object with name, path and schema"))
            continue
        name = resource.get("name")
        if not isinstance(name, str) or not name:
            issues.append(_issue(where, "name", "is missing"))
            continue
        where = f"resources[{i}] ({name})"
        if name in columns:
            issues.append(_issue(where, "name", "a table of this name is listed twice"))
        issues += _path_issues(where, resource.get("path"))
        schema = resource.get("schema")
        if not isinstance(schema, dict):
            issues.append(_issue(where, "schema", "is missing (columns, types and constraints of the table)"))
            columns[name] = set()
            continue
        found, columns[name] = _field_issues(where, schema.get("fields"))
        issues += found
        keys.append((where, "primaryKey", schema.get("primaryKey", [])))
        keys += [(where, "foreignKeys", spec) for spec in schema.get("foreignKeys", [])] \
            if isinstance(schema.get("foreignKeys", []), list) else [(where, "foreignKeys", None)]
    for where, kind, spec in keys:
        table = re.search(r"\((.*)\)$", where).group(1)
        issues += _key_issues(where, kind, spec, table, columns)
    issues += [_issue("resources", None, f"the table '{name}' is missing") for name in REQUIRED if name not in columns]
    return issues


def _key_issues(where: str, kind: str, spec, table: str, columns: dict[str, set[str]]) -> list[DataIssue]:
    if kind == "primaryKey":
        names = [spec] if isinstance(spec, str) else spec
        if not isinstance(names, list) or any(n not in columns[table] for n in names):
            return [_issue(where, "schema.primaryKey", f"names a column the table does not have ({spec!r})")]
        return []
    if not isinstance(spec, dict) or not isinstance(spec.get("reference"), dict):
        return [_issue(where, "schema.foreignKeys", "each foreign key needs fields and a reference")]
    target = spec["reference"].get("resource")
    if spec.get("fields") not in columns[table]:
        return [_issue(where, "schema.foreignKeys", f"names a column the table does not have ({spec.get('fields')!r})")]
    if target not in columns or spec["reference"].get("fields") not in columns[target]:
        return [_issue(where, "schema.foreignKeys",
                       f"refers to {target}.{spec['reference'].get('fields')}, which is not in the pack")]
    return []
