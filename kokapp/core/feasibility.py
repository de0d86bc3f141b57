"""Does a hub, an assembly line or a sales office at a location pay, and when?

Yearly cash-flow model against the Türkiye baseline (keep exporting from the origin hub):
savings in freight, clearance, insurance and duty (from the comparison engine, volumes
ramping up), minus the option's fixed costs (rent, staff at local wages with employer
on-costs, management) and variable cost change, plus margin on extra sales in the markets the
option serves (picked by the user; by default its own country); tax at the
location's corporate rate on the positive result after straight-line depreciation of the
set-up cost (losses earn no credit: a stated simplification). Goods going into the hub are
shipped from the origin hub in consolidated full loads and enter under a free-zone or
inward-processing regime (no duty on the inbound leg: a stated simplification).
"""

from __future__ import annotations

import math

from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from kokapp.core.cashflow import irr_pct, npv, payback_years
from kokapp.core.costs import units_per_load
from kokapp.core.engine import Engine
from kokapp.core.lanes import LOAD_MODES, lane_geometry, mode_costs, row
from kokapp.core.origin import TURKIYE, assembly_origin
from kokapp.core.origin_verdict import origin_code, verdict
from kokapp.core.project import Project
from kokapp.core.setup_options import (FeasibilityError, FeasibilitySettings, SetupOption,
                                       validate_option, validate_settings)
from kokapp.core.state_support import RentSupport
from kokapp.core.zones import zones

if TYPE_CHECKING:                # pandas only for the year table and unit costs: NPV, payback and
    import pandas as pd          # break-even (the window's money view) are worked out without it

COST_ONLY = {"logistics_cost": 1.0}     # any valid weighting: the cash flows do not rank anything
NEUTRAL = {"setup": 1.0, "rent": 1.0, "staff": 1.0, "wage": 1.0, "fixed": 1.0, "volume": 1.0,
           "discount_pp": 0.0, "tax_pp": 0.0, "variable_eur": 0.0, "uplift": 1.0, "host_growth_pp": 0.0,
           "tr_growth_pp": 0.0}


@dataclass(frozen=True)
class Outcome:
    flows: tuple[float, ...]
    npv_eur: float
    irr_pct: float | None
    payback_years: float | None


@dataclass
class Feasibility:
    location: str
    option: SetupOption
    settings: FeasibilitySettings
    wage_eur_month: float
    wage_basis: str
    cit_pct: float
    origins: dict[str, tuple[str, str]]      # market -> (origin ISO2, reason)
    years: pd.DataFrame                      # one row per year 0..N
    base: Outcome
    break_even_share: float | None           # of the planned volume; None: never pays
    break_even_units: float | None           # total annual units at full ramp
    unit_costs: pd.DataFrame                 # per market x product: baseline vs option, EUR/unit
    scenarios: dict[str, Outcome]
    scenario_freight: dict[str, str]
    tornado: list[dict]
    state_support: str = ""                  # "": not counted; "counted"; else why not (RentSupport.why_not)
    tax_regime: str = ""                     # the site's free-zone regime as applied ("": the country's rate)


class FeasibilityModel:
    def __init__(self, engine: Engine, project: Project, location: str, option: SetupOption,
                 settings: FeasibilitySettings = FeasibilitySettings()):
        validate_option(option, f"options[{location}]")
        validate_settings(settings)
        if location not in project.candidates or location == project.origin_site:
            raise FeasibilityError("location", "must be one of the project's candidate locations", location)
        self.engine, self.project, self.location = engine, project, location
        self.option, self.settings = option, settings
        self.ref, self.access = engine.reference(project.overrides)
        self.iso2 = engine.pack.index("sites", "site_id")[location]["iso2"]
        self.wage, self.wage_basis = self._wage()
        self.turkish_wage = 0.0
        if option.staff_replaced_in_turkiye:
            minimum = self.ref.min_wage(TURKIYE).value
            if minimum is None:
                raise FeasibilityError("wage/TR", "no statutory minimum wage bundled: enter your figure", "TR")
            self.turkish_wage = minimum * option.wage_multiple
        cit = self.ref.tax(self.iso2).value
        if cit is None:
            raise FeasibilityError(f"tax/{self.iso2}", "no corporate tax rate bundled: enter your figure", self.iso2)
        self.cit = cit
        own_tax = f"tax/{self.iso2}" in self.ref.overrides          # the user's rate beats a zone's
        # a zone hosts a plant or a warehouse; a sales office sits in town and pays the country's rate
        self.zone = None if own_tax or option.kind == "sales_office" else zones(engine.pack).get(location)
        self.origins = {m: self._origin(m) for m in project.markets}
        self.plan_units = sum(project.volumes.values())
        self.served_markets = self._served_markets()
        self.support, self.support_note = self._state_support()
        self._costs: dict[tuple[float, str], tuple[float, float]] = {}

    # -- inputs ---------------------------------------------------------------------------
    def _wage(self) -> tuple[float, str]:
        if self.option.monthly_wage_eur is not None:
            return self.option.monthly_wage_eur, "your figure"
        minimum = self.ref.min_wage(self.iso2).value
        if minimum is None:
            # the user's figure goes in as override wage/<ISO2> (the minimum wage it stands for)
            raise FeasibilityError(f"wage/{self.iso2}", "no statutory minimum wage bundled: enter your figure",
                                   self.iso2)
        return minimum * self.option.wage_multiple, f"minimum wage {minimum:,.0f} × {self.option.wage_multiple:g}"

    def _served_markets(self) -> tuple[str, ...]:
        """The markets whose sales the option's uplift applies to: the user's pick, else the
        location's own country where it is a target market (a sales office sells where it is)."""
        for market in self.option.served_markets:
            if market not in self.project.markets:
                raise FeasibilityError(f"options[{self.location}].served_markets", "market is not a target market",
                                       market)
        if self.option.served_markets:
            return tuple(self.option.served_markets)
        return (self.iso2,) if self.iso2 in self.project.markets else ()

    def _state_support(self) -> tuple[RentSupport | None, str]:
        """The unit rent support when the project counts it and it applies here, with why (not)."""
        if not self.settings.state_support:
            return None, ""
        rule = RentSupport.of(self.engine.pack)
        why = rule.why_not(self.option.kind, TURKIYE if self.option.kind != "assembly" else self.iso2,
                           self.exports_value)
        return (None, why) if why else (rule, "")

    @cached_property
    def exports_value(self) -> float:
        """EUR a year (full plan) exported from Türkiye into the location's country: the whole plan
        for a hub (every unit passes through it), the plan's sales in that country otherwise."""
        markets = self.project.markets if self.option.kind == "logistics_hub" else [self.iso2]
        return sum(p.unit_value_eur * self.project.volume(p.name, m) for p in self.project.products for m in markets)

    def origin_of(self, loc: str, market: str, product) -> str:
        """The origin code of the goods sold from ``loc``: made in Türkiye at the origin hub and for a
        hub or sales office; at an assembly line, by the product's rule of origin when it has a bill
        of materials, else by the local-content threshold."""
        made_here = loc != self.project.origin_site and self.option.kind == "assembly"
        made_in = self.iso2 if made_here else TURKIYE
        if product.bom or f"origin/{made_in}/{market}/{product.hs_code}" in self.ref.overrides:
            return origin_code(verdict(self.engine.pack, self.access, product, product.bom, made_in, market), made_in)
        return self.origins[market][0] if made_here else TURKIYE

    def _origin(self, market: str) -> tuple[str, str]:
        if self.option.kind != "assembly":
            return TURKIYE, "goods stored or resold, not transformed"
        with_bom = [p for p in self.project.products if p.bom]
        if with_bom:                     # the products' own rules of origin, not the threshold
            met = [not origin_code(verdict(self.engine.pack, self.access, p, p.bom, self.iso2, market),
                                   self.iso2).endswith("!") for p in with_bom]
            return self.iso2, ("bill of materials: the rule of origin is met" if all(met) else
                               f"bill of materials: the rule of origin is not met for {met.count(False)} of "
                               f"{len(met)} products (MFN duty; see kokapp origin)")
        return assembly_origin(self.access, self.iso2, market, self.option.local_content_pct,
                               self.settings.origin_threshold_pct)

    # -- costs from the engine, memoised per (volume scale, freight level) --------------------
    def _scaled(self, scale: float) -> Project:
        return replace(self.project, candidates=[self.location], weights=COST_ONLY,   # weights play no part here
                       volumes={k: v * scale for k, v in self.project.volumes.items()})

    def _annual_costs(self, scale: float, level: str) -> tuple[float, float]:
        """(baseline, option) annual logistics + duty costs at ``scale`` x planned volume."""
        key = (round(scale, 12), level)
        if key not in self._costs:
            if scale <= 0 or self.option.kind == "sales_office":
                self._costs[key] = (0.0, 0.0)  # a sales office does not change how goods move
            else:
                totals = self.engine.annual_costs(self._scaled(scale), self.origin_of, level)
                origin_site = self.project.origin_site
                for site in (origin_site, self.location):
                    if math.isnan(totals[site]):    # a duty nobody can cite: never priced as 0
                        raise FeasibilityError("duty", f"no citable duty for a market served from {site}: "
                                                       "enter your broker's quote (duty/<origin>/<market>)", site)
                self._costs[key] = (totals[origin_site], totals[self.location] + self._inbound(scale, level))
        return self._costs[key]

    @cached_property
    def _inbound_lane(self) -> tuple[dict, dict[str, float]]:
        """The origin hub -> location lane and, per load mode, the loads the full plan needs
        (loads grow in proportion to volume, so every scale reuses them)."""
        distances = self.engine.distances_for(self.ref, self.project.route_scenario)
        lane = mode_costs(self.ref, lane_geometry(self.ref, distances, [self.project.origin_site], [self.iso2]))
        lane = row(lane)
        loads = {mode: sum(self.project.volume(p.name, m) / max(units_per_load(self.ref, mode, p), 1.0)
                           for p in self.project.products for m in self.project.markets)
                 for mode in LOAD_MODES}
        return lane, loads

    def _inbound(self, scale: float, level: str) -> float:
        """Consolidated full loads from the origin hub to the location's country."""
        if self.option.kind == "sales_office":
            return 0.0
        lanes, plan_loads = self._inbound_lane
        best = None
        for mode in LOAD_MODES:
            per_load_cost = lanes[f"{mode}_cost_base"]
            if np.isnan(per_load_cost):
                continue
            loads = scale * plan_loads[mode]
            clearance = lanes["borders"] * self.ref.freight("all", "import_clearance", level) * np.ceil(loads)
            total = loads * lanes[f"{mode}_cost_{level}"] + clearance
            if best is None or loads * per_load_cost < best[0]:
                best = (loads * per_load_cost, total)
        if best is None:
            raise FeasibilityError("location", f"no freight mode reaches {self.location} from the origin hub")
        return float(best[1])

    # -- the cash-flow model ----------------------------------------------------------------
    def outcome(self, knobs: dict | None = None, level: str = "base", volume: float = 1.0) -> tuple[Outcome, pd.DataFrame]:
        """The cash-flow measures and the year-by-year table."""
        import pandas as pd

        result, rows = self._flows(knobs, level, volume)
        return result, pd.DataFrame(rows)

    def measures(self, knobs: dict | None = None, level: str = "base", volume: float = 1.0) -> Outcome:
        """NPV, IRR and payback only (no year table)."""
        return self._flows(knobs, level, volume)[0]

    def _flows(self, knobs: dict | None, level: str, volume: float) -> tuple[Outcome, list[dict]]:
        k = NEUTRAL | (knobs or {})
        o, s = self.option, self.settings
        setup = o.setup_cost_eur * k["setup"]
        oncost = 1 + o.employer_oncost_pct / 100
        rent_year = 12 * k["fixed"] * o.rent_eur_month * k["rent"]
        staff_year = 12 * k["fixed"] * o.staff_count * k["staff"] * self.wage * k["wage"] * oncost
        other_year = 12 * k["fixed"] * o.management_eur_month
        host_growth = 1 + (s.host_wage_growth_pct + k["host_growth_pp"]) / 100
        tr_growth = 1 + (s.tr_wage_growth_pct + k["tr_growth_pp"]) / 100
        saved_in_turkiye = 12 * o.staff_replaced_in_turkiye * self.turkish_wage * oncost
        served_value = self._served_value()
        earned = 0.0                      # state support earned on last year's rent, paid this year
        zone = self.zone
        rows = [dict(year=0, volume_share=0.0, units=0.0, baseline_cost=0.0, option_cost=0.0, savings=0.0,
                     staff_saved_in_turkiye=0.0, fixed_costs=0.0, variable_change=0.0, uplift_margin=0.0, operating=0.0,
                     depreciation=0.0, tax=0.0, state_support=0.0, cash_flow=-setup)]
        for year in range(1, s.horizon_years + 1):
            share = s.ramp(year) * volume * k["volume"]
            units = self.plan_units * share
            baseline, option = self._annual_costs(share, level)
            savings = baseline - option if o.kind != "sales_office" else 0.0
            variable = (o.variable_cost_change_eur_unit + k["variable_eur"]) * units
            uplift = o.volume_uplift_pct * k["uplift"] / 100 * share * served_value * o.gross_margin_pct / 100
            fixed_year = rent_year + staff_year * host_growth ** (year - 1) + other_year
            saved = saved_in_turkiye * tr_growth ** (year - 1)
            operating = savings + saved - fixed_year - variable + uplift
            depreciation = setup / s.depreciation_years if year <= s.depreciation_years else 0.0
            rate_pct = zone.rate(year, self.cit) if zone else self.cit     # a zone's holiday, then its rate
            tax = max(operating - depreciation, 0.0) * min(max(rate_pct + k["tax_pp"], 0.0), 100.0) / 100
            support, earned = earned, (self.support.earned(year, rent_year, share * self.exports_value)
                                       if self.support else 0.0)
            rows.append(dict(year=year, volume_share=share, units=units, baseline_cost=baseline,
                             option_cost=option, savings=savings, staff_saved_in_turkiye=saved,
                             fixed_costs=fixed_year,
                             variable_change=variable, uplift_margin=uplift, operating=operating,
                             depreciation=depreciation, tax=tax, state_support=support,
                             cash_flow=operating - tax + support))
        flows = tuple(r["cash_flow"] for r in rows)
        rate = s.discount_rate_pct + k["discount_pp"]
        return Outcome(flows, npv(rate, flows), irr_pct(flows), payback_years(flows)), rows

    def _served_value(self) -> float:
        """EUR a year of the planned sales (at full ramp) in the markets the option serves."""
        return sum(p.unit_value_eur * self.project.volume(p.name, m)
                   for p in self.project.products for m in self.served_markets)

    def break_even(self, max_share: float = 20.0) -> float | None:
        """Share of the planned volume at which NPV = 0 (bisection); None if it is not reached
        up to ``max_share`` x the plan or if more volume does not help."""
        def at(share: float) -> float:
            return self.measures(volume=share).npv_eur
        lo, hi = 0.0, max_share
        f_lo, f_hi = at(lo), at(hi)
        if f_lo >= 0:
            return 0.0
        if f_hi < 0:
            return None
        while hi - lo > 1e-4 * hi:  # 0.01 % of the break-even volume
            mid = (lo + hi) / 2
            if at(mid) < 0:
                lo = mid
            else:
                hi = mid
        return (lo + hi) / 2

    def unit_costs(self) -> pd.DataFrame:
        """EUR per unit at the full plan and base level: baseline vs this option, per market x product."""
        import pandas as pd

        origin_site = self.project.origin_site
        rows = self.engine.compare(self._scaled(1.0), self.origin_of).lanes
        pivot = rows.pivot_table(index=["market", "product"], columns="location",
                                 values="landed_unit_base", aggfunc="first")
        table = pd.DataFrame({"baseline_landed_eur": pivot[origin_site],
                              "option_landed_eur": pivot[self.location]})
        units = self.plan_units or 1.0
        _, years = self.outcome()
        full = years.iloc[-1]
        table["option_inbound_eur"] = (self._inbound(1.0, "base") / units) if self.option.kind != "sales_office" else 0.0
        table["option_fixed_eur"] = full["fixed_costs"] / units
        table["option_variable_eur"] = self.option.variable_cost_change_eur_unit
        table["option_staff_saved_eur"] = -full["staff_saved_in_turkiye"] / units
        if self.option.kind == "sales_office":
            table["option_landed_eur"] = table["baseline_landed_eur"]
        table["option_all_in_eur"] = table[["option_landed_eur", "option_inbound_eur", "option_fixed_eur",
                                            "option_variable_eur", "option_staff_saved_eur"]].sum(axis=1)
        return table.reset_index()

    def evaluate(self) -> Feasibility:
        base, years = self.outcome()
        scenarios, freight = {"base": base}, {"base": "base"}
        s = self.settings
        for name, pick, end in (("pessimistic", min, 1), ("optimistic", max, 0)):
            knobs = {"setup": s.setup_range[end], "fixed": s.fixed_range[end]}
            candidates = [(self.measures(knobs | {"volume": v}, level), level)
                          for level in ("low", "base", "high") for v in (*s.volume_range, 1.0)]
            scenarios[name], freight[name] = pick(candidates, key=lambda c: c[0].npv_eur)
        share = self.break_even()
        return Feasibility(
            self.location, self.option, self.settings, self.wage, self.wage_basis, self.cit, self.origins,
            years, base, share, None if share is None else share * self.plan_units, self.unit_costs(),
            scenarios, freight, self.tornado(base.npv_eur),
            "counted" if self.support else self.support_note,
            self.zone.summary(self.cit) if self.zone else "")

    def tornado(self, base_npv: float, top: int = 8) -> list[dict]:
        from kokapp.core.tornado import tornado

        return tornado(self, base_npv, top)
