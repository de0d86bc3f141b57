"""``kokapp compare`` options that change how locations are ranked (method, missing figures,
knock-outs, a named weight preset); the project file keeps its own settings otherwise."""

from __future__ import annotations

import argparse
from dataclasses import replace

METHODS = ("value", "geometric", "topsis")          # kokapp.core.scoring.METHODS (not imported: --help stays fast)
PRESETS = ("balanced", "cost_first", "speed_first", "access_first")


def add_ranking_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("ranking (default: the project's settings)")
    group.add_argument("--method", choices=METHODS,
                       help="value: weighted sum on fixed scales (default; unticking a location never reorders the "
                            "others); geometric: non-compensatory weighted geometric mean; topsis: relative to the "
                            "locations compared (can reorder when one is removed)")
    group.add_argument("--missing", choices=("spread", "worst"),
                       help="a location with no figure for a criterion: spread its weight over its other criteria "
                            "(default) or give it the worst of the other locations")
    group.add_argument("--max-transit-days", type=float, metavar="DAYS", help="knock-out: exclude slower locations")
    group.add_argument("--min-duty-free", type=float, metavar="SHARE",
                       help="knock-out: exclude locations with a lower duty-free share of the volume (0-1)")
    group.add_argument("--min-lpi", type=float, metavar="SCORE", help="knock-out: exclude locations below this LPI (1-5)")
    group.add_argument("--preset", choices=PRESETS, help="use a named weight preset instead of the project's weights")


def with_ranking_args(project, args: argparse.Namespace):
    """The project with the ranking options given on the command line."""
    from kokapp.core.ahp import PRESETS as WEIGHTS

    rules = project.ranking
    changes = {"method": args.method, "missing": args.missing, "max_transit_days": args.max_transit_days,
               "min_duty_free_share": args.min_duty_free, "min_lpi": args.min_lpi}
    rules = replace(rules, **{k: v for k, v in changes.items() if v is not None})
    project = replace(project, ranking=rules)
    if args.preset:
        project = replace(project, weights=dict(WEIGHTS[args.preset]), weight_preset=args.preset)
    return project
