"""The verdict in money: yearly logistics and duty against exporting from the origin hub."""

import math

import pytest

from kokapp.core.project import Product, Project
from kokapp.core.verdict import cost_verdict


def yearly(c, loc):
    return c.criteria.loc[loc, "logistics_cost"] + c.criteria.loc[loc, "duty_cost"]


def test_the_demo_verdict_is_the_cheapest_location_and_its_saving(engine, demo):
    c = engine.compare(demo)
    v = cost_verdict(c)
    costs = {loc: yearly(c, loc) for loc in c.locations}
    assert v.best == min(costs, key=costs.get) and not v.keep_exporting
    assert v.saving == pytest.approx(costs["TR-BUR"] - costs[v.best])
    for loc in c.locations:
        assert v.deltas[loc] == pytest.approx(costs[loc] - costs["TR-BUR"])


def test_keep_exporting_when_no_location_is_cheaper(engine):
    """Bursa to Romania by truck against Almaty: Almaty costs more, so keep exporting."""
    project = Project("T", "TR-BUR", [Product("Box", "870830", 100.0, 10.0, 0.1)], ["RO"],
                      {("Box", "RO"): 1720.0}, ["KZ-ALA"])
    v = cost_verdict(engine.compare(project))
    assert v.keep_exporting and v.best == "TR-BUR" and v.deltas["KZ-ALA"] > 0


def test_a_location_that_cannot_serve_the_plan_is_never_the_verdict(engine):
    """Türkiye cannot sell to Israel (trade halted): a Turkish location is never the cheapest
    verdict even at zero cost there; the baseline's own cost is kept as the reference."""
    project = Project("T", "TR-DEN", [Product("Valve", "848180", 40.0, 2.0, 0.004)], ["IL"],
                      {("Valve", "IL"): 5000.0}, ["TR-IZM", "GR-SKG"])
    v = cost_verdict(engine.compare(project))
    assert v.best == "GR-SKG" and not math.isnan(v.best_cost)
