"""Read and write ``.kok`` project files: UTF-8 JSON with a format version. No pickle, no eval."""

from __future__ import annotations

import json
import math
from pathlib import Path

from kokapp import __version__
from kokapp.core.errors import KokError
from dataclasses import asdict, fields

from kokapp.core.project import Override, Product, Project
from kokapp.core.setup_options import DEFAULT_OPTIONS, KINDS, FeasibilitySettings, SetupOption

FORMAT = "kok-project"
FORMAT_VERSION = 1


class ProjectFileError(KokError):
    """A project file cannot be read. ``path`` is the file, ``field`` a JSON path if known."""

    def __init__(self, path: str, message: str, field: str | None = None):
        self.path, self.message, self.field = path, message, field
        where = f"{path}" + (f", {field}" if field else "")
        super().__init__(f"{where}: {message}")


def project_to_dict(project: Project) -> dict:
    volumes: dict[str, dict[str, float]] = {}
    for (product, market), units in project.volumes.items():
        volumes.setdefault(product, {})[market] = units
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
        "company": project.company, "origin_site": project.origin_site, "currency": project.currency,
        "products": [{"name": p.name, "hs_code": p.hs_code, "unit_value_eur": p.unit_value_eur,
                      "unit_weight_kg": p.unit_weight_kg, "unit_volume_m3": p.unit_volume_m3,
                      "units_per_pallet": p.units_per_pallet} for p in project.products],
        "markets": list(project.markets), "volumes": volumes,
        "candidates": list(project.candidates), "weights": dict(project.weights),
        "overrides": [{"key": o.key, "value": o.value, "note": o.note} for o in project.overrides],
        "max_transit_days": project.max_transit_days, "forced_mode": project.forced_mode,
        "feasibility": {**_settings_dict(project.feasibility),
                        "options": {loc: asdict(o) for loc, o in project.setup_options.items()}},
    }


def _settings_dict(settings: FeasibilitySettings) -> dict:
    data = asdict(settings)
    return {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}


def _settings_from(data: dict, path: str) -> FeasibilitySettings:
    kwargs = {}
    for f in fields(FeasibilitySettings):
        if f.name not in data:
            continue
        value = data[f.name]
        if f.name in ("horizon_years", "depreciation_years"):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ProjectFileError(path, "must be a whole number", f"feasibility.{f.name}")
            kwargs[f.name] = value
        elif isinstance(value, list):
            kwargs[f.name] = tuple(_get({"v": x}, "v", float, path) for x in value)
        else:
            kwargs[f.name] = _get(data, f.name, float, path)
    return FeasibilitySettings(**kwargs)


def _option_from(data: object, path: str, where: str) -> SetupOption:
    if not isinstance(data, dict) or data.get("kind") not in KINDS:
        raise ProjectFileError(path, f"needs a kind: one of {', '.join(KINDS)}", where)
    values = asdict(DEFAULT_OPTIONS[data["kind"]])
    for name in values:
        if name != "kind" and name in data:
            values[name] = _get(data, name, float, path, required=False)
    return SetupOption(**values)


def _get(data: dict, key: str, kind, path: str, *, required: bool = True, default=None):
    if key not in data or data[key] is None:
        if required:
            raise ProjectFileError(path, "is missing", key)
        return default
    value = data[key]
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise ProjectFileError(path, f"must be a finite number, not {value!r}", key)
        return float(value)
    if not isinstance(value, kind):
        raise ProjectFileError(path, f"must be {kind.__name__}, not {type(value).__name__}", key)
    return value


def project_from_dict(data: object, path: str = "<project>") -> Project:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ProjectFileError(path, "is not a Kök project file")
    version = data.get("format_version")
    if not isinstance(version, int):
        raise ProjectFileError(path, "has no format version", "format_version")
    if version > FORMAT_VERSION:
        raise ProjectFileError(path, f"was written by a newer Kök (format {version}); please update Kök")
    products = []
    for i, item in enumerate(_get(data, "products", list, path)):
        where = f"products[{i}]"
        if not isinstance(item, dict):
            raise ProjectFileError(path, "must be an object", where)
        pallet = item.get("units_per_pallet")
        products.append(Product(
            name=_get(item, "name", str, path), hs_code=_get(item, "hs_code", str, path),
            unit_value_eur=_get(item, "unit_value_eur", float, path),
            unit_weight_kg=_get(item, "unit_weight_kg", float, path),
            unit_volume_m3=_get(item, "unit_volume_m3", float, path),
            units_per_pallet=None if pallet is None else int(_get(item, "units_per_pallet", float, path))))
    volumes = {}
    for product, per_market in _get(data, "volumes", dict, path).items():
        if not isinstance(per_market, dict):
            raise ProjectFileError(path, "must map markets to annual units", f"volumes.{product}")
        for market, units in per_market.items():
            volumes[(product, market)] = _get(per_market, market, float, path)
    weights = {k: _get(data["weights"], k, float, path) for k in _get(data, "weights", dict, path)}
    feasibility = _get(data, "feasibility", dict, path, required=False, default={})
    overrides = [Override(_get(o, "key", str, path), _get(o, "value", float, path), o.get("note") or "")
                 for o in _get(data, "overrides", list, path, required=False, default=[])]
    return Project(
        company=_get(data, "company", str, path), origin_site=_get(data, "origin_site", str, path),
        products=products, markets=list(_get(data, "markets", list, path)), volumes=volumes,
        candidates=list(_get(data, "candidates", list, path)), weights=weights, overrides=overrides,
        currency=_get(data, "currency", str, path, required=False, default="EUR"),
        max_transit_days=_get(data, "max_transit_days", float, path, required=False),
        forced_mode=_get(data, "forced_mode", str, path, required=False),
        feasibility=_settings_from(feasibility, path),
        setup_options={loc: _option_from(o, path, f"feasibility.options.{loc}")
                       for loc, o in _get(feasibility, "options", dict, path, required=False, default={}).items()})


def load_project(path: Path | str) -> Project:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ProjectFileError(str(path), "is not UTF-8 text") from None
    except OSError as exc:
        raise ProjectFileError(str(path), f"cannot be read ({exc.strerror})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProjectFileError(str(path), f"is not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    return project_from_dict(data, str(path))


def save_project(project: Project, path: Path | str) -> None:
    Path(path).write_text(json.dumps(project_to_dict(project), ensure_ascii=False, indent=2) + "\n",
                          encoding="utf-8")
