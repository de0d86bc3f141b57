"""MFN duties per tariff line where a downloaded tariff holds them (EU Common External Tariff
2020 and UK Global Tariff 2021 at CN8, ``tariff_lines.csv``).

A product's code is looked up at its CN8 line when it has eight digits or more (a Turkish GTİP's
first eight digits are the EU's CN8); otherwise every CN8 line of its HS6 subheading: one rate
when they agree, else the band of their rates (base: its midpoint). A line whose duty has a
specific component (EUR per 100 kg, an agricultural component) is not turned into a percentage:
the lookup gives up and the product-group average stands, with a note saying why.
"""

from __future__ import annotations

from kokapp.core.datapack import DataPack


class TariffLines:
    def __init__(self, pack: DataPack):
        self._pack = pack
        self._by_importer: dict[str, dict[str, tuple]] | None = None

    @classmethod
    def of(cls, pack: DataPack) -> "TariffLines":
        found = pack._frames.get("kok:tariff_lines")
        if found is None:
            found = pack._frames["kok:tariff_lines"] = cls(pack)
        return found

    def importers(self) -> set[str]:
        return set(self._lines())

    def _lines(self) -> dict[str, dict[str, tuple]]:
        if self._by_importer is None:         # read on first use: the table is large
            c = self._pack.columns["tariff_lines"]
            self._by_importer = {}
            for importer, code, text, pct, year, source in zip(c["importer"], c["code"], c["duty_text"],
                                                               c["ad_valorem_pct"], c["year"], c["source_id"]):
                self._by_importer.setdefault(importer, {})[code] = (None if pct != pct else float(pct), text,
                                                                    int(year), source)
        return self._by_importer

    def lookup(self, importer: str, code: str) -> tuple[float, float, float, str, str] | str | None:
        """(low, base, high, source_id, note) for the product's line or subheading; a string
        saying why there is no usable figure (a specific duty); None where the tariff has no line."""
        lines = self._lines().get(importer)
        if not lines or len(code) < 6:
            return None
        if len(code) >= 8 and code[:8] in lines:
            pct, text, year, source = lines[code[:8]]
            if pct is None:
                return f"tariff line {code[:8]} has a specific duty ({text.split('+')[0].strip()} + ...)"
            return pct, pct, pct, source, f"tariff line {code[:8]} ({year})"
        found = [(k, v) for k, v in lines.items() if k.startswith(code[:6])]
        if not found:
            return None
        if any(v[0] is None for _, v in found):
            return f"subheading {code[:6]} has lines with a specific duty"
        rates = sorted({v[0] for _, v in found})
        year, source = found[0][1][2], found[0][1][3]
        low, high = rates[0], rates[-1]
        note = (f"tariff line {found[0][0]} ({year})" if len(found) == 1 else
                f"all {len(found)} lines of subheading {code[:6]} ({year})" if low == high else
                f"lines of subheading {code[:6]} range {low:g}-{high:g} % ({year}): give the 8-digit code for one line")
        return low, (low + high) / 2, high, source, note
