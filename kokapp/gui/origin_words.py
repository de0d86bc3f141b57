"""The words of a rule-of-origin verdict, in the UI language (one place for the dialog and the tables)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate
_STATUS = {"originating": QT_TRANSLATE_NOOP("OriginWords", "originating"),
           "not_originating": QT_TRANSLATE_NOOP("OriginWords", "not originating: MFN duty"),
           "conditional": QT_TRANSLATE_NOOP("OriginWords", "only if a condition holds: MFN until you confirm"),
           "customs_union": QT_TRANSLATE_NOOP("OriginWords", "customs union: A.TR, no origin needed"),
           "no_preference": QT_TRANSLATE_NOOP("OriginWords", "no preference to gain"),
           "no_rules": QT_TRANSLATE_NOOP("OriginWords", "rules not bundled"),
           "no_bom": QT_TRANSLATE_NOOP("OriginWords", "no bill of materials")}


def status_words() -> dict[str, str]:
    return {key: QCoreApplication.translate("OriginWords", text) for key, text in _STATUS.items()}


def reason_text(v, names: dict[str, str]) -> str:
    """Why the verdict, in the UI language, from its facts (the core's English stays for the CLI)."""
    from kokapp.gui.messages import fill
    from kokapp.gui.numbers import format_money, format_percent

    facts = dict(v.facts)
    level = {"heading": translate("OriginWords", "heading"), "subheading": translate("OriginWords", "subheading"), "chapter": translate("OriginWords", "chapter")}
    failures = []
    for code, x in v.facts:
        if code == "same_class":
            failures.append(fill(translate("OriginWords", "non-originating %1 in the product's %2"), x["codes"], level[x["level"]])
                            + (fill(translate("OriginWords", " or an excluded heading (%1)"), x["excepted"]) if x["excepted"] else ""))
        elif code == "max_nom":
            failures.append(fill(translate("OriginWords", "non-originating materials %1 of the ex-works price, more than the %2 allowed"),
                                 format_percent(x["share"]), format_percent(x["cap"] / 100)))
        elif code == "heading_cap":
            failures.append(fill(translate("OriginWords", "materials of heading %1: %2, more than %3"), x["headings"],
                                 format_percent(x["share"]), format_percent(x["cap"] / 100)))
    notes = [fill(translate("OriginWords", "%1 (%2) within the %3 tolerance"), x["codes"], format_money(x["value"]),
                  format_percent(x["pct"] / 100)) for code, x in v.facts if code == "tolerance"]
    cum = facts.get("cumulation")
    cumulated = fill(translate("OriginWords", " (%1 cumulation of materials from %2)"),
                     {"diagonal": translate("OriginWords", "diagonal"), "bilateral": translate("OriginWords", "bilateral"),
                      "regional": translate("OriginWords", "regional")}.get(cum["kind"], cum["kind"]),
                     ", ".join(names.get(c, c) for c in cum["countries"].split(", "))) if cum else ""
    if "override" in facts:
        note = facts["override"]["note"]
        return fill(translate("OriginWords", "your figure: %1"), status_words()[v.status]) + (f" ({note})" if note else "")
    if "not_met" in facts:
        return fill(translate("OriginWords", "not originating%1: %2"), cumulated, translate("OriginWords", "; or ").join(failures))
    if "met" in facts:
        return fill(translate("OriginWords", "originating%1: the rule for %2 is met"), cumulated, facts["met"]["classification"]) \
            + "".join("; " + n for n in notes)
    if "all_originating" in facts:
        return fill(translate("OriginWords", "originating: every material originates%1"), cumulated)
    if "condition" in facts:
        return fill(translate("OriginWords", "originating only if: %1"), facts["condition"]["text"]) + (
            translate("OriginWords", " (the list splits the heading: check which description fits)") if "split" in facts else "")
    if "no_preference" in facts:
        return {"domestic": translate("OriginWords", "sold where it is made"), "single_market": translate("OriginWords", "EU single market"),
                "halted": translate("OriginWords", "trade halted"),
                "no_agreement": translate("OriginWords", "no preferential agreement: the MFN duty applies whatever the origin")}[
            facts["no_preference"]["why"]]
    return {"no_bom": translate("OriginWords", "no bill of materials: the project's local-content threshold stands in"),
            "no_rules": translate("OriginWords", "the agreement's rules of origin are not bundled: the project's local-content threshold "
                            "stands in"),
            "customs_union": translate("OriginWords", "customs union: goods in free circulation need no origin")}.get(
        v.facts[0][0], translate("OriginWords", "no rule for this HS code in the bundled list"))
