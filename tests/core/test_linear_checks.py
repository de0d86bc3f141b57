"""Duplicate and membership checks of a project stay linear in its size. Measured by counting
the comparisons made between ids (never by a clock): a list search per id (``x in list[:i]``)
makes about n²/2 of them, a set about n."""

from dataclasses import replace

import pytest

from kokapp.core.datapack import bundled_datapack
from kokapp.core.project import Product, Project, ProjectError, validate_project
from kokapp.io.project_file import check_references
from kokapp.io.project_schema import LoadWarning

PACK = bundled_datapack()


class CountedId(str):
    """An id that counts how often it is compared for equality (hashing is unchanged, so a set
    or dict lookup compares only on a hash match)."""

    comparisons = 0

    def __eq__(self, other):
        CountedId.comparisons += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__


@pytest.fixture(autouse=True)
def reset_count():
    CountedId.comparisons = 0


def ids(values):
    return [CountedId(v) for v in values]   # new objects: equal ids are not the same object


def project(products=1, markets=("DE",), candidates=("RS-BEG",)) -> Project:
    items = [Product(CountedId(f"Ürün {i}"), "870830", 10.0, 1.0, 0.01) for i in range(products)]
    volumes = {(CountedId(p.name), CountedId(m)): 100.0 for p in items for m in markets}
    return Project("Uludağ", "TR-BUR", items, ids(markets), volumes, ids(candidates))


def test_repeated_candidates_and_markets_are_removed_with_linear_work():
    n = 4_000
    repeated = project(candidates=["RS-BEG", "MA-TNG"] * n, markets=["DE", "IT"] * n)
    warnings: list[LoadWarning] = []
    checked = check_references(repeated, PACK, "x.kok", warnings)
    assert checked.candidates == ["RS-BEG", "MA-TNG"] and checked.markets == ["DE", "IT"]
    assert [(w.kind, w.detail) for w in warnings] == [     # once per id, not once per repeat
        ("duplicate_candidate", "RS-BEG"), ("duplicate_candidate", "MA-TNG"),
        ("duplicate_market", "DE"), ("duplicate_market", "IT")]
    assert CountedId.comparisons < 20 * (4 * n)            # n²/2 per list was 16,000,000


def test_removed_markets_are_dropped_with_linear_work():
    """Markets the reference data lacks: dropped from the list and the volumes in one pass each
    (the volumes used to be rebuilt once per removed market)."""
    unknown = [f"Q{i:04d}" for i in range(2_000)]
    removed = project(products=2, markets=["DE"] + unknown)
    warnings: list[LoadWarning] = []
    checked = check_references(removed, PACK, "x.kok", warnings)
    assert checked.markets == ["DE"] and set(checked.volumes) == {("Ürün 0", "DE"), ("Ürün 1", "DE")}
    assert len([w for w in warnings if w.kind == "removed_market"]) == 2_000
    assert CountedId.comparisons < 20 * 3 * 2_000


def test_validation_looks_markets_up_in_a_set():
    """Every volume's market was searched in the market list: volumes x markets comparisons."""
    markets = list(PACK.column("countries", "iso2"))
    big = project(products=300, markets=markets)
    validate_project(big, PACK)
    assert len(big.volumes) == 300 * len(markets)
    assert CountedId.comparisons < 10 * (len(big.volumes) + len(markets))


def test_validation_still_names_the_first_repeat():
    with pytest.raises(ProjectError) as caught:
        validate_project(project(candidates=["RS-BEG", "MA-TNG", "RS-BEG"]), PACK)
    assert (caught.value.field, caught.value.message) == ("candidates[2]", "location listed twice")
    with pytest.raises(ProjectError) as caught:
        validate_project(project(markets=["DE", "IT", "DE"]), PACK)
    assert (caught.value.field, caught.value.message) == ("markets[2]", "market listed twice")
    twice = project(products=3)
    twice.products[2] = replace(twice.products[2], name=twice.products[0].name)
    with pytest.raises(ProjectError) as caught:
        validate_project(twice, PACK)
    assert (caught.value.field, caught.value.message) == ("products[2].name", "duplicate product name")


def test_many_distinct_product_names_are_checked_with_linear_work():
    n = 20_000
    many = project(products=n)
    many.products.append(replace(many.products[0]))          # the repeat comes last
    with pytest.raises(ProjectError) as caught:
        validate_project(many, PACK)
    assert caught.value.field == f"products[{n}].name"
    assert CountedId.comparisons < 10 * n
