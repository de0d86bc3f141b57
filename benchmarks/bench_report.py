"""Report benchmark: the demo workbook against plain DataFrame.to_excel (openpyxl engine) of the
same tables, in the same run.

    python3 benchmarks/bench_report.py [--quick]   # writes benchmarks/results/report.json
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

import pandas as pd

from kokapp.core.datapack import bundled_datapack
from kokapp.io.project_file import load_project
from kokapp.paths import demo_project
from kokapp.report.data import gather
from kokapp.report.writer import write_report

OUT = Path(__file__).parent / "results" / "report.json"


def plain_excel(data, path: Path) -> None:
    c = data.comparison
    best = data.best_feasibility
    sources = pd.DataFrame([s.__dict__ | {"dataset": d.title} for d in data.pack.datasets() for s in d.sources])
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        c.ranking.merge(c.criteria, left_on="location", right_index=True).to_excel(writer, sheet_name="Summary")
        c.lanes[["location", "market", "product", "mode", "distance_km", "transit_days_base", "freight_unit_low",
                 "freight_unit_base", "freight_unit_high", "logistics_unit_base", "duty_rate_pct", "duty_basis",
                 "duty_unit_base", "landed_unit_base", "annual_units", "annual_landed", "annual_logistics",
                 "annual_duty"]].to_excel(writer, sheet_name="Locations")
        c.lanes.pivot_table(index="location", columns="market", values="duty_rate_pct").to_excel(writer, sheet_name="Access")
        if best is not None:
            best.years.to_excel(writer, sheet_name="Feasibility")
        data.pack.table("freight_parameters").to_excel(writer, sheet_name="Assumptions")
        sources.to_excel(writer, sheet_name="Sources")


def median_s(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    repeat = 2 if args.quick else 9
    start = time.perf_counter()
    data = gather(bundled_datapack(), load_project(demo_project()))
    gather_s = time.perf_counter() - start
    folder = Path(tempfile.mkdtemp())
    ours, plain = [], []
    write_report(data, folder / "warm.xlsx", "tr")   # warm-up: first-use imports and tables, both sides
    plain_excel(data, folder / "warm-plain.xlsx")
    for i in range(repeat):  # alternate
        ours.append(median_s(lambda: write_report(data, folder / "kok.xlsx", "tr"), 1))
        plain.append(median_s(lambda: plain_excel(data, folder / "plain.xlsx"), 1))
    result = {"gather_results_s": round(gather_s, 3), "kok_workbook_s": round(statistics.median(ours), 3),
              "plain_to_excel_s": round(statistics.median(plain), 3),
              "ratio": round(statistics.median(ours) / statistics.median(plain), 2), "runs": repeat}
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
