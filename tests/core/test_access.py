"""The agreement logic table: which duty a product pays, from which origin, into which market."""

import pytest

from kokapp.core.access import MarketAccess
from kokapp.core.project import Override
from kokapp.core.reference import Reference

AUTO_PARTS = "87"   # HS 87: vehicles and parts (industrial)
FRUIT = "08"        # HS 08: edible fruit (basic agricultural)


@pytest.fixture(scope="module")
def access(pack):
    return MarketAccess(Reference(pack))


@pytest.mark.parametrize("origin, market, agreement", [
    ("TR", "DE", "eu_tr_cu"),     # Customs Union
    ("RS", "DE", None),           # EU-Serbia SAA
    ("MA", "FR", None),           # EU-Morocco association agreement
    ("GE", "IT", None),           # EU-Georgia DCFTA
    ("EG", "IQ", None),           # GAFTA
    ("TR", "GB", None),           # UK-Türkiye FTA
])
def test_preferential_zero_duty(access, origin, market, agreement):
    a = access.duty(origin, market, AUTO_PARTS)
    assert (a.rate_pct, a.basis) == (0.0, "agreement")
    if agreement:
        assert a.agreement_id == agreement
    assert a.source_id


def test_single_market_and_domestic(access):
    assert access.duty("BG", "DE", AUTO_PARTS).basis == "single_market"
    assert access.duty("TR", "TR", AUTO_PARTS).basis == "domestic"


def test_turkiye_to_iraq_is_mfn(access):
    a = access.duty("TR", "IQ", AUTO_PARTS)
    assert a.basis == "mfn" and a.agreement_id == ""
    # only a band is citable (0-30 % by HS since 2019): its midpoint, with the ends for the scenarios
    assert (a.rate_low_pct, a.rate_pct, a.rate_high_pct) == (0.0, 15.0, 30.0) and "band" in a.note
    assert (a.rate_at("low"), a.rate_at("base"), a.rate_at("high")) == (0.0, 15.0, 30.0)


def test_switzerland_charges_no_duty_on_industrial_goods_since_2024(access):
    assert access.duty("TR", "CH", "84").rate_pct is not None
    industrial = access.duty("CN", "CH", "84")       # no agreement: MFN, and that is zero since 1 Jan 2024
    assert industrial.basis == "mfn" and industrial.rate_pct == 0.0
    assert access.duty("CN", "CH", "04").rate_pct > 0    # dairy keeps its duty


def test_turkiye_to_israel_is_suspended(access):
    a = access.duty("TR", "IL", AUTO_PARTS)
    assert a.suspended and a.basis != "agreement"


def test_agricultural_chapter_is_outside_the_customs_union(access, pack):
    a = access.duty("TR", "DE", FRUIT)
    assert a.basis == "mfn"
    eu_fruit = pack.table("tariffs_mfn").query("importer == 'EU' and product_group == 'FRUIT_VEG'")
    assert a.rate_pct == pytest.approx(float(eu_fruit["mfn_avg_pct"].iloc[0]))
    assert a.rate_pct > 0


def test_mfn_for_third_country_into_eu_uses_common_tariff(access, pack):
    a = access.duty("KZ", "DE", AUTO_PARTS)
    eu = pack.table("tariffs_mfn").query("importer == 'EU' and product_group == 'TRANSPORT_EQUIPMENT'")
    assert (a.basis, a.rate_pct) == ("mfn", pytest.approx(float(eu["mfn_avg_pct"].iloc[0])))


def test_user_duty_quote_wins(pack):
    ref = Reference(pack, [Override("duty/TR/IQ", 5.0, "broker quote")])
    a = MarketAccess(ref).duty("TR", "IQ", AUTO_PARTS)
    assert (a.rate_pct, a.basis, a.note) == (5.0, "override", "broker quote")


def test_trade_halted_between_turkiye_and_israel(access):
    """Türkiye halted all trade with Israel on 2 May 2024: goods of Turkish origin cannot be sold
    there whatever the tariff, while goods made e.g. in Serbia still can."""
    halted = access.duty("TR", "IL", AUTO_PARTS)
    assert halted.halted and halted.basis == "halted" and halted.rate_pct is None
    assert "2 May 2024" in halted.note and halted.suspended
    assert not access.duty("RS", "IL", AUTO_PARTS).halted


def test_agreements_the_audit_found_missing_now_apply(access):
    assert access.duty("MD", "CH", "84").agreement_id == "efta_md"          # EFTA-Moldova, in force 2025
    assert access.duty("GE", "KZ", "84").agreement_id == "ge_kz"            # Georgia's CIS-era FTAs
    assert access.duty("RS", "AE", "84").agreement_id == "ae_rs"            # UAE-Serbia CEPA, 2025-06-01
    assert access.duty("KZ", "MD", "84").agreement_id == "cis_fta"          # CIS FTA 2011
    assert access.duty("XK", "NO", "84").agreement_id != "efta_xk"          # signed, not in force


def test_gsp_plus_is_one_way(access):
    """EU GSP+: Uzbek goods enter the EU duty-free; EU goods entering Uzbekistan do not."""
    assert access.duty("UZ", "DE", "61").agreement_id == "eu_uz_gsp_plus"
    assert access.duty("UZ", "DE", "61").rate_pct == 0.0
    assert access.duty("DE", "UZ", "61").agreement_id != "eu_uz_gsp_plus"


def test_processed_agricultural_products_keep_their_agricultural_component(access):
    """Biscuits (chapter 19) from Türkiye or Egypt into the EU: the Customs Union and the
    association agreement free the industrial component only; the agricultural component is
    not modelled, so the duty is a band from 0 to the EU MFN rate, never a flat 0."""
    mfn = access.duty("CN", "DE", "19").rate_pct
    for origin, agreement in (("TR", "eu_tr_cu"), ("EG", "eu_eg_aa")):
        a = access.duty(origin, "DE", "19")
        assert a.agreement_id == agreement and a.basis == "agreement"
        assert (a.rate_low_pct, a.rate_pct, a.rate_high_pct) == (0.0, mfn / 2, mfn) and mfn > 0
        assert "agricultural component" in a.note
    assert access.duty("TR", "DE", "87").rate_pct == 0.0          # industrial goods stay duty-free
