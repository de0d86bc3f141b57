"""Headless ``kokapp feasibility``: does a set-up at a candidate location pay, and when?"""

from __future__ import annotations

from dataclasses import asdict

from kokapp import __version__
from kokapp.cli_compare import _num, site_label
from kokapp.core.datapack import DataPack
from kokapp.core.engine import Engine
from kokapp.core.feasibility import Feasibility, FeasibilityModel
from kokapp.core.project import Project
from kokapp.core.setup_options import ASSUMPTIONS, DEFAULT_OPTIONS, KINDS, FeasibilityError, SetupOption


def options_for(pack: DataPack, project: Project, location: str, kind: str | None) -> list[SetupOption]:
    """The project's chosen set-up, or the default of every set-up type the site suits."""
    if kind:
        chosen = project.setup_options.get(location)
        return [chosen if chosen and chosen.kind == kind else DEFAULT_OPTIONS[kind]]
    if location in project.setup_options:
        return [project.setup_options[location]]
    suits = pack.table("sites").set_index("site_id").loc[location, "suits"].split(";")
    return [DEFAULT_OPTIONS[k] for k in KINDS if k in suits]


def _outcome_json(outcome) -> dict:
    return {"npv_eur": _num(outcome.npv_eur, 0), "irr_pct": _num(outcome.irr_pct, 2),
            "payback_years": _num(outcome.payback_years, 2)}


def result_json(pack: DataPack, f: Feasibility, detail: bool) -> dict:
    defaults = asdict(DEFAULT_OPTIONS[f.option.kind])
    option = asdict(f.option)
    result = {
        "location": f.location, "name": site_label(pack, f.location), "kind": f.option.kind,
        **_outcome_json(f.base),
        "break_even_share": _num(f.break_even_share, 4), "break_even_units": _num(f.break_even_units, 0),
        "state_support": f.state_support or "not counted",
        "scenarios": {name: {**_outcome_json(o), "freight_level": f.scenario_freight[name]}
                      for name, o in f.scenarios.items()},
    }
    if detail:
        result |= {
            "option": option,
            "assumptions": [{"parameter": k, "value": v, "basis": ASSUMPTIONS.get(k, "")}
                            for k, v in option.items() if k != "kind" and v == defaults[k] and k in ASSUMPTIONS],
            "wage_eur_month": _num(f.wage_eur_month, 2), "wage_basis": f.wage_basis, "cit_pct": f.cit_pct,
            "tax_regime": f.tax_regime or None,
            "origins": {m: {"origin": o, "reason": r} for m, (o, r) in f.origins.items()},
            "years": [{k: _num(v, 2) for k, v in row.items()} for row in f.years.to_dict("records")],
            "unit_costs": [{k: (_num(v, 4) if isinstance(v, float) else v) for k, v in row.items()}
                           for row in f.unit_costs.to_dict("records")],
            "tornado": [{k: (_num(v, 2) if isinstance(v, float) else v) for k, v in bar.items()} for bar in f.tornado],
        }
    return result


def run_feasibility(pack: DataPack, project: Project, location: str | None, kind: str | None, detail: bool):
    engine = Engine(pack)
    locations = [location] if location else list(project.candidates)
    results, errors = [], []
    for loc in locations:
        for option in options_for(pack, project, loc, kind):
            try:
                f = FeasibilityModel(engine, project, loc, option, project.feasibility).evaluate()
            except FeasibilityError as exc:
                if location:
                    raise
                errors.append({"location": loc, "kind": option.kind, "field": exc.field, "message": exc.message})
                continue
            results.append((f, result_json(pack, f, detail)))
    return results, errors


def feasibility_json(project: Project, results, errors) -> dict:
    s = project.feasibility
    return {"kok_version": __version__,
            "project": {"company": project.company, "origin_site": project.origin_site},
            "settings": {"horizon_years": s.horizon_years, "discount_rate_pct": s.discount_rate_pct,
                         "ramp_up": list(s.ramp_up), "origin_threshold_pct": s.origin_threshold_pct},
            "results": [r for _, r in results], "errors": errors}


def _money(value) -> str:
    return "n/a" if value is None else f"{value:,.0f}"


def print_feasibility(pack: DataPack, project: Project, results, errors, detail: bool) -> None:
    s = project.feasibility
    print(f"Kök {__version__} — feasibility for {project.company}")
    print(f"Against exporting from {site_label(pack, project.origin_site)}; {s.horizon_years} years, "
          f"discount rate {s.discount_rate_pct:g} %, ramp-up {', '.join(f'{r:.0%}' for r in s.ramp_up)}\n")
    header = f"{'Location':<34}{'Set-up':<15}{'NPV €':>12}{'IRR':>8}{'Payback':>9}{'Break-even':>12}{'NPV pess.':>12}{'NPV opt.':>12}"
    print(header)
    print("-" * len(header))
    for f, r in results:
        irr = "n/a" if r["irr_pct"] is None else f"{r['irr_pct']:.1f}%"
        payback = "never" if r["payback_years"] is None else f"{r['payback_years']:.1f} y"
        even = "none" if r["break_even_share"] is None else f"{r['break_even_share']:.0%} plan"
        print(f"{r['name']:<33.33} {r['kind']:<15}{_money(r['npv_eur']):>12}{irr:>8}{payback:>9}{even:>12}"
              f"{_money(r['scenarios']['pessimistic']['npv_eur']):>12}{_money(r['scenarios']['optimistic']['npv_eur']):>12}")
    for e in errors:
        print(f"! {site_label(pack, e['location'])}, {e['kind']}: {e['message']}")
    print("\nBreak-even: share of your planned volume at which NPV = 0; 'none': does not pay at up to 20× the plan.")
    print("Set-up costs, rent, staffing and margins are Kök assumptions until you enter your own figures.")
    if not detail:
        return
    for f, r in results:
        print(f"\n== {r['name']} — {r['kind']} ==")
        print(f"Local wage €{r['wage_eur_month']:,.0f}/month ({r['wage_basis']}); corporate tax {r['cit_pct']:g} %"
              + (f" — free zone: {r['tax_regime']} (applied year by year in the cash flows)" if r.get("tax_regime") else ""))
        for market, o in r["origins"].items():
            print(f"  goods sold to {market}: origin {o['origin']} ({o['reason']})")
        print(f"\n{'Year':>4}{'Units':>11}{'Savings':>11}{'TR staff':>10}{'Fixed':>11}{'Variable':>10}{'Extra mgn':>11}"
              f"{'Tax':>10}{'Support':>10}{'Cash flow':>12}")
        for y in r["years"]:              # cash flow = savings + TR staff - fixed - variable + margin - tax + support
            print(f"{int(y['year']):>4}{y['units']:>11,.0f}{y['savings']:>11,.0f}{y['staff_saved_in_turkiye']:>10,.0f}"
                  f"{y['fixed_costs']:>11,.0f}{y['variable_change']:>10,.0f}{y['uplift_margin']:>11,.0f}{y['tax']:>10,.0f}"
                  f"{y['state_support']:>10,.0f}{y['cash_flow']:>12,.0f}")
        print("\nScenario     NPV €        IRR    payback  freight")
        for name, sc in r["scenarios"].items():
            irr = "n/a" if sc["irr_pct"] is None else f"{sc['irr_pct']:.1f}%"
            payback = "never" if sc["payback_years"] is None else f"{sc['payback_years']:.1f} y"
            print(f"{name:<12}{_money(sc['npv_eur']):>10}{irr:>9}{payback:>10}  {sc['freight_level']}")
        print("\nMost influential inputs (NPV at low / high value):")
        for bar in r["tornado"]:
            print(f"  {bar['input']:<32}{_money(bar['npv_low']):>12} / {_money(bar['npv_high']):<12}")
        print("\nEUR per unit at full volume (baseline → this set-up, all-in):")
        for row in r["unit_costs"]:
            print(f"  {row['market']} {row['product'][:32]:<32}{row['baseline_landed_eur']:>9.2f} → {row['option_all_in_eur']:.2f}")
