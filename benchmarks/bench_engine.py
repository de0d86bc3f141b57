"""Engine benchmark: demo recompute against the frame budget, growth with size, and our TOPSIS
against pymcdm's on the same matrix. Ratios are taken within one run on one machine.

    python3 benchmarks/bench_engine.py [--quick]   # writes benchmarks/results/engine.json
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from kokapp.core.datapack import bundled_datapack
from kokapp.core.engine import Engine
from kokapp.core.project import Product, Project
from kokapp.core.ranking import topsis
from kokapp.io.project_file import load_project
from kokapp.paths import demo_project

FRAME_MS = 16.0
OUT = Path(__file__).parent / "results" / "engine.json"


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def scaled_project(pack, n_locations: int, n_markets: int, n_products: int) -> Project:
    sites = pack.table("sites")
    candidates = list(sites.loc[sites["kind"] == "nearshore", "site_id"])[:n_locations]
    markets = list(pack.table("countries")["iso2"])[:n_markets]
    products = [Product(f"P{i}", "870830", 20.0 + i, 1.0 + i % 7, 0.002 * (1 + i % 5)) for i in range(n_products)]
    volumes = {(p.name, m): 1000.0 * (1 + (i + j) % 9) for i, p in enumerate(products) for j, m in enumerate(markets)}
    return Project("bench", "TR-BUR", products, markets, volumes, candidates)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="few repeats (CI smoke run)")
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

    growth = []
    for factor in (1, 2, 4):
        project = scaled_project(pack, 8 * factor, 10 * factor, 4 * factor)
        engine.compare(project)  # warm the lane cache
        ms = median_ms(lambda: engine.compare(project), max(repeat // 5, 2))
        rows = len(project.locations) * len(project.markets) * len(project.products)
        growth.append({"locations": len(project.locations), "markets": len(project.markets),
                       "products": len(project.products), "rows": rows, "ms": round(ms, 2),
                       "us_per_row": round(ms * 1000 / rows, 2)})

    rng = np.random.default_rng(0)
    matrix, weights = rng.uniform(1, 100, (400, 8)), rng.uniform(0.1, 1, 8)
    benefit = np.array([False, False, False, False, True, True, False, False])
    ours = median_ms(lambda: topsis(matrix, weights, benefit), repeat * 10)
    try:
        from pymcdm import normalizations
        from pymcdm.methods import TOPSIS
        oracle = TOPSIS(normalizations.vector_normalization)
        theirs = median_ms(lambda: oracle(matrix, weights / weights.sum(), np.where(benefit, 1, -1)), repeat * 10)
    except ImportError:
        theirs = None

    result = {
        "machine": platform.platform(), "python": platform.python_version(),
        "demo_first_compare_ms": round(first, 2),
        "demo_recompute_ms": round(recompute, 2), "frame_budget_ms": FRAME_MS,
        "demo_recompute_vs_frame": round(recompute / FRAME_MS, 3),
        "demo_rerank_ms": round(rerank, 3),
        "growth": growth,
        "topsis_400x8_ms": round(ours, 3),
        "pymcdm_topsis_400x8_ms": None if theirs is None else round(theirs, 3),
        "topsis_vs_pymcdm": None if theirs is None else round(ours / theirs, 3),
    }
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
