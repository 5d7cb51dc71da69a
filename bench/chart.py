"""The funding chart's cost: matplotlib through pyplot (as before) against its object API.

    python bench/chart.py [--runs N]

Each case runs in a fresh interpreter (import included), interleaved round by round, and
prints its median: `pyplot` imports matplotlib.pyplot and draws with plt.subplots (what
reports/chart.py did), `figure` is reports/chart.py now (Figure + the Agg canvas, no pyplot).
Then `ntmplan report quarter` end to end, Markdown with its chart. Figures only; no asserts.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINES = """
from ntmplan.reports.context import FundingLine
lines = [FundingLine(f"Vốn nguồn số {i} để thực hiện Chương trình", "10%", 10**10, 0, 10**9 * i, "1") for i in range(6)]
"""
PYPLOT = """
import io, matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(7.5, 3.6), dpi=150)
ys = range(len(lines))
ax.barh([y + 0.2 for y in ys], [x.planned / 1e9 for x in lines], height=0.38)
ax.barh([y - 0.2 for y in ys], [x.to_date / 1e9 for x in lines], height=0.38)
ax.set_yticks(list(ys), [x.name[:28] for x in lines])
fig.tight_layout()
fig.savefig(io.BytesIO(), format="png")
plt.close(fig)
"""
FIGURE = """
from ntmplan.reports.chart import funding_chart_png
funding_chart_png(lines, "Vốn huy động lũy kế so với kế hoạch — quý III năm 2023")
"""


def timed(args: list[str], cwd: Path | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(args, cwd=cwd, check=True, capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        repo = Path(tmp)
        shutil.copytree(ROOT / "plan", repo / "plan")
        fixture = ROOT / "tests" / "data" / "report-fixture" / "progress"
        shutil.copytree(fixture, repo / "plan" / "progress", dirs_exist_ok=True)
        report = [sys.executable, "-m", "ntmplan", "report", "quarter", "2023-Q3", "-o", "r.md", "--force"]
        cases = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "chart via pyplot": [sys.executable, "-c", LINES + PYPLOT],
            "chart via Figure": [sys.executable, "-c", LINES + FIGURE],
            "report quarter md": report,
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        timed(report, repo)  # warm the plan cache and matplotlib's font list
        for _ in range(runs):
            for name, args in cases.items():
                times[name].append(timed(args, repo))
    base = statistics.median(times["python -c pass"])
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:22} {median * 1000:7.0f} ms  ({median / base:4.1f}× python -c pass)")


if __name__ == "__main__":
    main()
