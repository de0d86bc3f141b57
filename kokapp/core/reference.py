"""Reference figures as a project sees them: the data pack with the user's overrides applied.

Override keys (the value replaces the bundled figure; low/base/high all take it):
    freight/<mode>/<parameter>     e.g. freight/road_ftl/rate_per_km = 1.9  (EUR/km)
    tariff/<importer>/<group>      MFN average in %, importer ISO2 or EU, group e.g. ALL
    duty/<origin>/<market>         the applied duty in % for goods of that origin (a broker's quote)
    road/<from>/<to>               road km of a land leg (site or port to market centre or port)
    sea/<port>/<port>              sea nautical miles between two ports (either order)
    wage/<iso2>                    minimum wage EUR/month
    tax/<iso2>                     corporate income tax %
    lpi/<iso2>                     LPI overall score
    origin/<made in>/<market>/<hs> 1 originating, 0 not: your binding origin information for a product
    fx/<currency>                  your exchange rate, units per EUR (local wages are converted at it)
    <factor>/<iso2>                an optional country criterion (kokapp.core.factors), e.g.
                                   energy_price/RS = 0.12 (EUR/kWh), governance/RS, proximity/RS
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from kokapp.core import fx
from kokapp.core.datapack import DataPack
from kokapp.core.factors import BY_NAME, FACTOR_NAMES, factor_rows
from kokapp.core.fx import Rate
from kokapp.core.project import Override, ProjectError
from kokapp.core.proximity import proximity
from kokapp.core.tariff_lines import TariffLines

LEVELS = ("low", "base", "high")


@dataclass(frozen=True)
class Figure:
    value: float | None
    source: str          # source_id, or "override"
    note: str = ""
    low: float | None = None     # a band's ends, where only a band is citable (value = its base)
    high: float | None = None

    @property
    def banded(self) -> bool:
        return self.low is not None and self.high is not None and self.low != self.high

    @property
    def overridden(self) -> bool:
        return self.source == "override"


class Reference:
    def __init__(self, pack: DataPack, overrides: list[Override] = ()):
        self.pack = pack
        self.overrides: dict[str, Override] = {}
        freight = pack.columns["freight_parameters"]
        self._freight = {(m, p): (lo, b, hi, s) for m, p, lo, b, hi, s in zip(
            freight["mode"], freight["parameter"], freight["low"], freight["base"],
            freight["high"], freight["source_id"])}
        tariffs = pack.columns["tariffs_mfn"]
        self._tariffs = {(i, g): (r, s, n, lo, hi) for i, g, r, s, n, lo, hi in zip(
            tariffs["importer"], tariffs["product_group"], tariffs["mfn_avg_pct"],
            tariffs["source_id"], tariffs["note"], tariffs["low_pct"], tariffs["high_pct"])}
        self._operating = pack.index("operating", "iso2")
        self._lpi = pack.index("lpi", "iso2")
        self._countries = set(pack.column("countries", "iso2"))
        for i, override in enumerate(overrides):
            self._check_key(i, override)
            self.overrides[override.key] = override
        self._own_rates = {k.split("/")[1]: (o.value, o.note) for k, o in self.overrides.items() if k.startswith("fx/")}

    def _check_key(self, index: int, override: Override) -> None:
        parts = override.key.split("/")
        countries = self._countries
        kind = parts[0]
        if kind in ("road", "sea"):
            self._check_distance_key(index, override, parts)
            return
        ok = (
            (kind == "freight" and len(parts) == 3 and (parts[1], parts[2]) in self._freight)
            or (kind == "tariff" and len(parts) == 3 and (parts[1] in countries or parts[1] == "EU"))
            or (kind == "duty" and len(parts) == 3 and parts[1] in countries and parts[2] in countries)
            or (kind in ("wage", "tax", "lpi", *FACTOR_NAMES) and len(parts) == 2 and parts[1] in countries)
            or (kind == "fx" and len(parts) == 2 and parts[1] in fx.pack_rates(self.pack) and override.value > 0)
            or (kind == "origin" and len(parts) == 4 and parts[1] in countries and parts[2] in countries
                and parts[3].isdigit() and override.value in (0, 1))
        )
        if not ok:
            raise ProjectError(f"overrides[{index}].key", "not a known reference figure", override.key)

    def _check_distance_key(self, index: int, override: Override, parts: list[str]) -> None:
        field = f"overrides[{index}]"
        if len(parts) == 3 and parts[0] == "road":
            land = self.pack.columns["land_distances"]
            known = (parts[1], parts[2]) in set(zip(land["from_id"], land["to_id"]))
        elif len(parts) == 3:
            ports = set(self.pack.column("ports", "locode"))
            known = parts[1] in ports and parts[2] in ports
        else:
            known = False
        if not known:
            raise ProjectError(f"{field}.key", "not a known reference figure", override.key)
        if not override.value > 0:
            raise ProjectError(f"{field}.value", "must be greater than zero", override.value)

    def distance_overrides(self) -> tuple[dict, dict]:
        """(road km by (from, to), sea nm by (port, port)) from the user's own figures."""
        road, sea = {}, {}
        for key, o in self.overrides.items():
            kind, a, *rest = key.split("/")
            if kind == "road":
                road[(a, rest[0])] = float(o.value)
            elif kind == "sea":
                sea[(a, rest[0])] = float(o.value)
        return road, sea

    def _override(self, key: str) -> Figure | None:
        o = self.overrides.get(key)
        return Figure(float(o.value), "override", o.note) if o else None

    def freight(self, mode: str, parameter: str, level: str = "base") -> float:
        o = self._override(f"freight/{mode}/{parameter}")
        if o:
            return o.value
        low, base, high, _ = self._freight[(mode, parameter)]
        return float({"low": low, "base": base, "high": high}[level])

    def freight_figure(self, mode: str, parameter: str) -> Figure:
        o = self._override(f"freight/{mode}/{parameter}")
        return o or Figure(float(self._freight[(mode, parameter)][1]), self._freight[(mode, parameter)][3])

    def mfn(self, importer: str, group: str, industrial: bool = False, code: str = "") -> Figure:
        """MFN rate: your own figure for the group if you gave one; else the product's tariff line
        (or its subheading's lines) where a downloaded tariff holds them; else the product-group
        average, the industrial-goods figure (e.g. Switzerland's zero since 2024) or the
        all-products figure; a band where only a band is citable (its base, low and high)."""
        own = [o for g in (group, *(("NAG",) if industrial else ()), "ALL")
               if (o := self._override(f"tariff/{importer}/{g}"))]
        if own:
            return own[0]
        line = TariffLines.of(self.pack).lookup(importer, code) if code else None
        if isinstance(line, tuple):
            low, base, high, source, note = line
            return Figure(base, source, note, low if low != high else None, high if low != high else None)
        why = line if isinstance(line, str) else ""
        for g in (group, *(("NAG",) if industrial else ()), "ALL"):
            hit = self._tariffs.get((importer, g))
            if hit is not None and not _missing(hit[0]):
                note = {group: "", "NAG": "non-agricultural goods"}.get(
                    g, "all-products average (no figure for the product group)")
                note = "; ".join(n for n in (why and f"{why}: product-group average used", note) if n)
                if _missing(hit[3]):
                    return Figure(float(hit[0]), hit[1], note)
                band = f"only a band is citable: {hit[3]:g}-{hit[4]:g} %, base {hit[0]:g} %"
                return Figure(float(hit[0]), hit[1], "; ".join(n for n in (note, band) if n),
                              float(hit[3]), float(hit[4]))
        return Figure(None, "", "no citable MFN tariff in the bundled data: enter your broker's quote")

    def duty_quote(self, origin: str, market: str) -> Figure | None:
        return self._override(f"duty/{origin}/{market}")

    def _operating_figure(self, kind: str, iso2: str, column: str, source_column: str) -> Figure:
        o = self._override(f"{kind}/{iso2}")
        if o:
            return o
        row = self._operating.get(iso2)
        if row is None:
            return Figure(None, "")
        value = row[column]
        return Figure(None if _missing(value) else float(value), row[source_column], row["note"])

    def fx_rate(self, currency: str) -> Rate | None:
        return fx.rate(self.pack, currency, self._own_rates)

    def min_wage(self, iso2: str) -> Figure:
        """EUR a month: the local amount with its date converted at the project's rate for the
        currency (the pack's dated rate unless the project gives its own), the conversion said
        in the note; the pack's EUR figure where there is no local amount or no rate."""
        figure = self._operating_figure("wage", iso2, "min_wage_eur_month", "min_wage_source_id")
        row = self._operating.get(iso2)
        if figure.source == "override" or row is None or _missing(row.get("min_wage_local")):
            return figure
        local, currency = float(row["min_wage_local"]), row["min_wage_currency"]
        used = self.fx_rate(currency)
        if used is None:
            return Figure(figure.value, figure.source, f"{local:,.2f} {currency} a month ({row['min_wage_period']}); no "
                          f"dated {currency} rate in the data: the source's own EUR figure")
        when = "your rate" + (f", {used.date}" if used.date else "") if used.source == "override" else used.date
        at = "" if currency == "EUR" else f" at {used.units_per_eur:g} {currency}/EUR ({when})"
        return Figure(local / used.units_per_eur, figure.source,
                      f"{local:,.2f} {currency} a month ({row['min_wage_period']}){at}")

    def tax(self, iso2: str) -> Figure:
        return self._operating_figure("tax", iso2, "cit_rate_pct", "cit_source_id")

    def country_factor(self, name: str, iso2: str) -> Figure:
        """An optional country criterion (:mod:`kokapp.core.factors`): the user's figure, else the
        bundled one with its period, else no figure."""
        o = self._override(f"{name}/{iso2}")
        if o:
            return o
        factor = BY_NAME[name]
        if factor.table == "lpi":
            row = self._lpi.get(iso2)
            value = None if row is None or _missing(row[factor.column]) else float(row[factor.column])
            return Figure(value, row["source_id"] if row else "", f"LPI {int(row['edition'])}" if value is not None else "")
        if name == "proximity":
            value, parts = proximity(factor_rows(self.pack), iso2)
            return Figure(value, "kok_proximity" if value is not None else "",
                          ", ".join(f"{k} {v:.2f}" for k, v in parts.items()) or "Türkiye itself")
        row = factor_rows(self.pack).get((iso2, name))
        if row is None:
            return Figure(None, "")
        return Figure(float(row["value"]), row["source_id"], f"{row['period']}: {row['note']}" if row["note"] else row["period"])

    def lpi(self, iso2: str) -> Figure:
        o = self._override(f"lpi/{iso2}")
        if o:
            return o
        row = self._lpi.get(iso2)
        if row is None:
            return Figure(None, "")
        value = row["overall"]
        edition = "" if _missing(row["edition"]) else f"LPI {int(row['edition'])}"
        return Figure(None if _missing(value) else float(value), row["source_id"], edition)


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))
