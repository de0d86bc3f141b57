"""A study too large to hold every mode's costs for every row is refused with a clear error
instead of running out of memory (a 200,000-product project exhausted 8 GB)."""

from __future__ import annotations


import pytest

from kokapp.core import engine as engine_module
from kokapp.core.project import ProjectError


def test_a_study_over_the_bound_is_refused_with_its_size(engine, demo, monkeypatch):
    rows = len(demo.locations) * len(demo.markets) * len(demo.products)
    monkeypatch.setattr(engine_module, "FULL_COMPARE_ROWS", rows - 1)
    with pytest.raises(ProjectError, match=f"too large to compare in full \\({rows:,} location") as caught:
        engine.compare(demo)
    assert caught.value.field == "products"
    monkeypatch.setattr(engine_module, "FULL_COMPARE_ROWS", rows)
    assert engine.compare(demo).leader                      # at the bound: compared


def test_the_bound_is_far_above_an_sme_study():
    # 40 locations x 50 markets x 200 products = 400,000 rows: still compared in full
    assert engine_module.FULL_COMPARE_ROWS >= 40 * 50 * 200
