"""All benchmarks in one run; writes benchmarks/results/summary.md (and the JSON of each).

    QT_QPA_PLATFORM=offscreen python3 benchmarks/run_all.py [--quick]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
RESULTS = HERE / "results"


def run(script: str, *args: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    out = subprocess.run([sys.executable, str(HERE / script), *args], capture_output=True, text=True, env=env,
                         check=True, timeout=1800)
    return json.loads(out.stdout[out.stdout.index("{"):])


def main() -> None:
    quick = "--quick" in sys.argv
    engine = run("bench_engine.py", *(["--quick"] if quick else []))
    report = run("bench_report.py", *(["--quick"] if quick else []))
    gui = run("bench_gui.py", *(["--runs", "1", "--quick"] if quick else ["--runs", "5"]))
    demo, scale, ten = gui["demo"], gui["scale"], engine["ten_x"] or engine["growth"][-1]
    size = f"{scale['locations']}×{scale['markets']}×{scale['products']}"
    lines = [
        "# Kök benchmarks", "",
        f"Machine: {engine['machine']}, Python {engine['python']}" + (" (quick run)" if quick else ""), "",
        "| measure | result | target |", "|---|---|---|",
        f"| demo: volume change → ranking (full recompute, core) | {engine['demo_recompute_ms']} ms | ≤ 16 ms |",
        f"| demo: weight change → ranking (core) | {engine['demo_rerank_ms']} ms | ≤ 16 ms |",
        f"| demo: weight change → redrawn window | {demo['weight_change_redraw_ms']} ms | ≤ 16 ms |",
        f"| demo: volume change → redrawn window | {demo['volume_change_redraw_ms']} ms | ≤ 16 ms |",
        f"| {ten['locations']}×{ten['markets']}×{ten['products']}: volume change → ranking (core) | {ten['volume_edit_to_ranking_ms']} ms | ≤ 100 ms |",
        f"| {ten['locations']}×{ten['markets']}×{ten['products']}: weight change → ranking (core) | {ten['weight_edit_to_ranking_ms']} ms | ≤ 100 ms |",
        f"| {size}: weight change → redrawn window | {scale['weight_change_redraw_ms']} ms | ≤ 100 ms |",
        f"| {size}: volume change → redrawn window | {scale['volume_change_redraw_ms']} ms | ≤ 100 ms |",
        f"| {size}: open project → ranking shown (worker, progress, Stop) | {scale['open_to_ranking_s']} s | |",
        f"| {size}: longest event-loop stall while opening | {scale['open_longest_stall_ms']} ms "
        f"({scale['open_stalls_over_frame']} of {scale['open_ticks']} ticks over a frame) | ≤ 16 ms |",
        f"| {size}: set-ups after the edits (worker) | {scale['set_ups_after_edits_s']} s, longest stall "
        f"{scale['set_ups_longest_stall_ms']} ms | ≤ 16 ms |",
        f"| {size}: report export (worker, progress dialog) | "
        + (f"{scale['report_export_s']} s, longest stall {scale['report_longest_stall_ms']} ms"
           if scale['report_written'] else f"refused: {scale.get('report_refused', '')}") + " | ≤ 16 ms stall |",
        f"| first interactive window vs bare window (window first) | {gui['kok_first_window_s']} s vs "
        f"{gui['bare_window_s']} s (×{gui['first_window_ratio']}) | ≤ ×1.3 |",
        f"| plain PySide6 window with the same kinds of widgets, no Kök (a floor) vs bare window | "
        f"{gui['same_widgets_window_s']} s vs {gui['bare_window_s']} s (×{gui['same_widgets_window_ratio']}) | |",
        f"| ranked window vs bare window with one empty pyqtgraph plot | {gui['kok_ranked_window_s']} s vs "
        f"{gui['bare_window_with_plot_s']} s (×{gui['ranked_window_vs_plot_ratio']}) | ≤ ×1.0 |",
        f"| demo: volume change → final verdict in money (set-ups in a worker) | "
        f"{demo['volume_change_to_final_verdict_s']} s | |",
        f"| peak memory vs bare window + pyqtgraph | {gui['kok_demo_peak_mb']} MB vs {gui['bare_window_pyqtgraph_peak_mb']} MB (×{gui['memory_ratio']}) | ≤ ×1.2 |",
        f"| report vs DataFrame.to_excel | {report['kok_workbook_s']} s vs {report['plain_to_excel_s']} s (×{report['ratio']}) | ≤ 0.5 s, ≤ ×1.5 |",
        f"| TOPSIS 400×8 vs pymcdm | {engine['topsis_400x8_ms']} ms vs {engine['pymcdm_topsis_400x8_ms']} ms | |",
        "", "Growth with size (core). Full compare: every lane row held (ordinary projects, the report); "
        "live: the window's path above 20,000 rows.", "",
        "| locations | markets | products | rows | full compare ms | live build s | volume edit → ranking ms | weight edit → ranking ms |",
        "|---|---|---|---|---|---|---|---|",
    ] + [f"| {g['locations']} | {g['markets']} | {g['products']} | {g['rows']:,} | {g.get('full_compare_ms', '–')} | "
         f"{g['live_build_s']} | {g['volume_edit_to_ranking_ms']} | {g['weight_edit_to_ranking_ms']} |"
         for g in engine["growth"]]
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "summary.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
