"""Start-up and command timings, side by side in one run (median wall time of N runs).

    python bench/startup.py [--runs N] [--plan DIR]

Prints figures only; nothing here asserts a time (timings belong to the machine).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def median_ms(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--plan", default=str(ROOT / "plan"))
    args = parser.parse_args()
    py = sys.executable
    cases = {
        "python -c pass": [py, "-c", "pass"],
        "ntmplan --help": [py, "-m", "ntmplan", "--help"],
        "ntmplan check": [py, "-m", "ntmplan", "--plan", args.plan, "check"],
        "ntmplan status": [py, "-m", "ntmplan", "--plan", args.plan, "status"],
    }
    print(f"median of {args.runs} runs, plan: {args.plan}")
    for name, cmd in cases.items():
        print(f"{name:20} {median_ms(cmd, args.runs):8.0f} ms")


if __name__ == "__main__":
    main()
