"""Display names of countries, sites and agreements in one language, from the data pack."""

from __future__ import annotations

from dataclasses import dataclass

from kokapp.core.datapack import DataPack


@dataclass(frozen=True)
class DisplayNames:
    countries: dict[str, str]      # ISO2 -> name
    sites: dict[str, str]          # site id -> "name (country)"
    agreements: dict[str, str]     # agreement id -> name


def display_names(pack: DataPack, language: str) -> DisplayNames:
    column = "name_tr" if language == "tr" else "name_en"
    countries = pack.table("countries")
    country = dict(zip(countries["iso2"], countries[column]))
    sites = pack.table("sites")
    site = {s: f"{n} ({country[c]})" for s, n, c in zip(sites["site_id"], sites[column], sites["iso2"])}
    agreements = pack.table("agreements")
    return DisplayNames(country, site, dict(zip(agreements["agreement_id"], agreements[column])))
