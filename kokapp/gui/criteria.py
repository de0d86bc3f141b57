"""Translated names of the ranking criteria and feasibility inputs (one place for the words)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication



def criterion_names() -> dict[str, str]:
    return {"logistics_cost": QCoreApplication.translate("Criteria", "Logistics cost"), "duty_cost": QCoreApplication.translate("Criteria", "Duty cost"),
            "distance": QCoreApplication.translate("Criteria", "Distance"), "transit_time": QCoreApplication.translate("Criteria", "Transit time"),
            "duty_free_share": QCoreApplication.translate("Criteria", "Duty-free access"), "lpi": QCoreApplication.translate("Criteria", "Logistics performance (LPI)"),
            "labour_cost": QCoreApplication.translate("Criteria", "Minimum wage"), "tax": QCoreApplication.translate("Criteria", "Corporate tax"),
            "labour_cost_mfg": QCoreApplication.translate("Criteria", "Manufacturing labour cost"),
            "energy_price": QCoreApplication.translate("Criteria", "Industrial electricity price"),
            "governance": QCoreApplication.translate("Criteria", "Governance (WGI)"),
            "proximity": QCoreApplication.translate("Criteria", "Proximity to Türkiye"),
            "lpi_customs": QCoreApplication.translate("Criteria", "LPI: customs"),
            "lpi_timeliness": QCoreApplication.translate("Criteria", "LPI: timeliness")}


def criterion_tips() -> dict[str, str]:
    """What an optional country criterion measures and where its figure comes from."""
    return {"labour_cost_mfg": QCoreApplication.translate(
                "Criteria", "Average hourly labour cost in manufacturing, € (ILOSTAT): what a worker costs, not the legal floor"),
            "energy_price": QCoreApplication.translate(
                "Criteria", "Electricity for a medium industrial user, €/kWh excl. VAT (Eurostat nrg_pc_205, band IC): "
                            "Europe, Türkiye and the candidate countries only"),
            "governance": QCoreApplication.translate(
                "Criteria", "Mean of the World Bank's six Worldwide Governance Indicators, −2.5 to +2.5 (2022): rule of law, "
                            "corruption control, political stability, regulation, government effectiveness, voice"),
            "proximity": QCoreApplication.translate(
                "Criteria", "Closeness to Türkiye, 0–1: investment and tax treaties, visa-free travel for Turkish staff, "
                            "a Turkic language, people from Türkiye living there"),
            "lpi_customs": QCoreApplication.translate("Criteria", "World Bank LPI component: efficiency of customs clearance (1–5)"),
            "lpi_timeliness": QCoreApplication.translate("Criteria", "World Bank LPI component: shipments arriving on time (1–5)")}


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
