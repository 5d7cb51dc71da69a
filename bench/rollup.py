"""The roll-up of many generated communes, cold and warm, beside a raw libyaml parse of the same bytes.

    python bench/rollup.py [--sizes 20,250,3000] [--years 2021-2025] [--repeat R] [--work DIR]

For each size N it times, each in a fresh process: the raw parse (PyYAML's C loader reading
every YAML file of the N communes, nothing else), ``ntmplan rollup`` cold (an empty summary
cache: every plan read, checked and summarised) and warm (the same command again), R times
in turn (best of R). It prints wall times, the peak memory of the largest process of each run,
the CPU seconds of all its processes, and the ratios to the raw parse (wall, and CPU: on a
machine shared with other work the CPU ratio says more than the wall one). Goals (issue 13):
cold ≤ 1.5× raw, warm ≤ 0.2× raw, 3,000 five-year communes warm < 3 s.

A process pays its start before any work: the floors are timed too, ``ntmplan --version``
(Python and the CLI), a warm ``ntmplan rollup`` of one commune (the same, plus Typer turning
every option of the command into a pydantic adapter, and one summary read), the same cold
(``--no-cache``: the parser, the models and their validators, the shipped criteria and the
checks loaded, one commune read — what a cold roll-up of any size pays before its pool
starts) and ``python -c "import yaml"``; the last column compares the work alone:
(warm − one-commune floor) / (raw − PyYAML floor).

The communes come from tools/make_communes.py (seed 0) and are kept in --work between runs
(default: a folder under the system's temp folder; regenerated when the generator changes), so
only the first run pays for writing them. Python modules are byte-compiled as an installed
package's are (the children run with PYTHONDONTWRITEBYTECODE unset and their .pyc files in
--work/pycache). Needs PyYAML with libyaml. Prints figures only; nothing here asserts a time.
Run it on a quiet machine: it uses both cores; the load average is printed before and after.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent

RAW = """
import sys, time, yaml
from pathlib import Path
start = time.perf_counter()
n = 0
for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
    for path in sorted(Path(line).rglob("*.yaml")):
        yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
        n += 1
print(n, time.perf_counter() - start)
"""

MEASURE = """
import resource, subprocess, sys, time, os
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # the command and the workers it waited for
peak = usage.ru_maxrss  # KiB on Linux: the largest process
sys.stderr.write(done.stderr.decode("utf-8", "replace")[-2000:])
print(done.returncode, wall, peak, usage.ru_utime + usage.ru_stime)
"""


class Run(NamedTuple):
    code: int
    wall: float  # seconds
    peak_mb: float  # peak resident memory of the largest process
    cpu: float  # seconds of CPU, all processes of the run


def measure(cmd: list[str], env: dict[str, str]) -> Run:
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, *cmd], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    return Run(int(out[0]), float(out[1]), float(out[2]) / 1024, float(out[3]))


def ensure_communes(work: Path, n: int, years: tuple[int, int]) -> Path:
    """The first n communes of seed 0 under work/communes (generating those missing)."""
    sys.path.insert(0, str(ROOT / "tools"))
    from make_communes import commune_files  # type: ignore[import-not-found]

    stamp = work / "years.txt"  # the years and the generator's own text: other communes when either changed
    source = (ROOT / "tools" / "make_communes.py").read_bytes()
    wanted = f"{years[0]}-{years[1]} {hashlib.sha256(source).hexdigest()[:16]}"
    if stamp.exists() and stamp.read_text() != wanted:
        shutil.rmtree(work / "communes", ignore_errors=True)
    work.mkdir(parents=True, exist_ok=True)
    stamp.write_text(wanted)
    for index in range(n):
        root = work / "communes" / f"xa-{index + 1:05d}"
        if (root / "units.yaml").exists():
            continue
        for rel, text in commune_files(index, 0, years).items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
    return work


def workspace_file(work: Path, n: int) -> Path:
    path = work / f"ntmplan-workspace-{n}.yaml"
    plans = "\n".join(f"  - communes/xa-{i + 1:05d}" for i in range(n))
    path.write_text(f"name: Bench {n}\nplans:\n{plans}\n", encoding="utf-8")
    return path


def floor(cmd: list[str], env: dict[str, str], repeat: int) -> float:
    return min(measure(cmd, env).wall for _ in range(max(3, repeat)))


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="20,250,3000")
    parser.add_argument("--years", default="2021-2025")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each case per size (best of)")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "ntmplan-bench-communes")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    first, last = (int(y) for y in args.years.split("-"))
    try:
        import yaml

        assert yaml.__with_libyaml__
    except (ImportError, AssertionError):
        print("needs PyYAML with libyaml: pip install pyyaml", file=sys.stderr)
        return 2
    work = ensure_communes(args.work, max(sizes), (first, last))
    ntmplan = shutil.which("ntmplan") or ""
    command = [ntmplan] if ntmplan else [sys.executable, "-m", "ntmplan"]
    base = {**os.environ, "NO_COLOR": "1", "PYTHONPYCACHEPREFIX": str(work / "pycache")}
    for name in ("PYTHONDONTWRITEBYTECODE", "NTMPLAN_NO_CACHE"):
        base.pop(name, None)
    version = [*command, "--version"]
    subprocess.run(version, env=base, capture_output=True, check=True)  # writes the .pyc files
    version_floor = floor(version, base, args.repeat)
    one = [*command, "rollup", "--format", "json", "--plans", str(work / "communes" / "xa-00001")]
    one_cache = Path(tempfile.mkdtemp(prefix="ntmplan-bench-cache-"))
    os.chmod(one_cache, 0o700)
    subprocess.run(one, env={**base, "NTMPLAN_CACHE_DIR": str(one_cache)}, capture_output=True, check=True)
    cli_floor = floor(one, {**base, "NTMPLAN_CACHE_DIR": str(one_cache)}, args.repeat)
    cold_floor = floor([*one, "--no-cache"], base, args.repeat)
    shutil.rmtree(one_cache, ignore_errors=True)
    yaml_floor = floor([sys.executable, "-c", "import yaml"], base, args.repeat)
    print(
        f"cores {len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else os.cpu_count()}, "
        f"{first}–{last} quarterly progress, communes in {work}, best of {args.repeat}; {load()}"
    )
    print(
        f"floors: ntmplan --version {version_floor:.3f} s, warm ntmplan rollup of one commune {cli_floor:.3f} s, "
        f"cold {cold_floor:.3f} s, python -c 'import yaml' {yaml_floor:.3f} s"
    )
    header = f"{'communes':>8} {'files':>7} {'MB':>6} | {'raw s':>6} {'cpu':>6} {'MB':>4} |"
    header += f" {'cold s':>6} {'cpu':>6} {'MB':>4} {'×raw':>5} {'cpu×':>5} |"
    header += f" {'warm s':>6} {'MB':>4} {'×raw':>5} | {'work ×raw':>9}"
    print(header)
    results = []
    for n in sizes:
        ws = workspace_file(work, n)
        roots = [work / "communes" / f"xa-{i + 1:05d}" for i in range(n)]
        files = [p for r in roots for p in r.rglob("*.yaml")]
        size_mb = sum(p.stat().st_size for p in files) / 1e6
        listing = work / f"roots-{n}.txt"
        listing.write_text("\n".join(str(r) for r in roots), encoding="utf-8")
        rollup = [*command, "rollup", "--workspace", str(ws), "--format", "json"]
        runs: dict[str, list[Run]] = {"raw": [], "cold": [], "warm": []}
        for _ in range(args.repeat):
            cache = Path(tempfile.mkdtemp(prefix="ntmplan-bench-cache-"))
            os.chmod(cache, 0o700)
            env = {**base, "NTMPLAN_CACHE_DIR": str(cache)}
            runs["raw"].append(measure([sys.executable, "-c", RAW, str(listing)], env))
            runs["cold"].append(measure(rollup, env))
            runs["warm"].append(measure(rollup, env))
            shutil.rmtree(cache, ignore_errors=True)
        raw, cold, warm = (min(runs[k], key=lambda run: run.wall) for k in ("raw", "cold", "warm"))
        work_ratio = max(warm.wall - cli_floor, 0.0) / max(raw.wall - yaml_floor, 1e-9)
        line = f"{n:>8} {len(files):>7} {size_mb:>6.1f} | {raw.wall:>6.2f} {raw.cpu:>6.2f} {raw.peak_mb:>4.0f} |"
        line += f" {cold.wall:>6.2f} {cold.cpu:>6.2f} {cold.peak_mb:>4.0f} {cold.wall / raw.wall:>5.2f}"
        line += f" {cold.cpu / raw.cpu:>5.2f} | {warm.wall:>6.2f} {warm.peak_mb:>4.0f} {warm.wall / raw.wall:>5.2f} |"
        line += f" {work_ratio:>9.2f}"
        print(line + ("" if cold.code in (0, 1) else f"  (exit {cold.code})"), flush=True)
        results.append(
            {
                "communes": n,
                "files": len(files),
                "mb": size_mb,
                **{
                    f"{k}_{field}": getattr(r, field)
                    for k, r in (("raw", raw), ("cold", cold), ("warm", warm))
                    for field in ("wall", "cpu", "peak_mb")
                },
                "version_floor_s": version_floor,
                "rollup_floor_s": cli_floor,
                "cold_rollup_floor_s": cold_floor,
                "yaml_floor_s": yaml_floor,
            }
        )
    print(load())
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
