"""What one `record` costs on a large plan, beside `status`, and whether the cache is fresh after it.

    python bench/record.py [--runs N] [--components 99] [--years 5]

Builds (in a temporary folder) a plan of 99 components × 24 lettered items = 2,376 items with
a progress file for every quarter of five years naming every item, then times, interleaved:
`status` asked again of unchanged files (its answer kept in the cache), `record progress` of
one item (a percent that alternates, so each run really edits the file), and `status` right
after a record: the plan has changed, so status loads it (from the cache, if the record left it
fresh) and computes its answer again. The goal, record ≤ 2× status, compares record with that
status, which reads the whole plan; the kept answer is shown beside it. Prints medians and
ratios; asserts nothing.
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
LETTERS = "a b c d đ e f g h i k l m n o p q r s t u v x y".split()  # 24: the most a component can have


def big_plan(target: Path, components: int, years: int) -> tuple[Path, int, int]:
    """A copy of plan/ grown to ``components`` × 24 items and ``years`` of quarterly progress."""
    from ruamel.yaml import YAML

    plan = target / "plan"
    shutil.copytree(ROOT / "plan", plan, ignore=shutil.ignore_patterns("progress"))
    (plan / "progress").mkdir()
    yaml = YAML()
    yaml.width = 1 << 30
    data = yaml.load((plan / "components.yaml").read_text(encoding="utf-8"))
    shipped = list(data["components"])
    grown = []
    for number in range(1, components + 1):
        base = shipped[(number - 1) % len(shipped)]
        texts = [i["text"] for i in base["items"]]
        items = [{"letter": letter, "text": texts[n % len(texts)]} for n, letter in enumerate(LETTERS)]
        grown.append({"number": number, "title": base["title"], "items": items})
    data["components"] = grown
    with (plan / "components.yaml").open("w", encoding="utf-8") as fh:
        yaml.dump(data, fh)
    ids = [f"{c['number']}.{i['letter']}" for c in grown for i in c["items"]]
    start = 2021
    for year in range(start, start + years):
        for q in range(1, 5):
            lines = [f"period: {year}-Q{q}", "items:"]
            for n, item in enumerate(ids):
                lines += [f"  {item}:", "    status: in-progress", f"    percent: {(n * 7 + q * 5) % 100}"]
            (plan / "progress" / f"{year}-Q{q}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return plan, len(ids), sum(p.stat().st_size for p in plan.rglob("*.yaml"))


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    elapsed = (time.perf_counter() - start) * 1000
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd[3:])} failed ({done.returncode}): {done.stderr.strip()[:400]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--components", type=int, default=99)
    parser.add_argument("--years", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        plan, items, size = big_plan(Path(tmp), args.components, args.years)
        env = {**os.environ, "NTMPLAN_CACHE_DIR": str(Path(tmp) / "cache")}
        ntm = [sys.executable, "-m", "ntmplan", "--plan", str(plan)]
        quarter = f"{2021 + args.years - 1}-Q4"
        cold = timed([*ntm, "status"], env)
        print(f"plan: {items} items, {args.years * 4} progress files, {size // 1024} KB; cold status {cold:.0f} ms")
        after, kept = "status after record", "status, answer kept"
        rows: dict[str, list[float]] = {kept: [], "record progress (one item)": [], after: []}
        for n in range(args.runs):
            edit = ["record", "progress", "2.a", "-p", quarter, "-s", "in-progress", "--percent", str(10 + n % 2)]
            rows["record progress (one item)"].append(timed([*ntm, *edit], env))
            rows[after].append(timed([*ntm, "status"], env))
            rows[kept].append(timed([*ntm, "status"], env))
        medians = {name: statistics.median(times) for name, times in rows.items()}
        print(f"median of {args.runs} interleaved runs; ratios to the status after a record (plan read, answer made)")
        for name, value in medians.items():
            print(f"{name:32} {value:8.0f} ms   {value / medians[after]:5.2f}× status")


if __name__ == "__main__":
    main()
