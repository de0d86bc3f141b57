"""Which inputs move a set-up's NPV most (tornado): each input at a low and a high value, the
others at base. The ranges are Kök's sensitivity choices, not forecasts: ±20 % on set-up and
fixed costs, staff, wage and volume, ±3 points on the discount rate, ±5 points on corporate tax,
±0.20 EUR a unit, ±50 % on extra sales, the freight band, and ±5 points a year of wage drift in
EUR terms (the host country's wages; Turkish wages where an assembly line replaces jobs there).
"""

from __future__ import annotations

DRIFT_PP = 5.0       # points a year either side of the wage drift set (cost-drift scenario)


def tornado(model, base_npv: float, top: int = 8) -> list[dict]:
    o = model.option
    swings = [
        ("setup_cost_eur", {"setup": 0.8}, {"setup": 1.2}, o.setup_cost_eur * 0.8, o.setup_cost_eur * 1.2),
        ("rent_eur_month", {"rent": 0.8}, {"rent": 1.2}, o.rent_eur_month * 0.8, o.rent_eur_month * 1.2),
        ("staff_count", {"staff": 0.8}, {"staff": 1.2}, o.staff_count * 0.8, o.staff_count * 1.2),
        ("monthly_wage_eur", {"wage": 0.8}, {"wage": 1.2}, model.wage * 0.8, model.wage * 1.2),
        ("planned_volume", {"volume": 0.8}, {"volume": 1.2}, 0.8, 1.2),
        ("discount_rate_pct", {"discount_pp": -3}, {"discount_pp": 3},
         model.settings.discount_rate_pct - 3, model.settings.discount_rate_pct + 3),
        ("cit_pct", {"tax_pp": -5}, {"tax_pp": 5}, max(model.cit - 5, 0), model.cit + 5),
    ]
    if o.kind != "sales_office":      # a sales office moves no goods: no cost per unit, no freight
        swings.append(("variable_cost_change_eur_unit", {"variable_eur": -0.2}, {"variable_eur": 0.2},
                       o.variable_cost_change_eur_unit - 0.2, o.variable_cost_change_eur_unit + 0.2))
    s = model.settings
    swings.append(("host_wage_growth_pct", {"host_growth_pp": -DRIFT_PP}, {"host_growth_pp": DRIFT_PP},
                   s.host_wage_growth_pct - DRIFT_PP, s.host_wage_growth_pct + DRIFT_PP))
    if o.staff_replaced_in_turkiye:
        swings.append(("tr_wage_growth_pct", {"tr_growth_pp": -DRIFT_PP}, {"tr_growth_pp": DRIFT_PP},
                       s.tr_wage_growth_pct - DRIFT_PP, s.tr_wage_growth_pct + DRIFT_PP))
    if o.volume_uplift_pct:
        swings.append(("volume_uplift_pct", {"uplift": 0.5}, {"uplift": 1.5},
                       o.volume_uplift_pct * 0.5, o.volume_uplift_pct * 1.5))
    bars = []
    for name, low_knobs, high_knobs, low_value, high_value in swings:
        bars.append({"input": name, "low_value": low_value, "high_value": high_value,
                     "npv_low": model.measures(low_knobs).npv_eur,
                     "npv_high": model.measures(high_knobs).npv_eur})
    if o.kind != "sales_office":
        bars.append({"input": "freight_rates", "low_value": "low", "high_value": "high",
                     "npv_low": model.measures(level="low").npv_eur,
                     "npv_high": model.measures(level="high").npv_eur})
    for bar in bars:
        bar["swing"] = abs(bar["npv_high"] - bar["npv_low"])
        bar["base_npv"] = base_npv
    return sorted(bars, key=lambda b: -b["swing"])[:top]
