"""The Assumptions sheet's country tables read back: each location's optional criteria with
their bundled figures, and the free-zone regimes the cash flows apply, with their sources."""

from kokapp.report.texts import text


def section(ws, title: str) -> int:
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == title)


def test_optional_criteria_per_location(books):
    ws = books[0]["en"]["Assumptions"]
    top = section(ws, text("country_factors", "en"))
    header = [ws.cell(top + 1, c).value for c in range(1, 8)]
    assert header[:4] == ["Location", "Manufacturing labour cost €/hour", "Industrial electricity €/kWh",
                          "Governance (WGI, −2.5 to +2.5)"]
    rows = {ws.cell(r, 1).value: [ws.cell(r, c).value for c in range(2, 8)] for r in range(top + 2, top + 9)}
    assert rows["Belgrade (Serbia)"][2] == -0.1066                           # WGI 2022 mean
    assert rows["Belgrade (Serbia)"][1] == 0.1333 and rows["Tangier (Tanger Med) (Morocco)"][1] is None
    assert rows["Bursa (Türkiye)"][0] == 4.78                                # 266.8 TRY/h (2024) at 55.8015


def test_free_zone_regimes_with_their_source(books):
    for lang in ("en", "tr"):
        ws = books[0][lang][text("sheet_assumptions", lang)]
        top = section(ws, text("free_zones", lang))
        rows = {ws.cell(r, 1).value: r for r in range(top + 2, ws.max_row + 1) if ws.cell(r, 1).value}
        tangier = next(r for name, r in rows.items() if name.startswith(("Tangier", "Tanca")))
        assert ws.cell(tangier, 3).value == 0 and ws.cell(tangier, 4).value == "5" and ws.cell(tangier, 5).value == 0.2
        assert "regfollower.com" in ws.cell(tangier, 6).value
        belgrade = next(r for name, r in rows.items() if name.startswith(("Belgrade", "Belgrad")))
        assert ws.cell(belgrade, 3).value is None and "customs duty and VAT" in ws.cell(belgrade, 6).value
