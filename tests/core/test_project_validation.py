"""Bad project input gives a ProjectError naming the field; never a traceback or silent default."""

import math
from dataclasses import replace

import pytest

from kokapp.core.project import Override, Product, Project, ProjectError, validate_project
from kokapp.core.reference import Reference


def make_project(**changes) -> Project:
    base = Project(
        company="Test A.Ş.", origin_site="TR-BUR",
        products=[Product("Balata", "870830", 18.0, 1.2, 0.0018, 600)],
        markets=["DE", "IQ"], volumes={("Balata", "DE"): 1000.0, ("Balata", "IQ"): 500.0},
        candidates=["RS-BEG", "MA-TNG"])
    return replace(base, **changes)


def field_of(pack, project) -> str:
    with pytest.raises(ProjectError) as caught:
        validate_project(project, pack)
    return caught.value.field


def test_valid_project_passes(pack):
    validate_project(make_project(), pack)


@pytest.mark.parametrize("product, field", [
    (Product("Balata", "87", 18.0, 1.2, 0.0018), "products[0].hs_code"),
    (Product("Balata", "8708a0", 18.0, 1.2, 0.0018), "products[0].hs_code"),
    (Product("Balata", "770000", 18.0, 1.2, 0.0018), "products[0].hs_code"),
    (Product("Balata", "980000", 18.0, 1.2, 0.0018), "products[0].hs_code"),
    (Product("Balata", "870830", -1.0, 1.2, 0.0018), "products[0].unit_value_eur"),
    (Product("Balata", "870830", 18.0, 0.0, 0.0018), "products[0].unit_weight_kg"),
    (Product("Balata", "870830", 18.0, 1.2, math.nan), "products[0].unit_volume_m3"),
    (Product("Balata", "870830", 18.0, math.inf, 0.0018), "products[0].unit_weight_kg"),
    (Product("  ", "870830", 18.0, 1.2, 0.0018), "products[0].name"),
])
def test_bad_product_fields(pack, product, field):
    assert field_of(pack, make_project(products=[product], volumes={(product.name, "DE"): 1.0})) == field


def test_unknown_places(pack):
    assert field_of(pack, make_project(markets=["DE", "XX"])) == "markets[1]"
    assert field_of(pack, make_project(candidates=["RS-XXX"])) == "candidates[0]"
    assert field_of(pack, make_project(origin_site="RS-BEG")) == "origin_site"


def test_negative_and_nan_volumes(pack):
    assert field_of(pack, make_project(volumes={("Balata", "DE"): -5.0})) == "volumes[Balata, DE]"
    assert field_of(pack, make_project(volumes={("Balata", "DE"): math.nan})) == "volumes[Balata, DE]"
    assert field_of(pack, make_project(volumes={("Balata", "DE"): 0.0})) == "volumes"


def test_weights(pack):
    assert field_of(pack, make_project(weights={"lpi": -1.0})) == "weights.lpi"
    assert field_of(pack, make_project(weights={"lpi": 0.0, "tax": 0.0})) == "weights"
    assert field_of(pack, make_project(weights={"beauty": 1.0})) == "weights"


def test_duplicate_product_names(pack):
    p = Product("Balata", "870830", 18.0, 1.2, 0.0018)
    assert field_of(pack, make_project(products=[p, p])) == "products[1].name"


def test_unknown_override_key(pack):
    with pytest.raises(ProjectError) as caught:
        Reference(pack, [Override("freight/road_ftl/teleport", 1.0)])
    assert caught.value.field == "overrides[0].key"


@pytest.mark.parametrize("field, value", [("candidates", ["RS-BEG", "BG-PDV", "RS-BEG"]),
                                          ("markets", ["DE", "IT", "DE"])])
def test_a_location_or_market_listed_twice_is_refused(pack, demo, field, value):
    # Twice the same location would be ranked twice with the rows of only one of them.
    project = replace(demo, **{field: value})
    with pytest.raises(ProjectError) as caught:
        validate_project(project, pack)
    assert caught.value.field == f"{field}[2]" and "twice" in caught.value.message
