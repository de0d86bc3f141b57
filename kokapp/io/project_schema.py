"""The ``.kok`` format: a plain dict <-> Project mapping with a format version, explicit
migrations from every older version, and checks that name the field. No pickle, no eval.

Format history (each released version is kept as a fixture in tests/fixtures/projects):
- 1: products, markets, volumes, candidates, weights, overrides, transit/mode options.
- 2: adds the ``feasibility`` section (settings and chosen set-up per location).
"""

from __future__ import annotations

import math
from dataclasses import asdict, fields

from kokapp import __version__
from dataclasses import dataclass

from kokapp.core.bom import BomLine
from kokapp.core.errors import KokError
from kokapp.core.factors import FACTOR_NAMES
from kokapp.core.project import Override, Product, Project
from kokapp.core.routes import RouteScenario
from kokapp.core.ranking_rules import RankingRules
from kokapp.core.setup_options import DEFAULT_OPTIONS, KINDS, FeasibilitySettings, SetupOption
from kokapp.core.text import clean_text

FORMAT = "kok-project"
FORMAT_VERSION = 2


class ProjectFileError(KokError):
    """A project file cannot be read. ``path`` is the file, ``field`` a JSON path if known."""

    def __init__(self, path: str, message: str, field: str | None = None):
        self.path, self.message, self.field = path, message, field
        where = f"{path}" + (f", {field}" if field else "")
        super().__init__(f"{where}: {message}")


REFUSED_ON_OPEN = "Kök would refuse to open the file, so it was not saved"


class ProjectSaveError(ProjectFileError, OSError):
    """A project Kök would refuse to open was not written (the file on disk is unchanged).
    ``message`` is the phrase loading would give (``is too large (…)``, ``is too large to be a
    Kök project``…), ``field`` where. It is also an ``OSError`` (``strerror`` says it all), so a
    caller that handles "cannot write" handles it too."""

    def __init__(self, path: str, message: str, field: str | None = None):
        ProjectFileError.__init__(self, path, message, field)
        self.filename = path
        self.strerror = (f"{field}: " if field else "") + f"{message}: {REFUSED_ON_OPEN}"

    def __str__(self) -> str:
        return f"{self.path}" + (f", {self.field}" if self.field else "") + f": {self.message}: {REFUSED_ON_OPEN}"


def project_to_dict(project: Project) -> dict:
    """The file form. Text is written without the characters no UTF-8 file can hold (a lone
    surrogate from a damaged paste): what Kök writes, Kök opens."""
    volumes: dict[str, dict[str, float]] = {}
    for (product, market), units in project.volumes.items():
        volumes.setdefault(clean_text(product), {})[market] = units
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
        "company": clean_text(project.company), "origin_site": project.origin_site, "currency": project.currency,
        "products": [{"name": clean_text(p.name), "hs_code": p.hs_code, "unit_value_eur": p.unit_value_eur,
                      "unit_weight_kg": p.unit_weight_kg, "unit_volume_m3": p.unit_volume_m3,
                      "units_per_pallet": p.units_per_pallet,
                      **({"bom": [{"hs_code": b.hs_code, "origin": b.origin, "value_eur": b.value_eur,
                                   "description": clean_text(b.description)} for b in p.bom]} if p.bom else {})}
                     for p in project.products],
        "markets": list(project.markets), "volumes": volumes,
        "candidates": list(project.candidates), "weights": dict(project.weights),
        "overrides": [{"key": o.key, "value": o.value, "note": clean_text(o.note)} for o in project.overrides],
        "max_transit_days": project.max_transit_days, "forced_mode": project.forced_mode,
        "feasibility": {**_settings_dict(project.feasibility),
                        "options": {loc: asdict(o) for loc, o in project.setup_options.items()}},
        "route_scenario": asdict(project.route_scenario),
        "ranking": asdict(project.ranking), "weight_preset": project.weight_preset,
        "pairwise": [[a, b, value] for (a, b), value in project.pairwise.items()],
    }


def _settings_dict(settings: FeasibilitySettings) -> dict:
    data = asdict(settings)
    return {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}


def _settings_from(data: dict, path: str) -> FeasibilitySettings:
    kwargs = {}
    defaults = FeasibilitySettings()
    for f in fields(FeasibilitySettings):
        if f.name not in data:
            continue
        value, field = data[f.name], f"feasibility.{f.name}"
        default = getattr(defaults, f.name)
        if isinstance(default, bool):
            if not isinstance(value, bool):
                raise ProjectFileError(path, "must be true or false", field)
            kwargs[f.name] = value
        elif isinstance(default, int):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ProjectFileError(path, "must be a whole number", field)
            kwargs[f.name] = value
        elif isinstance(default, tuple):
            if not isinstance(value, list) or (f.name.endswith("_range") and len(value) != 2):
                raise ProjectFileError(path, "must be a list of numbers" + (" (low, high)" if f.name.endswith("_range") else ""), field)
            kwargs[f.name] = tuple(_get({"v": x}, "v", float, path, where=field) for x in value)
        else:
            kwargs[f.name] = _get(data, f.name, float, path, where="feasibility")
    return FeasibilitySettings(**kwargs)


def _option_from(data: object, path: str, where: str) -> SetupOption:
    if not isinstance(data, dict) or data.get("kind") not in KINDS:
        raise ProjectFileError(path, f"needs a kind: one of {', '.join(KINDS)}", where)
    values = asdict(DEFAULT_OPTIONS[data["kind"]])
    for name in values:
        if name == "served_markets" and name in data:
            values[name] = tuple(_strings(data, name, path))
        elif name not in ("kind", "served_markets") and name in data:
            values[name] = _get(data, name, float, path, required=False, where=where)
    return SetupOption(**values)


def _ranking_from(data: dict, path: str) -> RankingRules:
    where = "ranking"
    return RankingRules(
        method=_get(data, "method", str, path, where=where, required=False, default="value"),
        missing=_get(data, "missing", str, path, where=where, required=False, default="spread"),
        **{name: _get(data, name, float, path, where=where, required=False)
           for name in ("max_transit_days", "min_duty_free_share", "min_lpi")})


def _pairwise_from(data: object, path: str) -> dict[tuple[str, str], float]:
    out = {}
    for i, item in enumerate(data):
        if not (isinstance(item, list) and len(item) == 3 and all(isinstance(x, str) for x in item[:2])):
            raise ProjectFileError(path, "must be [criterion, criterion, judgement]", f"pairwise[{i}]")
        out[(item[0], item[1])] = _get({"v": item[2]}, "v", float, path, where=f"pairwise[{i}]")
    return out


LIMIT = 1e12  # no quantity in a project is anywhere near this; larger means a typo or garbage


def _get(data: dict, key: str, kind, path: str, *, required: bool = True, default=None, where: str = ""):
    field = f"{where}.{key}" if where else key
    if not isinstance(data, dict):
        raise ProjectFileError(path, "must be an object", where or key)
    if key not in data or data[key] is None:
        if required:
            raise ProjectFileError(path, "is missing", field)
        return default
    value = data[key]
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise ProjectFileError(path, f"must be a finite number, not {value!r}", field)
        if abs(value) > LIMIT:
            raise ProjectFileError(path, f"is too large ({value!r})", field)
        return float(value)
    if not isinstance(value, kind):
        raise ProjectFileError(path, f"must be {kind.__name__}, not {type(value).__name__}", field)
    return clean_text(value) if kind is str else value


def _bom(item: dict, path: str, where: str) -> tuple[BomLine, ...]:
    """A product's bill of materials, as written (checked against the data pack by validate_project)."""
    lines = []
    for j, line in enumerate(_get(item, "bom", list, path, required=False, default=[], where=where)):
        at = f"{where}.bom[{j}]"
        lines.append(BomLine(_get(line, "hs_code", str, path, where=at), _get(line, "origin", str, path, where=at).upper(),
                             _get(line, "value_eur", float, path, where=at),
                             _get(line, "description", str, path, required=False, default="", where=at)))
    return tuple(lines)


@dataclass(frozen=True)
class LoadWarning:
    """Something Kök adjusted while opening a file. kind: unknown_field, removed_candidate,
    removed_market, duplicate_candidate, duplicate_market or incomplete; detail: the field, site
    or market concerned."""

    kind: str
    detail: str

    def __str__(self) -> str:
        return {"unknown_field": "unknown field '{}' ignored",
                "removed_candidate": "candidate location '{}' is no longer in the reference data and was removed",
                "removed_market": "target market '{}' is not in the reference data and was removed",
                "duplicate_candidate": "candidate location '{}' was listed twice; it is compared once",
                "duplicate_market": "target market '{}' was listed twice; it is kept once",
                "incomplete": "the project is not complete yet: {}"}[self.kind].format(self.detail)


def migrate_1_to_2(data: dict) -> dict:
    """Format 2 added the feasibility section; a format-1 project gets the defaults."""
    return {**data, "format_version": 2, "feasibility": {"options": {}}}


MIGRATIONS = {1: migrate_1_to_2}
KNOWN_FIELDS = {"format", "format_version", "app_version", "company", "origin_site", "currency", "products",
                "markets", "volumes", "candidates", "weights", "overrides", "max_transit_days", "forced_mode",
                "feasibility", "route_scenario", "ranking", "weight_preset", "pairwise"}


def migrate(data: dict, path: str) -> dict:
    version = data["format_version"]
    while version < FORMAT_VERSION:
        if version not in MIGRATIONS:
            raise ProjectFileError(path, f"format {version} is too old to read", "format_version")
        data = MIGRATIONS[version](data)
        version = data["format_version"]
    return data


def project_from_dict(data: object, path: str = "<project>", warnings: list[LoadWarning] | None = None) -> Project:
    """Build a Project from file data; unknown fields are ignored and reported in ``warnings``."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ProjectFileError(path, "is not a Kök project file")
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ProjectFileError(path, "has no format version", "format_version")
    if version > FORMAT_VERSION:
        raise ProjectFileError(path, f"was written by a newer Kök (format {version}); please update Kök")
    data = migrate(data, path)
    if warnings is not None:
        warnings += [LoadWarning("unknown_field", str(k)) for k in sorted(set(data) - KNOWN_FIELDS)]
    products = []
    for i, item in enumerate(_get(data, "products", list, path)):
        where = f"products[{i}]"
        if not isinstance(item, dict):
            raise ProjectFileError(path, "must be an object", where)
        pallet = item.get("units_per_pallet")
        products.append(Product(
            name=_get(item, "name", str, path, where=where), hs_code=_get(item, "hs_code", str, path, where=where),
            unit_value_eur=_get(item, "unit_value_eur", float, path, where=where),
            unit_weight_kg=_get(item, "unit_weight_kg", float, path, where=where),
            unit_volume_m3=_get(item, "unit_volume_m3", float, path, where=where),
            units_per_pallet=None if pallet is None else int(_get(item, "units_per_pallet", float, path, where=where)),
            bom=_bom(item, path, where)))
    volumes = {}
    for product, per_market in _get(data, "volumes", dict, path).items():
        if not isinstance(per_market, dict):
            raise ProjectFileError(path, "must map markets to annual units", f"volumes.{product}")
        for market, units in per_market.items():
            volumes[(clean_text(product), market)] = _get(per_market, market, float, path, where=f"volumes.{product}")
    weights = {str(k): _get(data["weights"], k, float, path, where="weights") for k in _get(data, "weights", dict, path)}
    weights = {**{name: 0.0 for name in FACTOR_NAMES}, **weights}      # files from before the optional criteria
    feasibility = _get(data, "feasibility", dict, path, required=False, default={})
    overrides = [Override(_get(o, "key", str, path, where=f"overrides[{i}]"), _get(o, "value", float, path, where=f"overrides[{i}]"),
                          clean_text(str(o.get("note") or "")))
                 for i, o in enumerate(_get(data, "overrides", list, path, required=False, default=[]))]
    return Project(
        company=_get(data, "company", str, path), origin_site=_get(data, "origin_site", str, path),
        products=products, markets=_strings(data, "markets", path), volumes=volumes,
        candidates=_strings(data, "candidates", path), weights=weights, overrides=overrides,
        currency=_get(data, "currency", str, path, required=False, default="EUR"),
        max_transit_days=_get(data, "max_transit_days", float, path, required=False),
        forced_mode=_get(data, "forced_mode", str, path, required=False),
        feasibility=_settings_from(feasibility, path),
        route_scenario=_scenario_from(_get(data, "route_scenario", dict, path, required=False, default={}), path),
        setup_options={loc: _option_from(o, path, f"feasibility.options.{loc}")
                       for loc, o in _get(feasibility, "options", dict, path, required=False, default={}).items()},
        ranking=_ranking_from(_get(data, "ranking", dict, path, required=False, default={}), path),
        weight_preset=_get(data, "weight_preset", str, path, required=False, default=""),
        pairwise=_pairwise_from(_get(data, "pairwise", list, path, required=False, default=[]), path))




def _scenario_from(data: dict, path: str) -> RouteScenario:
    return RouteScenario(
        closed_crossing=_get(data, "closed_crossing", str, path, where="route_scenario", required=False, default=""),
        sea_closure=_get(data, "sea_closure", str, path, where="route_scenario", required=False, default=""))


def _strings(data: dict, key: str, path: str) -> list[str]:
    values = _get(data, key, list, path)
    for i, value in enumerate(values):
        if not isinstance(value, str):
            raise ProjectFileError(path, f"must be text, not {type(value).__name__}", f"{key}[{i}]")
    return list(values)
