"""Engine benchmark: demo recompute against the frame budget, growth with size up to the issue's
10x stress scale (400 locations x 200 markets x 100 products), and our TOPSIS against pymcdm's
on the same matrix. Ratios and times are taken within one run on one machine.

    python3 benchmarks/bench_engine.py [--quick]   # writes benchmarks/results/engine.json

Two paths are measured at each size: the full comparison (every lane row held: what ordinary
projects use, and the report) up to FULL_MAX_ROWS, and the live ranking the window switches to
above 20,000 rows (built once; a volume edit then recomputes one market x product).
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from scale_pack import scaled_pack  # noqa: E402

from kokapp.core.datapack import bundled_datapack  # noqa: E402
from kokapp.core.engine import Engine  # noqa: E402
from kokapp.core.live import LiveRanking  # noqa: E402
from kokapp.core.project import Product, Project  # noqa: E402
from kokapp.core.scoring import topsis as scored_topsis  # noqa: E402
from kokapp.io.project_file import load_project  # noqa: E402
from kokapp.paths import demo_project  # noqa: E402

FRAME_MS = 16.0
TEN_X = (400, 200, 100)            # the 10x scale: locations, markets, products
FULL_MAX_ROWS = 250_000            # the full comparison holds ~230 columns per row: stop before GBs
OUT = Path(__file__).parent / "results" / "engine.json"


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def scaled_project(markets: list[str], sites: list[str], n_locations: int, n_markets: int,
                   n_products: int) -> Project:
    chapters = ("870830", "841370", "540752", "940120", "392690")
    products = [Product(f"P{i}", chapters[i % len(chapters)], 20.0 + i, 1.0 + i % 7, 0.002 * (1 + i % 5))
                for i in range(n_products)]
    volumes = {(p.name, m): 1000.0 * (1 + (i + j) % 9) for i, p in enumerate(products)
               for j, m in enumerate(markets[:n_markets])}
    return Project("bench", "TR-BUR", products, markets[:n_markets], volumes, sites[:n_locations])


def edits(project: Project, count: int):
    """Volume edits spread over products and markets (what a user types into the volume table)."""
    for i in range(count):
        product = project.products[(7 * i) % len(project.products)].name
        market = project.markets[(13 * i) % len(project.markets)]
        yield product, market, 500.0 + 37.0 * i


def growth(pack, sizes, repeat: int) -> list[dict]:
    largest = max(sizes)
    big, sites, markets = scaled_pack(pack, largest[0], largest[1])
    engine = Engine(big)
    out = []
    for n_loc, n_mkt, n_prod in sizes:
        project = scaled_project(markets, sites, n_loc, n_mkt, n_prod)
        rows = len(project.locations) * n_mkt * n_prod
        entry = {"locations": len(project.locations), "markets": n_mkt, "products": n_prod, "rows": rows}
        if rows <= FULL_MAX_ROWS:
            engine.compare(project)  # lanes cached, as in the window after the first compare
            entry["full_compare_ms"] = round(median_ms(lambda: engine.compare(project), max(repeat // 5, 2)), 2)
        start = time.perf_counter()
        live = LiveRanking(engine, project)
        entry["live_build_s"] = round(time.perf_counter() - start, 3)
        cells = list(edits(project, max(repeat, 5)))
        times = []
        for product, market, units in cells:
            t0 = time.perf_counter()
            live.set_volume(product, market, units)
            live.ranked()
            times.append((time.perf_counter() - t0) * 1000)
        entry["volume_edit_to_ranking_ms"] = round(statistics.median(times), 2)
        weights = [{"lpi": 1.0 + i % 3, "logistics_cost": 2.0} for i in range(repeat)]
        entry["weight_edit_to_ranking_ms"] = round(median_ms(lambda: live.ranked(weights[0]), repeat), 3)
        out.append(entry)
        print(entry, file=sys.stderr, flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="few repeats, small sizes (CI smoke run)")
    args = parser.parse_args()
    repeat = 3 if args.quick else 30
    pack = bundled_datapack()
    engine = Engine(pack)
    demo = load_project(demo_project())
    first = median_ms(lambda: Engine(pack).compare(demo), 1 if args.quick else 5)
    engine.compare(demo)
    recompute = median_ms(lambda: engine.compare(replace(demo, volumes={k: v * 1.01 for k, v in demo.volumes.items()})), repeat)
    comparison = engine.compare(demo)
    rerank = median_ms(lambda: engine.rerank(comparison, {"lpi": 1.0, "logistics_cost": 2.0}), repeat)

    if args.quick:
        sizes = [(8, 10, 4), (20, 20, 10)]
    else:
        sizes = [(40, 20, 10), (100, 50, 25), (200, 100, 50), TEN_X]
    rows_growth = growth(pack, sizes, repeat)

    rng = np.random.default_rng(0)
    matrix, weights = rng.uniform(1, 100, (400, 8)), rng.uniform(0.1, 1, 8)
    benefit = np.array([False, False, False, False, True, True, False, False])
    ours = median_ms(lambda: scored_topsis(matrix, weights, benefit, "spread"), repeat * 10)
    try:
        from pymcdm import normalizations
        from pymcdm.methods import TOPSIS
        oracle = TOPSIS(normalizations.vector_normalization)
        theirs = median_ms(lambda: oracle(matrix, weights / weights.sum(), np.where(benefit, 1, -1)), repeat * 10)
    except ImportError:
        theirs = None

    ten_x = next((g for g in rows_growth if (g["locations"] - 1, g["markets"], g["products"]) == TEN_X), None)
    result = {
        "machine": platform.platform(), "python": platform.python_version(), "quick": args.quick,
        "demo_first_compare_ms": round(first, 2),
        "demo_recompute_ms": round(recompute, 2), "frame_budget_ms": FRAME_MS,
        "demo_recompute_vs_frame": round(recompute / FRAME_MS, 3),
        "demo_rerank_ms": round(rerank, 3),
        "growth": rows_growth,
        "ten_x": ten_x,
        "topsis_400x8_ms": round(ours, 3),
        "pymcdm_topsis_400x8_ms": None if theirs is None else round(theirs, 3),
        "topsis_vs_pymcdm": None if theirs is None else round(ours / theirs, 3),
    }
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
