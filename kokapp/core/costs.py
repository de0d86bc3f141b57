"""Freight, insurance, clearance, duty and landed cost per (location, market, product).

Shipping model (stated simplifications): annual volume moves in full loads of the chosen mode;
the remainder goes as groupage/LCL priced at the load's cost times the share used times the
groupage factor, never more than a full load. Air is priced per chargeable kg (IATA volumetric
rule) in monthly shipments. Insurance is a share of value plus freight; duty is charged on value
plus freight and insurance; import clearance is paid per shipment where a customs border is
crossed; goods in transit tie up capital (value x holding rate x transit days / 365), so a slow
mode carries its real cost. A duty nobody can cite is unknown (NaN), never 0; a band gives its
base, and its ends at the low and high levels. A market where trade is halted is not served:
its planned units are counted as unserved and nothing is shipped or charged there. The mode is the one with the lowest landed cost at base level that meets the project's
maximum transit time, unless the user forces one. Each mode's cost never falls when volume
grows, so neither does the chosen minimum.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from kokapp.core.lanes import LOAD_MODES, Columns, concat_columns
from kokapp.core.project import MODES, Product, Project
from kokapp.core.reference import LEVELS, Reference
from kokapp.core.yielding import checkpoint

AIR_SHIPMENTS_PER_YEAR = 12
PARTS = ("freight", "clearance", "insurance", "holding", "duty", "logistics", "landed")

_CAPACITY = {  # mode -> (payload parameter, volume parameter) in the freight table
    "road_ftl": (("road_ftl", "payload_kg"), ("road_ftl", "capacity_m3")),
    "roro": (("road_ftl", "payload_kg"), ("road_ftl", "capacity_m3")),
    "sea_container": (("sea_container", "feu_payload_kg"), ("sea_container", "feu_capacity_m3")),
}


class _Columns(dict):
    """New columns as numpy arrays, reading through to the lane table for the ones it has."""

    def __init__(self, lanes: Columns):
        super().__init__()
        self.lanes = lanes

    def __missing__(self, key: str) -> np.ndarray:
        return self.lanes[key]


def units_per_load(ref: Reference, mode: str, product: Product) -> float:
    (pm, pp), (vm, vp) = _CAPACITY[mode]
    fits = min(ref.freight(pm, pp) / product.unit_weight_kg, ref.freight(vm, vp) / product.unit_volume_m3)
    if product.units_per_pallet and mode in ("road_ftl", "roro"):
        fits = min(fits, ref.freight("road_ftl", "capacity_pallets") * product.units_per_pallet)
    return float(np.floor(fits))


def _load_freight(cost_per_load: np.ndarray, units: np.ndarray, per_load: float, groupage: float):
    """Annual freight and shipment count for full loads plus a groupage remainder."""
    if per_load < 1:  # one unit does not fit: the mode cannot carry this product
        nan = np.full(np.shape(units), np.nan)
        return nan, nan
    loads = units / per_load
    full = np.floor(loads)
    remainder = np.minimum((loads - full) * groupage, 1.0)
    return (full + remainder) * cost_per_load, np.ceil(loads)


def _mode_freight(ref: Reference, frame: _Columns, product: Product, units: np.ndarray,
                  levels: tuple[str, ...] = LEVELS) -> None:
    """Add ``<mode>_freight_unit_<level>`` and ``<mode>_shipments`` for every mode."""
    for mode in LOAD_MODES:
        per_load = units_per_load(ref, mode, product)
        frame[f"{mode}_units_per_load"] = per_load
        for level in levels:
            annual, shipments = _load_freight(frame[f"{mode}_cost_{level}"], units,
                                              per_load, ref.freight("road_ltl", "groupage_factor", level))
            frame[f"{mode}_freight_unit_{level}"] = annual / units
        frame[f"{mode}_shipments"] = shipments
    chargeable = max(product.unit_weight_kg,
                     product.unit_volume_m3 * ref.freight("air", "volumetric_kg_per_m3"))
    shipments = np.minimum(AIR_SHIPMENTS_PER_YEAR, np.ceil(units))
    frame["air_shipments"] = shipments
    for level in levels:
        fixed = ref.freight("air", "fixed_per_shipment", level) * shipments
        frame[f"air_freight_unit_{level}"] = ref.freight("air", "rate_per_kg", level) * chargeable + fixed / units


def _mode_landed(ref: Reference, frame: _Columns, value: float, units: np.ndarray,
                 rates: dict[str, np.ndarray], levels: tuple[str, ...] = LEVELS) -> None:
    """Per mode and level: clearance, insurance, duty (NaN where no rate is known: never 0;
    a band's ends at the low and high levels), logistics, landed."""
    borders = frame["borders"]
    for mode in MODES:
        shipments = frame[f"{mode}_shipments"]
        for level in levels:
            freight = frame[f"{mode}_freight_unit_{level}"]
            clearance = borders * ref.freight("all", "import_clearance", level) * shipments / units
            insurance = ref.freight("all", "insurance_rate", level) * (value + freight)
            days = np.asarray(frame[f"{mode}_days_{level}"], float)
            holding = ref.freight("all", "inventory_holding_rate", level) * value * days / 365.0
            duty = rates[level] * (value + freight + insurance)
            frame[f"{mode}_clearance_unit_{level}"] = clearance
            frame[f"{mode}_insurance_unit_{level}"] = insurance
            frame[f"{mode}_holding_unit_{level}"] = holding
            frame[f"{mode}_duty_unit_{level}"] = duty
            frame[f"{mode}_logistics_unit_{level}"] = freight + clearance + insurance + holding
            frame[f"{mode}_landed_unit_{level}"] = value + freight + clearance + insurance + holding + duty


def _choose_mode(frame: _Columns, project: Project) -> np.ndarray:
    # the cheapest way to get there: logistics plus the duty where it is known (an unknown
    # duty is the same whatever the mode, so it does not decide the mode)
    landed = np.column_stack([frame[f"{m}_logistics_unit_base"] + np.nan_to_num(frame[f"{m}_duty_unit_base"])
                              for m in MODES])
    days = np.column_stack([frame[f"{m}_days_base"] for m in MODES])
    usable = ~np.isnan(landed) & ~np.isnan(days)
    if project.max_transit_days is not None:
        fast_enough = usable & (days <= project.max_transit_days)
        fastest = np.where(usable, days, np.inf).argmin(axis=1)
        only_fastest = np.eye(len(MODES), dtype=bool)[fastest] & usable
        # where no mode meets the limit, the fastest usable mode is taken and flagged
        usable = np.where(fast_enough.any(axis=1)[:, None], fast_enough, only_fastest)
        frame["meets_max_transit"] = fast_enough.any(axis=1)
    if project.forced_mode is not None:
        forced = np.zeros_like(usable)
        forced[:, MODES.index(project.forced_mode)] = True
        available = (usable & forced).any(axis=1)
        usable = np.where(available[:, None], usable & forced, usable)
        frame["forced_mode_available"] = available
    return np.where(usable, landed, np.inf).argmin(axis=1)


def _take(frame: _Columns, pattern: str, choice: np.ndarray) -> np.ndarray:
    stacked = np.column_stack([np.asarray(frame[pattern.format(mode=m)], float) for m in MODES])
    return stacked[np.arange(len(choice)), choice]


def _codes(keys) -> tuple[list, np.ndarray]:
    """Distinct keys in first-seen order and each item's position among them."""
    distinct: dict = {}
    index = np.fromiter((distinct.setdefault(k, len(distinct)) for k in keys), dtype=np.intp)
    return list(distinct), index


@dataclass(frozen=True)
class LaneKeys:
    """What every product of one lane table shares: each lane's market position and its
    (goods origin, market) pair when the goods originate in the location's country."""

    markets: list[str]
    market_index: np.ndarray
    pairs: list[tuple[str, str]]
    pair_index: np.ndarray

    @classmethod
    def of(cls, lanes: Columns, markets: list[str]) -> LaneKeys:
        position = {m: j for j, m in enumerate(markets)}
        market_index = np.fromiter((position[m] for m in lanes["market"]), dtype=np.intp)
        pairs, pair_index = _codes(zip(lanes["location_iso2"], lanes["market"]))
        return cls(markets, market_index, pairs, pair_index)

    def subset(self, rows: np.ndarray) -> LaneKeys:
        return LaneKeys(self.markets, self.market_index[rows], self.pairs, self.pair_index[rows])


def product_costs(ref: Reference, lanes: Columns, project: Project,
                  origin_of: Callable[[str, str, Product], str] | None, access) -> Columns:
    """One row per (location, market, product) with every mode's costs and the chosen mode.
    ``origin_of(location, market, product)`` gives the goods' origin; None: the location's country."""
    keys = LaneKeys.of(lanes, project.markets)
    return concat_columns([product_rows(ref, lanes, keys, project, product, origin_of, access)
                           for product in project.products])


def product_rows(ref: Reference, lanes: Columns, keys: LaneKeys, project: Project, product: Product,
                 origin_of: Callable[[str, str, Product], str] | None, access, summary: bool = False,
                 level: str = "base") -> Columns:
    """The rows of one product over every lane of ``lanes``. ``summary``: only what the ranking
    criteria need (one freight ``level``, base by default; no other levels, cost parts or duty
    texts): about 3x quicker."""
    checkpoint()      # one product at a time: a worker may give way to the window here
    levels = LEVELS if not summary else ("base",) if level == "base" else ("base", level)  # modes chosen at base
    n = len(lanes["location"])
    frame = _Columns(lanes)
    frame["product"] = np.full(n, product.name, dtype=object)
    frame["unit_value_eur"] = np.full(n, product.unit_value_eur)
    volumes = np.array([project.volume(product.name, m) for m in keys.markets], dtype=float)
    annual = volumes[keys.market_index] if n else np.zeros(0)
    frame["annual_units"] = annual
    # Markets without volume still get per-unit figures: priced as if one full truck moved.
    priced = np.where(annual > 0, annual, max(units_per_load(ref, "road_ftl", product), 1.0))
    frame["priced_units"] = priced
    if origin_of is None:
        pairs, pair_index = keys.pairs, keys.pair_index
    else:
        pairs, pair_index = _codes((origin_of(loc, market, product), market)
                                   for loc, market in zip(lanes["location"], lanes["market"]))
    distinct = [access.duty(origin, market, product.hs_code) for origin, market in pairs]

    def per_lane(values, dtype=object) -> np.ndarray:
        return np.array(values, dtype=dtype)[pair_index] if distinct else np.zeros(0, dtype=dtype)

    rates = {level: per_lane([np.nan if r.rate_at(level) is None else r.rate_at(level) for r in distinct],
                             float) / 100.0 for level in (*levels, "base")}
    rate = rates["base"]
    halted = per_lane([r.halted for r in distinct], bool)
    frame["duty_rate_pct"] = rate * 100.0
    frame["duty_known"] = ~np.isnan(rate) | halted      # a halted lane has no duty question
    frame["duty_band"] = per_lane([r.rate_low_pct is not None for r in distinct], bool)
    frame["trade_halted"] = halted
    if not summary:
        frame["goods_origin"] = per_lane([r.origin for r in distinct])
        frame["duty_basis"] = per_lane([r.basis for r in distinct])
        frame["agreement_id"] = per_lane([r.agreement_id for r in distinct])
        frame["duty_source_id"] = per_lane([r.source_id for r in distinct])
        frame["duty_note"] = per_lane([r.note for r in distinct])
        frame["suspended"] = per_lane([";".join(r.suspended) for r in distinct])
        frame["pem_cumulation"] = per_lane([r.pem_cumulation for r in distinct], bool)
        frame["remedies"] = per_lane(["; ".join(r.remedies) for r in distinct])
    _mode_freight(ref, frame, product, priced, levels)
    _mode_landed(ref, frame, product.unit_value_eur, priced, rates, levels)
    choice = _choose_mode(frame, project)
    frame["mode"] = np.array(MODES, dtype=object)[choice]
    frame["distance_km"] = _take(frame, "{mode}_km", choice)
    frame["shipments"] = np.where(annual > 0, _take(frame, "{mode}_shipments", choice), 0)
    parts = ("logistics", "duty", "landed") if summary else PARTS
    for level in levels:
        frame[f"transit_days_{level}"] = _take(frame, "{mode}_days_" + level, choice)
        for part in parts:
            frame[f"{part}_unit_{level}"] = _take(frame, "{mode}_" + part + "_unit_" + level, choice)
    served = np.where(halted, 0.0, annual)    # a halted market is not served: nothing moves there
    frame["unserved_units"] = annual - served
    for level in levels:
        frame[f"annual_logistics_{level}"] = np.where(halted, 0.0, frame[f"logistics_unit_{level}"] * served)
        frame[f"annual_duty_{level}"] = np.where(halted, 0.0, frame[f"duty_unit_{level}"] * served)
    frame["annual_logistics"] = frame["annual_logistics_base"]
    frame["annual_duty"] = frame["annual_duty_base"]
    frame["annual_landed"] = np.where(halted, 0.0, frame["landed_unit_base"] * served)
    return {**lanes, **{k: np.broadcast_to(v, (n,)) if np.ndim(v) == 0 else v for k, v in frame.items()}}
