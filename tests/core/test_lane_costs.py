"""Hand-worked lane and landed-cost examples, computed in the docstrings and checked exactly."""

import pytest

from kokapp.core.engine import Engine
from kokapp.core.project import Override, Product, Project

FREIGHT = [
    Override("freight/road_ftl/rate_per_km", 2.0, "test"),
    Override("freight/road_ftl/fixed_per_shipment", 100.0, "test"),
    Override("freight/road_ftl/border_cost", 50.0, "test"),
    Override("freight/road_ftl/border_delay_days", 0.5, "test"),
    Override("freight/road_ftl/km_per_day", 600.0, "test"),
    Override("freight/all/import_clearance", 150.0, "test"),
    Override("freight/all/insurance_rate", 0.0015, "test"),
    Override("freight/all/inventory_holding_rate", 0.0, "test: holding checked separately"),
]


def test_bursa_to_romania_by_truck(pack):
    """Bursa (TR-BUR) -> Romania (centre Bucharest): the road route Bursa -> Kapıkule -> Ruse-Giurgiu
    -> Bucharest is 829.3 km with one customs border (Türkiye-EU at Kapıkule; Bulgaria-Romania is
    inside the EU) (land_distances.csv).

    Truck: 100 + 2.0 x 829.3 + 50 (one customs border) = 1,808.60 EUR; 829.3 / 600 + 0.5 = 1.882167
    days (the user's 0.5 day per border replaces Kök's per-border waiting hours).
    Product 10 kg, 0.1 m3, EUR 100: a truck takes min(24,000/10, 86/0.1) = 860 units.
    1,720 units/year = exactly 2 trucks: freight 2 x 1,808.60 / 1,720 = 2.103023 EUR/unit.
    Clearance 150 x 2 / 1,720 = 0.174419; insurance 0.0015 x (100 + 2.103023) = 0.153155.
    Duty: Türkiye -> Romania, EU-Türkiye Customs Union, 0 %.
    Landed 100 + 2.103023 + 0.174419 + 0.153155 = 102.430597 EUR/unit.
    """
    assert pack.table("land_distances").query("from_id == 'TR-BUR' and to_id == 'RO'")["road_km"].item() == 829.3
    project = Project("T", "TR-BUR", [Product("Box", "870830", 100.0, 10.0, 0.1)], ["RO"],
                      {("Box", "RO"): 1720.0}, [], overrides=FREIGHT, forced_mode="road_ftl")
    row = Engine(pack).compare(project).lanes.iloc[0]
    assert row["mode"] == "road_ftl"
    assert row["road_ftl_cost_base"] == pytest.approx(1808.60)
    assert row["transit_days_base"] == pytest.approx(1.882167, abs=1e-6)
    assert row["road_ftl_units_per_load"] == 860
    assert row["freight_unit_base"] == pytest.approx(2.103023, abs=1e-6)
    assert row["clearance_unit_base"] == pytest.approx(0.174419, abs=1e-6)
    assert row["insurance_unit_base"] == pytest.approx(0.153155, abs=1e-6)
    assert (row["duty_rate_pct"], row["agreement_id"]) == (0.0, "eu_tr_cu")
    assert row["landed_unit_base"] == pytest.approx(102.430597, abs=1e-6)
    assert row["annual_logistics"] == pytest.approx((2.103023 + 0.174419 + 0.153155) * 1720, rel=1e-6)


def test_remainder_goes_as_groupage(pack):
    """2.5 trucks a year: 2 full trucks + half a truck at the groupage factor 1.6 (base)
    = (2 + min(0.5 x 1.6, 1)) x 1,808.60 = 5,064.08 EUR for 2,150 units = 2.355386 EUR/unit."""
    project = Project("T", "TR-BUR", [Product("Box", "870830", 100.0, 10.0, 0.1)], ["RO"],
                      {("Box", "RO"): 2150.0}, [], overrides=FREIGHT, forced_mode="road_ftl")
    row = Engine(pack).compare(project).lanes.iloc[0]
    assert row["freight_unit_base"] == pytest.approx(5064.08 / 2150, rel=1e-9)
    assert row["shipments"] == 3


def test_duty_is_charged_on_cif_value_for_third_country_origin(pack):
    """Almaty (KZ) -> Germany, HS 8708: no agreement, EU MFN average for transport equipment.
    duty/unit = rate x (value + freight + insurance)."""
    project = Project("T", "TR-BUR", [Product("Box", "870830", 100.0, 10.0, 0.1)], ["DE"],
                      {("Box", "DE"): 1720.0}, ["KZ-ALA"])
    lanes = Engine(pack).compare(project).lanes.set_index("location")
    kz = lanes.loc["KZ-ALA"]
    assert kz["duty_basis"] == "mfn" and kz["duty_rate_pct"] > 0
    expected = kz["duty_rate_pct"] / 100 * (100 + kz["freight_unit_base"] + kz["insurance_unit_base"])
    assert kz["duty_unit_base"] == pytest.approx(expected)
    assert lanes.loc["TR-BUR", "duty_unit_base"] == 0.0


def test_max_transit_time_picks_a_faster_mode(pack):
    product = Product("Box", "870830", 100.0, 10.0, 0.1)
    slow = Project("T", "TR-BUR", [product], ["DE"], {("Box", "DE"): 20000.0}, [])
    engine = Engine(pack)
    free = engine.compare(slow).lanes.iloc[0]
    slow.max_transit_days = free["transit_days_base"] - 0.5
    capped = engine.compare(slow).lanes.iloc[0]
    assert capped["transit_days_base"] <= slow.max_transit_days
    assert capped["landed_unit_base"] >= free["landed_unit_base"]


def test_goods_in_transit_carry_the_cost_of_capital(pack):
    """Holding = value x rate x days / 365: EUR 100 at 12 % for the truck's 1.882167 days
    = 100 x 0.12 x 1.882167 / 365 = 0.061879 EUR/unit, inside logistics and landed cost."""
    overrides = [o for o in FREIGHT if o.key != "freight/all/inventory_holding_rate"] + [
        Override("freight/all/inventory_holding_rate", 0.12, "test")]
    project = Project("T", "TR-BUR", [Product("Box", "870830", 100.0, 10.0, 0.1)], ["RO"],
                      {("Box", "RO"): 1720.0}, [], overrides=overrides, forced_mode="road_ftl")
    row = Engine(pack).compare(project).lanes.iloc[0]
    assert row["holding_unit_base"] == pytest.approx(0.061879, abs=1e-6)
    assert row["landed_unit_base"] == pytest.approx(102.430597 + 0.061879, abs=1e-6)


def test_rows_become_columns_and_are_let_go_a_few_thousand_at_a_time():
    """Text as object arrays, numbers as number arrays; the rows list is emptied as it ends (freed
    a few thousand at a time: 80,000 row dicts freed in one go held the interpreter 65 ms)."""
    import numpy as np

    from kokapp.core import lanes as lanes_module

    rows = [{"location": f"RS-{i}", "market": "DE", "road_km": 1000.0 + i, "borders": i % 3}
            for i in range(lanes_module.FREE_ROWS * 2 + 7)]
    columns = lanes_module.as_columns(rows)
    assert rows == []
    assert columns["location"].dtype == object and columns["location"][5] == "RS-5"
    assert columns["road_km"].dtype == float and columns["road_km"][-1] == 1000.0 + lanes_module.FREE_ROWS * 2 + 6
    assert columns["borders"].dtype.kind == "i" and list(columns["borders"][:4]) == [0, 1, 2, 0]
    assert set(columns) == {"location", "market", "road_km", "borders"} and len(columns["market"]) == len(columns["borders"])
    assert lanes_module.as_columns([]) == {}
