"""Shared fixtures: a private copy of plan/, and the CLI run in-process."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "plan"
DATA = Path(__file__).resolve().parent / "data"
SEED = ROOT.parent / "shared" / "seeds" / "ke-hoach-39-KH-UBND-cam-dong.txt"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite expected files from the current output")


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own plan cache, so that no test sees another's."""
    monkeypatch.setenv("NTMPLAN_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def plan_copy(tmp_path: Path) -> Path:
    """A writable copy of the real plan, as ``<tmp>/repo/plan``."""
    target = tmp_path / "repo" / "plan"
    shutil.copytree(PLAN, target)
    return target


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """Run ``ntmplan ARGS`` in this process (fast) and return exit code, stdout, stderr."""
    from ntmplan.cli.app import main

    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.delenv("NTMPLAN_PLAN", raising=False)

    def run(*args: str, cwd: Path | None = None) -> Result:
        capsys.readouterr()
        old = Path.cwd()
        monkeypatch.setattr(sys, "argv", ["ntmplan", *args])
        if cwd is not None:
            os.chdir(cwd)
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = int(exc.code or 0)
        finally:
            os.chdir(old)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run
