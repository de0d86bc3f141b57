"""Build the proximity facts of resources/data/country_factors.csv (kokapp.core.proximity):

    pip install -e .[data-build] rdata pycountry
    python tools/build_proximity.py && python tools/hash_datapack.py

- bit_in_force (1/0): UNCTAD IIA Navigator, as scraped into bits_raw.rda (bkey15/dissertation):
  a bilateral investment treaty with Türkiye in force; signed-only or terminated is 0.
- visa_turkish_citizens (1 / 0.5 / 0): passport-index-dataset (ilyankou, MIT), the rows of the
  Turkish passport: visa-free or a number of visa-free days 1, visa on arrival, e-visa or an
  electronic travel authorisation 0.5, visa required 0.
- turkic_language (1/0): a Turkic language (Glottolog family turk1311) among the country's
  official languages in CLDR (babel's copy; de facto official included).
- dtt_in_force (1/0): transcribed, row by row with its sources, in tools/transcribed/dtt_turkiye.csv
  (no open, status-bearing list of Türkiye's tax treaties could be downloaded); "unknown" rows
  give no figure.
- turkish_born_residents: UN DESA International Migrant Stock 2019, people born in Türkiye by
  country of residence (the 2019 rows of the origin-by-destination table, as cleaned in the public
  repository guyabel/stepladderChapter).
Every file is checked against its recorded hash (resources/data/downloads.csv).
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from pack_csv import check_recorded, read_table, write_table

TOOLS = Path(__file__).resolve().parent
DOWNLOADS = TOOLS / "downloads"
OWN = ("bit_in_force", "visa_turkish_citizens", "turkic_language", "dtt_in_force", "turkish_born_residents")
TURKIYE = "Türkiye"
# UNCTAD party names that are not our English country names
PARTIES = {"BLEU (Belgium-Luxembourg Economic Union)": ("BE", "LU"), "Moldova, Republic of": ("MD",),
           "Syrian Arab Republic": ("SY",), "Iran, Islamic Republic of": ("IR",), "United States of America": ("US",),
           "Russian Federation": ("RU",), "State of Palestine": ("PS",), "Czechia": ("CZ",),
           "Bosnia and Herzegovina": ("BA",), "United Kingdom": ("GB",)}
VISA = {"visa free": 1.0, "visa on arrival": 0.5, "e-visa": 0.5, "eta": 0.5, "visa required": 0.0,
        "no admission": 0.0}


def row(iso2: str, factor: str, value: float, period: str, source: str, note: str, check: str = "verified") -> dict:
    unit = "people" if factor == "turkish_born_residents" else "fact"
    return {"iso2": iso2, "factor": factor, "value": f"{value:.12g}", "unit": unit, "period": period,
            "source_id": source, "check": check, "note": note}


def bits(names: dict[str, str]) -> list[dict]:
    import rdata

    name = "unctad_iia_bits_raw.rda"
    check_recorded(DOWNLOADS / name)
    table = rdata.read_rda(DOWNLOADS / name)["bits_raw"]
    table = table[(table["type"] == "BITs") & table["parties"].str.contains(TURKIYE, na=False)]
    best: dict[str, tuple[int, str, str]] = {}
    for _, t in table.iterrows():
        partner = t["parties"].replace(TURKIYE, "").strip(" ,")
        for iso2 in PARTIES.get(partner) or ((names[partner],) if partner in names else ()):
            in_force = t["status"] == "In force"
            since = "" if t["date_of_entry_into_force"] != t["date_of_entry_into_force"] else \
                (dt.date(1970, 1, 1) + dt.timedelta(days=int(t["date_of_entry_into_force"]))).isoformat()
            candidate = (int(in_force), t["short_title"], since if in_force else t["status"].lower())
            best[iso2] = max(best.get(iso2, candidate), candidate)
    out = []
    for iso2 in sorted(names.values()):
        if iso2 == "TR":
            continue
        found = best.get(iso2)
        note = (f"{found[1]}: in force since {found[2]}" if found and found[0] else
                f"{found[1]}: {found[2]}" if found else "no BIT with Türkiye in the IIA Navigator")
        out.append(row(iso2, "bit_in_force", found[0] if found else 0, "2025-04", "unctad_iia_bits", note))
    return out


def visas(countries: set[str]) -> list[dict]:
    name = "passport_index_tr_extract.csv"
    check_recorded(DOWNLOADS / name)
    out = []
    with open(DOWNLOADS / name, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["Destination"] in countries and r["Passport"] == "TR" and r["Requirement"] != "-1":   # -1: own country
                need = r["Requirement"]
                value = 1.0 if need.isdigit() else VISA[need]
                words = f"visa-free for {need} days" if need.isdigit() else need
                out.append(row(r["Destination"], "visa_turkish_citizens", value, "2025-01", "passport_index_2025",
                               f"Turkish passport: {words}"))
    return out


def languages(countries: list[str]) -> list[dict]:
    import babel
    import pycountry
    from babel.languages import get_official_languages

    name = "glottolog_turkic_extract.csv"
    check_recorded(DOWNLOADS / name)
    with open(DOWNLOADS / name, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    codes_turkic = {r["ISO639P3code"] for r in rows if r["ISO639P3code"]}
    names_turkic = {r["Name"] for r in rows}

    def is_turkic(code: str) -> bool:
        """By ISO 639-3 code, or for a macrolanguage Glottolog splits (Azerbaijani: North and
        South Azerbaijani) by its name ending a Turkic languoid's name."""
        lang = pycountry.languages.get(alpha_2=code) or pycountry.languages.get(alpha_3=code)
        return lang is not None and (lang.alpha_3 in codes_turkic or any(
            n == lang.name or n.endswith(" " + lang.name) for n in names_turkic))

    out = []
    for iso2 in countries:
        if iso2 == "TR":
            continue
        official = tuple(dict.fromkeys(c.split("_")[0] for c in get_official_languages(iso2, de_facto=True)))
        hits = [c for c in official if is_turkic(c)]
        note = f"official: {', '.join(official) or 'none listed'}" + (f"; Turkic: {', '.join(hits)}" if hits else "")
        out.append(row(iso2, "turkic_language", 1 if hits else 0, f"CLDR (babel {babel.__version__})",
                       "cldr_glottolog_turkic", note))
    return out


def treaties_on_tax(countries: set[str]) -> list[dict]:
    out = []
    with open(TOOLS / "transcribed" / "dtt_turkiye.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["has_dtt"] in ("yes", "no") and r["iso2"] in countries:
                since = f"in force since {r['in_force_date']}" if r["in_force_date"] else "in force"
                out.append(row(r["iso2"], "dtt_in_force", 1 if r["has_dtt"] == "yes" else 0,
                               r["in_force_year"] or "2025", "dtt_turkiye_transcribed",
                               (since if r["has_dtt"] == "yes" else "no treaty found") + f" ({r['confidence']} confidence)",
                               check="transcribed"))
    return out


UN_NAMES = {"Bosnia and Herzegovina": "BA", "Iran (Islamic Republic of)": "IR", "Republic of Moldova": "MD",
            "State of Palestine": "PS", "Russian Federation": "RU", "Syrian Arab Republic": "SY",
            "United States of America": "US"}


def diaspora(names: dict[str, str]) -> list[dict]:
    """People born in Türkiye living in each country, UN DESA International Migrant Stock 2019
    (the 2019 rows of the origin-by-destination table). A zero is the table's "no data" for many
    countries (Morocco, Saudi Arabia, China…): no figure, never a count of none. Kosovo is
    counted within Serbia by the UN: no figure."""
    name = "undesa_migrant_stock_2019_extract.csv"
    check_recorded(DOWNLOADS / name)
    out = []
    with open(DOWNLOADS / name, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            iso2 = UN_NAMES.get(r["Dest"]) or names.get(r["Dest"])
            if iso2 and iso2 != "TR" and r["Turkey"] not in ("", "0"):
                out.append(row(iso2, "turkish_born_residents", float(r["Turkey"]), "2019", "undesa_migrant_stock_2019",
                               f"{int(r['Turkey']):,} residents born in Türkiye (UN DESA, 2019)"))
    return out


def main() -> None:
    countries = read_table("countries.csv")[1]
    names = {c["name_en"]: c["iso2"] for c in countries}
    fields, kept = read_table("country_factors.csv")
    kept = [r for r in kept if r["factor"] not in OWN]
    codes = [c["iso2"] for c in countries]
    rows = kept + bits(names) + visas(set(codes)) + languages(codes) + treaties_on_tax(set(codes)) + diaspora(names)
    rows.sort(key=lambda r: (r["factor"], r["iso2"]))
    write_table("country_factors.csv", fields, rows)


if __name__ == "__main__":
    main()
