"""Translated names of the ranking criteria and feasibility inputs (one place for the words)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication



def criterion_names() -> dict[str, str]:
    return {"logistics_cost": QCoreApplication.translate("Criteria", "Logistics cost"), "duty_cost": QCoreApplication.translate("Criteria", "Duty cost"),
            "distance": QCoreApplication.translate("Criteria", "Distance"), "transit_time": QCoreApplication.translate("Criteria", "Transit time"),
            "duty_free_share": QCoreApplication.translate("Criteria", "Duty-free access"), "lpi": QCoreApplication.translate("Criteria", "Logistics performance (LPI)"),
            "labour_cost": QCoreApplication.translate("Criteria", "Labour cost"), "tax": QCoreApplication.translate("Criteria", "Corporate tax")}


def input_names() -> dict[str, str]:
    return {"setup_cost_eur": QCoreApplication.translate("Criteria", "Set-up cost"), "rent_eur_month": QCoreApplication.translate("Criteria", "Rent"), "staff_count": QCoreApplication.translate("Criteria", "Staff"),
            "monthly_wage_eur": QCoreApplication.translate("Criteria", "Local wage"), "planned_volume": QCoreApplication.translate("Criteria", "Planned volume"),
            "discount_rate_pct": QCoreApplication.translate("Criteria", "Discount rate"), "cit_pct": QCoreApplication.translate("Criteria", "Corporate tax"),
            "variable_cost_change_eur_unit": QCoreApplication.translate("Criteria", "Variable cost per unit"),
            "volume_uplift_pct": QCoreApplication.translate("Criteria", "Extra sales"), "freight_rates": QCoreApplication.translate("Criteria", "Freight rates"),
            "host_wage_growth_pct": QCoreApplication.translate("Criteria", "Local wage drift"),
            "tr_wage_growth_pct": QCoreApplication.translate("Criteria", "Turkish wage drift")}


def kind_names() -> dict[str, str]:
    return {"logistics_hub": QCoreApplication.translate("Criteria", "Logistics hub"), "assembly": QCoreApplication.translate("Criteria", "Assembly line"),
            "sales_office": QCoreApplication.translate("Criteria", "Sales office")}
