"""Issue 9 point 5: a malformed period is a usage error (exit 2) in every command that takes one;
output is correct on a console whose encoding is not UTF-8."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import PLAN, ROOT, Result

WITH_PERIOD = [
    ("status", "--period"),
    ("items", "--period"),
    ("funding", "--period"),
    ("criteria", "--period"),
    ("site", "-o", "{tmp}/site", "--period"),
    ("record", "progress", "2.a", "-s", "done", "--period"),
    ("record", "funding", "1", "--amount", "1", "--period"),
    ("record", "indicator", "3.1", "--value", "1", "--period"),
    ("record", "criterion", "1", "--status", "đạt", "--period"),
    ("record", "shortcoming", "thiếu vốn", "--period"),
    ("record", "direction", "chỉ đạo", "--period"),
    ("report", "quarter"),  # the period is the argument
]


@pytest.mark.parametrize("bad", ["2023-Q9", "quý 5/2023", "abc"])
@pytest.mark.parametrize("args", WITH_PERIOD, ids=lambda a: "-".join(a[:2]))
def test_a_malformed_period_is_a_usage_error(
    cli: Callable[..., Result], plan_copy: Path, tmp_path: Path, args: tuple[str, ...], bad: str
) -> None:
    before = sorted(p.name for p in plan_copy.rglob("*"))
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    r = cli("--plan", str(plan_copy), *argv, bad, *(["-o", "-"] if args[0] == "report" else []))
    assert r.code == 2, (r.code, r.err)
    assert bad in r.err
    if args[0] == "record":  # it was a refusal (exit 1) until issue 9.5; the message is the same
        assert r.err.startswith("ntmplan: error: --period: '")
    assert "Traceback" not in r.err
    assert sorted(p.name for p in plan_copy.rglob("*")) == before  # nothing written


def test_rollup_malformed_period_is_a_usage_error(cli: Callable[..., Result], tmp_path: Path) -> None:
    r = cli("rollup", "--plans", str(PLAN), "--period", "2023-Q9")
    assert r.code == 2, r.err
    assert "2023-Q9" in r.err


@pytest.mark.parametrize("encoding", ["cp1252", "ascii", "cp437"])
def test_output_is_right_on_a_console_that_is_not_utf8(encoding: str) -> None:
    """A Windows console or a redirect with a legacy code page: ntmplan writes UTF-8, never '?'
    or a UnicodeEncodeError."""
    env = {**os.environ, "PYTHONIOENCODING": encoding, "NTMPLAN_LANG": "vi", "NO_COLOR": "1", "COLUMNS": "100"}
    env.pop("NTMPLAN_PLAN", None)
    done = subprocess.run(
        [sys.executable, "-m", "ntmplan", "--plan", str(PLAN), "units", "cong-an"],
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    out = done.stdout.decode("utf-8")  # strict: every byte is UTF-8
    assert "Công an xã" in out
    assert "C?ng" not in out
    bad = subprocess.run(
        [sys.executable, "-m", "ntmplan", "--plan", str(PLAN), "items", "--unit", "Cong an"],
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert bad.returncode == 2
    assert "có phải ý bạn là" in bad.stderr.decode("utf-8")
