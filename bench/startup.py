"""Start-up and command timings, side by side in one run, as ratios to the stack's import floor.

    python bench/startup.py [--runs N] [--plan DIR]

The cases are run interleaved (one run of each case per round, N rounds) so that a noisy
neighbour slows every case alike, and each median is printed beside its ratio to the import
floor: the time Python needs to import typer, pydantic, rich and ruamel.yaml and do nothing.
A command can hardly start faster than that floor; the goal for `status` and `check` on a warm
cache is 1.5× it. Works on a fresh clone (the grown plan is built in a temporary folder).

Prints figures only; nothing here asserts a time (timings belong to the machine).
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
FLOOR = "import typer, pydantic, rich, ruamel.yaml"


def grown_plan(target: Path, years: range = range(2021, 2026)) -> Path:
    """A copy of plan/ with a quarterly progress file for every item and quarter of `years`."""
    plan = target / "plan"
    shutil.copytree(ROOT / "plan", plan)
    sys.path.insert(0, str(ROOT))
    from ntmplan import load_plan

    loaded, _ = load_plan(plan, use_cache=False)
    assert loaded is not None, "plan/ does not check clean"
    ids = [c.item_id(i) for c, i in loaded.items()]
    progress = plan / "progress"
    progress.mkdir(exist_ok=True)
    for year in years:
        for q in range(1, 5):
            lines = [f"# Tiến độ quý {q}/{year}", f"period: {year}-Q{q}", "items:"]
            for n, item in enumerate(ids):
                lines += [
                    f"  {item}:",
                    "    status: in-progress",
                    f"    percent: {(n * 7 + q * 5) % 100}",
                    "    result: Đã triển khai theo kế hoạch, đang hoàn thiện hồ sơ và nghiệm thu từng phần",
                ]
            lines += ["funding:", "  ngan-sach-dia-phuong:", "    amount: 1.250.000.000"]
            (progress / f"{year}-Q{q}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return plan


def run_once(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--plan", help="the plan to time (default: plan/ with one year of progress)")
    args = parser.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(args.plan) if args.plan else grown_plan(Path(tmp) / "one-year", range(2023, 2024))
        big = grown_plan(Path(tmp) / "five-years")
        size = sum(p.stat().st_size for p in big.rglob("*.yaml")) // 1024
        base = {**os.environ, "NTMPLAN_CACHE_DIR": str(Path(tmp) / "cache")}
        cold = {**base, "NTMPLAN_NO_CACHE": "1"}
        ntm = [py, "-m", "ntmplan"]
        cases: list[tuple[str, list[str], dict[str, str]]] = [
            ("python -c pass", [py, "-c", "pass"], base),
            ("import floor (" + FLOOR[7:] + ")", [py, "-c", FLOOR], base),
            ("ntmplan --help", [*ntm, "--help"], base),
            ("check, warm", [*ntm, "--plan", str(small), "check"], base),
            ("status, warm", [*ntm, "--plan", str(small), "status"], base),
            ("status --format json, warm", [*ntm, "--plan", str(small), "status", "--format", "json"], base),
            ("status, no cache", [*ntm, "--plan", str(small), "status"], cold),
            (f"status, {size} KB plan, warm", [*ntm, "--plan", str(big), "status"], base),
            (f"status, {size} KB plan, no cache", [*ntm, "--plan", str(big), "status"], cold),
        ]
        for _, cmd, env in cases:  # fill the caches (and the OS's file cache) before timing
            run_once(cmd, env)
        times: dict[str, list[float]] = {name: [] for name, _, _ in cases}
        for _ in range(args.runs):
            for name, cmd, env in cases:
                times[name].append(run_once(cmd, env))
    medians = {name: statistics.median(t) * 1000 for name, t in times.items()}
    floor = medians[cases[1][0]]
    print(f"median of {args.runs} interleaved runs; ratio = median / import floor")
    for name, ms in medians.items():
        print(f"{name:50} {ms:8.0f} ms  {ms / floor:5.2f}×")


if __name__ == "__main__":
    main()
