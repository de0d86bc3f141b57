"""Headless ``kokapp origin``: does a product made at a location originate there under the
agreement with a market? The rule, the bill of materials checked against it, the verdict with its
reason, the proof of origin and the duty that follows — as text or JSON."""

from __future__ import annotations

from kokapp.cli_compare import site_label
from kokapp.core.errors import KokError
from kokapp.core.origin_verdict import origin_code, verdict


def origin_json(pack, engine, project, product_name: str, location: str, market: str) -> dict:
    products = {p.name: p for p in project.products}
    if product_name not in products:
        raise KokError(f"--product: '{product_name}' is not a product of this project ({', '.join(products)})")
    sites = pack.index("sites", "site_id")
    if location not in sites:
        raise KokError(f"--location: unknown site '{location}' (see kokapp lane --list)")
    if market not in set(pack.column("countries", "iso2")):
        raise KokError(f"--market: unknown country '{market}'")
    product, made_in = products[product_name], sites[location]["iso2"]
    _, access = engine.reference(project.overrides)
    v = verdict(pack, access, product, product.bom, made_in, market)
    duty = access.duty(origin_code(v, made_in), market, product.hs_code)
    return {"product": product.name, "hs_code": product.hs_code, "location": location, "made_in": made_in,
            "market": market, "status": v.status, "reason": v.reason, "agreement": v.agreement_id or None,
            "rule_set": v.rule_set or None, "classification": v.classification or None, "rule": v.rule_text or None,
            "proof": v.proof or None,
            "non_originating_share": None if v.nom_share is None else round(v.nom_share, 4),
            "ex_works_price_eur": product.unit_value_eur,
            "bom": [{"hs_code": b.hs_code, "origin": b.origin, "value_eur": b.value_eur, "description": b.description}
                    for b in product.bom],
            "duty_pct": duty.rate_pct, "duty_basis": duty.basis}


def print_origin(pack, r: dict) -> None:
    print(f"{r['product']} (HS {r['hs_code']}) made at {site_label(pack, r['location'])}, sold in {r['market']}")
    if r["bom"]:
        print(f"Bill of materials (ex-works price {r['ex_works_price_eur']:,.2f} EUR):")
        for b in r["bom"]:
            print(f"  {b['hs_code']:<10} {b['origin']:<3} {b['value_eur']:>10,.2f} EUR  {b['description']}")
    if r["rule"]:
        print(f"Rule ({r['rule_set']}, {r['classification']}, agreement {r['agreement']}):")
        for line in r["rule"].splitlines():
            print(f"  {line}")
    print(f"Verdict: {r['reason']}")
    if r["proof"] and r["status"] in ("originating", "customs_union", "conditional"):
        print(f"Proof: {r['proof']}")
    duty = "unknown (no citable tariff)" if r["duty_pct"] is None else f"{r['duty_pct']:g} %"
    print(f"Duty in {r['market']}: {duty} ({r['duty_basis'].replace('_', ' ')})")
