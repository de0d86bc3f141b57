"""Headless ``kokapp lane``: one lane's routes by mode (legs, countries, border crossings,
ferries, customs borders, transit regime), freight and duty, as text or JSON.

The JSON field names and units are documented in README.md and are kept stable.
"""

from __future__ import annotations

from kokapp.cli_compare import _num, site_label
from kokapp.core.access import MarketAccess
from kokapp.core.datapack import DataPack
from kokapp.core.engine import Engine
from kokapp.core.errors import KokError
from kokapp.core.lane_legs import place_names, route_line, summarise
from kokapp.core.lanes import lane_geometry, mode_costs
from kokapp.core.lanes import row as lane_row
from kokapp.core.project import MODES
from kokapp.core.reference import LEVELS, Reference
from kokapp.core.routes import RouteBook, RouteScenario


def _resolve_origin(pack: DataPack, value: str) -> str:
    sites = pack.table("sites")
    if value in set(sites["site_id"]):
        return value
    matches = sites[sites["iso2"] == value.upper()]
    if matches.empty:
        raise KokError(f"FROM: unknown site or country '{value}' (see kokapp lane --list)")
    return str(matches.iloc[0]["site_id"])


def route_facts(book: RouteBook, distances, row: dict, mode: str, names: dict[str, str]) -> dict:
    """The route a mode takes: legs (mode, from, to, km, countries, border crossings, line),
    customs borders, transit regime, border warnings, or why there is none."""
    summary = summarise(book, distances, row, mode)
    legs = [{"mode": leg.mode, "from": {"id": leg.start, "name": names.get(leg.start, leg.start)},
             "to": {"id": leg.end, "name": names.get(leg.end, leg.end)}, "km": round(leg.km, 1),
             "countries": list(leg.countries),
             "border_crossings": [{"id": c, "name": book.crossing_name(c), "customs": book.is_customs(c),
                                   "listed": book.crossings.get(c, {}).get("named_from") == "curated"}
                                  for c in leg.crossings],
             "line": ({"id": leg.link, "operator": book.links[leg.link]["operator"] or None}
                      if leg.link in book.links else None)} for leg in summary.legs]
    return {"route": legs, "route_text": route_line(summary, names, book.crossing_name),
            "countries": list(summary.countries), "route_customs_borders": summary.customs_borders,
            "transit_regime": summary.transit_regime,
            "border_warnings": [{"countries": [w["country_a"], w["country_b"]], "status": w["status"],
                                 "since": w["since"], "note": w["note"], "source": w["source_url"]}
                                for w in summary.warnings],
            "no_route_reason": summary.no_route_reason or None,
            "rerouted_around": summary.rerouted_around or None}


def lane_json(pack: DataPack, engine: Engine, origin: str, market: str, hs: str | None,
              scenario: RouteScenario = RouteScenario()) -> dict:
    from kokapp.core.country_lookup import country_resolver

    countries = pack.table("countries").set_index("iso2")
    try:
        market = country_resolver(pack).market(market)   # DE, Almanya, Germany, İngiltere, ABD...
    except KokError as exc:
        raise KokError(f"TO: unknown market: {exc} (give a market's name or ISO2 code, e.g. DE or Almanya)") from None
    site = _resolve_origin(pack, origin)
    ref = Reference(pack)
    distances = engine.distances_for(ref, scenario)
    row = lane_row(mode_costs(ref, lane_geometry(ref, distances, [site], [market])))
    book, names = RouteBook.of(pack), place_names(pack)
    modes = []
    for mode in MODES:
        unit = "EUR/kg chargeable" if mode == "air" else {"road_ftl": "EUR/truck", "roro": "EUR/trailer",
                                                          "sea_container": "EUR/40' container"}[mode]
        if mode == "air":
            cost = {lvl: ref.freight("air", "rate_per_kg", lvl) for lvl in LEVELS}
        else:
            cost = {lvl: _num(row[f"{mode}_cost_{lvl}"]) for lvl in LEVELS}
        days = {lvl: _num(row[f"{mode}_days_{lvl}"], 1) for lvl in LEVELS}
        available = all(v is not None for v in cost.values()) and days["base"] is not None
        entry = {"mode": mode, "available": available, "distance_km": _num(row[f"{mode}_km"], 1),
                 "transit_days": days, "freight": cost, "freight_unit": unit}
        if mode == "roro" and available:
            entry["via_port"], entry["via_line"] = row["roro_port"], row["roro_line"]
        entry.update(route_facts(book, distances, row, mode, names))
        modes.append(entry)
    result = {
        "from": {"site_id": site, "name": site_label(pack, site), "iso2": row["location_iso2"],
                 "port": row["location_port"]},
        "to": {"iso2": market, "name": countries.loc[market, "name_en"], "port": row["market_port"]},
        "distances": {"great_circle_km": _num(row["great_circle_km"], 1), "road_km": _num(row["road_km"], 1),
                      "sea_nm": _num(row["sea_nm"], 1), "customs_borders": int(row["road_customs"]),
                      "import_customs_border": bool(row["borders"])},
        "route": modes[MODES.index("road_ftl")]["route"],
        "scenario": {"closed_crossing": scenario.closed_crossing or None, "sea_closure": scenario.sea_closure or None},
        "modes": modes,
    }
    if hs:
        from kokapp.core.hs_code import HsCodeError, parse_hs

        chapters = pack.table("hs_chapters").set_index("chapter")
        try:      # a GTİP as firms have it: 4 to 12 digits, with dots or spaces (6302.31.00.00.11)
            hs = parse_hs(hs, set(chapters.index) - {"77"}).stored
        except HsCodeError as exc:
            if exc.reason == "chapter":
                raise KokError(f"--hs: HS chapter {exc.chapter} does not exist") from None
            raise KokError(f"--hs: '{exc.typed}' is no HS code: an HS code has 4, 6, 8 or 10 digits, a full GTİP 12 "
                           "(dots and spaces allowed)") from None
        a = MarketAccess(ref).duty(row["location_iso2"], market, hs)
        agreements = pack.table("agreements").set_index("agreement_id")
        sources = pack.table("sources").set_index("source_id")
        result["duty"] = {
            "hs": hs, "chapter_title": chapters.loc[hs[:2], "title_en"],
            "rate_pct": a.rate_pct, "basis": a.basis, "agreement_id": a.agreement_id or None,
            "agreement": agreements.loc[a.agreement_id, "name_en"] if a.agreement_id else None,
            "source": (f"{sources.loc[a.source_id, 'organisation']}: {sources.loc[a.source_id, 'title']} "
                       f"({sources.loc[a.source_id, 'year']})") if a.source_id in sources.index else None,
            "note": a.note or None, "suspended_agreements": list(a.suspended),
            "pem_cumulation": a.pem_cumulation, "trade_halted": a.halted, "trade_remedies": list(a.remedies),
        }
    return result


def print_lane(info: dict) -> None:
    f, t, d = info["from"], info["to"], info["distances"]
    print(f"{f['name']} [{f['site_id']}] → {t['name']} [{t['iso2']}]")
    road = "no road connection" if d["road_km"] is None else f"{d['road_km']:,.0f} km"
    sea = "n/a" if d["sea_nm"] is None else f"{d['sea_nm']:,.0f} nm ({f['port']} → {t['port']})"
    print(f"Great circle {d['great_circle_km']:,.0f} km · road {road} · sea {sea} · "
          f"customs borders by road {d['customs_borders']}")
    scenario = info["scenario"]
    if scenario["closed_crossing"] or scenario["sea_closure"]:
        closed = ", ".join(filter(None, [scenario["closed_crossing"], scenario["sea_closure"] and
                                         f"{scenario['sea_closure']} closed"]))
        print(f"Scenario: {closed}")
    print(f"\n{'Mode':<15}{'km':>8}{'days (low/base/high)':>24}{'freight (low/base/high)':>30}  unit")
    for m in info["modes"]:
        if not m["available"]:
            print(f"{m['mode']:<15}{'not available on this lane':>40}")
            continue
        days = "/".join(f"{m['transit_days'][lvl]:.1f}" for lvl in LEVELS)
        cost = "/".join(f"{m['freight'][lvl]:,.2f}" if m["mode"] == "air" else f"{m['freight'][lvl]:,.0f}" for lvl in LEVELS)
        via = f" via {m['via_port']}" if m.get("via_port") else ""
        print(f"{m['mode']:<15}{m['distance_km']:>8,.0f}{days:>24}{cost:>30}  {m['freight_unit']}{via}")
    print("\nRoutes")
    for m in info["modes"]:
        if m["mode"] == "air":
            continue
        if not m["route"]:
            print(f"  {m['mode']:<15}no route: {m['no_route_reason']}")
            continue
        regime = {"none": "no customs border", "common_transit": "common transit (NCTS)", "tir": "TIR carnet"}
        print(f"  {m['mode']:<15}{m['route_text']}")
        print(f"  {'':<15}{' > '.join(m['countries'])} · {m['route_customs_borders']} customs border(s) · "
              f"{regime[m['transit_regime']]}" + (f" · avoids {m['rerouted_around']}" if m["rerouted_around"] else ""))
        for w in m["border_warnings"]:
            print(f"  {'':<15}! {'–'.join(w['countries'])} {w['status']} since {w['since']}: {w['note']}")
    duty = info.get("duty")
    if duty:
        rate = ("none: trade halted" if duty["trade_halted"] else
                "unknown (no citable figure: enter your broker's quote)" if duty["rate_pct"] is None else f"{duty['rate_pct']:g} %")
        print(f"\nDuty for HS {duty['hs']} ({duty['chapter_title']}): {rate} — {duty['basis']}"
              + (f": {duty['agreement']}" if duty["agreement"] else ""))
        if duty["source"]:
            print(f"Source: {duty['source']}")
        if duty["note"]:
            print(f"Note: {duty['note']}")
        if duty["suspended_agreements"]:
            print(f"Suspended: {', '.join(duty['suspended_agreements'])}")
        for remedy in duty["trade_remedies"]:
            print(f"⚠ {remedy}")
        if duty["trade_halted"]:
            print("TRADE HALTED: goods of this origin cannot be sold in this market.")
