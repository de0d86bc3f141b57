"""Headless ``kokapp compare`` and ``kokapp lane``: text tables for people, JSON for tools.

The JSON field names and units are documented in README.md and are kept stable.
"""

from __future__ import annotations

import math

import pandas as pd

from kokapp import __version__
from kokapp.core.access import MarketAccess
from kokapp.core.datapack import DataPack
from kokapp.core.engine import Comparison, Engine
from kokapp.core.errors import KokError
from kokapp.core.lanes import lane_geometry, mode_costs
from kokapp.core.lanes import row as lane_row
from kokapp.core.project import CRITERIA, MODES
from kokapp.core.reference import LEVELS, Reference

SPREAD = 0.25  # standard deviation of the log weight factor in the Monte Carlo
CRITERIA_JSON = {"logistics_cost": "logistics_cost_eur_year", "duty_cost": "duty_cost_eur_year",
                 "distance": "distance_km", "transit_time": "transit_days",
                 "duty_free_share": "duty_free_share", "lpi": "lpi", "labour_cost": "min_wage_eur_month",
                 "tax": "cit_pct"}


def _num(value, digits: int = 2):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return round(float(value), digits)


def site_label(pack: DataPack, site_id: str) -> str:
    sites = pack.table("sites").set_index("site_id")
    countries = pack.table("countries").set_index("iso2")
    row = sites.loc[site_id]
    return f"{row['name_en']}, {countries.loc[row['iso2'], 'name_en']}"


def sensitivity_json(engine: Engine, c: Comparison) -> dict:
    stability, leader, thresholds = engine.sensitivity(c, spread=SPREAD)
    locations = list(c.criteria.index)
    rows = []
    for criterion, (down, up) in zip(CRITERIA, thresholds):
        rows.append({
            "criterion": CRITERIA_JSON[criterion],
            "decrease_to": _num(down[0], 3) if down else None,
            "new_leader_if_decreased": locations[down[1]] if down else None,
            "increase_to": _num(up[0], 3) if up else None,
            "new_leader_if_increased": locations[up[1]] if up else None,
        })
    return {
        "draws": stability.draws, "seed": stability.seed, "spread": SPREAD,
        "leader": locations[leader],
        "top_share": {loc: _num(v, 4) for loc, v in zip(locations, stability.top_share)},
        "mean_rank": {loc: _num(v, 3) for loc, v in zip(locations, stability.mean_rank)},
        "weight_thresholds": rows,
    }


def comparison_json(pack: DataPack, c: Comparison, sensitivity: dict | None = None) -> dict:
    ranking = []
    for row in c.ranking.itertuples():
        crit = c.criteria.loc[row.location]
        ranking.append({
            "rank": int(row.rank), "location": row.location, "name": site_label(pack, row.location),
            "country": pack.table("sites").set_index("site_id").loc[row.location, "iso2"],
            "baseline": row.location == c.project.origin_site,
            "topsis": _num(row.topsis, 4), "weighted_sum": _num(row.weighted_sum, 4),
            "rank_weighted_sum": int(row.rank_weighted_sum),
            "criteria": {CRITERIA_JSON[k]: _num(crit[k], 4 if k == "duty_free_share" else 2) for k in CRITERIA},
            "missing_criteria": [CRITERIA_JSON[k] for k in CRITERIA if c.missing.loc[row.location, k]],
            "duty_unknown_share": _num(crit["duty_unknown_share"], 4),
        })
    return {
        "kok_version": __version__, "data_version": pack.version,
        "project": {"company": c.project.company, "origin_site": c.project.origin_site,
                    "markets": c.project.markets, "products": [p.name for p in c.project.products]},
        "weights": {CRITERIA_JSON[k]: c.project.weights.get(k, 0.0) for k in CRITERIA},
        "ranking": ranking,
        "overrides": [{"key": o.key, "value": o.value, "note": o.note} for o in c.overrides_used],
        "sensitivity": sensitivity,
    }


def print_sensitivity(pack: DataPack, sensitivity: dict) -> None:
    leader = sensitivity["leader"]
    share = sensitivity["top_share"][leader]
    print(f"\nStability: {site_label(pack, leader)} ranks first in {share:.0%} of "
          f"{sensitivity['draws']:,} random weight perturbations (±{sensitivity['spread']:.0%}, seed {sensitivity['seed']}).")
    changes = []
    for t in sensitivity["weight_thresholds"]:
        for direction, factor, other in (("lowered", t["decrease_to"], t["new_leader_if_decreased"]),
                                         ("raised", t["increase_to"], t["new_leader_if_increased"])):
            if factor is not None:
                changes.append(f"  {t['criterion']} weight {direction} to ×{factor:.2f} → {site_label(pack, other)} leads")
    print("The leader changes when:" if changes else "No single weight change up to ×10 changes the leader.")
    for line in changes:
        print(line)


def print_comparison(pack: DataPack, c: Comparison) -> None:
    print(f"Kök {__version__} — {c.project.company}")
    print(f"Origin hub: {site_label(pack, c.project.origin_site)} · markets: {', '.join(c.project.markets)}")
    print()
    header = (f"{'#':>2}  {'Location':<34}{'TOPSIS':>7}{'W.sum':>7}{'Logistics €/yr':>16}"
              f"{'Duty €/yr':>12}{'Duty-free':>10}{'Days':>6}{'LPI':>5}{'Wage €/mo':>10}{'CIT %':>6}")
    print(header)
    print("-" * len(header))
    for row in c.ranking.itertuples():
        k = c.criteria.loc[row.location]
        name = site_label(pack, row.location) + (" *" if row.location == c.project.origin_site else "")
        def cell(value, fmt, width):
            return f"{'n/a':>{width}}" if pd.isna(value) else f"{value:>{width}{fmt}}"
        print(f"{row.rank:>2}  {name:<34.34}{row.topsis:>7.3f}{row.weighted_sum:>7.3f}"
              f"{k['logistics_cost']:>16,.0f}{k['duty_cost']:>12,.0f}{k['duty_free_share']:>10.0%}"
              f"{k['transit_time']:>6.1f}{cell(k['lpi'], '.1f', 5)}{cell(k['labour_cost'], ',.0f', 10)}"
              f"{cell(k['tax'], '.1f', 6)}")
    print("\n* Türkiye baseline (keep exporting from the origin hub)")
    halted = c.lanes[c.lanes["trade_halted"] & (c.lanes["annual_units"] > 0)]
    for loc, market in sorted(set(zip(halted["location"], halted["market"]))):
        print(f"! Trade halted: goods from {site_label(pack, loc)} cannot be sold in {market}.")
    unknown = c.criteria["duty_unknown_share"]
    if (unknown > 0).any():
        markets = sorted(set(c.lanes.loc[~c.lanes["duty_known"], "market"]))
        print(f"! No citable MFN tariff bundled for: {', '.join(markets)} — those duties count as 0 "
              "until you enter a quote (override duty/<origin>/<market>).")
    for criterion in CRITERIA:
        gaps = list(c.missing.index[c.missing[criterion]])
        if gaps:
            print(f"! {criterion}: no figure for {', '.join(gaps)}; the average of the others was used.")
    for o in c.overrides_used:
        print(f"✎ Your figure: {o.key} = {o.value:g} ({o.note})")


def _resolve_origin(pack: DataPack, value: str) -> str:
    sites = pack.table("sites")
    if value in set(sites["site_id"]):
        return value
    matches = sites[sites["iso2"] == value.upper()]
    if matches.empty:
        raise KokError(f"FROM: unknown site or country '{value}' (see kokapp lane --list)")
    return str(matches.iloc[0]["site_id"])


def lane_json(pack: DataPack, engine: Engine, origin: str, market: str, hs: str | None) -> dict:
    from kokapp.core.country_lookup import country_resolver

    countries = pack.table("countries").set_index("iso2")
    try:
        market = country_resolver(pack).market(market)   # DE, Almanya, Germany, İngiltere, ABD...
    except KokError as exc:
        raise KokError(f"TO: unknown market: {exc} (give a market's name or ISO2 code, e.g. DE or Almanya)") from None
    site = _resolve_origin(pack, origin)
    ref = Reference(pack)
    row = lane_row(mode_costs(ref, lane_geometry(ref, engine.distances_for(ref), [site], [market])))
    modes = []
    for mode in MODES:
        unit = "EUR/kg chargeable" if mode == "air" else {"road_ftl": "EUR/truck", "roro": "EUR/trailer",
                                                          "sea_container": "EUR/40' container"}[mode]
        if mode == "air":
            cost = {lvl: ref.freight("air", "rate_per_kg", lvl) for lvl in LEVELS}
        else:
            cost = {lvl: _num(row[f"{mode}_cost_{lvl}"]) for lvl in LEVELS}
        days = {lvl: _num(row[f"{mode}_days_{lvl}"], 1) for lvl in LEVELS}
        available = all(v is not None for v in cost.values()) and days["base"] is not None
        entry = {"mode": mode, "available": available, "distance_km": _num(row[f"{mode}_km"], 1),
                 "transit_days": days, "freight": cost, "freight_unit": unit}
        if mode == "roro" and available:
            entry["via_port"] = row["roro_gateway"]
        modes.append(entry)
    result = {
        "from": {"site_id": site, "name": site_label(pack, site), "iso2": row["location_iso2"],
                 "port": row["location_port"]},
        "to": {"iso2": market, "name": countries.loc[market, "name_en"], "port": row["market_port"]},
        "distances": {"great_circle_km": _num(row["great_circle_km"], 1), "road_km": _num(row["road_km"], 1),
                      "sea_nm": _num(row["sea_nm"], 1), "customs_borders": int(row["borders"])},
        "modes": modes,
    }
    if hs:
        from kokapp.core.hs_code import HsCodeError, parse_hs

        chapters = pack.table("hs_chapters").set_index("chapter")
        try:      # a GTİP as firms have it: 4 to 12 digits, with dots or spaces (6302.31.00.00.11)
            hs = parse_hs(hs, set(chapters.index) - {"77"}).stored
        except HsCodeError as exc:
            if exc.reason == "chapter":
                raise KokError(f"--hs: HS chapter {exc.chapter} does not exist") from None
            raise KokError(f"--hs: '{exc.typed}' is no HS code: an HS code has 4, 6, 8 or 10 digits, a full GTİP 12 "
                           "(dots and spaces allowed)") from None
        a = MarketAccess(ref).duty(row["location_iso2"], market, hs[:2])
        agreements = pack.table("agreements").set_index("agreement_id")
        sources = pack.table("sources").set_index("source_id")
        result["duty"] = {
            "hs": hs, "chapter_title": chapters.loc[hs[:2], "title_en"],
            "rate_pct": a.rate_pct, "basis": a.basis, "agreement_id": a.agreement_id or None,
            "agreement": agreements.loc[a.agreement_id, "name_en"] if a.agreement_id else None,
            "source": (f"{sources.loc[a.source_id, 'organisation']}: {sources.loc[a.source_id, 'title']} "
                       f"({sources.loc[a.source_id, 'year']})") if a.source_id in sources.index else None,
            "note": a.note or None, "suspended_agreements": list(a.suspended),
            "pem_cumulation": a.pem_cumulation, "trade_halted": a.halted,
        }
    return result


def print_lane(info: dict) -> None:
    f, t, d = info["from"], info["to"], info["distances"]
    print(f"{f['name']} [{f['site_id']}] → {t['name']} [{t['iso2']}]")
    road = "no road connection" if d["road_km"] is None else f"{d['road_km']:,.0f} km"
    sea = "n/a" if d["sea_nm"] is None else f"{d['sea_nm']:,.0f} nm ({f['port']} → {t['port']})"
    print(f"Great circle {d['great_circle_km']:,.0f} km · road {road} · sea {sea} · "
          f"customs borders {d['customs_borders']}")
    print(f"\n{'Mode':<15}{'km':>8}{'days (low/base/high)':>24}{'freight (low/base/high)':>30}  unit")
    for m in info["modes"]:
        if not m["available"]:
            print(f"{m['mode']:<15}{'not available on this lane':>40}")
            continue
        days = "/".join(f"{m['transit_days'][lvl]:.1f}" for lvl in LEVELS)
        cost = "/".join(f"{m['freight'][lvl]:,.2f}" if m["mode"] == "air" else f"{m['freight'][lvl]:,.0f}" for lvl in LEVELS)
        via = f" via {m['via_port']}" if m.get("via_port") else ""
        print(f"{m['mode']:<15}{m['distance_km']:>8,.0f}{days:>24}{cost:>30}  {m['freight_unit']}{via}")
    duty = info.get("duty")
    if duty:
        rate = ("none: trade halted" if duty["trade_halted"] else
                "unknown (no citable figure: enter your broker's quote)" if duty["rate_pct"] is None else f"{duty['rate_pct']:g} %")
        print(f"\nDuty for HS {duty['hs']} ({duty['chapter_title']}): {rate} — {duty['basis']}"
              + (f": {duty['agreement']}" if duty["agreement"] else ""))
        if duty["source"]:
            print(f"Source: {duty['source']}")
        if duty["note"]:
            print(f"Note: {duty['note']}")
        if duty["suspended_agreements"]:
            print(f"Suspended: {', '.join(duty['suspended_agreements'])}")
        if duty["trade_halted"]:
            print("TRADE HALTED: goods of this origin cannot be sold in this market.")
