"""Issue 9 point 5: shell completion of item ids, source ids, unit ids and periods from the plan."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PLAN, ROOT
from ntmplan.cli import complete


@pytest.fixture
def in_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NTMPLAN_PLAN", str(PLAN))


def test_item_ids(in_plan: None) -> None:
    assert complete.item_ids("2.")[:3] == ["2.a", "2.b", "2.c"]
    assert "11.đ" in complete.item_ids("11")
    assert complete.item_ids("99") == []


def test_source_and_unit_ids(in_plan: None) -> None:
    assert complete.source_ids("ngan") == ["ngan-sach-tw-tinh", "ngan-sach-dia-phuong"]
    assert complete.unit_ids("cong") == ["cong-an"]
    assert len(complete.unit_ids("")) == 15


def test_periods(in_plan: None) -> None:
    found = complete.periods("2024")
    assert found[:4] == ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]
    assert "2024-H1" in found and "2024" in found
    assert complete.periods("2030") == []


def test_recorded_periods_come_first(plan_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (plan_copy / "progress").mkdir(exist_ok=True)
    (plan_copy / "progress" / "2023-Q3.yaml").write_text("period: 2023-Q3\n", encoding="utf-8")
    monkeypatch.setenv("NTMPLAN_PLAN", str(plan_copy))
    assert complete.periods("")[0] == "2023-Q3"


def test_no_plan_completes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NTMPLAN_PLAN", str(tmp_path / "nowhere"))
    assert complete.item_ids("") == [] and complete.periods("") == []


def _complete(env: dict[str, str]) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-m", "ntmplan"],
        capture_output=True,
        env={**os.environ, "NTMPLAN_PLAN": str(PLAN), **env},
        cwd=ROOT,
        timeout=60,
        text=True,
        encoding="utf-8",
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_bash_completion_through_the_env_var_protocol() -> None:
    words = _complete(
        {"_NTMPLAN_COMPLETE": "complete_bash", "COMP_WORDS": "ntmplan record progress 2.", "COMP_CWORD": "3"}
    )
    assert words[:2] == ["2.a", "2.b"] and "2.đ" in words


def test_zsh_completion_of_a_unit() -> None:
    out = _complete({"_NTMPLAN_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "ntmplan items --unit cong"})
    assert any("cong-an" in w for w in out)


@pytest.mark.parametrize("shell", ["bash", "zsh", "powershell"])
def test_completion_scripts(shell: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ntmplan"],
        capture_output=True,
        env={**os.environ, "_NTMPLAN_COMPLETE": f"source_{shell}"},
        cwd=ROOT,
        timeout=60,
        text=True,
    )
    assert done.returncode == 0 and "_NTMPLAN_COMPLETE" in done.stdout
