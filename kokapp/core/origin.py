"""Which country the goods originate in, given the set-up at a location (stated simplification).

- logistics hub and sales office: goods are only stored or resold, origin stays Türkiye;
- assembly: the location confers origin when its local content reaches the threshold
  (a single value-added threshold stands in for the product-specific rules of origin), or
  when PEM diagonal cumulation lets Turkish inputs count as originating: Türkiye, the location
  and the market are all PEM parties and the location's agreement with the market applies PEM
  cumulation. Otherwise the goods keep Turkish origin.
"""

from __future__ import annotations

from kokapp.core.access import MarketAccess

TURKIYE = "TR"


def assembly_origin(access: MarketAccess, location_iso2: str, market: str, local_content_pct: float,
                    threshold_pct: float) -> tuple[str, str]:
    """(origin ISO2, reason) for goods assembled at the location and sold into ``market``."""
    if location_iso2 == TURKIYE:
        return TURKIYE, "produced in Türkiye"
    if local_content_pct >= threshold_pct:
        return location_iso2, "local content at or above the origin threshold"
    pem = {TURKIYE, location_iso2, market} <= access.pem_members
    cumulation = any(a["pem_cumulation"] == "yes" and a["status"] == "in_force"
                     for a in access.agreements_between(location_iso2, market))
    if pem and cumulation:
        return location_iso2, "PEM diagonal cumulation with Turkish inputs"
    return TURKIYE, "local content below the origin threshold"
