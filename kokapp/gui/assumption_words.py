"""Words for the feasibility assumptions: labels, the basis of Kök's defaults (the words of
setup_options.ASSUMPTIONS, translated) and units (one place for them, in the UI language)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_LABELS = {
    "setup_cost_eur": QT_TRANSLATE_NOOP("AssumptionsForm", "Set-up cost"),
    "rent_eur_month": QT_TRANSLATE_NOOP("AssumptionsForm", "Rent"),
    "staff_count": QT_TRANSLATE_NOOP("AssumptionsForm", "Local staff"),
    "wage_multiple": QT_TRANSLATE_NOOP("AssumptionsForm", "Wage as a multiple of the minimum wage"),
    "monthly_wage_eur": QT_TRANSLATE_NOOP("AssumptionsForm", "Local wage (your figure)"),
    "employer_oncost_pct": QT_TRANSLATE_NOOP("AssumptionsForm", "Employer social contributions"),
    "management_eur_month": QT_TRANSLATE_NOOP("AssumptionsForm", "Management"),
    "variable_cost_change_eur_unit": QT_TRANSLATE_NOOP("AssumptionsForm", "Change in variable cost per unit"),
    "local_content_pct": QT_TRANSLATE_NOOP("AssumptionsForm", "Local content"),
    "staff_replaced_in_turkiye": QT_TRANSLATE_NOOP("AssumptionsForm", "Staff no longer needed in Türkiye"),
    "volume_uplift_pct": QT_TRANSLATE_NOOP("AssumptionsForm", "Extra sales from local presence"),
    "gross_margin_pct": QT_TRANSLATE_NOOP("AssumptionsForm", "Gross margin on extra sales"),
    "served_markets": QT_TRANSLATE_NOOP("AssumptionsForm", "Markets it serves (where the extra sales come from)"),
    "horizon_years": QT_TRANSLATE_NOOP("AssumptionsForm", "Horizon"),
    "discount_rate_pct": QT_TRANSLATE_NOOP("AssumptionsForm", "Discount rate"),
    "ramp_up": QT_TRANSLATE_NOOP("AssumptionsForm", "Ramp-up (share of the plan in years 1, 2, 3…)"),
    "depreciation_years": QT_TRANSLATE_NOOP("AssumptionsForm", "Depreciation period"),
    "origin_threshold_pct": QT_TRANSLATE_NOOP("AssumptionsForm", "Local content that confers origin"),
    "tr_wage_growth_pct": QT_TRANSLATE_NOOP("AssumptionsForm", "Turkish wage drift in EUR"),
    "host_wage_growth_pct": QT_TRANSLATE_NOOP("AssumptionsForm", "Local wage drift in EUR"),
}

_BASES = {
    "setup_cost_eur": QT_TRANSLATE_NOOP(
        "AssumptionsForm", "Kök assumption: one-off fit-out, equipment, permits and company set-up, by set-up type."),
    "rent_eur_month": QT_TRANSLATE_NOOP(
        "AssumptionsForm", "Kök assumption: warehouse, plant or office rent, by set-up type (not by country)."),
    "staff_count": QT_TRANSLATE_NOOP("AssumptionsForm", "Kök assumption: local headcount, by set-up type."),
    "wage_multiple": QT_TRANSLATE_NOOP(
        "AssumptionsForm", "Kök assumption: average local wage as a multiple of the statutory minimum wage "
                           "(from the reference data)."),
    "monthly_wage_eur": QT_TRANSLATE_NOOP(
        "AssumptionsForm", "Leave empty to use the minimum wage × the multiple above; or enter the gross monthly "
                           "wage you expect to pay."),
    "employer_oncost_pct": QT_TRANSLATE_NOOP(
        "AssumptionsForm", "Kök assumption: employer social contributions on gross wages (national rates vary, "
                           "roughly 15-35 %)."),
    "management_eur_month": QT_TRANSLATE_NOOP(
        "AssumptionsForm", "Kök assumption: a local manager or an expatriate allowance."),
    "variable_cost_change_eur_unit": QT_TRANSLATE_NOOP(
        "AssumptionsForm", "Kök assumption: extra handling (hub) or cost change (assembly) per unit; "
                           "a negative figure is a saving."),
    "local_content_pct": QT_TRANSLATE_NOOP(
        "AssumptionsForm", "Kök assumption: share of the ex-works value added at the location; it decides the "
                           "goods' origin."),
    "staff_replaced_in_turkiye": QT_TRANSLATE_NOOP(
        "AssumptionsForm", "Kök assumption: assembly jobs that move from the origin hub, valued at the "
                           "Turkish minimum wage × the same multiple."),
    "volume_uplift_pct": QT_TRANSLATE_NOOP(
        "AssumptionsForm", "Kök assumption: extra sales from being close to the market."),
    "gross_margin_pct": QT_TRANSLATE_NOOP("AssumptionsForm", "Kök assumption: margin earned on the extra sales."),
    "served_markets": QT_TRANSLATE_NOOP(
        "AssumptionsForm", "Tick the target markets this set-up sells into: its extra sales apply to their planned "
                           "sales only. None ticked: its own country, if that is a target market."),
    "horizon_years": QT_TRANSLATE_NOOP(
        "AssumptionsForm", "Kök default: the years of operation the cash flows cover."),
    "discount_rate_pct": QT_TRANSLATE_NOOP(
        "AssumptionsForm", "Kök assumption: EUR cost of capital of an SME investment."),
    "ramp_up": QT_TRANSLATE_NOOP(
        "AssumptionsForm", "Kök assumption: share of the planned volume reached in each year; later years stay at "
                           "the last figure. Separate the years with ';'."),
    "depreciation_years": QT_TRANSLATE_NOOP(
        "AssumptionsForm", "Kök default: straight-line depreciation of the set-up cost for tax."),
    "origin_threshold_pct": QT_TRANSLATE_NOOP(
        "AssumptionsForm", "Kök assumption: local content from which goods assembled at the location take "
                           "its origin (a simplification of the rules of origin)."),
    "tr_wage_growth_pct": QT_TRANSLATE_NOOP(
        "AssumptionsForm", "Kök default 0 (no drift): how much Turkish wages rise a year in EUR terms, i.e. TRY wage "
                           "growth net of the lira's fall against the euro; it values the jobs an assembly line "
                           "replaces in Türkiye."),
    "host_wage_growth_pct": QT_TRANSLATE_NOOP(
        "AssumptionsForm", "Kök default 0 (no drift): how much the host country's wages rise a year in EUR terms."),
}

_UNITS = {
    "EUR": QT_TRANSLATE_NOOP("AssumptionsForm", "EUR"),
    "EUR/month": QT_TRANSLATE_NOOP("AssumptionsForm", "EUR per month"),
    "EUR/unit": QT_TRANSLATE_NOOP("AssumptionsForm", "EUR per unit"),
    "people": QT_TRANSLATE_NOOP("AssumptionsForm", "people"),
    "multiple": QT_TRANSLATE_NOOP("AssumptionsForm", "× minimum wage"),
    "%": QT_TRANSLATE_NOOP("AssumptionsForm", "%"),
    "years": QT_TRANSLATE_NOOP("AssumptionsForm", "years"),
    "ramp": QT_TRANSLATE_NOOP("AssumptionsForm", "% of the plan"),
    "markets": QT_TRANSLATE_NOOP("AssumptionsForm", "target markets"),
    "%/year": QT_TRANSLATE_NOOP("AssumptionsForm", "% a year"),
}


def _translated(table: dict[str, str]) -> dict[str, str]:
    return {key: QCoreApplication.translate("AssumptionsForm", text) for key, text in table.items()}


def assumption_labels() -> dict[str, str]:
    return _translated(_LABELS)


def assumption_bases() -> dict[str, str]:
    """Why Kök's default is what it is."""
    return _translated(_BASES)


def unit_words() -> dict[str, str]:
    return _translated(_UNITS)
