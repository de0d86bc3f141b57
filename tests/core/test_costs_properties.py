"""Properties of the cost engine that must hold for any input (hypothesis)."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from kokapp.core.costs import _load_freight
from kokapp.core.engine import Engine
from kokapp.core.project import Product, Project


@given(st.floats(1, 1e5), st.floats(0, 5e4), st.floats(0, 5e4), st.integers(1, 5000), st.floats(1.0, 3.0))
def test_load_freight_never_falls_with_volume(cost, units, extra, per_load, groupage):
    a, _ = _load_freight(np.array([cost]), np.array([units]), per_load, groupage)
    b, _ = _load_freight(np.array([cost]), np.array([units + extra]), per_load, groupage)
    assert b[0] >= a[0] - 1e-9


ENGINE = None


def engine(pack):
    global ENGINE
    if ENGINE is None:
        ENGINE = Engine(pack)
    return ENGINE


@settings(max_examples=25, deadline=None)
@given(volume=st.floats(1, 2e5), extra=st.floats(0, 2e5),
       market=st.sampled_from(["DE", "IT", "RO", "IQ", "GB"]),
       weight=st.floats(0.1, 50), volume_m3=st.floats(0.0005, 0.2))
def test_more_volume_never_lowers_annual_cost(pack, volume, extra, market, weight, volume_m3):
    product = Product("P", "870830", 25.0, weight, volume_m3)

    def annual(units: float):
        project = Project("T", "TR-BUR", [product], [market], {("P", market): units},
                          ["RS-BEG", "MA-TNG", "GE-TBS"])
        c = engine(pack).compare(project)
        return (c.criteria["logistics_cost"] + c.criteria["duty_cost"]).to_numpy()

    assert (annual(volume + extra) >= annual(volume) - 1e-6).all()
