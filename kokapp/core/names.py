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
    country = dict(zip(pack.column("countries", "iso2"), pack.column("countries", column)))
    site = {s: f"{n} ({country[c]})" for s, n, c in zip(pack.column("sites", "site_id"),
                                                       pack.column("sites", column), pack.column("sites", "iso2"))}
    return DisplayNames(country, site, dict(zip(pack.column("agreements", "agreement_id"),
                                                pack.column("agreements", column))))
