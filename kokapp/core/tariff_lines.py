"""MFN duties per tariff line where a downloaded tariff holds them (EU Common External Tariff
2020 and UK Global Tariff 2021 at CN8, US Harmonized Tariff Schedule 2026 at HTS8,
``tariff_lines.csv``: a row per HS6 subheading).

A product's code is looked up at its CN8 line when it has eight digits or more (a Turkish GTİP's
first eight digits are the EU's CN8); otherwise every line of its HS6 subheading: one rate
when they agree, else the band of their rates (base: its midpoint). The US splits subheadings
its own way (HTS8 digits 7-8 are not the CN's), so a US duty is always its subheading's. A line whose duty has a
specific component (EUR per 100 kg, an agricultural component) is not turned into a percentage:
the lookup gives up and the product-group average stands, with a note saying why.
"""

from __future__ import annotations

import re

from kokapp.core.datapack import DataPack

PURE = re.compile(r"^(\d+(?:\.\d+)?)%$")
CN8 = ("EU", "GB")                      # tariffs whose 8-digit lines are a GTİP's first eight digits
LINE_TARIFFS = (*CN8, "US")


class TariffLines:
    def __init__(self, pack: DataPack):
        self._pack = pack
        self._rows: dict[tuple[str, str], tuple[str, int, str]] | None = None

    @classmethod
    def of(cls, pack: DataPack) -> "TariffLines":
        return pack.derived("tariff_lines", lambda: cls(pack))

    def _subheading(self, importer: str, hs6: str) -> tuple[list[tuple[str, str]], int, str] | None:
        if self._rows is None:                # read on first use: the table is large
            c = self._pack.columns["tariff_lines"]
            self._rows = {(i, h): (lines, year, source) for i, h, lines, year, source in zip(
                c["importer"], c["hs6"], c["lines"], c["year"], c["source_id"])}
        row = self._rows.get((importer, hs6))
        if row is None:
            return None
        lines, year, source = row
        return [tuple(line.split("=", 1)) for line in lines.split("|")], year, source

    def lookup(self, importer: str, code: str) -> tuple[float, float, float, str, str] | str | None:
        """(low, base, high, source_id, note) for the product's line or subheading; a string
        saying why there is no usable figure (a specific duty); None where the tariff has no line."""
        if importer not in LINE_TARIFFS or len(code) < 6:
            return None
        found = self._subheading(importer, code[:6])
        if found is None:
            return None
        lines, year, source = found
        if len(code) >= 8 and importer in CN8:
            exact = [duty for line, duty in lines if line == code[:8]]
            if exact:
                pure = PURE.match(exact[0])
                if not pure:
                    return f"tariff line {code[:8]} has a specific duty ({exact[0].split('+')[0].strip()} + ...)"
                rate = float(pure.group(1))
                return rate, rate, rate, source, f"tariff line {code[:8]} ({year})"
        rates = [PURE.match(duty) for _, duty in lines]
        if not all(rates):
            return f"subheading {code[:6]} has lines with a specific duty"
        values = sorted({float(m.group(1)) for m in rates})
        low, high = values[0], values[-1]
        note = (f"tariff line {lines[0][0]} ({year})" if len(lines) == 1 else
                f"all {len(lines)} lines of subheading {code[:6]} ({year})" if low == high else
                f"lines of subheading {code[:6]} range {low:g}-{high:g} % ({year})" + (
                    ": give the 8-digit code for one line" if importer in CN8 else ""))
        if importer == "US":
            note += "; US additional duties (Sections 232, 301) not included"
        return low, (low + high) / 2, high, source, note
