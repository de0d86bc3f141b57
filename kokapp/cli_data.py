"""``kokapp data availability``: which figure Kök has for which market, and how good it is."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

MARK = {"downloaded": "●", "banded": "≈", "estimated": "○", "missing": "✗"}
HEADINGS = {"tariff": "tariff", "agreements": "agreem.", "remedies": "remedies", "lpi": "LPI",
            "min_wage": "min wage", "cit": "CIT"}


def cmd_data_availability(args: argparse.Namespace) -> int:
    from kokapp.core.availability import FIGURES, STATUSES, availability, summary
    from kokapp.core.datapack import bundled_datapack, load_datapack

    pack = load_datapack(Path(args.data)) if args.data else bundled_datapack()
    rows = availability(pack)
    if args.json:
        json.dump({"version": pack.version, "statuses": list(STATUSES), "figures": list(FIGURES),
                   "markets": [asdict(r) for r in rows], "summary": summary(rows)},
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    names = dict(zip(pack.column("countries", "iso2"), pack.column("countries", "name_en")))
    by_market: dict[str, dict[str, object]] = {}
    for r in rows:
        by_market.setdefault(r.market, {})[r.figure] = r
    print(f"Kök reference data {pack.version}: what stands behind each figure, per market")
    print("● downloaded and checked · ≈ only a band is citable · ○ estimated (an average, an older edition "
          "or transcribed) · ✗ missing\n")
    print(f"{'market':<26}" + "".join(f"{HEADINGS[f]:>10}" for f in FIGURES))
    for market, figures in by_market.items():
        print(f"{names[market][:22] + ' (' + market + ')':<26}" + "".join(f"{MARK[figures[f].status]:>10}" for f in FIGURES))
    totals = summary(rows)
    print("\n" + "; ".join(f"{HEADINGS[f]}: " + ", ".join(f"{n} {s}" for s, n in totals[f].items() if n)
                             for f in FIGURES))
    print("Details per market and figure: kokapp data availability --json")
    return 0
