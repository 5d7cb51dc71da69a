"""Shared fixtures: a private copy of plan/, and the CLI run in-process."""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "plan"
DATA = Path(__file__).resolve().parent / "data"
SEED = ROOT.parent / "shared" / "seeds" / "ke-hoach-39-KH-UBND-cam-dong.txt"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite expected files from the current output")


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own plan cache, so that no test sees another's (nor what an earlier test
    left in this process's memory of the last entries read)."""
    from ntmplan import cache

    cache._recent.clear()
    monkeypatch.setenv("NTMPLAN_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


_BUILT: dict[tuple[tuple[int, ...], str], object] = {}
"""The Click commands built for the ``cli`` fixture's runs, by the subcommands they hold and the language."""


def _built_once(build: Callable[[Any], object]) -> Callable[[Any], object]:
    """``typer.main.get_command`` for the ``cli`` fixture's runs (``build`` is Typer's own).

    On every run Typer turns the application (``cli.app`` hands it the root with only the
    subcommand that runs, or the whole application) into a Click command by reading the signature
    of each command it holds (``typing.get_type_hints``): a few milliseconds for one subcommand,
    30 ms for all, and the suite runs ``main()`` about 1,500 times. What it builds depends only on
    the code, on which registered subcommands it holds and, once ``localize`` has put the help into
    a language, on that language; so each such command is built once and every later run parses its
    own arguments with it (as Click's CliRunner reuses one command). Any other caller of
    ``get_command``, a user's run and every subprocess test build their own."""

    def get_command(typer_instance: Any) -> object:
        from ntmplan.cli.base import app
        from ntmplan.i18n import get_lang

        if typer_instance.info is not app.info:  # neither the application nor a subset of it
            return build(typer_instance)
        held = tuple(map(id, [*typer_instance.registered_commands, *typer_instance.registered_groups]))
        key = (held, get_lang())
        if key not in _BUILT:
            _BUILT[key] = build(typer_instance)
        return _BUILT[key]

    return get_command


@pytest.fixture
def repo(plan_copy: Path, request: pytest.FixtureRequest) -> Path:
    """The repository folder of a plan copy that holds the progress files of the test module's
    ``FIXTURE`` (a folder under tests/data with a ``progress/`` of its own)."""
    shutil.copytree(request.module.FIXTURE / "progress", plan_copy / "progress", dirs_exist_ok=True)
    return plan_copy.parent


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


# English words that a Vietnamese screen must not show (lower-case words only: ids such as
# OPTIONS or file names such as plan/progress are not sentences; option names are skipped).
ENGLISH = re.compile(
    r"(?<![-\w/.])(the|is|are|not|there|expected|must|cannot|refused|error|errors|warning|warnings|found|"
    r"should|missing|unknown|invalid|which|does|outside|twice|try|usage|options|arguments|commands|"
    r"no such|did you mean|show this)(?![-\w])",
    re.IGNORECASE,
)


def lay_over(overlay: Path, plan: Path) -> None:
    """Copy every file of a test case's ``plan/`` folder (when it has one) onto ``plan``."""
    if overlay.is_dir():
        for src in overlay.rglob("*"):
            if src.is_file():
                dest = plan / src.relative_to(overlay)
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(src, dest)


def english_words(text: str) -> list[str]:
    """The English words of ``text`` outside quotes and back-ticks (which hold what the user typed)."""
    text = re.sub(r"^ *\d* \| .*$", "", text, flags=re.M)  # a diagnostic's excerpt of the plan file is data
    text = re.sub(r"'[^'\n]*'|`[^`\n]*`|\"[^\"\n]*\"", "", text)
    return [m[0] for m in ENGLISH.finditer(text) if not m[0].isupper()]


_WRITES = {"record", "report", "init", "export", "site"}


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Callable[..., Result]:
    """Run ``ntmplan ARGS`` in this process (fast) and return exit code, stdout, stderr.

    Tests read the English interface (``NTMPLAN_LANG=en``). Every call that writes nothing and
    prints text is run a second time in Vietnamese, the default, and fails if that output has
    English sentences in it: the whole CLI suite checks the Vietnamese interface this way.
    A test module that reads the Vietnamese interface sets ``CLI_LANG = "vi"``.
    """
    import typer

    from ntmplan.cli.app import main

    build = typer.main.get_command
    once = _built_once(build)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("NTMPLAN_LANG", getattr(request.module, "CLI_LANG", "en"))  # a module may read vi
    monkeypatch.delenv("NTMPLAN_PLAN", raising=False)

    def run(*args: str, cwd: Path | None = None, vi_check: bool = True) -> Result:
        result = _run(args, cwd)
        plain = (
            not ({"json", "github", "csv", "jsonl", "parquet", "-", "--version"} & set(args))
            and "--format=json" not in args
        )
        if vi_check and plain and not (_WRITES & set(args)):
            vi = [a for i, a in enumerate(args) if a != "--lang" and (i == 0 or args[i - 1] != "--lang")]
            again = _run(("--lang", "vi", *vi), cwd)
            found = english_words(again.out + again.err)
            assert not found, f"English in the Vietnamese output of {vi}: {found}\n{again.out}{again.err}"
        return result

    def _run(args: tuple[str, ...], cwd: Path | None) -> Result:
        capsys.readouterr()
        old = Path.cwd()
        monkeypatch.setattr(sys, "argv", ["ntmplan", *args])
        if cwd is not None:
            os.chdir(cwd)
        typer.main.get_command = once
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = int(exc.code or 0)
        finally:
            typer.main.get_command = build
            os.chdir(old)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run
