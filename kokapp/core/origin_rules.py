"""Product-specific rules of origin (``origin_rules.csv``) read into criteria, and a bill of
materials checked against them.

A list rule is one or more alternatives (a line "or", and the list's column 4); each alternative
is a conjunction of what a bill of materials can show —

- CTH / CTSH / CC: every non-originating material classified in another heading / subheading /
  chapter than the product (``except that of the product``, and headings named besides);
- MaxNOM: the value of all non-originating materials at most X % of the ex-works price;
- a cap on the materials of named headings ("the value of all the materials of heading 8714
  used does not exceed 5 %");
— and of what it cannot (wholly obtained inputs, a specific process such as weaving combined
with making-up, weights of sugar): such text is a *condition* to confirm, never assumed met.

The general tolerance (10 % of the ex-works price under the 2012 rules, not for textiles of
chapters 50-63; 15 % under the revised rules) lets non-originating materials that fail a change
of classification be used up to that value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

NOISE = re.compile(r"\((?:\d+|[a-z])\)|\[fn\d+\]")
CTH = re.compile(r"(?:from )?materials of any heading,? except (?:that of the product|those of headings? "
                 r"([\d ,and]+?))(?: and (?:those of )?headings? ([\d ,and]+?))?(?=[,.;:]| in which| provided|$)")
CTSH = re.compile(r"(?:from )?materials of any subheading,? except that of the product")
CC = re.compile(r"(?:from )?materials of any chapter,? except that of the product")
MAXNOM = re.compile(r"(?:the )?value of all the (?:non-originating )?materials used does not exceed (\d+(?:[.,]\d+)?) ?%"
                    r"(?: of the ex-works price of the product)?")
CAP = re.compile(r"(?:the )?value of (?:all )?the (?:non-originating )?materials of headings? ([\d ,andor]+?) used "
                 r"does not exceed (\d+(?:[.,]\d+)?) ?%(?: of the ex-works price of the product)?")
ANY_HEADING = re.compile(r"(?:from )?materials of any heading(?!,? except)")      # an always-met rule
SAME_HEADING = re.compile(r"however,? materials (?:classified )?(?:within|of|in) the same (heading|subheading)"
                          r"(?: as the product)? may be used,? provided that their (?:total )?value does not exceed "
                          r"(\d+(?:[.,]\d+)?) ?%(?: of the ex-works price of the product)?")
FILLER = {"manufacture", "from", "and", "in", "which", "the", "of", "product", "or", "within", "above", "limit",
          "however", "used", "materials", "a", "an"}


@dataclass(frozen=True)
class Criteria:
    cth: bool = False
    ctsh: bool = False
    cc: bool = False
    except_headings: frozenset[str] = frozenset()
    max_nom_pct: float | None = None
    caps: tuple[tuple[frozenset[str], float], ...] = ()
    condition: str = ""              # text a bill of materials cannot show: to be confirmed
    same_class_pct: float | None = None   # "however, materials of the same heading may be used up to X %"
    same_class_digits: int = 4              # 4: the same heading; 6: the same subheading


def _headings(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\d{4}", text or ""))


def parse_alternative(text: str) -> Criteria:
    t = " ".join(NOISE.sub(" ", text.lower()).replace("–", " ").replace("—", " ").split())
    rest = t
    cth = CTH.search(t)
    excepted = frozenset()
    if cth:
        excepted = _headings(cth.group(1)) | _headings(cth.group(2))
        rest = rest.replace(cth.group(0), " ")
    ctsh, cc = CTSH.search(t), CC.search(t)
    for m in (ctsh, cc):
        if m:
            rest = rest.replace(m.group(0), " ")
    caps = []
    for m in CAP.finditer(t):
        caps.append((_headings(m.group(1)), float(m.group(2).replace(",", "."))))
        rest = rest.replace(m.group(0), " ")
    same = SAME_HEADING.search(rest)
    if same:
        rest = rest.replace(same.group(0), " ")
    if ANY_HEADING.search(rest):
        rest = ANY_HEADING.sub(" ", rest)
    nom = MAXNOM.search(rest)
    if nom:
        rest = rest.replace(nom.group(0), " ")
    left = [w for w in re.findall(r"[a-z]+", rest) if w not in FILLER]
    return Criteria(cth=bool(cth), ctsh=bool(ctsh), cc=bool(cc), except_headings=excepted,
                    max_nom_pct=float(nom.group(1).replace(",", ".")) if nom else None, caps=tuple(caps),
                    condition=text.strip() if left else "",
                    same_class_pct=float(same.group(2).replace(",", ".")) if same else None,
                    same_class_digits=6 if same and same.group(1) == "subheading" else 4)


def alternatives(rule: str, rule_alt: str = "") -> list[Criteria]:
    parts = re.split(r"\n\s*or\s*\n|;\s*or\s*(?:\n|$)", rule.strip()) if rule.strip() else []
    return [parse_alternative(p) for p in (*parts, *([rule_alt] if rule_alt.strip() else [])) if p.strip()]


@dataclass(frozen=True)
class ListRule:
    rule_set: str
    classification: str
    ex: bool
    description: str
    sub_description: str
    text: str                       # the published rule (columns 3 and 4)
    alternatives: tuple[Criteria, ...]


def _covers(codes: str, hs: str) -> int:
    """How specifically ``codes`` covers the product code ``hs``: the matching code's length
    (2 for a chapter), 0 when it does not."""
    best = 0
    for part in codes.split():
        if part == "all":                      # a general rule: every product, least specific
            best = max(best, 1)
            continue
        if part.startswith("ch"):
            best = max(best, 2 if hs[:2] == part[2:] else 0)
            continue
        low, _, high = part.partition("-")
        high = high or low
        if low <= hs[:len(low)] <= high and len(hs) >= len(low):
            best = max(best, len(low))
    return best


class OriginRules:
    def __init__(self, records):
        self._rows: dict[str, list[dict]] = {}
        for r in records:
            self._rows.setdefault(r["rule_set"], []).append(r)

    @classmethod
    def of(cls, pack) -> "OriginRules":
        return pack.derived("origin_rules", lambda: cls(pack.records("origin_rules")))

    def rules_for(self, rule_set: str, hs: str) -> list[ListRule]:
        """The most specific rows of the list that cover the product (several where the list
        splits a heading by description, e.g. '– Other')."""
        scored = [(_covers(r["codes"], hs), r) for r in self._rows.get(rule_set, ())]
        best = max((s for s, _ in scored), default=0)
        return [ListRule(rule_set, r["classification"], r["ex"] == "yes", r["description"], r["sub_description"] or "",
                         "\n".join(x for x in (r["rule"], r["rule_alt"] and f"or (column 4): {r['rule_alt']}") if x),
                         tuple(alternatives(r["rule"] or "", r["rule_alt"] or "")))
                for s, r in scored if best and s == best]


@dataclass(frozen=True)
class Check:
    """One alternative of a rule checked against a bill of materials. Facts are (code, values)
    pairs that the CLI, the window and the report word in their language (:func:`english`)."""
    met: bool
    failures: tuple[tuple[str, dict], ...] = ()   # same_class, max_nom, heading_cap
    condition: str = ""                           # met as far as the materials show, if this also holds
    notes: tuple[tuple[str, dict], ...] = ()      # tolerance: a material let in by the general tolerance


@dataclass
class Materials:
    exw: float                               # the product's ex-works price (its unit value), EUR
    hs: str                                  # the product's HS code
    lines: list = field(default_factory=list)   # non-originating BomLines
    tolerance_pct: float = 10.0
    tolerance_applies: bool = True

    @property
    def nom_value(self) -> float:
        return sum(line.value_eur for line in self.lines)


def check(c: Criteria, m: Materials) -> Check:
    failures, notes = [], []
    if c.cth or c.ctsh or c.cc:
        digits = 4 if c.cth else 6 if c.ctsh else 2
        same = [line for line in m.lines if line.hs_code[:digits] == m.hs[:digits]
                or (c.cth and line.hs_code[:4] in c.except_headings)]
        allowed = m.tolerance_pct / 100 * m.exw if m.tolerance_applies else 0.0
        if c.same_class_pct is not None:            # the rule itself lets some same-heading materials in
            d = c.same_class_digits
            let_in = [line for line in same if line.hs_code[:d] == m.hs[:d]]
            if sum(line.value_eur for line in let_in) <= c.same_class_pct / 100 * m.exw + 1e-9:
                same = [line for line in same if line not in let_in]
        value = sum(line.value_eur for line in same)
        codes = ", ".join(line.hs_code for line in same)
        if same and value <= allowed:
            notes.append(("tolerance", {"codes": codes, "value": value, "pct": m.tolerance_pct}))
        elif same:
            level = "heading" if c.cth else "subheading" if c.ctsh else "chapter"
            failures.append(("same_class", {"codes": codes, "level": level,
                                            "excepted": ", ".join(sorted(c.except_headings))}))
    if c.max_nom_pct is not None and m.nom_value > c.max_nom_pct / 100 * m.exw + 1e-9:
        failures.append(("max_nom", {"share": m.nom_value / m.exw, "cap": c.max_nom_pct}))
    for headings, pct in c.caps:
        value = sum(line.value_eur for line in m.lines if line.hs_code[:4] in headings)
        if value > pct / 100 * m.exw + 1e-9:
            failures.append(("heading_cap", {"headings": ", ".join(sorted(headings)), "share": value / m.exw,
                                             "cap": pct}))
    return Check(not failures, tuple(failures), c.condition if not failures else "", tuple(notes))


def english(fact: tuple[str, dict]) -> str:
    """A fact in English (the CLI, JSON and tests; the window and the report word it themselves)."""
    code, v = fact
    return {
        "same_class": lambda: f"non-originating {v['codes']} in the product's {v['level']}"
                              + (f" or an excluded heading ({v['excepted']})" if v["excepted"] else ""),
        "max_nom": lambda: f"non-originating materials {v['share']:.0%} of the ex-works price > {v['cap']:g} % allowed",
        "heading_cap": lambda: f"materials of heading {v['headings']} {v['share']:.0%} > {v['cap']:g} %",
        "tolerance": lambda: f"{v['codes']} ({v['value']:,.2f} EUR) within the {v['pct']:g} % tolerance",
    }[code]()
