"""``kokapp data sources | check | availability``: where each dataset comes from (and how: downloaded,
transcribed or assumed), whether the pack is sound, and which figure Kök has for which market."""

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


def print_json(payload: object) -> None:
    json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_data_sources(args: argparse.Namespace) -> int:
    from kokapp.core.datapack import bundled_datapack, load_datapack

    pack = load_datapack(Path(args.data)) if args.data else bundled_datapack()
    datasets = pack.datasets()
    if args.json:
        print_json({"version": pack.version, "datasets": [asdict(d) for d in datasets]})
        return 0
    print(f"Kök reference data {pack.version} ({pack.path})")
    for dataset in datasets:
        print(f"\n{dataset.title} [{dataset.file}, {dataset.rows} rows]")
        for s in dataset.sources:
            print(f"  - {s.organisation}: {s.title} ({s.edition or s.year}; {s.licence}; {s.method})")
    return 0


def print_issues(issues: list, where: str) -> None:
    """Data pack issues on stderr, one a line (file, line, field, message), then their count."""
    for issue in issues:
        print(issue, file=sys.stderr)
    print(f"{len(issues)} problem(s) {where}", file=sys.stderr)


def cmd_data_check(args: argparse.Namespace) -> int:
    from kokapp.core.datapack import check_datapack
    from kokapp.core.downloads import check_downloads, source_checkout
    from kokapp.paths import data_dir

    folder = Path(args.data) if args.data else data_dir()
    pack, issues = check_datapack(folder)
    root = Path(args.downloads) if args.downloads else source_checkout()
    if pack is not None and root is not None:
        issues = [*issues, *check_downloads(pack, root)]
    if issues:
        print_issues(issues, f"in {folder}")
        return 1
    assert pack is not None
    rows = sum(len(t) for t in pack.tables.values())
    print(f"OK: {len(pack.tables)} datasets, {rows} rows, every row traced to a source ({folder})")
    files = len(pack.records("downloads"))
    print(f"{files} downloaded files re-hashed in {root}: unchanged" if root is not None else
          f"{files} downloaded files not re-hashed: they are kept in a source checkout (tools/downloads), "
          "not in the installed app; pass --downloads FOLDER to check them")
    return 0
