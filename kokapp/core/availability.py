"""Which figure Kök has for which market, and how good it is (as trade.gov's Market
Diversification Tool shows): every market × figure is

- ``downloaded``: read from a downloaded file or a retrieved page and checked against it;
- ``banded``: only a band is citable (its base is used, its ends in the scenarios);
- ``estimated``: an average standing in for the product's figure, an older edition, or a
  figure transcribed from a published table but not re-checked;
- ``missing``: no figure at all (Kök says so wherever it would be used).

Figures: the MFN tariff level, agreement coverage, trade remedies, LPI, statutory minimum wage,
corporate income tax.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from kokapp.core.datapack import DataPack

FIGURES = ("tariff", "agreements", "remedies", "lpi", "min_wage", "cit")
STATUSES = ("downloaded", "banded", "estimated", "missing")
TARIFF_TERRITORY = {"LI": "CH"}
LATEST_LPI = 2023
NO_MINIMUM = "no statutory national minimum wage"   # operating.csv note: a fact, not a gap


@dataclass(frozen=True)
class Availability:
    market: str
    figure: str          # one of FIGURES
    status: str          # one of STATUSES
    detail: str          # what exactly stands there, in English (the GUI and report word it themselves)
    source_id: str = ""


def _blank(value) -> bool:
    return value is None or value == "" or (isinstance(value, float) and math.isnan(value))


def _checked(check: str) -> str:
    return "downloaded" if check == "verified" else "estimated"


def availability(pack: DataPack) -> list[Availability]:
    """Every market of the pack × every figure, in market then FIGURES order (worked out once per
    pack: the report and the Data tab both ask)."""
    return list(pack.derived("availability", lambda: tuple(_availability(pack))))


def _availability(pack: DataPack) -> list[Availability]:
    lines = {}
    for importer, year, source in zip(pack.column("tariff_lines", "importer"), pack.column("tariff_lines", "year"),
                                      pack.column("tariff_lines", "source_id")):
        lines[importer] = (year, source)
    eu = {iso2 for bloc, iso2 in zip(pack.column("blocs", "bloc"), pack.column("blocs", "iso2")) if bloc == "EU"}
    tariffs: dict[str, list[dict]] = {}
    for row in pack.records("tariffs_mfn"):
        tariffs.setdefault(row["importer"], []).append(row)
    lpi = pack.index("lpi", "iso2")
    remedies: dict[str, int] = {}
    for imposer, status in zip(pack.column("trade_remedies", "imposer"), pack.column("trade_remedies", "status")):
        if status == "in_force":
            remedies[imposer] = remedies.get(imposer, 0) + 1
    operating = pack.index("operating", "iso2")
    agreements = pack.records("agreements")
    members: dict[str, set[str]] = {}
    for bloc, iso2 in zip(pack.column("blocs", "bloc"), pack.column("blocs", "iso2")):
        members.setdefault(iso2, set()).add(bloc)
    out = []
    for market in pack.column("countries", "iso2"):
        importer = "EU" if market in eu else TARIFF_TERRITORY.get(market, market)
        importer_lines = "GB" if market == "GB" else importer
        if importer_lines in lines:
            year, source = lines[importer_lines]
            out.append(Availability(market, "tariff", "downloaded", (
                f"tariff lines (HTS8) of {year}; US additional duties (Sections 232, 301) not included"
                if importer_lines == "US" else
                f"tariff lines (CN8) of {year}; codes renumbered since HS 2017 fall back to product-group averages"),
                source))
        else:
            out.append(_tariff(market, tariffs.get(importer, [])))
        out.append(_agreements(market, agreements, {market} | members.get(market, set())))
        imposer = "EU" if market in eu else market
        listed = remedies.get(imposer, 0)
        out.append(Availability(market, "remedies", "estimated", f"{listed} measures in force listed on the countries "
                                "Kök compares (compiled from official notices; not exhaustive)", "trade_remedies_compiled")
                   if listed else
                   Availability(market, "remedies", "missing",
                                "no list of anti-dumping, countervailing or safeguard measures is bundled"))
        out.append(_lpi(market, lpi.get(market)))
        row = operating.get(market, {})
        if _blank(row.get("min_wage_eur_month")) and NO_MINIMUM in row.get("note", "").split(";")[0]:
            out.append(Availability(market, "min_wage", "downloaded", "no statutory national minimum wage "
                                    "(wages set otherwise, e.g. by collective agreements)", row["min_wage_source_id"]))
        else:
            out.append(_operating(market, "min_wage", row.get("min_wage_eur_month"), row.get("min_wage_check", ""),
                                  row.get("min_wage_year"), row.get("min_wage_source_id", ""), "statutory minimum wage"))
        out.append(_operating(market, "cit", row.get("cit_rate_pct"), row.get("cit_check", ""),
                              row.get("cit_year"), row.get("cit_source_id", ""), "corporate income tax"))
    return out


def _tariff(market: str, rows: list[dict]) -> Availability:
    usable = [r for r in rows if not _blank(r["mfn_avg_pct"])]
    if not usable:
        return Availability(market, "tariff", "missing", "no citable MFN tariff")
    banded = [r for r in usable if not _blank(r["low_pct"])]
    if banded:
        r = banded[0]
        return Availability(market, "tariff", "banded",
                            f"band {r['low_pct']:g}-{r['high_pct']:g} %, base {r['mfn_avg_pct']:g} %", r["source_id"])
    groups = [r for r in usable if r["product_group"] not in ("ALL", "AG", "NAG")]
    year = max(int(r["data_year"]) for r in usable if not _blank(r["data_year"])) if any(
        not _blank(r["data_year"]) for r in usable) else None
    kind = (f"averages of {len(groups)} WTO product groups" if groups
            else "an all-products average only") + (f" ({year})" if year else "")
    return Availability(market, "tariff", "estimated", f"no tariff-line figures: {kind}", usable[0]["source_id"])


def _agreements(market: str, agreements: list[dict], parties: set[str]) -> Availability:
    mine = [a for a in agreements if a["status"] == "in_force" and (a["party_a"] in parties or a["party_b"] in parties)]
    if not mine:
        return Availability(market, "agreements", "downloaded", "no preferential agreement in force is listed")
    unchecked = [a for a in mine if a["check"] != "verified"]
    status = "estimated" if unchecked else "downloaded"
    detail = f"{len(mine)} agreements in force" + (f", {len(unchecked)} transcribed, not re-checked" if unchecked else "")
    return Availability(market, "agreements", status, detail)


def _lpi(market: str, row: dict | None) -> Availability:
    if row is None or _blank(row["overall"]):
        return Availability(market, "lpi", "missing", "not scored by the World Bank LPI")
    edition = int(row["edition"])
    if edition < LATEST_LPI:
        return Availability(market, "lpi", "estimated", f"LPI {edition} (not in the {LATEST_LPI} edition)",
                            row["source_id"])
    return Availability(market, "lpi", _checked(row["check"]), f"LPI {edition}", row["source_id"])


def _operating(market: str, figure: str, value, check: str, year, source: str, words: str) -> Availability:
    if _blank(value):
        return Availability(market, figure, "missing", f"no {words} bundled", source)
    year_text = "" if _blank(year) else f" ({int(year)})"
    return Availability(market, figure, _checked(check), f"{words}{year_text}", source)


def summary(rows: list[Availability]) -> dict[str, dict[str, int]]:
    """Figure -> status -> number of markets."""
    out = {f: dict.fromkeys(STATUSES, 0) for f in FIGURES}
    for r in rows:
        out[r.figure][r.status] += 1
    return out
