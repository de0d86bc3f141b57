"""Trade remedies in force (anti-dumping, countervailing, safeguard) that may hit a product
from a producing country in a market (``trade_remedies.csv``, each row with its regulation).

A measure is listed by the codes its regulation names. A product matches when its code and one
of those codes agree on their common digits (a 6-digit product under an 8-digit measure *may*
fall under it). Rates are company-specific, so Kök flags the measure with its published range
instead of pricing one rate: the user sees "EU anti-dumping on ... from Egypt" and checks it.
"""

from __future__ import annotations

from dataclasses import dataclass

from kokapp.core.datapack import DataPack

MEASURES = {"AD": "anti-dumping", "CVD": "countervailing (anti-subsidy)", "SG": "safeguard"}


@dataclass(frozen=True)
class Remedy:
    imposer: str          # ISO2 or EU
    origin: str           # ISO2, or ALL for a safeguard on every origin
    measure: str          # AD, CVD, SG
    product: str
    codes: tuple[str, ...]
    rate_low_pct: float | None
    rate_high_pct: float | None
    since: str
    expires: str
    source_id: str
    exact: bool           # the product's code is within a listed code (not only a neighbour)

    def describe(self) -> str:
        rates = ("" if self.rate_low_pct is None else
                 f" {self.rate_low_pct:g} %" if self.rate_low_pct == self.rate_high_pct else
                 f" {self.rate_low_pct:g}-{self.rate_high_pct:g} %")
        origin = "all origins" if self.origin == "ALL" else self.origin
        may = "" if self.exact else " (may apply: check the full code)"
        return f"{self.imposer} {MEASURES[self.measure]}{rates} on {self.product} from {origin}{may}"


class Remedies:
    def __init__(self, pack: DataPack):
        self.rows = [r for r in pack.records("trade_remedies") if r["status"] == "in_force"] \
            if "trade_remedies" in pack.names else []
        self._imposer = {iso2: "EU" for bloc, iso2 in zip(pack.column("blocs", "bloc"), pack.column("blocs", "iso2"))
                         if bloc == "EU"}           # an EU member's measures are the Union's

    @classmethod
    def of(cls, pack: DataPack) -> "Remedies":
        return pack.derived("remedies", lambda: cls(pack))

    def find(self, origin: str, market: str, code: str) -> tuple[Remedy, ...]:
        """Measures in force in ``market`` (or its customs union) on ``code`` from ``origin``."""
        imposer = self._imposer.get(market, market)
        found = []
        for r in self.rows:
            if r["imposer"] != imposer or r["origin"] not in (origin, "ALL"):
                continue
            codes = tuple(r["hs_codes"].split())
            hits = [c for c in codes if c[:len(code)] == code[:len(c)]]
            if hits:
                found.append(Remedy(r["imposer"], r["origin"], r["measure"], r["product"], codes,
                                    _pct(r["rate_low_pct"]), _pct(r["rate_high_pct"]), r["in_force_since"],
                                    r["expires"], r["source_id"], any(code.startswith(c) for c in hits)))
        return tuple(found)


def _pct(value) -> float | None:
    return None if value is None or value != value else float(value)
