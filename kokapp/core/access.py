"""Market access: the duty a product pays entering a market, given where it is produced.

Rule (stated simplifications):
- same country, or both inside the EU single market: no duty;
- a user's duty quote (override ``duty/<origin>/<market>``) wins over everything else;
- an agreement in force between the origin (or a bloc it belongs to) and the market (or its
  bloc) that covers the product's HS chapter gives 0 % (tariff phase-outs are complete for
  industrial goods in the agreements bundled; agricultural concessions are not modelled and
  count as "not covered"); for a processed agricultural product under an agreement that frees
  only the industrial component the duty is a band from 0 to the MFN rate (its midpoint); a unilateral preference (EU GSP+ for Uzbekistan) only for the
  beneficiary's goods;
- otherwise the importer's MFN applied average for the product group (EU members share the
  EU common external tariff; Liechtenstein applies Switzerland's tariff; Türkiye applies the
  EU tariff to industrial goods under the Customs Union; Switzerland's industrial goods are
  duty-free since 2024); where only a band is citable (Iraq, Kosovo, Turkmenistan) its base,
  with the band's ends in the low and high scenarios. No figure at all is *unknown*, never 0.
Trade remedies in force on the product from the origin (anti-dumping, countervailing,
safeguard: ``trade_remedies.csv``) are flagged with their published rates, not priced (the
rates are company-specific). Suspended agreements give no preference and are flagged; where trade is halted altogether
(trade_restrictions.csv, e.g. Türkiye-Israel since 2 May 2024) there is no duty to compute: the
lane is marked halted.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kokapp.core.reference import Reference
from kokapp.core.remedies import Remedies

TARIFF_TERRITORY = {"LI": "CH"}
NOT_ORIGINATING = "!"     # an origin code "RS!": made in Serbia, not originating under the agreement's rule


@dataclass(frozen=True)
class Access:
    origin: str
    market: str
    chapter: str
    rate_pct: float | None       # None: no citable figure; the user should enter a quote
    basis: str                   # domestic | single_market | override | agreement | mfn | halted | not_originating
    agreement_id: str = ""
    source_id: str = ""
    note: str = ""
    suspended: tuple[str, ...] = ()   # agreement ids between the two that are suspended
    pem_cumulation: bool = False
    halted: bool = False              # trade is stopped altogether (trade_restrictions.csv)
    rate_low_pct: float | None = None     # where only a band is citable: its ends (rate_pct = base)
    rate_high_pct: float | None = None
    remedies: tuple[str, ...] = ()        # trade remedies in force that may hit the product (flagged, not priced)

    def rate_at(self, level: str) -> float | None:
        """The rate for a low/base/high scenario: a band's end, else the rate itself."""
        if self.rate_low_pct is None or level == "base":
            return self.rate_pct
        return self.rate_low_pct if level == "low" else self.rate_high_pct

    @property
    def duty_free(self) -> bool:
        return self.rate_pct == 0.0


class MarketAccess:
    def __init__(self, reference: Reference):
        self.ref = reference
        pack = reference.pack
        self._blocs: dict[str, set[str]] = {}
        for bloc, iso2 in zip(pack.column("blocs", "bloc"), pack.column("blocs", "iso2")):
            self._blocs.setdefault(iso2, set()).add(bloc)
        self._agreements = pack.records("agreements")
        self._ag_flag = dict(zip(pack.column("hs_chapters", "chapter"),
                                 pack.column("hs_chapters", "ag_customs_union_excluded")))
        self._group = dict(zip(pack.column("hs_chapter_product_group", "hs_chapter"),
                               pack.column("hs_chapter_product_group", "product_group")))
        self._by_pair: dict[tuple[str, str], list[dict]] = {}
        self._memo: dict[tuple[str, str, str], Access] = {}
        restrictions = pack.columns["trade_restrictions"]
        self._halted = {(o, m): (s, n) for o, m, s, n in zip(restrictions["origin"], restrictions["market"],
                                                             restrictions["source_id"], restrictions["note"])}

    @property
    def pem_members(self) -> set[str]:
        return {iso2 for iso2, blocs in self._blocs.items() if "PEM" in blocs}

    def members(self, party: str) -> set[str]:
        """The countries a party of an agreement stands for: a bloc's members, or the country."""
        found = {iso2 for iso2, blocs in self._blocs.items() if party in blocs}
        return found or {party}

    def _parties(self, iso2: str) -> set[str]:
        return {iso2} | self._blocs.get(iso2, set())

    def agreements_between(self, origin: str, market: str) -> list[dict]:
        key = (origin, market)
        if key not in self._by_pair:
            a, b = self._parties(origin), self._parties(market)
            found = []
            for row in self._agreements:
                pa, pb = row["party_a"], row["party_b"]
                if (pa in a and pb in b) or (pa in b and pb in a):
                    found.append(row)
            self._by_pair[key] = found
        return self._by_pair[key]

    def _covers(self, coverage: str, chapter: str) -> bool:
        ag = self._ag_flag[chapter]
        return (coverage == "all"
                or (coverage == "industrial_processed_agri" and ag in ("no", "partial"))
                or (coverage == "industrial" and ag == "no"))

    def duty(self, origin: str, market: str, code: str) -> Access:
        """The duty on goods of ``origin`` entering ``market``; ``code`` is the product's HS code
        (its chapter is enough where no tariff line is looked up)."""
        key = (origin, market, code)
        if key not in self._memo:
            access = self._duty(origin, market, code[:2], code)
            if access.basis not in ("domestic", "single_market", "halted") and len(code) >= 4:
                found = Remedies.of(self.ref.pack).find(origin.rstrip(NOT_ORIGINATING), market, code)
                if found:
                    access = replace(access, remedies=tuple(r.describe() for r in found))
            self._memo[key] = access
        return self._memo[key]

    def _duty(self, origin: str, market: str, chapter: str, code: str) -> Access:
        if origin.endswith(NOT_ORIGINATING):
            return self._not_originating(origin[:-1], market, chapter, code)
        if (origin, market) in self._halted:
            source, note = self._halted[(origin, market)]
            suspended = tuple(a["agreement_id"] for a in self.agreements_between(origin, market)
                              if a["status"] == "suspended")
            return Access(origin, market, chapter, None, "halted", "", source, note, suspended, halted=True)
        if origin == market:
            return Access(origin, market, chapter, 0.0, "domestic")
        if "EU" in self._blocs.get(origin, ()) and "EU" in self._blocs.get(market, ()):
            return Access(origin, market, chapter, 0.0, "single_market")
        agreements = self.agreements_between(origin, market)
        suspended = tuple(a["agreement_id"] for a in agreements if a["status"] == "suspended")
        quote = self.ref.duty_quote(origin, market)
        if quote is not None:
            return Access(origin, market, chapter, quote.value, "override", note=quote.note,
                          suspended=suspended)
        for a in agreements:
            if a["beneficiary"] and a["beneficiary"] not in self._parties(origin):
                continue                    # a unilateral preference (EU GSP+) for the other side's goods
            if a["status"] == "in_force" and self._ag_flag[chapter] == "partial" and a["coverage"] in (
                    "industrial", "industrial_processed_agri"):
                return self._processed_agri(origin, market, chapter, code, a, suspended)
            if a["status"] == "in_force" and self._covers(a["coverage"], chapter):
                return Access(origin, market, chapter, 0.0, "agreement", a["agreement_id"],
                              a["source_id"], "", suspended, a["pem_cumulation"] == "yes")
        return self._mfn(origin, market, chapter, code, suspended)

    def _not_originating(self, made_in: str, market: str, chapter: str, code: str) -> Access:
        """Goods made in ``made_in`` that do not meet the agreement's rule of origin: no preference;
        the customs union still frees industrial goods in free circulation (A.TR, no origin)."""
        access = self._duty(made_in, market, chapter, code)
        if access.basis in ("domestic", "single_market", "halted", "override"):
            return access
        if access.basis == "agreement" and any(a["agreement_id"] == access.agreement_id and a["type"] == "CU"
                                               for a in self.agreements_between(made_in, market)):
            return access
        mfn = self._mfn(made_in, market, chapter, code, access.suspended)
        return replace(mfn, origin=made_in + NOT_ORIGINATING, basis="not_originating",
                       note="; ".join(n for n in ("the goods do not meet the agreement's rule of origin", mfn.note) if n))

    def _processed_agri(self, origin: str, market: str, chapter: str, code: str, a: dict, suspended) -> Access:
        """A processed agricultural product (chapters 17-24 and the like) under an agreement that
        frees the industrial component only: the agricultural component remains, and Kök has no
        figure for it, so the duty is a band from nothing to the full MFN rate, at its midpoint."""
        mfn = self._mfn(origin, market, chapter, code, suspended)
        note = ("processed agricultural product: the agreement removes the industrial component; the "
                "agricultural component remains and is not modelled (band from 0 to the MFN rate)")
        if mfn.rate_pct is None:
            return replace(mfn, basis="agreement", agreement_id=a["agreement_id"], note=note)
        high = mfn.rate_high_pct if mfn.rate_high_pct is not None else mfn.rate_pct
        return Access(origin, market, chapter, high / 2, "agreement", a["agreement_id"], a["source_id"], note,
                      suspended, a["pem_cumulation"] == "yes", rate_low_pct=0.0, rate_high_pct=high)

    def _mfn(self, origin: str, market: str, chapter: str, code: str, suspended: tuple[str, ...]) -> Access:
        group = self._group.get(chapter) or "ALL"
        importer = TARIFF_TERRITORY.get(market, market)
        note = ""
        if "EU" in self._blocs.get(importer, ()):
            importer = "EU"
        elif importer == "TR" and self._ag_flag[chapter] == "no":
            importer = "EU"
            note = "Türkiye applies the EU common external tariff to industrial goods (Customs Union)"
        figure = self.ref.mfn(importer, group, industrial=self._ag_flag[chapter] == "no", code=code)
        return Access(origin, market, chapter, figure.value, "mfn", "", figure.source,
                      "; ".join(n for n in (note, figure.note) if n), suspended,
                      rate_low_pct=figure.low if figure.banded else None,
                      rate_high_pct=figure.high if figure.banded else None)
