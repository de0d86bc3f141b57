"""Rules of origin a customs broker would sign: the published list rules read into criteria, and
bills of materials checked against them — hand-worked cases, each citing the rule it applies."""

from dataclasses import replace

import pytest

from kokapp.core.bom import BomLine
from kokapp.core.origin_rules import OriginRules, alternatives, parse_alternative
from kokapp.core.origin_verdict import verdict
from kokapp.core.project import Product, ProjectError, validate_project

PADS = Product("Brake pads", "870830", 18.0, 1.2, 0.0018)


@pytest.fixture(scope="module")
def access(engine):
    return engine.reference([])[1]


def judge(pack, access, product, bom, made_in, market):
    return verdict(pack, access, product, tuple(bom), made_in, market)


# -- reading the published texts --------------------------------------------------------------
def test_change_of_heading_and_value_rules_are_read():
    cth = parse_alternative("Manufacture from materials of any heading, except that of the product")
    assert cth.cth and cth.max_nom_pct is None and not cth.condition
    both = parse_alternative("Manufacture:\n— from materials of any heading, except that of the product, and\n— in "
                             "which the value of all the materials used does not exceed 40 % of the ex-works price "
                             "of the product")
    assert both.cth and both.max_nom_pct == 40 and not both.condition
    excepted = parse_alternative("Manufacture from materials of any heading, except those of headings 8403 and 8404")
    assert excepted.cth and excepted.except_headings == {"8403", "8404"}


def test_alternatives_and_the_fourth_column(pack):
    """Revised PEM rule for 8708: CTH, or MaxNOM 50 %; 2012 list, ex chapter 84, column 3 'CTH and
    40 %' or column 4 '30 %'."""
    rule = OriginRules.of(pack).rules_for("pem_revised", "870830")
    assert [r.classification for r in rule] == ["8708"]
    assert [(a.cth, a.max_nom_pct) for a in rule[0].alternatives] == [(True, None), (False, 50.0)]
    old = OriginRules.of(pack).rules_for("pem_2012", "847990")
    assert old[0].classification == "ex Chapter 84"
    assert [(a.cth, a.max_nom_pct) for a in old[0].alternatives] == [(True, 40.0), (False, 30.0)]


def test_a_cap_on_named_headings_and_conditions_a_bill_cannot_show():
    capped = parse_alternative("Manufacture in which:\n— the value of all the materials used does not exceed 40 % of "
                               "the ex-works price of the product, and\n— within the above limit, the value of all the "
                               "materials of heading 8431 used does not exceed 10 % of the ex-works price of the product")
    assert capped.max_nom_pct == 40 and capped.caps == ((frozenset({"8431"}), 10.0),) and not capped.condition
    woven = alternatives("Weaving combined with making-up including cutting of fabric\nor\nMaking-up including cutting "
                         "of fabric preceded by printing (as standalone operation).")
    assert len(woven) == 2 and all(a.condition for a in woven)
    food = parse_alternative("Manufacture from materials of any heading, except that of the product, in which all the "
                             "materials of Chapter 7 used are wholly obtained")
    assert food.cth and "wholly obtained" in food.condition


def test_the_most_specific_row_of_the_list_applies(pack):
    rules = OriginRules.of(pack)
    assert rules.rules_for("pem_2012", "870830")[0].classification == "ex Chapter 87"
    assert rules.rules_for("pem_revised", "940360")[0].classification == "Chapter 94"
    split = rules.rules_for("pem_2012", "842920")                     # 8429: road rollers / other
    assert {r.sub_description for r in split} == {"– Road rollers", "– Other"}


# -- verdicts ------------------------------------------------------------------------------------
def test_auto_parts_value_rule_of_the_2012_list(pack, access):
    """Morocco -> Germany (EU–Morocco, 2012 list, ex chapter 87: MaxNOM 40 %): Chinese friction
    material 7.00, Turkish back plate 2.50 and Chinese shims 1.00 of an 18.00 ex-works price. The
    Turkish plate does not cumulate (Türkiye–Morocco applies the revised rules, EU–Morocco the 2012
    ones): 10.50 / 18 = 58 % > 40 % — not originating; with 6.00 of friction material and a 0.50
    plate, 7.50 / 18 = 42 %: still not; with 6.00 and no plate 38.9 %: originating."""
    bom = [BomLine("6813", "CN", 7.0), BomLine("7326", "TR", 2.5), BomLine("8708", "CN", 1.0)]
    v = judge(pack, access, PADS, bom, "MA", "DE")
    assert (v.status, v.agreement_id, v.rule_set) == ("not_originating", "eu_ma_aa", "pem_2012")
    assert "58% of the ex-works price > 40 % allowed" in v.reason and v.nom_share == pytest.approx(10.5 / 18)
    assert judge(pack, access, PADS, [BomLine("6813", "CN", 6.0), BomLine("7326", "TR", 0.5), BomLine("8708", "CN", 1.0)],
                 "MA", "DE").status == "not_originating"
    assert judge(pack, access, PADS, [BomLine("6813", "CN", 6.0), BomLine("8708", "CN", 1.0)], "MA", "DE").status \
        == "originating"
    assert access.duty("MA!", "DE", "870830").basis == "not_originating"
    assert access.duty("MA!", "DE", "870830").rate_pct == access.duty("CN", "DE", "870830").rate_pct   # MFN


def test_revised_rule_change_of_heading_beats_a_high_value_share(pack, access):
    """Serbia -> Germany (revised rules, 8708: CTH or MaxNOM 50 %): 67 % Chinese friction material
    of heading 6813 still changes heading: originating, on an EUR.1 or origin declaration."""
    v = judge(pack, access, PADS, [BomLine("6813", "CN", 12.0)], "RS", "DE")
    assert v.status == "originating" and v.proof == "EUR.1 or origin declaration" and v.nom_share > 0.5


def test_same_heading_material_within_and_beyond_the_tolerance(pack, access):
    """8708 parts from China: 2.00 EUR (11 %) is within the revised 15 % tolerance; 10.00 EUR
    (56 %) fails the change of heading and the 50 % value rule."""
    ok = judge(pack, access, PADS, [BomLine("870830", "CN", 2.0)], "RS", "DE")
    assert ok.status == "originating" and "within the 15 % tolerance" in ok.reason
    bad = judge(pack, access, PADS, [BomLine("870830", "CN", 10.0)], "RS", "DE")
    assert bad.status == "not_originating"
    assert "in the product's heading" in bad.reason and "56% of the ex-works price > 50 % allowed" in bad.reason


def test_diagonal_cumulation_only_between_parties_applying_the_same_rules(pack, access):
    """A Turkish part of heading 8708 worth 10.00 (56 %): it counts in North Macedonia for Germany
    (Türkiye–North Macedonia and EU–North Macedonia both apply the revised rules with diagonal
    cumulation; the customs union stands for EU–Türkiye) — originating; not in Serbia for Germany
    (Türkiye–Serbia is bilateral only from 2026) — not originating; in Serbia for Türkiye it counts
    bilaterally. A Moroccan part counts nowhere in Serbia: Morocco and Serbia have no agreement."""
    turkish = [BomLine("870830", "TR", 10.0)]
    mk = judge(pack, access, PADS, turkish, "MK", "DE")
    assert mk.status == "originating" and "diagonal cumulation of materials from TR" in mk.reason
    assert judge(pack, access, PADS, turkish, "RS", "DE").status == "not_originating"
    bilateral = judge(pack, access, PADS, turkish, "RS", "TR")
    assert (bilateral.agreement_id, bilateral.status) == ("tr_rs", "originating")
    assert "bilateral cumulation of materials from TR" in bilateral.reason
    assert judge(pack, access, PADS, [BomLine("870830", "MA", 10.0)], "RS", "DE").status == "not_originating"
    assert judge(pack, access, PADS, [BomLine("870830", "SY", 10.0)], "RS", "DE").status == "not_originating"


def test_customs_union_needs_no_origin(pack, access):
    v = judge(pack, access, PADS, [BomLine("870830", "CN", 15.0)], "TR", "DE")
    assert (v.status, v.proof) == ("customs_union", "A.TR") and v.preferential
    assert access.duty("BG!", "TR", "870830").rate_pct == 0.0          # free circulation from the EU side too


def test_textiles_double_transformation(pack, access):
    """Women's suits (6204) sewn in North Macedonia from Turkish woven fabric: every material
    originates by diagonal cumulation — originating. From Chinese fabric in Egypt (2012 list: 'Manufacture from
    yarn'): originating only if made from yarn, which the bill cannot show — MFN until confirmed."""
    suit = Product("Women's suit", "620412", 40.0, 0.8, 0.004)
    assert judge(pack, access, suit, [BomLine("5208", "TR", 12.0)], "MK", "DE").status == "originating"
    v = judge(pack, access, suit, [BomLine("5208", "CN", 12.0)], "EG", "DE")
    assert v.status == "conditional" and "yarn" in v.reason and v.preferential is False


def test_food_rule_with_a_condition(pack, access):
    """Jam (2007) made in North Macedonia from imported fruit pulp: the revised rule asks for a
    change of heading and a sugar weight cap: the change is checked, the weight must be confirmed."""
    jam = Product("Jam", "200799", 3.0, 0.5, 0.0006)
    v = judge(pack, access, jam, [BomLine("0811", "CL", 1.0), BomLine("1701", "BR", 0.4)], "MK", "DE")
    assert v.status == "conditional" and "sugar" in v.reason


def test_when_the_rule_does_not_decide(pack, access):
    assert judge(pack, access, PADS, (), "RS", "DE").status == "no_bom"
    assert judge(pack, access, PADS, [BomLine("6813", "CN", 5.0)], "RS", "US").status == "no_preference"
    assert judge(pack, access, PADS, [BomLine("6813", "CN", 5.0)], "TR", "AE").status == "no_rules"   # UAE CEPA


@pytest.mark.parametrize("line, field, message", [
    (BomLine("12ab", "CN", 1.0), "hs_code", "must be an HS code of 4 to 10 digits in a known chapter"),
    (BomLine("7701", "CN", 1.0), "hs_code", "must be an HS code of 4 to 10 digits in a known chapter"),
    (BomLine("6813", "QQ", 1.0), "origin", "must be a country code"),
    (BomLine("6813", "CN", -2.0), "value_eur", "must be a number of euros, zero or more"),
])
def test_bad_bill_of_materials_lines_are_named(pack, demo, line, field, message):
    product = replace(demo.products[0], bom=(BomLine("7326", "TR", 1.0), line))
    with pytest.raises(ProjectError) as e:
        validate_project(replace(demo, products=[product, *demo.products[1:]]), pack)
    assert e.value.field == f"products[0].bom[1].{field}" and e.value.message.startswith(message)


def test_materials_worth_more_than_the_product_are_refused(pack, demo):
    product = replace(demo.products[0], bom=(BomLine("6813", "CN", 12.0), BomLine("7326", "TR", 7.0)))
    with pytest.raises(ProjectError) as e:
        validate_project(replace(demo, products=[product, *demo.products[1:]]), pack)
    assert e.value.field == "products[0].bom" and "more than the product's unit value" in e.value.message


def test_the_verdict_feeds_the_duty_and_the_landed_cost(engine, demo):
    """With the brake pads' bill of materials, Tangier's German lanes pay the MFN duty (44 % > 40 %)
    and Belgrade's stay duty-free."""
    pads = replace(demo.products[0], bom=(BomLine("6813", "CN", 7.0), BomLine("7326", "TR", 2.5),
                                          BomLine("8708", "CN", 1.0)))
    project = replace(demo, products=[pads, *demo.products[1:]])
    rows = engine.compare(project).lane_rows(["location", "market", "product", "duty_rate_pct", "duty_basis"])
    lane = {(r["location"], r["market"], r["product"]): r for r in rows}
    assert lane[("MA-TNG", "DE", pads.name)]["duty_basis"] == "not_originating"
    assert lane[("MA-TNG", "DE", pads.name)]["duty_rate_pct"] > 0
    assert lane[("RS-BEG", "DE", pads.name)]["duty_rate_pct"] == 0.0
    before = engine.compare(demo)
    after = engine.compare(project)
    i = before.locations.index("MA-TNG")
    assert after.criteria_columns["duty_cost"][i] > before.criteria_columns["duty_cost"][i]


def test_your_binding_origin_information_decides_over_the_rule(engine, demo):
    """A binding origin information (or the broker's answer) for brake pads made in Morocco and
    sold in Germany: originating, whatever the bill says; 0 says not, even without a bill."""
    from kokapp.core.project import Override

    pads = replace(demo.products[0], bom=(BomLine("6813", "CN", 7.0), BomLine("8708", "CN", 1.0)))
    project = replace(demo, products=[pads, *demo.products[1:]],
                      overrides=[*demo.overrides, Override(f"origin/MA/DE/{pads.hs_code}", 1.0, "BOI MA-2026-17")])
    access = engine.reference(project.overrides)[1]
    v = verdict(engine.pack, access, pads, pads.bom, "MA", "DE")
    assert v.status == "originating" and "your figure" in v.reason and "BOI MA-2026-17" in v.reason
    rows = engine.compare(project).lane_rows(["location", "market", "product", "duty_rate_pct"])
    assert next(r for r in rows if (r["location"], r["market"], r["product"]) == ("MA-TNG", "DE", pads.name)
                )["duty_rate_pct"] == 0.0
    no = replace(demo, overrides=[*demo.overrides, Override(f"origin/RS/DE/{demo.products[0].hs_code}", 0.0, "")])
    rows = engine.compare(no).lane_rows(["location", "market", "product", "duty_basis"])
    assert next(r for r in rows if (r["location"], r["market"], r["product"]) == ("RS-BEG", "DE", demo.products[0].name)
                )["duty_basis"] == "not_originating"
    with pytest.raises(ProjectError):
        engine.compare(replace(demo, overrides=[Override("origin/RS/DE/8708", 0.5, "")]))


def test_gafta_general_value_added_rule_with_regional_cumulation(pack, access):
    """Egypt -> Saudi Arabia (GAFTA: at least 40 % value added in the member states, i.e.
    non-originating materials under 60 % of the price): Chinese parts at 50 % — originating; at
    65 % — not; the same 65 % bought in Jordan (a GAFTA member) counts as Arab origin."""
    assert judge(pack, access, PADS, [BomLine("6813", "CN", 9.0)], "EG", "SA").status == "originating"
    no = judge(pack, access, PADS, [BomLine("6813", "CN", 11.7)], "EG", "SA")
    assert (no.status, no.agreement_id, no.rule_set) == ("not_originating", "gafta", "gafta_general")
    assert "65% of the ex-works price > 60 % allowed" in no.reason
    jordanian = judge(pack, access, PADS, [BomLine("6813", "JO", 11.7)], "EG", "SA")
    assert jordanian.status == "originating" and "regional cumulation of materials from JO" in jordanian.reason


def test_the_feasibility_says_the_bill_of_materials_decided_the_origin(engine, demo):
    from kokapp.core.feasibility import FeasibilityModel
    from kokapp.core.setup_options import DEFAULT_OPTIONS

    pads = replace(demo.products[0], bom=(BomLine("6813", "CN", 7.0), BomLine("7326", "TR", 2.5),
                                          BomLine("8708", "CN", 1.0)))
    project = replace(demo, products=[pads, *demo.products[1:]])
    model = FeasibilityModel(engine, project, "MA-TNG", DEFAULT_OPTIONS["assembly"])
    origin, reason = model.origins["DE"]
    assert origin == "MA" and reason == "bill of materials: the rule of origin is not met for 1 of 1 products " \
                                        "(MFN duty; see kokapp origin)"
    assert model.origin_of("MA-TNG", "DE", pads) == "MA!"


def test_steel_from_turkiye_needs_origin_under_the_ecsc_agreement(pack, access):
    """Iron and steel (chapter 72) are outside the customs union: Turkish flat-rolled steel for
    Germany needs EUR.1 origin under the ECSC agreement's rules, not an A.TR."""
    coil = Product("Hot-rolled coil", "720839", 600.0, 1000.0, 0.13)
    v = judge(pack, access, coil, [BomLine("7207", "RU", 300.0)], "TR", "DE")
    assert v.agreement_id == "eu_tr_ecsc" and v.status != "customs_union" and "EUR.1" in v.proof


def test_rules_a_bill_can_meet_are_not_conditions(pack, access):
    """Roasted coffee (revised rules: 'Manufacture from materials of any heading') from Brazilian
    beans roasted in Serbia: originating. A plastic part (chapter 39: change of heading; however
    materials of the same subheading up to 20 %) from Chinese polymer of heading 3901: originating;
    with 3926 parts worth 30 % of the price: not (and 60 % of non-originating materials > 50 %)."""
    coffee = Product("Roasted coffee", "090121", 10.0, 1.0, 0.002)
    assert judge(pack, access, coffee, [BomLine("0901", "BR", 6.0)], "RS", "DE").status == "originating"
    part = Product("Plastic part", "392690", 10.0, 0.2, 0.0005)
    assert judge(pack, access, part, [BomLine("3901", "CN", 6.0)], "RS", "DE").status == "originating"
    assert judge(pack, access, part, [BomLine("392690", "CN", 1.5)], "RS", "DE").status == "originating"
    over = judge(pack, access, part, [BomLine("392690", "CN", 3.0), BomLine("3901", "CN", 3.0)], "RS", "DE")
    assert over.status in ("not_originating", "conditional") and over.preferential is False
