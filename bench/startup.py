"""Start-up and command timings, side by side in one run, as ratios to the stack's import floor.

    python bench/startup.py [--runs N] [--plan DIR]

The cases are run interleaved (one run of each case per round, N rounds) so that a noisy
neighbour slows every case alike, and each median is printed beside its ratio to the import
floor: the time Python needs to import typer, pydantic, rich and ruamel.yaml and do nothing.
A command can hardly start faster than that floor; the goal for `status` and `check` on a warm
cache is 1.5× it. Works on a fresh clone (the grown plan is built in a temporary folder).

The last lines compare a cold `check` of the five-year plan (no cache: every file parsed,
validated and checked) with a process that only parses the same files with PyYAML's C loader
(the goal: within 2× it), both as whole processes and in one process (parse alone against
load + check alone, interpreter start and imports left out).

ntmplan's own modules are byte-compiled as an installed package's are (the children run with
PYTHONDONTWRITEBYTECODE unset, so the warm-up run writes the .pyc files): the floor's libraries
are measured from their .pyc files, and so is ntmplan.

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


PARSE = """
import sys, yaml
from pathlib import Path
for path in sorted(Path(sys.argv[1]).rglob("*.yaml")):
    yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
"""


def in_process(plan: Path, runs: int) -> tuple[float, float, float]:
    """Medians (ms) of a PyYAML C-loader parse of the plan's files and of a cold load + check of
    the plan, both in this process, interleaved; and the first load + check alone (it also
    imports the parsers, validator and checks and builds the models' validators, once a run)."""
    import gc

    import yaml

    sys.path.insert(0, str(ROOT))
    from ntmplan import load_plan

    files = sorted(plan.rglob("*.yaml"))
    parse, check = [], []
    start = time.perf_counter()
    load_plan(plan, use_cache=False)
    first = (time.perf_counter() - start) * 1000
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        for path in files:
            yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
        parse.append(time.perf_counter() - start)
        gc.collect()
        start = time.perf_counter()
        load_plan(plan, use_cache=False)
        check.append(time.perf_counter() - start)
    return statistics.median(parse) * 1000, statistics.median(check) * 1000, first


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
        base.pop("PYTHONDONTWRITEBYTECODE", None)
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
            (f"check, {size} KB plan, no cache", [*ntm, "--plan", str(big), "check"], cold),
            (f"PyYAML C parse of the {size} KB plan's files", [py, "-c", PARSE, str(big)], base),
        ]
        for _, cmd, env in cases:  # fill the caches (and the OS's file cache) before timing
            run_once(cmd, env)
        times: dict[str, list[float]] = {name: [] for name, _, _ in cases}
        for _ in range(args.runs):
            for name, cmd, env in cases:
                times[name].append(run_once(cmd, env))
        parse_ms, check_ms, first_ms = in_process(big, args.runs)
    medians = {name: statistics.median(t) * 1000 for name, t in times.items()}
    floor = medians[cases[1][0]]
    print(f"median of {args.runs} interleaved runs; ratio = median / import floor")
    for name, ms in medians.items():
        print(f"{name:50} {ms:8.0f} ms  {ms / floor:5.2f}×")
    cold, parse = medians[cases[-2][0]], medians[cases[-1][0]]
    print(f"cold check / PyYAML C parse, {size} KB plan, whole processes: {cold / parse:5.2f}×")
    print(f"  in one process: load + check {check_ms:.0f} ms, parse {parse_ms:.0f} ms: {check_ms / parse_ms:5.2f}×")
    first = f"{first_ms:.0f} ms: {first_ms / parse_ms:5.2f}×"
    print(f"  the process's first load + check (imports, validators built): {first}")


if __name__ == "__main__":
    main()
