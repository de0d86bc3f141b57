"""Turkish state support inside the NPV: the Ministry of Trade's overseas unit rent support
(Presidential Decision 5973, Art. 11; ``state_support.csv``).

The rule as Kök applies it, when the user switches it on for the project:

- it pays ``share_pct`` of the unit's rent, up to the yearly cap per unit (TRY, converted at the
  bundled ECB rate), for at most ``max_years`` years in the country;
- only for set-ups that market goods produced in Türkiye (a hub or a sales office: the goods are
  resold, not transformed; Kök's origin logic gives them Turkish origin), never for an assembly
  line (production premises are not a "unit");
- at most ``export_limit_share`` of the year's exports to that country: for a hub, every unit of
  the plan is shipped into its country; for a sales office, the plan's sales in its country;
- received the year after the rent (reimbursed on application); not taxed in the model (a
  stated simplification: the grant goes to the Turkish company).

The target-country uplift (up to 20 points) is not applied: the list is not bundled.
"""

from __future__ import annotations

from dataclasses import dataclass

from kokapp.core.origin import TURKIYE


@dataclass(frozen=True)
class RentSupport:
    rule_id: str
    share_pct: float
    cap_eur_year: float           # the yearly cap converted to EUR
    cap_amount: float
    cap_currency: str
    cap_year: int
    max_years: int
    kinds: tuple[str, ...]
    export_limit_share: float
    legal_source: str
    article: str
    source_id: str
    check: str

    @classmethod
    def of(cls, pack) -> "RentSupport":
        return pack.derived("rent_support", lambda: cls._read(pack))

    @classmethod
    def _read(cls, pack) -> "RentSupport":
        row = pack.records("state_support")[0]
        rates = dict(zip(pack.column("fx_ecb", "currency"), pack.column("fx_ecb", "units_per_eur")))
        cap_eur = float(row["cap_amount"]) / float(rates[row["cap_currency"]])
        return cls(row["rule_id"], float(row["share_pct"]), cap_eur, float(row["cap_amount"]), row["cap_currency"],
                   int(row["cap_year"]), int(row["max_years"]), tuple(row["applies_to"].split(";")),
                   float(row["export_limit_share"]), row["legal_source"], row["article"], row["source_id"],
                   row["check"])

    def why_not(self, kind: str, goods_origin: str, exports_eur_year: float) -> str:
        """"" when the rule applies to this set-up, else why not: ``not_a_unit`` (production or
        assembly premises are not supported), ``not_turkish_goods`` (the unit must market goods
        produced in Türkiye), ``no_exports`` (nothing is exported to the country: the support is
        at most a share of those exports)."""
        if kind not in self.kinds:
            return "not_a_unit"
        if goods_origin != TURKIYE:
            return "not_turkish_goods"
        if exports_eur_year <= 0:
            return "no_exports"
        return ""

    def earned(self, year: int, rent_eur_year: float, exports_eur_year: float) -> float:
        """Support earned on year ``year``'s rent (paid the year after)."""
        if year > self.max_years:
            return 0.0
        return max(min(self.share_pct / 100 * rent_eur_year, self.cap_eur_year,
                       self.export_limit_share * exports_eur_year), 0.0)
