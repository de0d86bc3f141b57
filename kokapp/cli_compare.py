"""Headless ``kokapp compare``: text tables for people, JSON for tools.

The JSON field names and units are documented in README.md and are kept stable.
"""

from __future__ import annotations

import math

import pandas as pd

from kokapp import __version__
from kokapp.core.datapack import DataPack
from kokapp.core.engine import Comparison, Engine
from kokapp.core.project import CRITERIA, MODES
from kokapp.core.verdict import cost_verdict

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


def verdict_text(pack: DataPack, v) -> str:
    if v.keep_exporting:
        return (f"Keep exporting from {site_label(pack, v.baseline)}: no location lowers the yearly logistics and duty "
                f"cost ({v.baseline_cost:,.0f} EUR a year from there).")
    share = v.saving / v.baseline_cost if v.baseline_cost else math.nan
    return (f"{site_label(pack, v.best)} lowers the yearly logistics and duty cost most: {v.best_cost:,.0f} EUR against "
            f"{v.baseline_cost:,.0f} EUR exporting from {site_label(pack, v.baseline)} (saves {v.saving:,.0f} EUR, "
            f"{share:.0%}); set-up and fixed costs: kokapp feasibility.")


def comparison_json(pack: DataPack, c: Comparison, sensitivity: dict | None = None) -> dict:
    v = cost_verdict(c)
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
            "unserved_share": _num(crit["unserved_share"], 4),
            "delta_vs_baseline_eur_year": _num(v.deltas[row.location], 2),
        })
    return {
        "kok_version": __version__, "data_version": pack.version,
        "project": {"company": c.project.company, "origin_site": c.project.origin_site,
                    "markets": c.project.markets, "products": [p.name for p in c.project.products]},
        "weights": {CRITERIA_JSON[k]: c.project.weights.get(k, 0.0) for k in CRITERIA},
        "verdict": {"text": verdict_text(pack, v), "keep_exporting": v.keep_exporting, "best_location": v.best,
                    "baseline_cost_eur_year": _num(v.baseline_cost, 2), "best_cost_eur_year": _num(v.best_cost, 2),
                    "saving_eur_year": _num(v.saving, 2)},
        "ranking": ranking,
        "duty_unknown_markets": c.unknown_duty_markets(), "duty_band_markets": c.banded_duty_markets(),
        "halted_lanes": [{"location": loc, "market": m} for loc, m in c.halted_lanes()],
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
    print(f"\nVerdict in money: {verdict_text(pack, cost_verdict(c))}")
    print("Ranking below: your weighting of all criteria (TOPSIS).")
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
    for loc, market in c.halted_lanes():
        print(f"✗ Trade halted: goods from {site_label(pack, loc)} cannot be sold in {market}.")
    for loc, share in c.unserved().items():
        print(f"✗ {site_label(pack, loc)} cannot serve {share:.0%} of the planned volume: it ranks after "
              "every location that serves the whole plan.")
    unknown = c.unknown_duty_markets()
    if unknown:
        print(f"! No citable tariff for: {', '.join(unknown)} — those duties are unknown, never 0: the locations "
              "paying them have their duty cost marked missing (the others' average in the ranking) until you "
              "enter a quote (override duty/<origin>/<market>).")
    for loc, market, product, measures in c.remedy_lanes():
        print(f"⚠ {site_label(pack, loc)} → {market}, {product}: {measures}")
    banded = c.banded_duty_markets()
    if banded:
        print(f"≈ Only a band is citable for the duties of: {', '.join(banded)} — its base enters the figures, its "
              "ends the low and high scenarios (kokapp lane FROM TO --hs CODE shows it).")
    for criterion in CRITERIA:
        gaps = list(c.missing.index[c.missing[criterion]])
        if gaps:
            print(f"! {criterion}: no figure for {', '.join(gaps)}; the average of the others was used.")
    for o in c.overrides_used:
        print(f"✎ Your figure: {o.key} = {o.value:g} ({o.note})")
