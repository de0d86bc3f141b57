"""The data-availability table: every market × figure says what stands behind it."""

from kokapp.core.availability import FIGURES, STATUSES, availability, summary


def test_every_market_has_every_figure_with_a_status(pack):
    rows = availability(pack)
    markets = list(pack.column("countries", "iso2"))
    assert len(rows) == len(markets) * len(FIGURES)
    assert {(r.market, r.figure) for r in rows} == {(m, f) for m in markets for f in FIGURES}
    assert {r.status for r in rows} <= set(STATUSES) and all(r.detail for r in rows)
    totals = summary(rows)
    assert all(sum(totals[f].values()) == len(markets) for f in FIGURES)


def test_statuses_follow_the_data(pack):
    table = {(r.market, r.figure): r for r in availability(pack)}
    assert table[("IQ", "tariff")].status == "banded" and "0-30" in table[("IQ", "tariff")].detail
    assert table[("DE", "tariff")].status == "downloaded"           # EU tariff lines (CN8, 2020)
    assert "tariff lines (CN8) of 2020" in table[("DE", "tariff")].detail
    assert table[("CN", "tariff")].status == "estimated"            # China: WTO product-group averages only
    assert "product groups" in table[("CN", "tariff")].detail
    assert table[("AT", "min_wage")].status == "downloaded"         # no statutory minimum: a fact, not a gap
    assert table[("SY", "min_wage")].status == "missing"            # a statutory minimum exists, no amount bundled
    assert table[("MA", "min_wage")].status == "downloaded"         # ILOSTAT 2024, from the downloaded file
    assert table[("KG", "min_wage")].detail == "statutory minimum wage (2024)"
    assert table[("DE", "lpi")].status == "downloaded"
    assert table[("MA", "lpi")].status == "estimated" and "2018" in table[("MA", "lpi")].detail   # older edition
    assert table[("XK", "lpi")].status == "missing"
    assert table[("DE", "remedies")].status == "estimated" and "not exhaustive" in table[("DE", "remedies")].detail
    assert table[("US", "remedies")].status == "estimated"
    assert table[("IQ", "remedies")].status == "missing"
