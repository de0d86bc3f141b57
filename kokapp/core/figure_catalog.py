"""What a user can replace with a figure of their own, for one data pack.

Each kind of figure has slots (which country, site, port, product group), a unit, bounds for
the value and, for each choice of slots, the bundled value it replaces with that value's
source. A form entry (kind, slot values, value, note) turns into the project's existing
override key (``freight/road_ftl/rate_per_km``, ``wage/MA``, ``road/TR-BUR/DE``…) and back,
so project files keep their format. The core names things by id; the GUI gives the words.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cached_property

from kokapp.core.access import TARIFF_TERRITORY
from kokapp.core.bounds import NOT_NEGATIVE, PERCENT, POSITIVE, SHARE, Bounds
from kokapp.core.datapack import DataPack, SourceInfo
from kokapp.core.factors import BY_NAME, FACTOR_NAMES, FACTORS
from kokapp.core.fx import pack_rates
from kokapp.core.project import Override, ProjectError
from kokapp.core.reference import Reference

# Bounds by unit code: a rate or a capacity the model divides by must be above zero, a lump
# sum or a delay may be zero, shares of value lie in 0-1, percentages in 0-100, the LPI in 1-5.
UNIT_BOUNDS = {
    "EUR/km": POSITIVE, "EUR/nm": POSITIVE, "EUR/kg": POSITIVE,
    "EUR/shipment": NOT_NEGATIVE, "EUR/border": NOT_NEGATIVE, "EUR/FEU": NOT_NEGATIVE,
    "EUR/trailer": NOT_NEGATIVE,
    "kg": POSITIVE, "m3": POSITIVE, "pallets": Bounds(0.0, above_minimum=True, whole=True),
    "km/day": POSITIVE, "knots": POSITIVE, "kg/m3": POSITIVE, "ratio": POSITIVE,
    "days": NOT_NEGATIVE, "share of value": SHARE, "share of value per year": SHARE,
    "%": PERCENT, "EUR/month": POSITIVE, "lpi": Bounds(1.0, 5.0), "km": POSITIVE, "nm": POSITIVE,
    "EUR/hour": POSITIVE, "EUR/kWh": POSITIVE, "wgi": Bounds(-2.5, 2.5), "share": SHARE, "per EUR": POSITIVE,
}


@dataclass(frozen=True)
class Slot:
    name: str      # importer | group | origin | market | country | from | to | port | other_port
    kind: str      # what its ids are: country (or "EU") | product_group | place (site, port or country) | port


@dataclass(frozen=True)
class FigureKind:
    kind_id: str                 # the key without its slots: "freight/road_ftl/rate_per_km", "wage", "road"…
    group: str                   # freight | tariff | country | distance
    slots: tuple[Slot, ...]
    unit: str                    # a unit code (UNIT_BOUNDS)
    bounds: Bounds
    mode: str = ""               # freight kinds: the mode and parameter of freight_parameters.csv
    parameter: str = ""
    labels: tuple[tuple[str, str], ...] = ()   # freight kinds: (language, what the figure is) from the pack

    def key(self, params: tuple[str, ...]) -> str:
        return "/".join((self.kind_id, *params))


@dataclass(frozen=True)
class Bundled:
    """The bundled figure an entry replaces (value None: the pack has none for these slots)."""

    value: float | None
    low: float | None
    high: float | None
    source: SourceInfo | None
    dataset: str                 # the pack resource it comes from, e.g. "freight_parameters"
    basis: str = ""              # the pack's basis or note, as written in the pack (English)
    fallback: bool = False       # tariff: the importer's all-products average stands in


@dataclass(frozen=True)
class FigureEntry:
    kind_id: str
    params: tuple[str, ...]
    value: float
    note: str = ""


_SLOTS = {
    "tariff": (Slot("importer", "country"), Slot("group", "product_group")),
    "duty": (Slot("origin", "country"), Slot("market", "country")),
    "wage": (Slot("country", "country"),), "tax": (Slot("country", "country"),), "lpi": (Slot("country", "country"),),
    "road": (Slot("from", "place"), Slot("to", "place")), "sea": (Slot("port", "port"), Slot("other_port", "port")),
    "fx": (Slot("currency", "currency"),), **{f.name: (Slot("country", "country"),) for f in FACTORS},
}
_OTHER = (("tariff", "tariff", "%"), ("duty", "tariff", "%"), ("wage", "country", "EUR/month"),
          ("tax", "country", "%"), ("lpi", "country", "lpi"), *((f.name, "country", f.unit) for f in FACTORS),
          ("fx", "country", "per EUR"), ("road", "distance", "km"), ("sea", "distance", "nm"))


def _number(value) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)


def _note_part(note: str, label: str) -> str:
    """The part of an operating.csv note about one figure ("MW: …; CIT: …")."""
    parts = [p.strip() for p in re.split(r";\s*(?=[A-Z]{2,4}:)", note or "")]
    return "; ".join(p[len(label):].strip() for p in parts if p.startswith(label))


class FigureCatalog:
    def __init__(self, pack: DataPack):
        self.pack = pack
        freight = pack.columns["freight_parameters"]
        self._freight = {(m, p): row for m, p, row in zip(freight["mode"], freight["parameter"],
                                                        pack.records("freight_parameters"))}
        self.kinds: list[FigureKind] = [
            FigureKind(f"freight/{m}/{p}", "freight", (), row["unit"], UNIT_BOUNDS.get(row["unit"], POSITIVE), m, p,
                       (("en", row["label_en"]), ("tr", row["label_tr"])))
            for (m, p), row in self._freight.items()]
        self.kinds += [FigureKind(k, group, _SLOTS[k], unit, UNIT_BOUNDS[unit]) for k, group, unit in _OTHER]
        # kept in a project, not offered in the form: set from a product's bill of materials
        origin = FigureKind("origin", "tariff", (Slot("origin", "country"), Slot("market", "country"), Slot("hs", "hs")),
                            "yes/no", Bounds(0.0, 1.0, whole=True))
        self._kinds = {k.kind_id: k for k in (*self.kinds, origin)}
        self._countries = list(pack.column("countries", "iso2"))
        eu = {c for b, c in zip(pack.column("blocs", "bloc"), pack.column("blocs", "iso2")) if b == "EU"}
        self._importers = ["EU"] + [c for c in self._countries if c not in eu and c not in TARIFF_TERRITORY]
        groups = ["ALL"] + list(pack.column("tariffs_mfn", "product_group")) \
            + list(pack.column("hs_chapter_product_group", "product_group"))
        self._groups = [g for g in dict.fromkeys(groups) if g]
        self._tariffs = {(r["importer"], r["product_group"]): r for r in pack.records("tariffs_mfn")}
        self._site_countries = list(dict.fromkeys(["TR"] + list(pack.column("sites", "iso2"))))
        self._operating = pack.index("operating", "iso2")
        self._lpi = pack.index("lpi", "iso2")
        self._sources = pack.index("sources", "source_id")
        self._reference = Reference(pack)            # the bundled figures as a project without overrides sees them

    # the distance tables, indexed when a distance is first asked for (wording an override of
    # another kind, as the results' notes do, never needs them)
    @cached_property
    def _road(self) -> dict[str, dict[str, tuple[float, str]]]:
        land = self.pack.columns["land_distances"]
        road: dict[str, dict[str, tuple[float, str]]] = {}
        for a, b, km, source in zip(land["from_id"], land["to_id"], land["road_km"], land["source_id"]):
            road.setdefault(a, {})[b] = (km, source)
        return road

    @cached_property
    def _ports(self) -> list[str]:
        sea = self.pack.columns["sea_distances"]
        return sorted(set(sea["from_port"]) | set(sea["to_port"]))   # ports the sea lanes use

    @cached_property
    def _sea(self) -> dict[frozenset, tuple[float, str]]:
        sea = self.pack.columns["sea_distances"]
        return {frozenset((a, b)): (nm, s) for a, b, nm, s in zip(sea["from_port"], sea["to_port"],
                                                                  sea["sea_nm"], sea["source_id"])}

    # -- kinds and their slots -----------------------------------------------------------------
    def kind(self, kind_id: str) -> FigureKind:
        return self._kinds[kind_id]

    def choices(self, kind_id: str, earlier: tuple[str, ...] = ()) -> list[str]:
        """The ids a form offers for the next slot of ``kind_id``, given the slots chosen before."""
        slot = self.kind(kind_id).slots[len(earlier)].name
        if slot == "importer":
            return list(self._importers)
        if slot == "group":
            return list(self._groups)
        if slot == "origin":   # goods are made at the origin hub or at a candidate site
            return list(self._site_countries)
        if slot == "market":
            return [c for c in self._countries if c != earlier[0]]
        if slot == "country":
            return list(self._countries)
        if slot == "currency":
            return sorted(c for c in pack_rates(self.pack) if c != "EUR")
        if slot == "from":
            return list(self._road)
        if slot == "to":
            return list(self._road.get(earlier[0], ()))
        if slot == "port":
            return list(self._ports)
        return [p for p in self._ports if p != earlier[0]]          # other_port

    def accepts(self, kind_id: str, params: tuple[str, ...]) -> bool:
        """True when the key is one the reference figures know (as Reference checks them): a
        project file may hold keys a form would not offer (tariff/DE/ALL), and they stay valid."""
        kind = self._kinds.get(kind_id)
        if kind is None or len(params) != len(kind.slots):
            return False
        countries = set(self._countries)
        if kind_id == "tariff":
            return params[0] in countries or params[0] == "EU"
        if kind_id == "duty":
            return params[0] in countries and params[1] in countries
        if kind_id in ("wage", "tax", "lpi", *FACTOR_NAMES):
            return params[0] in countries
        if kind_id == "fx":
            return params[0] in pack_rates(self.pack)
        if kind_id == "origin":
            return params[0] in countries and params[1] in countries and params[2].isdigit()
        if kind_id == "road":
            return params[1] in self._road.get(params[0], ())
        if kind_id == "sea":
            return params[0] in self._ports and params[1] in self._ports
        return True                                                 # freight: no slots

    # -- entries <-> override keys -------------------------------------------------------------
    def to_override(self, entry: FigureEntry) -> Override:
        return Override(self.kind(entry.kind_id).key(entry.params), float(entry.value), entry.note)

    def from_override(self, override: Override, index: int = 0) -> FigureEntry:
        """The form entry for a project's override; ProjectError for a key no kind knows."""
        parts = tuple(override.key.split("/"))
        kind_id, params = ("/".join(parts), ()) if parts[0] == "freight" else (parts[0], parts[1:])
        if not self.accepts(kind_id, params):
            raise ProjectError(f"overrides[{index}].key", "not a known reference figure", override.key)
        return FigureEntry(kind_id, params, float(override.value), override.note)

    def problems(self, entry: FigureEntry) -> dict[str, str]:
        """What is wrong with an entry, by field (a slot name or ``value``) -> code."""
        found = {}
        if not self.accepts(entry.kind_id, entry.params):
            kind = self._kinds.get(entry.kind_id)
            for slot in kind.slots if kind else ():
                found[slot.name] = "unknown"
            found.setdefault("kind", "unknown")
            return found
        problem = self.kind(entry.kind_id).bounds.problem(entry.value)
        if problem:
            found["value"] = problem
        return found

    # -- bundled values ------------------------------------------------------------------------
    def source(self, source_id: str) -> SourceInfo | None:
        row = self._sources.get(source_id)
        if row is None:
            return None
        return SourceInfo(source_id, row["organisation"], row["title"], row["url"], row["edition"],
                          int(row["year"]), row["licence"], row["retrieved"])

    def bundled(self, kind_id: str, params: tuple[str, ...] = ()) -> Bundled | None:
        """The bundled figure the entry replaces; None where there is no single one (a duty
        quote replaces a duty Kök works out per product from agreements and tariffs)."""
        kind = self.kind(kind_id)
        if kind.group == "freight":
            row = self._freight[(kind.mode, kind.parameter)]
            return Bundled(_number(row["base"]), _number(row["low"]), _number(row["high"]),
                           self.source(row["source_id"]), "freight_parameters", row["basis"])
        if kind_id == "tariff":
            return self._tariff(*params)
        if kind_id in ("wage", "tax"):
            row = self._operating.get(params[0])
            if row is None:
                return Bundled(None, None, None, None, "operating")
            if kind_id == "wage":
                figure = self._reference.min_wage(params[0])      # the local amount converted, said how
                basis = figure.note if _number(row["min_wage_local"]) is not None else (
                    row["min_wage_basis"] or _note_part(row["note"], "MW:"))
                return Bundled(_number(row["min_wage_eur_month"]), None, None, self.source(row["min_wage_source_id"]),
                               "operating", basis)
            return Bundled(_number(row["cit_rate_pct"]), None, None, self.source(row["cit_source_id"]), "operating",
                           _note_part(row["note"], "CIT:"))
        if kind_id == "lpi":
            row = self._lpi.get(params[0])
            if row is None:
                return Bundled(None, None, None, None, "lpi")
            return Bundled(_number(row["overall"]), None, None, self.source(row["source_id"]), "lpi", row["note"])
        if kind_id in FACTOR_NAMES:
            figure = self._reference.country_factor(kind_id, params[0])
            return Bundled(figure.value, None, None, self.source(figure.source), BY_NAME[kind_id].table, figure.note)
        if kind_id == "fx":
            rate = pack_rates(self.pack).get(params[0])
            return Bundled(rate and rate.units_per_eur, None, None, rate and self.source(rate.source), "fx",
                           rate.date if rate else "")
        if kind_id == "road":
            km, source = self._road.get(params[0], {}).get(params[1], (None, ""))
            return Bundled(_number(km), None, None, self.source(source), "land_distances")
        if kind_id == "sea":
            nm, source = self._sea.get(frozenset(params), (None, ""))
            return Bundled(_number(nm), None, None, self.source(source), "sea_distances")
        return None

    def _tariff(self, importer: str, group: str) -> Bundled:
        for g in (group, "ALL"):
            row = self._tariffs.get((importer, g))
            if row is not None and _number(row["mfn_avg_pct"]) is not None:
                return Bundled(_number(row["mfn_avg_pct"]), None, None, self.source(row["source_id"]),
                               "tariffs_mfn", row["note"], fallback=g != group)
        row = self._tariffs.get((importer, group)) or self._tariffs.get((importer, "ALL"))
        if row is None:
            return Bundled(None, None, None, None, "tariffs_mfn")
        return Bundled(None, None, None, self.source(row["source_id"]), "tariffs_mfn", row["note"])
