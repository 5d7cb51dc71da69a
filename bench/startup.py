"""Start-up and command timings, side by side in one run (median wall time of N runs).

    python bench/startup.py [--runs N] [--plan DIR]

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


def grown_plan(target: Path) -> Path:
    """A copy of plan/ with five years of quarterly progress for every item (~120 KB)."""
    plan = target / "plan"
    shutil.copytree(ROOT / "plan", plan)
    sys.path.insert(0, str(ROOT))
    from ntmplan import load_plan

    loaded, _ = load_plan(plan, use_cache=False)
    assert loaded is not None
    ids = [c.item_id(i) for c, i in loaded.items()]
    for year in range(2021, 2026):
        for q in range(1, 5):
            lines = [f"# Tiến độ quý {q}/{year}", f"period: {year}-Q{q}", "items:"]
            for n, item in enumerate(ids):
                lines += [
                    f"  {item}:",
                    "    status: in-progress",
                    f"    percent: {(n * 7 + q * 5) % 100}",
                    "    note: Đã triển khai theo kế hoạch, đang hoàn thiện hồ sơ và nghiệm thu từng phần",
                ]
            lines += ["funding:", "  ngan-sach-dia-phuong:", "    amount: 1.250.000.000"]
            (plan / "progress" / f"{year}-Q{q}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return plan


def median_ms(cmd: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            cmd,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
            env={**os.environ, **(env or {})},
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--plan", default=str(ROOT / "plan"))
    args = parser.parse_args()
    py = sys.executable
    nocache = {"NTMPLAN_NO_CACHE": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        big = grown_plan(Path(tmp))
        size = sum(p.stat().st_size for p in big.rglob("*.yaml")) // 1024
        cases = [
            ("python -c pass", [py, "-c", "pass"], None),
            ("ntmplan --help", [py, "-m", "ntmplan", "--help"], None),
            ("ntmplan check", [py, "-m", "ntmplan", "--plan", args.plan, "check"], None),
            ("ntmplan status", [py, "-m", "ntmplan", "--plan", args.plan, "status"], None),
            ("ntmplan status, no cache", [py, "-m", "ntmplan", "--plan", args.plan, "status"], nocache),
            (f"status, {size} KB plan", [py, "-m", "ntmplan", "--plan", str(big), "status"], None),
            (f"status, {size} KB, no cache", [py, "-m", "ntmplan", "--plan", str(big), "status"], nocache),
        ]
        print(f"median of {args.runs} runs")
        for name, cmd, env in cases:
            print(f"{name:30} {median_ms(cmd, args.runs, env):8.0f} ms")


if __name__ == "__main__":
    main()
