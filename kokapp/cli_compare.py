"""Headless ``kokapp compare``: text tables for people, JSON for tools.

The JSON field names and units are documented in README.md and are kept stable.
"""

from __future__ import annotations

import math

import pandas as pd

from kokapp import __version__
from kokapp.core.datapack import DataPack
from kokapp.core.engine import Comparison, Engine
from kokapp.core.factors import FACTORS, FACTOR_NAMES
from kokapp.core.project import CRITERIA
from kokapp.core.zones import zones
from kokapp.core.money import MoneyView, verdict_phrase

FACTOR_UNITS = {f.name: {"wgi": "WGI -2.5..+2.5", "share": "0-1", "lpi": "1-5"}.get(f.unit, f.unit) for f in FACTORS}
SPREAD = 0.25  # standard deviation of the log weight factor in the Monte Carlo
CRITERIA_JSON = {"logistics_cost": "logistics_cost_eur_year", "duty_cost": "duty_cost_eur_year",
                 "distance": "distance_km", "transit_time": "transit_days",
                 "duty_free_share": "duty_free_share", "lpi": "lpi", "labour_cost": "min_wage_eur_month",
                 "tax": "cit_pct", "labour_cost_mfg": "labour_cost_mfg_eur_hour", "energy_price": "electricity_eur_kwh",
                 "governance": "governance_wgi", "proximity": "proximity_0_1", "lpi_customs": "lpi_customs",
                 "lpi_timeliness": "lpi_timeliness"}


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


KIND_WORDS = {"logistics_hub": "logistics hub", "assembly": "assembly line", "sales_office": "sales office"}
METHOD_WORDS = {"value": "weighted sum on fixed scales", "geometric": "weighted geometric mean on fixed scales "
                "(non-compensatory)", "topsis": "TOPSIS, relative to the locations compared (unticking one can "
                "reorder the others)"}
RULE_WORDS = {"max_transit_days": "transit {value:.1f} days > {threshold:g}",
              "min_duty_free_share": "duty-free share {value:.0%} < {threshold:.0%}",
              "min_lpi": "LPI {value:.2f} < {threshold:g}"}


def verdict_text(pack: DataPack, money: MoneyView, horizon: int) -> str:
    key, v = verdict_phrase(money, horizon)
    text = _verdict_words(pack, money, horizon, key, v)
    if v.get("excluded"):
        text += f" ({v['excluded']} location(s) excluded by your thresholds or halted trade are left out.)"
    return text


def _verdict_words(pack: DataPack, money: MoneyView, horizon: int, key: str, v: dict) -> str:
    if key == "pays":
        payback = f"pays back in {v['payback']:.1f} years" if v["payback"] is not None else "pays"
        return (f"{site_label(pack, v['location'])} {KIND_WORDS[v['kind']]} {payback} (NPV {v['npv']:,.0f} EUR "
                f"over {horizon} years at base figures).")
    origin = site_label(pack, money.baseline)
    if key == "unknown":
        return (f"Not decided: the yearly cost of exporting from {origin} is unknown (no citable duty for some "
                "markets), so no location can be compared with it; enter your broker's duty quotes "
                "(override duty/<origin>/<market>).")
    if key == "keep":
        return f"Keep exporting from {origin}: no location lowers the yearly logistics and duty cost, and no set-up pays."
    lower = (f"{site_label(pack, v['location'])} would lower the yearly logistics and duty cost by "
             f"{v['saving']:,.0f} EUR ({v['share']:.0%}) if the goods were made there")
    if key == "undecided":
        missing = "; ".join(f"{m} ({f})" for f, m in v["problems"])
        return f"Not decided yet: {lower}, but its set-ups cannot be evaluated: {missing}."
    return f"Keep exporting from {origin}: {lower}, but no set-up there pays back within {horizon} years."


def knockout_text(k) -> str:
    if not k.checked:
        return f"{k.rule} not checked: no figure"
    return RULE_WORDS[k.rule].format(value=k.value, threshold=k.threshold)


def money_json(money: MoneyView) -> list[dict]:
    rows = []
    for r in money.rows:
        s = r.best_setup
        rows.append({
            "location": r.location, "baseline": r.location == money.baseline,
            "logistics_eur_year": _num(r.logistics_eur), "duty_eur_year": _num(r.duty_eur),
            "landed_eur_year": _num(r.landed_eur), "delta_vs_baseline_eur_year": _num(r.delta_eur),
            "delta_vs_baseline_pct": _num(r.delta_pct * 100, 2), "excluded": r.excluded,
            "best_setup": None if s is None else {
                "kind": s.kind, "npv_eur": _num(s.npv_eur), "payback_years": _num(s.payback_years),
                "irr_pct": _num(s.irr_pct), "break_even_units_year": _num(s.break_even_units, 0),
                "chosen_by_user": s.chosen_by_user},
            "setup_not_evaluated": [{"kind": kind, "field": field, "reason": message}
                                    for kind, field, message in r.setup_problems],
        })
    return rows


def comparison_json(pack: DataPack, c: Comparison, money: MoneyView, sensitivity: dict | None = None) -> dict:
    v = money.costs
    key, values = verdict_phrase(money, c.project.feasibility.horizon_years)
    ranking = []
    for row in c.ranking.itertuples():
        crit = c.criteria.loc[row.location]
        ranking.append({
            "rank": int(row.rank), "location": row.location, "name": site_label(pack, row.location),
            "country": pack.table("sites").set_index("site_id").loc[row.location, "iso2"],
            "baseline": row.location == c.project.origin_site,
            "score": _num(row.score, 4), "value": _num(row.value, 4), "geometric": _num(row.geometric, 4),
            "topsis": _num(row.topsis, 4), "excluded": bool(row.excluded),
            "criteria": {CRITERIA_JSON[k]: _num(crit[k], 4 if k == "duty_free_share" else 2) for k in CRITERIA},
            "missing_criteria": [CRITERIA_JSON[k] for k in CRITERIA if c.missing.loc[row.location, k]],
            "duty_unknown_share": _num(crit["duty_unknown_share"], 4),
            "unserved_share": _num(crit["unserved_share"], 4),
            "delta_vs_baseline_eur_year": _num(v.deltas[row.location], 2),
        })
    knocked, unchecked, unserved = c.knockouts(), c.knockouts(checked=False), c.unserved()
    excluded = [{"location": loc,
                 "reasons": [{"rule": k.rule, "value": _num(k.value, 4), "threshold": k.threshold,
                              "text": knockout_text(k)} for k in knocked.get(loc, ())]
                 + ([{"rule": "unserved", "value": _num(unserved[loc], 4), "threshold": 0.0,
                      "text": f"cannot serve {unserved[loc]:.0%} of the planned volume (trade halted)"}]
                    if loc in unserved else [])}
                for loc in c.locations if loc in knocked or loc in unserved]
    rules = c.project.ranking
    return {
        "kok_version": __version__, "data_version": pack.version,
        "project": {"company": c.project.company, "origin_site": c.project.origin_site,
                    "markets": c.project.markets, "products": [p.name for p in c.project.products]},
        "verdict": {"key": key, "text": verdict_text(pack, money, c.project.feasibility.horizon_years),
                    "keep_exporting": key in ("keep", "keep_cheaper"), "cheapest_location": v.best,
                    "pays_location": money.pays.location if money.pays else None,
                    "pays_setup": money.pays.best_setup.kind if money.pays else None,
                    "baseline_cost_eur_year": _num(v.baseline_cost, 2), "best_cost_eur_year": _num(v.best_cost, 2),
                    "saving_eur_year": _num(v.saving, 2)},
        "delta_vs_baseline": {r.location: _num(r.delta_eur, 2) for r in money.rows},
        "money": money_json(money),
        "excluded": excluded,
        "knockouts_not_checked": [{"location": loc, "rules": [k.rule for k in found]} for loc, found in unchecked.items()],
        "ranking_rules": {"method": rules.method, "missing": rules.missing, **rules.thresholds()},
        "weights": {CRITERIA_JSON[k]: c.project.weights.get(k, 0.0) for k in CRITERIA},
        "weight_preset": c.project.weight_preset or None,
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


def print_money(pack: DataPack, c: Comparison, money: MoneyView) -> None:
    print("\nMoney: the plan's yearly landed cost (freight, clearance, insurance, goods-in-transit capital, duty) as if "
          "made or stocked at each location, and the best set-up there (its NPV counts the leg from Türkiye)")
    header = (f"{'Location':<44}{'Logistics €/yr':>15}{'Duty €/yr':>12}{'Landed €/yr':>13}{'vs baseline':>13}"
              f"  {'Best set-up':<15}{'NPV €':>12}{'Payback':>9}{'Break-even/yr':>14}")
    print(header)
    print("-" * len(header))
    for r in money.rows:
        name = site_label(pack, r.location) + (" *" if r.location == money.baseline else "")
        delta = "" if r.location == money.baseline else (
            "n/a" if math.isnan(r.delta_eur) else f"{r.delta_eur:+,.0f}")
        s = r.best_setup
        setup = ("" if r.location == money.baseline else "not evaluated" if s is None else KIND_WORDS[s.kind])
        numbers = ("" if s is None else f"{s.npv_eur:>12,.0f}" + (f"{s.payback_years:>8.1f}y" if s.payback_years is not None
                                                                 else f"{'never':>9}")
                   + (f"{s.break_even_units:>14,.0f}" if s.break_even_units is not None else f"{'not reached':>14}"))
        def money_cell(value, width):
            return f"{'n/a':>{width}}" if math.isnan(value) else f"{value:>{width},.0f}"
        print(f"{name:<44.44}{money_cell(r.logistics_eur, 15)}{money_cell(r.duty_eur, 12)}{money_cell(r.landed_eur, 13)}"
              f"{delta:>13}  {setup:<15}{numbers}" + ("  ✗ excluded" if r.excluded else ""))
    for r in money.rows:
        kinds = ", ".join(KIND_WORDS[kind] for kind, _, _ in r.setup_problems)
        for field, message in r.problems():
            print(f"! {site_label(pack, r.location)}: {kinds} not evaluated: {message} ({field}).")


def print_comparison(pack: DataPack, c: Comparison, money: MoneyView) -> None:
    print(f"Kök {__version__} — {c.project.company}")
    print(f"Origin hub: {site_label(pack, c.project.origin_site)} · markets: {', '.join(c.project.markets)}")
    print(f"\nVerdict: {verdict_text(pack, money, c.project.feasibility.horizon_years)}")
    print_money(pack, c, money)
    rules = c.project.ranking
    print(f"\nScores: your weighting of all criteria ({METHOD_WORDS[rules.method]}"
          + (f"; weights: preset {c.project.weight_preset}" if c.project.weight_preset else "") + ")")
    header = (f"{'#':>2}  {'Location':<44}{'Score':>7}{'Logistics €/yr':>16}"
              f"{'Duty €/yr':>12}{'Duty-free':>10}{'Days':>6}{'LPI':>5}{'Wage €/mo':>10}{'CIT %':>6}")
    print(header)
    print("-" * len(header))
    for row in c.ranking.itertuples():
        k = c.criteria.loc[row.location]
        name = site_label(pack, row.location) + (" *" if row.location == c.project.origin_site else "")
        def cell(value, fmt, width):
            return f"{'n/a':>{width}}" if pd.isna(value) else f"{value:>{width}{fmt}}"
        rank = "✗" if row.excluded else str(row.rank)
        print(f"{rank:>2}  {name:<44.44}{row.score:>7.3f}"
              f"{cell(k['logistics_cost'], ',.0f', 16)}{cell(k['duty_cost'], ',.0f', 12)}{k['duty_free_share']:>10.0%}"
              f"{k['transit_time']:>6.1f}{cell(k['lpi'], '.1f', 5)}{cell(k['labour_cost'], ',.0f', 10)}"
              f"{cell(k['tax'], '.1f', 6)}")
    print("\n* Türkiye baseline (keep exporting from the origin hub) · ✗ excluded (listed below)")
    for loc, found in c.knockouts().items():
        print(f"✗ {site_label(pack, loc)} excluded: {'; '.join(knockout_text(k) for k in found)}.")
    for loc, found in c.knockouts(checked=False).items():
        print(f"? {site_label(pack, loc)}: {'; '.join(knockout_text(k) for k in found)} (kept in the ranking).")
    for loc, market in c.halted_lanes():
        print(f"✗ Trade halted: goods from {site_label(pack, loc)} cannot be sold in {market}.")
    for loc, share in c.unserved().items():
        print(f"✗ {site_label(pack, loc)} cannot serve {share:.0%} of the planned volume: it ranks after "
              "every location that serves the whole plan.")
    unknown = c.unknown_duty_markets()
    if unknown:
        print(f"! No citable tariff for: {', '.join(unknown)} — those duties are unknown, never 0: the locations "
              "paying them have their duty cost marked n/a (its weight spread over their other criteria) until you "
              "enter a quote (override duty/<origin>/<market>).")
    for loc, market, product, measures in c.remedy_lanes():
        print(f"⚠ {site_label(pack, loc)} → {market}, {product}: {measures}")
    banded = c.banded_duty_markets()
    if banded:
        print(f"≈ Only a band is citable for the duties of: {', '.join(banded)} — its base enters the figures, its "
              "ends the low and high scenarios (kokapp lane FROM TO --hs CODE shows it).")
    rule = ("its weight is spread over that location's other criteria" if rules.missing == "spread"
            else "it scores the worst of the other locations")
    weighted = [f for f in FACTOR_NAMES if c.project.weights.get(f, 0.0) > 0]
    if weighted:
        print("\nOptional criteria you weighted (" + ", ".join(f"{f}: {FACTOR_UNITS[f]}" for f in weighted) + "):")
        for row in c.ranking.itertuples():
            k = c.criteria.loc[row.location]
            print(f"    {site_label(pack, row.location):<44.44}" + "".join(
                f"{'n/a' if pd.isna(k[f]) else format(k[f], '.2f'):>{max(len(f), 8) + 2}}" for f in weighted))
    for criterion in CRITERIA:
        if criterion in FACTOR_NAMES and c.project.weights.get(criterion, 0.0) == 0:
            continue                      # an optional criterion nobody weighted: its gaps change nothing
        gaps = list(c.missing.index[c.missing[criterion]])
        if gaps:
            print(f"! {criterion}: no figure for {', '.join(gaps)} (n/a): {rule}.")
    own = {o.key for o in c.overrides_used}
    for loc in c.locations:
        zone = zones(pack).get(loc)
        if zone is not None and zone.relief and f"tax/{loc[:2]}" not in own:
            country = float(pack.index("operating", "iso2")[loc[:2]]["cit_rate_pct"])
            print(f"§ {site_label(pack, loc)} — {zone.summary(country)}: the tax score uses the rate after any "
                  f"holiday, the cash flows apply it year by year (transcribed from {zone.source_url}: check the "
                  "zone's conditions).")
    for o in c.overrides_used:
        print(f"✎ Your figure: {o.key} = {o.value:g} ({o.note})")
