"""Validate one CSV table against its Frictionless Table Schema (as written in datapackage.json).

Supports what the Kök data pack uses: types string/number/integer/boolean, the constraints
required, minimum, maximum, exclusiveMinimum, enum, pattern, and primary keys. Foreign keys
span tables and are checked in :mod:`kokapp.core.datapack`. Vectorised with pandas so the
whole pack validates in milliseconds at start-up.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from kokapp.core.errors import DataIssue

_NON_FINITE = {"nan", "inf", "+inf", "-inf", "infinity", "-infinity", "+infinity"}


def _lines(mask: pd.Series) -> list[int]:
    """Line numbers (header = 1) of the rows where mask is true."""
    return [int(i) + 2 for i in np.flatnonzero(mask.to_numpy(dtype=bool, na_value=False))]


def _issues(file: str, mask: pd.Series, field: str, message: str, raw: pd.Series) -> list[DataIssue]:
    rows = np.flatnonzero(mask.to_numpy(dtype=bool, na_value=False))
    return [DataIssue(file, int(r) + 2, field, message.format(value=raw.iloc[r])) for r in rows]


def _convert(file: str, field: dict, raw: pd.Series) -> tuple[pd.Series, list[DataIssue]]:
    name, kind = field["name"], field.get("type", "string")
    present = raw != ""
    if kind in ("number", "integer"):
        lowered = raw.str.strip().str.lower()
        values = pd.to_numeric(raw.where(present & ~lowered.isin(_NON_FINITE)), errors="coerce")
        bad = present & values.isna()
        issues = _issues(file, bad, name, f"'{{value}}' is not a valid {kind} (use '.' as decimal point)", raw)
        if kind == "integer":
            fractional = values.notna() & (values % 1 != 0)
            issues += _issues(file, fractional, name, "'{value}' is not a whole number", raw)
            values = values.astype("Int64") if not fractional.any() else values
        return values, issues
    if kind == "boolean":
        true_values, false_values = field.get("trueValues", ["true"]), field.get("falseValues", ["false"])
        bad = present & ~raw.isin(true_values + false_values)
        allowed = "/".join(true_values + false_values)
        issues = _issues(file, bad, name, f"'{{value}}' is not one of {allowed}", raw)
        return raw.isin(true_values).where(present, other=pd.NA).astype("boolean"), issues
    return raw, []


def _constraints(file: str, field: dict, raw: pd.Series, values: pd.Series) -> list[DataIssue]:
    name = field["name"]
    c = field.get("constraints", {})
    present = raw != ""
    issues: list[DataIssue] = []
    if c.get("required"):
        issues += [DataIssue(file, line, name, "value is required") for line in _lines(~present)]
    numeric = field.get("type") in ("number", "integer")
    if numeric:
        if "minimum" in c:
            issues += _issues(file, values < c["minimum"], name, f"{{value}} is below the minimum {c['minimum']}", raw)
        if "exclusiveMinimum" in c:
            issues += _issues(file, values <= c["exclusiveMinimum"], name, f"{{value}} must be greater than {c['exclusiveMinimum']}", raw)
        if "maximum" in c:
            issues += _issues(file, values > c["maximum"], name, f"{{value}} is above the maximum {c['maximum']}", raw)
    if "enum" in c:
        bad = present & ~raw.isin([str(v) for v in c["enum"]])
        allowed = ", ".join(str(v) for v in c["enum"] if v != "")
        issues += _issues(file, bad, name, f"'{{value}}' is not one of: {allowed}", raw)
    if "pattern" in c:
        pattern = re.compile(c["pattern"])
        bad = present & ~raw.map(lambda s: bool(pattern.fullmatch(s)))
        issues += _issues(file, bad, name, f"'{{value}}' does not match the expected form {c['pattern']}", raw)
    return issues


def validate_table(file: str, raw: pd.DataFrame, schema: dict) -> tuple[pd.DataFrame, list[DataIssue]]:
    """Check ``raw`` (all cells as strings, empty = missing) and return it typed, with its issues."""
    fields = schema["fields"]
    expected = [f["name"] for f in fields]
    missing = [n for n in expected if n not in raw.columns]
    extra = [n for n in raw.columns if n not in expected]
    issues = [DataIssue(file, 1, n, "column is missing") for n in missing]
    issues += [DataIssue(file, 1, n, "unexpected column") for n in extra]
    if issues:
        return raw, issues
    typed = {}
    for field in fields:
        column = raw[field["name"]]
        values, problems = _convert(file, field, column)
        issues += problems + _constraints(file, field, column, values)
        typed[field["name"]] = values
    key = schema.get("primaryKey") or []
    if key:
        duplicated = raw.duplicated(subset=key, keep="first")
        label = "+".join(key)
        issues += [DataIssue(file, line, label, "duplicate key") for line in _lines(duplicated)]
    return pd.DataFrame(typed, index=raw.index), issues
