"""A lane's route and the project's route scenario in the report's words (no Qt).

The core describes routes with ids and English data text (``RouteSummary``); this module turns
them into what the Routes sheet, the summary and the assumptions say, in Turkish or English.
"""

from __future__ import annotations

import math
import re

from kokapp.core.lane_legs import RouteSummary
from kokapp.core.lane_routes import LaneRoutes
from kokapp.core.routes import RouteBook
from kokapp.report.data import ReportData
from kokapp.report.texts import text
from kokapp.report.wording import Names

# English reasons of the data pack and core (lane_legs.mode_legs, tools/network_paths.describe)
REASONS = {"no land connection: sea or air only": "reason_no_land", "no Ro-Ro line serves this lane": "reason_no_roro",
           "no sea route": "reason_no_sea", "no route in the data pack": "reason_not_in_pack"}
LINK_KINDS = ("ferry", "roro_line", "fixed_link")
STATUSES = ("restricted", "reopened", "closed")
CLOSED_BORDER = re.compile(r"only land route crosses a closed border \((?P<borders>[^)]*)\)")


def country(code: str, names: Names) -> str:
    """A country's name in the report language: the pack's name, else CLDR's through babel (a
    route may pass a country that is no market or site, such as Armenia), else the code."""
    name = names.countries.get(code)
    if name:
        return name
    try:
        from babel import Locale
        return Locale(names.language).territories.get(code, code)
    except Exception:   # babel's locale data missing in a build: the code still identifies it
        return code


def border_words(pair: str, names: Names) -> str:
    """"AM-TR" -> "Armenia–Türkiye"."""
    return "–".join(country(code, names) for code in pair.split("-"))


def reason_words(reason: str, names: Names, lang: str) -> str:
    """The data's English reason for a missing route, in the report language; a reason the report
    has no words for is given as the data says it."""
    if reason in REASONS:
        return text(REASONS[reason], lang)
    closed = CLOSED_BORDER.fullmatch(reason)
    if closed:
        borders = ", ".join(border_words(pair.strip(), names) for pair in closed.group("borders").split(","))
        return text("reason_closed_border", lang, borders=borders)
    return reason


def regime_words(regime: str, lang: str) -> str:
    return text(f"regime_{regime}", lang)


def countries_words(summary: RouteSummary, names: Names) -> str:
    return " → ".join(country(code, names) for code in summary.countries)


def links_words(summary: RouteSummary, book: RouteBook, lang: str) -> str:
    """Each ferry, Ro-Ro line or fixed link in the order sailed: kind, ports, operator."""
    out = []
    for leg in summary.legs:
        link = book.links.get(leg.link) if leg.link else None
        if link is None:
            continue
        ports = [link["port_a_name"], link["port_b_name"]]
        if leg.start == link.get("port_b") or leg.end == link.get("port_a"):
            ports.reverse()
        kind = text(f"link_{link['kind']}", lang) if link["kind"] in LINK_KINDS else link["kind"]
        out.append(f"{kind} {' – '.join(ports)}, {link['operator']}")
    return "\n".join(dict.fromkeys(out))


def warnings_words(summary: RouteSummary, names: Names, lang: str) -> str:
    """Border warnings: the border, its status and since when, the data's note and its source."""
    out = []
    for w in summary.warnings:
        status = text(f"status_{w['status']}", lang) if w["status"] in STATUSES else w["status"]
        head = f"{border_words(w['country_a'] + '-' + w['country_b'], names)}: "
        head += text("status_since", lang, status=status, since=w["since"]) if w.get("since") else status
        note = f" — {w['note']}" if w.get("note") else ""
        source = f" ({text('routes_source', lang, url=w['source_url'])})" if w.get("source_url") else ""
        out.append(head + note + source)
    return "\n".join(out)


def unlisted_words(routes: LaneRoutes, summary: RouteSummary, lang: str) -> str:
    unlisted = routes.unlisted(summary)
    if not unlisted:
        return ""
    return text("routes_check", lang, crossings=", ".join(routes.book.crossing_name(c) for c in unlisted))


def route_words(routes: LaneRoutes, summary: RouteSummary, names: Names, lang: str) -> str:
    """The route line in the report language, or why there is none; a route that avoids the
    scenario's closed crossing says so."""
    if not summary.legs:
        return text("routes_no_route", lang, reason=reason_words(summary.no_route_reason, names, lang))
    line = routes.line(summary, lang)
    if summary.rerouted_around:
        line += " " + text("routes_rerouted", lang, crossing=routes.book.crossing_name(summary.rerouted_around))
    return line


# --- the route scenario ---------------------------------------------------------------------------

def closed_words(data: ReportData, book: RouteBook, names: Names, lang: str) -> str:
    """What the scenario closes: "the Kapıkule – Kapitan Andreevo border crossing (Bulgaria–Türkiye)
    and the Suez Canal"."""
    scenario = data.project.route_scenario
    parts = []
    if scenario.closed_crossing:
        row = book.crossings.get(scenario.closed_crossing, {})
        border = border_words(f"{row.get('country_a', '')}-{row.get('country_b', '')}", names) if row else ""
        parts.append(text("scenario_crossing", lang, crossing=book.crossing_name(scenario.closed_crossing),
                          border=border or scenario.closed_crossing))
    if scenario.sea_closure:
        parts.append(text(f"strait_{scenario.sea_closure}", lang))
    return f" {text('and', lang)} ".join(parts)


def signed_money(value: float, names: Names, lang: str) -> str:
    if value != value or math.isinf(value):
        return text("scenario_unknown", lang)
    return ("+" if round(value) > 0 else "") + names.money(value)


def scenario_sentences(data: ReportData, book: RouteBook, names: Names, lang: str) -> list[str]:
    """What the scenario closes and what it costs at the leading location (and at the baseline)
    against all routes open; nothing when the project has no route scenario."""
    effect = data.route_effect
    if effect is None or not data.project.route_scenario.active:
        return []
    origin, leader = data.project.origin_site, data.leader
    first = text("scenario_closed", lang, closed=closed_words(data, book, names, lang))
    if leader == origin:
        cost = text("scenario_cost", lang, location=names.sites[origin],
                    diff=signed_money(effect.change(origin), names, lang))
    else:
        cost = text("scenario_cost_both", lang, location=names.sites[leader],
                    diff=signed_money(effect.change(leader), names, lang), origin=names.sites[origin],
                    origin_diff=signed_money(effect.change(origin), names, lang))
    return [first, cost]
