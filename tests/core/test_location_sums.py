"""Sums that rows are added to and taken away from: fractional volumes taken away again leave
rounding, never a location that 'has volume' with a mean made of that rounding."""

import numpy as np

from kokapp.core.location_sums import LocationSums


def rows(units, distance, halted=None):
    n = len(units)
    return {"trade_halted": np.array(halted or [False] * n), "annual_units": np.array(units, float),
            "annual_logistics": np.array(units, float) * 2.0, "annual_duty": np.zeros(n),
            "distance_km": np.array(distance, float), "transit_days_base": np.full(n, 3.0),
            "duty_rate_pct": np.zeros(n), "duty_known": np.ones(n, bool)}


def test_volumes_taken_away_again_leave_no_volume_behind():
    """0.2 + 1/3 + 1/3 - 0.2 - 1/3 - 1/3 is 1.1e-16 in floating point, not 0."""
    where = np.array([0, 0, 0])
    distances = [100.0, 200.0, 900.0]
    sums = LocationSums(1)
    cells = [rows([0.2, 0.0, 0.0], distances), rows([0.0, 1 / 3, 0.0], distances), rows([0.0, 0.0, 1 / 3], distances)]
    for cell in cells:
        sums.add(where, cell)
    for cell in cells:
        sums.add(where, cell, -1.0)
    assert sums.units[0] > 0                       # the rounding this guards against is there
    fresh = LocationSums(1)
    fresh.add(where, rows([0.0, 0.0, 0.0], distances))
    sums.add(where, rows([0.0, 0.0, 0.0], distances))
    got, want = sums.criteria(), fresh.criteria()
    assert want["distance"][0] == 400.0           # no volume: the plain mean of the lanes
    for name in want:
        np.testing.assert_allclose(got[name], want[name], rtol=1e-9, atol=1e-9, err_msg=name)


def test_a_small_real_volume_still_counts():
    sums = LocationSums(1)
    sums.add(np.array([0, 0]), rows([1e6, 0.0], [100.0, 900.0]))
    sums.add(np.array([0, 0]), rows([1e6, 0.0], [100.0, 900.0]), -1.0)
    sums.add(np.array([0, 0]), rows([0.0, 0.5], [100.0, 900.0]))    # half a unit after a million: real
    assert sums.criteria()["distance"][0] == 900.0
