"""Whether a product made at a location *originates* there under the agreement with a market,
from its bill of materials and the agreement's product-specific rule — and so enters duty-free
— with the reason a customs broker can check, and the proof of origin it travels on.

The agreement is the one the market's duty would come from (kokapp.core.access); its rule set,
tolerance, cumulation and proof come from ``origin_rule_sets.csv``. Materials originate in the
country their supplier states; with bilateral cumulation those of the other party count as
originating, with diagonal cumulation those of every PEM party (Türkiye included) — assuming the
suppliers' declarations that cumulation needs. The EU–Türkiye customs union needs no origin for
industrial goods in free circulation (A.TR).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kokapp.core.access import NOT_ORIGINATING, MarketAccess
from kokapp.core.origin_rules import Materials, OriginRules, check, english

STATUSES = ("originating", "not_originating", "conditional", "customs_union", "no_preference", "no_rules", "no_bom")


@dataclass(frozen=True)
class OriginVerdict:
    status: str                     # one of STATUSES
    facts: tuple[tuple[str, dict], ...] = ()    # why, as (code, values): worded by the CLI, window and report
    agreement_id: str = ""
    rule_set: str = ""
    classification: str = ""
    rule_text: str = ""
    proof: str = ""
    nom_share: float | None = None  # non-originating materials / ex-works price

    @property
    def preferential(self) -> bool | None:
        """True: the preference applies; False: MFN; None: the rule is not what decides."""
        return {"originating": True, "customs_union": True, "not_originating": False,
                "conditional": False}.get(self.status)

    @property
    def reason(self) -> str:
        """The facts in English, e.g. "not originating: non-originating materials 44% of the
        ex-works price > 40 % allowed"."""
        return reason_in_english(self)


WHY = {"domestic": "sold where it is made", "single_market": "EU single market", "halted": "trade halted",
       "no_agreement": "no preferential agreement: the MFN duty applies whatever the origin"}


def reason_in_english(v: OriginVerdict) -> str:
    facts = dict(v.facts)
    failures = [english(f) for f in v.facts if f[0] in ("same_class", "max_nom", "heading_cap")]
    notes = [english(f) for f in v.facts if f[0] == "tolerance"]
    cum = facts.get("cumulation")
    cumulated = f" ({cum['kind']} cumulation of materials from {cum['countries']})" if cum else ""
    if "override" in facts:
        note = facts["override"]["note"]
        return f"your figure: {v.status.replace('_', ' ')}" + (f" ({note})" if note else "")
    if "not_met" in facts:
        return f"not originating{cumulated}: " + "; or ".join(failures)
    if "met" in facts:
        return (f"originating{cumulated}: the rule for {facts['met']['classification']} is met"
                + "".join(f"; {n}" for n in notes))
    if "all_originating" in facts:
        return f"originating: every material originates{cumulated}"
    if "condition" in facts:
        return ("originating only if: " + facts["condition"]["text"]
                + (" (the list splits the heading: check which description fits)" if "split" in facts else ""))
    if "no_preference" in facts:
        return WHY[facts["no_preference"]["why"]]
    return {"no_bom": "no bill of materials: the project's local-content threshold stands in",
            "no_rules": "the agreement's rules of origin are not bundled: the project's local-content threshold "
                        "stands in",
            "customs_union": "customs union: goods in free circulation need no origin"}.get(
        v.facts[0][0], f"no rule for HS {facts.get('no_rule_for_hs', {}).get('hs', '')} in the bundled list")


def _rule_row(pack, access: MarketAccess, a: str, b: str, code: str) -> dict | None:
    duty = access.duty(a, b, code)
    return rule_sets(pack).get(duty.agreement_id) if duty.basis == "agreement" else None


def _diagonal_partner(pack, access: MarketAccess, supplier: str, made_in: str, market: str, rule_set: str,
                      code: str) -> bool:
    """Diagonal cumulation counts a third country's materials only where it applies the same origin
    rules, with diagonal cumulation, with both the maker and the market (the customs union stands
    in for the EU–Türkiye side): a Moroccan part does not count in Serbia for the EU, nor a
    Turkish one where Türkiye's agreement with the maker is bilateral only."""
    if supplier not in access.pem_members:
        return False
    for other in (made_in, market):
        r = _rule_row(pack, access, supplier, other, code)
        if r is None or not (r["rule_set"] == "customs_union"
                             or (r["rule_set"] == rule_set and r["cumulation"] == "diagonal")):
            return False
    return True


def rule_sets(pack) -> Mapping[str, dict]:
    return pack.index("origin_rule_sets", "agreement_id")


def verdict(pack, access: MarketAccess, product, bom, made_in: str, market: str) -> OriginVerdict:
    """The origin verdict for ``product`` made in ``made_in`` (ISO2) and sold into ``market``."""
    own = access.ref.overrides.get(f"origin/{made_in}/{market}/{product.hs_code}")
    if own is not None:                        # the user's binding origin information or broker's answer
        return OriginVerdict("originating" if own.value else "not_originating", (("override", {"note": own.note}),))
    if not bom:
        return OriginVerdict("no_bom", (("no_bom", {}),))
    duty = access.duty(made_in, market, product.hs_code)
    if duty.basis != "agreement":
        why = duty.basis if duty.basis in ("domestic", "single_market", "halted") else "no_agreement"
        return OriginVerdict("no_preference", (("no_preference", {"why": why}),))
    agreement_id = duty.agreement_id
    if agreement_id == "eu_tr_cu" and product.hs_code[:2] == "72" and "eu_tr_ecsc" in rule_sets(pack):
        agreement_id = "eu_tr_ecsc"     # iron and steel: the ECSC free trade agreement, origin on an EUR.1, not the CU
    row = rule_sets(pack).get(agreement_id)
    if row is None:
        return OriginVerdict("no_rules", (("no_rules", {}),), agreement_id)
    if row["rule_set"] == "customs_union":
        return OriginVerdict("customs_union", (("customs_union", {}),), agreement_id, "customs_union",
                             proof=row["proof"])
    rules = OriginRules.of(pack).rules_for(row["rule_set"], product.hs_code)
    if not rules:
        return OriginVerdict("no_rules", (("no_rule_for_hs", {"hs": product.hs_code}),), agreement_id,
                             row["rule_set"])
    agreement = next(a for a in access.agreements_between(made_in, market) if a["agreement_id"] == agreement_id)
    originating = {made_in}
    if row["cumulation"] in ("bilateral", "diagonal", "regional"):      # the parties' (a bloc's members') materials
        originating |= access.members(agreement["party_a"]) | access.members(agreement["party_b"])
    if row["cumulation"] == "diagonal":
        originating |= {line.origin for line in bom if line.origin not in originating
                        and _diagonal_partner(pack, access, line.origin, made_in, market, row["rule_set"],
                                              product.hs_code)}
    tolerance = float(row["tolerance_pct"]) if row["tolerance_pct"] == row["tolerance_pct"] else 0.0
    materials = Materials(product.unit_value_eur, product.hs_code,
                          [line for line in bom if line.origin not in originating], tolerance,
                          not (row["rule_set"] == "pem_2012" and 50 <= int(product.hs_code[:2]) <= 63))
    counted = sorted({line.origin for line in bom} & (originating - {made_in}))
    cumulation = ((("cumulation", {"kind": row["cumulation"], "countries": ", ".join(counted)}),) if counted else ())
    base = dict(agreement_id=agreement_id, rule_set=row["rule_set"], classification=rules[0].classification,
                rule_text="\n\n".join(r.text for r in rules), proof=row["proof"],
                nom_share=materials.nom_value / product.unit_value_eur)
    if not materials.lines:                     # nothing non-originating: any list rule is met
        return OriginVerdict("originating", (("all_originating", {}),) + cumulation, **base)
    results = []
    for rule in rules:
        checks = [check(c, materials) for c in rule.alternatives]
        met = [c for c in checks if c.met and not c.condition]
        conditional = [c for c in checks if c.met and c.condition]
        results.append((rule, met, conditional, checks))
    if all(met for _, met, _, _ in results):
        notes = tuple(n for _, met, _, _ in results for n in met[0].notes)
        return OriginVerdict("originating", (("met", {"classification": rules[0].classification}),) + cumulation + notes,
                             **base)
    if any(met or conditional for _, met, conditional, _ in results):
        conditions = [c.condition for _, met, cond, _ in results if not met for c in cond]
        text = " / ".join(dict.fromkeys(conditions or [r.sub_description for r, met, _, _ in results if met]))
        split = (("split", {}),) if len(rules) > 1 else ()
        return OriginVerdict("conditional", (("condition", {"text": text}),) + split, **base)
    failures = tuple(dict.fromkeys(f for _, _, _, checks in results for c in checks
                                   for f in ((code, tuple(sorted(v.items()))) for code, v in c.failures)))
    return OriginVerdict("not_originating", (("not_met", {}),) + cumulation
                         + tuple((code, dict(items)) for code, items in failures), **base)


def origin_code(v: OriginVerdict, made_in: str) -> str:
    """The origin code the duty is looked up with: the country, or the country marked as not
    originating (MFN) when the rule is not met or only met on conditions not confirmed."""
    return made_in + NOT_ORIGINATING if v.preferential is False else made_in


def bom_origins(pack, access: MarketAccess, site_country: dict[str, str]):
    """``origin_of(location, market, product)`` for the engine: a product with a bill of
    materials originates where it is made only when the rule is met; without one, where it is
    made (the comparison's "if made there")."""
    memo: dict[tuple[str, str, str], str] = {}

    def origin_of(location: str, market: str, product) -> str:
        made_in = site_country[location]
        if not product.bom and f"origin/{made_in}/{market}/{product.hs_code}" not in access.ref.overrides:
            return made_in
        key = (made_in, market, product.name)
        if key not in memo:
            memo[key] = origin_code(verdict(pack, access, product, product.bom, made_in, market), made_in)
        return memo[key]
    return origin_of
