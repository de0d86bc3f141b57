"""Local wages converted at one dated rate (the pack's or the project's own), and the optional
country criteria read as the figures of their sources."""

from dataclasses import replace

import pytest

from kokapp.core.figure_catalog import FigureCatalog, FigureEntry
from kokapp.core.project import Override, ProjectError
from kokapp.core.proximity import component_score, proximity
from kokapp.core.reference import Reference


def test_the_2026_turkish_minimum_wage_at_the_packs_dated_rate(pack):
    """33,030 TRY gross a month from 1 January 2026 (Eurostat earn_mw_cur 2026-S1) at the ECB's
    55.8015 TRY per EUR of 2026-10-30: 591.92 EUR, below Bulgaria's 620 EUR."""
    wage = Reference(pack).min_wage("TR")
    assert wage.value == pytest.approx(33030 / 55.8015)
    assert round(wage.value, 2) == 591.92
    assert wage.note == "33,030.00 TRY a month (2026-S1) at 55.8015 TRY/EUR (2026-10-30)"
    assert wage.value < Reference(pack).min_wage("BG").value == 620


def test_the_projects_own_rate_converts_every_wage_in_that_currency(pack):
    own = Reference(pack, [Override("fx/TRY", 50.0, "bank quote of 27 Nov 2026")])
    wage = own.min_wage("TR")
    assert wage.value == pytest.approx(660.6)                         # 33,030 / 50
    assert wage.note.endswith("at 50 TRY/EUR (your rate, bank quote of 27 Nov 2026)")
    assert own.min_wage("RS").value == pytest.approx(87207 / 117.2433)   # other currencies keep the pack's rate
    with pytest.raises(ProjectError):
        Reference(pack, [Override("fx/XYZ", 2.0)])
    with pytest.raises(ProjectError):
        Reference(pack, [Override("fx/TRY", 0.0)])


def test_a_currency_without_a_dated_rate_keeps_the_sources_eur_figure_and_says_so(pack, monkeypatch):
    from kokapp.core import fx

    rates = {c: r for c, r in fx.pack_rates(pack).items() if c != "MKD"}
    monkeypatch.setattr(fx, "pack_rates", lambda _pack: rates)
    wage = Reference(pack).min_wage("MK")
    assert wage.value == pytest.approx(585.76) and "no dated MKD rate" in wage.note and "36,037.00 MKD" in wage.note


def test_a_market_rate_is_named_as_such_where_no_central_bank_rate_was_found(pack):
    rate = pack.index("fx_other", "currency")["KGS"]
    assert rate["source_id"] == "fx_currency_api" and "not a central bank" in rate["basis"]
    wage = Reference(pack).min_wage("KG")
    assert wage.value == pytest.approx(2534 / 99.3576, abs=0.01)        # ILOSTAT 2024: 2,534 KGS a month


def test_the_engine_ranks_on_the_projects_rate(engine, demo):
    baseline = engine.compare(demo)
    own = engine.compare(replace(demo, overrides=[*demo.overrides, Override("fx/TRY", 50.0, "bank quote")]))
    i = baseline.locations.index("TR-BUR")
    assert baseline.criteria_columns["labour_cost"][i] == pytest.approx(33030 / 55.8015)
    assert own.criteria_columns["labour_cost"][i] == pytest.approx(660.6)


def test_optional_criteria_are_the_sources_figures(pack):
    ref = Reference(pack)
    assert ref.country_factor("governance", "RS").value == pytest.approx(-0.1066)
    assert ref.country_factor("energy_price", "RS").value == pytest.approx(0.1333)
    assert ref.country_factor("energy_price", "MA").value is None           # Eurostat covers Europe only: no figure
    assert ref.country_factor("lpi_customs", "RS").value == 2.2               # LPI 2023 component
    assert ref.country_factor("lpi_timeliness", "TN").value == 3.24           # LPI 2018 for Tunisia
    assert ref.country_factor("proximity", "TR").value == 1.0                 # keeping production at home
    own = Reference(pack, [Override("energy_price/MA", 0.11, "utility quote")])
    assert own.country_factor("energy_price", "MA").value == 0.11


def test_the_figure_forms_offer_the_rate_and_the_optional_criteria(pack):
    catalog = FigureCatalog(pack)
    assert "TRY" in catalog.choices("fx") and "EUR" not in catalog.choices("fx")
    bundled = catalog.bundled("fx", ("TRY",))
    assert bundled.value == 55.8015 and bundled.basis == "2026-10-30"
    assert catalog.to_override(FigureEntry("fx", ("TRY",), 50.0)).key == "fx/TRY"
    assert catalog.bundled("governance", ("RS",)).value == pytest.approx(-0.1066)
    assert catalog.problems(FigureEntry("governance", ("RS",), 3.0)) == {"value": catalog.kind(
        "governance").bounds.problem(3.0)} != {}
    assert "TRY" in catalog.bundled("wage", ("TR",)).basis


def test_proximity_is_the_mean_of_the_known_components_by_hand():
    """Treaties both in force (1, 1), a visa on arrival (0.5), no Turkic language (0) and 100,000
    people born in Türkiye ((5 - 3) / 3 = 0.667): (1 + 1 + 0.5 + 0 + 0.667) / 5 = 0.633."""
    rows = {("XX", "bit_in_force"): {"value": 1.0}, ("XX", "dtt_in_force"): {"value": 1.0},
            ("XX", "visa_turkish_citizens"): {"value": 0.5}, ("XX", "turkic_language"): {"value": 0.0},
            ("XX", "turkish_born_residents"): {"value": 100_000.0}}
    value, parts = proximity(rows, "XX")
    assert value == pytest.approx((1 + 1 + 0.5 + 0 + 2 / 3) / 5)
    assert component_score("turkish_born_residents", 500) == 0.0
    assert component_score("turkish_born_residents", 3_000_000) == 1.0
    two = {k: v for k, v in rows.items() if k[1] in ("bit_in_force", "dtt_in_force")}
    assert proximity(two, "XX") == (None, {"bit_in_force": 1.0, "dtt_in_force": 1.0})   # too few: no figure
