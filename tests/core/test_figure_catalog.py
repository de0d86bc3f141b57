"""The catalogue of figures a user can replace: every form entry becomes the project's existing
override key and back, bundled values are the pack's own rows (read here with the csv module,
not through the pack), and values are bounded per unit."""

import csv
import math
from itertools import islice

import pytest

from kokapp.core.bounds import Bounds
from kokapp.core.figure_catalog import UNIT_BOUNDS, FigureCatalog, FigureEntry
from kokapp.core.project import Override, ProjectError
from kokapp.core.reference import Reference
from kokapp.paths import data_dir


@pytest.fixture(scope="module")
def catalog(pack):
    return FigureCatalog(pack)


def rows(name):
    with open(data_dir() / f"{name}.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def number(text):
    return float(text) if text != "" else None


def all_params(catalog, kind, earlier=()):
    """Every choice of slots the form offers for a kind."""
    if len(earlier) == len(kind.slots):
        yield earlier
        return
    for choice in catalog.choices(kind.kind_id, earlier):
        yield from all_params(catalog, kind, earlier + (choice,))


def test_every_kind_round_trips_through_its_override_key(catalog):
    counts = {}
    for kind in catalog.kinds:
        for params in all_params(catalog, kind):
            entry = FigureEntry(kind.kind_id, params, 12.5, "quote")
            override = catalog.to_override(entry)
            assert override.key == "/".join((kind.kind_id, *params))
            assert catalog.from_override(override) == entry
            counts[kind.group] = counts.get(kind.group, 0) + 1
    assert counts["freight"] == len(rows("freight_parameters"))
    # every road leg; every ordered pair of the ports sea lanes use (the sea table holds each pair once)
    assert counts["distance"] == len(rows("land_distances")) + 2 * len(rows("sea_distances"))
    assert {k.kind_id for k in catalog.kinds} >= {"tariff", "duty", "wage", "tax", "lpi", "road", "sea"}


def test_the_keys_made_are_the_ones_the_reference_figures_take(catalog, pack):
    for kind in catalog.kinds:
        sample = list(islice(all_params(catalog, kind), 0, None, 97))[:40] or [()]
        overrides = [catalog.to_override(FigureEntry(kind.kind_id, p, 3.0)) for p in sample]
        Reference(pack, overrides)   # raises ProjectError for a key it does not know


def test_the_form_entry_is_the_figure_the_model_uses(catalog, pack):
    entries = [FigureEntry("freight/road_ftl/rate_per_km", (), 1.25), FigureEntry("wage", ("MA",), 310.0),
               FigureEntry("lpi", ("XK",), 2.5), FigureEntry("road", ("TR-BUR", "DE"), 2000.0)]
    ref = Reference(pack, [catalog.to_override(e) for e in entries])
    assert ref.freight("road_ftl", "rate_per_km", "high") == 1.25
    assert ref.min_wage("MA").value == 310.0 and ref.min_wage("MA").overridden
    assert ref.lpi("XK").value == 2.5
    assert ref.distance_overrides()[0] == {("TR-BUR", "DE"): 2000.0}


@pytest.mark.parametrize("key", ["wage/XX", "road/TR-BUR/ZZ", "freight/road_ftl/nope", "sea/TRGEM/XXXXX",
                                 "lpi", "tax/RS/extra", "rent/RS"])
def test_unknown_keys_are_refused_as_the_reference_figures_refuse_them(catalog, pack, key):
    with pytest.raises(ProjectError) as found:
        catalog.from_override(Override(key, 1.0), 3)
    assert found.value.field == "overrides[3].key"
    with pytest.raises(ProjectError):
        Reference(pack, [Override(key, 1.0)])


def test_keys_a_form_would_not_offer_still_load(catalog):
    """An old project may set the tariff of an EU member: still a valid key, kept as it is."""
    entry = catalog.from_override(Override("tariff/DE/ALL", 4.0))
    assert entry == FigureEntry("tariff", ("DE", "ALL"), 4.0)
    assert "DE" not in catalog.choices("tariff") and "EU" in catalog.choices("tariff")
    assert catalog.problems(entry) == {}


def test_choices_follow_the_pack(catalog):
    land = rows("land_distances")
    assert catalog.choices("road", ("TR-BUR",)) == [r["to_id"] for r in land if r["from_id"] == "TR-BUR"]
    assert "RS" not in catalog.choices("duty", ("RS",)) and "DE" in catalog.choices("duty", ("RS",))
    assert catalog.choices("duty")[0] == "TR"
    eu = {r["iso2"] for r in rows("blocs") if r["bloc"] == "EU"}
    assert not eu & set(catalog.choices("tariff")) and "LI" not in catalog.choices("tariff")
    assert catalog.choices("tariff", ("EU",))[0] == "ALL" and "" not in catalog.choices("tariff", ("EU",))
    assert "TRGEM" not in catalog.choices("sea", ("TRGEM",))


def test_freight_bundled_values_are_the_packs_rows_with_their_source(catalog):
    sources = {r["source_id"]: r for r in rows("sources")}
    for row in rows("freight_parameters"):
        kind = catalog.kind(f"freight/{row['mode']}/{row['parameter']}")
        found = catalog.bundled(kind.kind_id)
        assert (found.low, found.value, found.high) == (float(row["low"]), float(row["base"]), float(row["high"]))
        assert kind.unit == row["unit"] and found.basis == row["basis"]
        source = sources[row["source_id"]]
        assert (found.source.organisation, found.source.title, found.source.year) == \
            (source["organisation"], source["title"], int(source["year"]))
    assert catalog.bundled("freight/road_ftl/rate_per_km").source.organisation == "Upply x Ti x IRU"


def test_country_figures_are_the_packs_rows(catalog):
    for row in rows("operating"):
        wage, tax = catalog.bundled("wage", (row["iso2"],)), catalog.bundled("tax", (row["iso2"],))
        assert wage.value == number(row["min_wage_eur_month"]) and wage.source.source_id == row["min_wage_source_id"]
        assert tax.value == number(row["cit_rate_pct"]) and tax.source.source_id == row["cit_source_id"]
    for row in rows("lpi"):
        found = catalog.bundled("lpi", (row["iso2"],))
        assert found.value == number(row["overall"]) and found.source.source_id == row["source_id"]
    assert catalog.bundled("wage", ("AT",)).basis.startswith("no statutory national minimum wage")
    assert catalog.bundled("tax", ("AT",)).basis == "cut from 24% to 23% in 2024"


def test_distances_are_the_packs_rows_in_either_order(catalog):
    for row in rows("land_distances")[::50]:
        assert catalog.bundled("road", (row["from_id"], row["to_id"])).value == number(row["road_km"])
    for row in rows("sea_distances")[::25]:
        for pair in ((row["from_port"], row["to_port"]), (row["to_port"], row["from_port"])):
            assert catalog.bundled("sea", pair).value == float(row["sea_nm"])


def test_tariffs_fall_back_to_the_all_products_average_as_the_model_does(catalog, pack):
    table = {(r["importer"], r["product_group"]): r for r in rows("tariffs_mfn")}
    textiles = catalog.bundled("tariff", ("EU", "TEXTILES"))
    assert textiles.value == float(table[("EU", "TEXTILES")]["mfn_avg_pct"]) and not textiles.fallback
    serbia = catalog.bundled("tariff", ("RS", "TEXTILES"))
    assert serbia.value == float(table[("RS", "ALL")]["mfn_avg_pct"]) == 7.45 and serbia.fallback
    assert serbia.value == Reference(pack).mfn("RS", "TEXTILES").value
    missing = catalog.bundled("tariff", ("EU", "ALL"))      # no citable figure: none, with the pack's reason
    assert missing.value is None and missing.source.source_id == "tariffs_wtp_2023" and missing.basis
    assert catalog.bundled("duty", ("RS", "DE")) is None     # worked out per product: no single figure


def test_every_unit_of_the_pack_has_its_own_bounds(catalog):
    assert {k.unit for k in catalog.kinds} <= set(UNIT_BOUNDS)


@pytest.mark.parametrize("kind, params, value, problem", [
    ("tax", ("RS",), 150.0, "out_of_range"), ("tax", ("RS",), -5.0, "out_of_range"), ("tax", ("RS",), 100.0, None),
    ("tariff", ("EU", "ALL"), 0.0, None), ("lpi", ("RS",), 0.5, "out_of_range"), ("lpi", ("RS",), 5.0, None),
    ("freight/road_ftl/rate_per_km", (), 0.0, "out_of_range"), ("freight/road_ftl/rate_per_km", (), 1.25, None),
    ("freight/road_ftl/border_cost", (), 0.0, None), ("freight/road_ftl/capacity_pallets", (), 33.5, "not_whole"),
    ("freight/all/insurance_rate", (), 1.5, "out_of_range"), ("wage", ("MA",), math.nan, "not_a_number"),
    ("road", ("TR-BUR", "DE"), 0.0, "out_of_range"), ("sea", ("TRGEM", "ITTRS"), 2e12, "too_large"),
])
def test_values_are_checked_against_their_units_bounds(catalog, kind, params, value, problem):
    found = catalog.problems(FigureEntry(kind, params, value))
    assert found == ({} if problem is None else {"value": problem})


def test_bounds_say_which_rule_applies():
    assert Bounds(0, 100).rule == "between" and Bounds(0, above_minimum=True).rule == "above"
    assert Bounds(0).rule == "at_least" and Bounds().rule == "any"
    assert Bounds(0, above_minimum=True).problem(0.0) == "out_of_range" and Bounds(0).problem(0.0) is None
