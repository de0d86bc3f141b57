"""Country names as people type them: Turkish or English names, ISO codes, common short forms.

One resolver serves the add-market box and the headers of an imported sheet. It knows, in this
order of precedence:

1. the markets of the data pack (``countries.csv``): ISO2, ISO3, English and Turkish names;
2. the pack's alias table (``country_aliases.csv``): CLDR's short and variant forms, which babel
   leaves out ('BK', 'ABD', 'Çek Cumhuriyeti'), and common forms with their source ('İngiltere',
   'BAE', 'Rusya Federasyonu', 'EL');
3. every territory of Unicode CLDR in Turkish and English, through babel (loaded only when 1-2
   did not answer), so that a real country Kök has no data for is named, not called unknown;
4. ISO codes of those territories.

Matching ignores case, accents, punctuation, spaces and the words 'and'/'ve'/'the', and treats
İ/i and I/ı alike, so 'IRAK', 'ırak', 'Bosna ve Hersek' and 'bosnia-herzegovina' all match.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kokapp.core.errors import KokError

MARKET, NO_DATA, UNKNOWN = "market", "no_data", "unknown"
_CONNECTORS = frozenset({"and", "ve", "the"})
# CLDR territories that are not countries, and ISO 3166 codes withdrawn long ago that CLDR still
# maps (Burma, Zaire, East Germany, metropolitan France, East Timor, South Yemen)
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})
_WITHDRAWN_ISO3 = frozenset({"BUR", "ZAR", "DDR", "FXX", "TMP", "YMD"})
_CODE_SUFFIX = re.compile(r"^(.*?)\s*\(\s*([A-Za-z]{2,3})\s*\)\s*$")


def country_key(text: object) -> str:
    """The matching key: lower-case ASCII letters and digits, no accents, no connector words."""
    text = unicodedata.normalize("NFKD", str(text).replace("ı", "i")).casefold()
    words = re.findall(r"[^\W_]+", "".join(ch for ch in text if not unicodedata.combining(ch)))
    return "".join(w for w in words if w not in _CONNECTORS)


@dataclass(frozen=True)
class CountryMatch:
    typed: str
    status: str               # MARKET, NO_DATA or UNKNOWN
    iso2: str = ""
    name_en: str = ""
    name_tr: str = ""
    suggestion: str = ""      # UNKNOWN only: ISO2 of the closest market name, if one is close

    def name(self, language: str) -> str:
        return (self.name_tr if language == "tr" else self.name_en) or self.name_en or self.iso2


class UnknownCountryError(KokError):
    """``typed`` is no country Kök knows (``suggestion``: ISO2 of a close market name, or '')."""

    def __init__(self, typed: str, suggestion: str = ""):
        self.typed, self.suggestion = typed, suggestion
        super().__init__(f"'{typed}' is not a known country")


class CountryWithoutDataError(KokError):
    """``typed`` is a real country, but not a market of the data pack."""

    def __init__(self, match: CountryMatch):
        self.match = match
        self.typed, self.iso2 = match.typed, match.iso2
        super().__init__(f"Kök has no data for {match.name_en or match.iso2} ('{match.typed}')")


def _layer(pairs) -> dict[str, str]:
    """key -> ISO2; a key two countries claim is dropped (ambiguous, never guessed)."""
    layer: dict[str, str | None] = {}
    for text, iso2 in pairs:
        key = country_key(text)
        if key:
            layer[key] = iso2 if layer.get(key, iso2) == iso2 else None
    return {k: v for k, v in layer.items() if v}


class CountryResolver:
    def __init__(self, markets: list[dict], aliases: list[tuple[str, str]]):
        """``markets``: rows with iso2, iso3, name_en, name_tr; ``aliases``: (text, ISO2)."""
        self.markets = {m["iso2"]: m for m in markets}
        names = [(m[f], m["iso2"]) for m in markets for f in ("name_en", "name_tr")]
        codes = [(m[f], m["iso2"]) for m in markets for f in ("iso2", "iso3")]
        self.aliases = list(aliases)
        self._layers = [_layer(codes + names), _layer(self.aliases)]
        # names a suggestion may point to: the markets' names and their aliases (not 2-3 letter codes)
        self.market_names = {k: v for k, v in {**self._layers[1], **_layer(names)}.items()
                             if v in self.markets and len(k) > 3}
        self._world: tuple[dict, dict] | None = None

    @classmethod
    def from_pack(cls, pack) -> CountryResolver:
        aliases = list(zip(pack.column("country_aliases", "alias"), pack.column("country_aliases", "iso2"))) \
            if "country_aliases" in pack.names else []
        return cls(pack.records("countries"), aliases)

    # -- CLDR through babel, on first need ---------------------------------------------------
    def _cldr(self) -> tuple[dict, dict]:
        """(key -> ISO2 for CLDR names and ISO codes, ISO2 -> (English, Turkish) name). Empty
        when babel's locale data is missing (e.g. a build without it): names of countries
        outside the pack are then reported as unknown rather than as 'no data'."""
        if self._world is None:
            try:
                from babel import Locale
                from babel.core import get_global

                english, turkish = Locale("en").territories, Locale("tr").territories
                aliases = get_global("territory_aliases")
            except Exception:  # babel or its data missing: degrade, never fail the lookup
                self._world = ({}, {})
                return self._world
            countries = {c for c in english if len(c) == 2 and c.isalpha() and c not in _NOT_COUNTRIES}
            names = [(n, c) for c in countries for n in (english[c], turkish.get(c, ""))]
            iso3 = [(a, t[0]) for a, t in aliases.items() if len(a) == 3 and a.isalpha() and len(t) == 1
                    and t[0] in countries and a not in _WITHDRAWN_ISO3]
            keys = _layer(names)
            keys.update({k: v for k, v in _layer([(c, c) for c in countries] + iso3).items() if k not in keys})
            self._world = (keys, {c: (english[c], turkish.get(c, english[c])) for c in countries})
        return self._world

    def _find(self, text: str, world: bool = True) -> str:
        key = country_key(text)
        for layer in self._layers:
            if key in layer:
                return layer[key]
        return self._cldr()[0].get(key, "") if world and key else ""

    # -- lookups ---------------------------------------------------------------------------------
    def lookup(self, text: object) -> CountryMatch:
        typed = str(text if text is not None else "").strip()
        iso2 = self._find(typed, world=False)
        suffix = _CODE_SUFFIX.match(typed)
        if not iso2 and suffix:   # 'Almanya (DE)' as the box lists it, or 'Germany (DEU)'
            iso2 = self._find(suffix.group(1), world=False) or self._find(suffix.group(2), world=False)
        if not iso2:
            iso2 = self._find(typed) or (suffix and (self._find(suffix.group(1)) or self._find(suffix.group(2)))) or ""
        if iso2 in self.markets:
            row = self.markets[iso2]
            return CountryMatch(typed, MARKET, iso2, row["name_en"], row["name_tr"])
        if iso2:
            english, turkish = self._cldr()[1].get(iso2, (iso2, iso2))
            return CountryMatch(typed, NO_DATA, iso2, english, turkish)
        return CountryMatch(typed, UNKNOWN, suggestion=self.suggest(typed))

    def suggest(self, text: str) -> str:
        """ISO2 of the market whose name (or alias) is closest to ``text`` ('' if none is close)."""
        key = country_key(text)
        if len(key) < 4:
            return ""
        import difflib                  # only for a name that matched nothing exactly

        close = difflib.get_close_matches(key, list(self.market_names), n=1, cutoff=0.8)
        return self.market_names[close[0]] if close else ""

    def market(self, text: object) -> str:
        """ISO2 of the market ``text`` names; raises UnknownCountryError or CountryWithoutDataError."""
        match = self.lookup(text)
        if match.status == MARKET:
            return match.iso2
        if match.status == NO_DATA:
            raise CountryWithoutDataError(match)
        raise UnknownCountryError(match.typed, match.suggestion)

    def market_aliases(self) -> list[tuple[str, str]]:
        """(alias, ISO2) of the alias table that name a market (for a completer)."""
        return [(a, c) for a, c in self.aliases if c in self.markets and self._find(a) == c]


_CACHE: list = []


def country_resolver(pack) -> CountryResolver:
    """The resolver of ``pack``, built once per pack."""
    for cached_pack, resolver in _CACHE:
        if cached_pack is pack:
            return resolver
    resolver = CountryResolver.from_pack(pack)
    _CACHE[:] = _CACHE[-3:] + [(pack, resolver)]
    return resolver
