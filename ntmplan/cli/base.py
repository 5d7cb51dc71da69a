"""The Typer application, its root callback and the run's state in ``ctx.obj``.

Command modules register on :data:`app` and read the run's state through the context they are
given (:func:`state`); nothing here imports a command module, and the entry point
(:mod:`ntmplan.cli.app`) imports both, so the imports run one way.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional, TypeVar

import typer

from ..errors import Diagnostic, PlanInvalid, PlanNotFound, UsageError
from ..i18n import Msg, set_lang, t
from .localize import LocalGroup
from .options import Lang

if TYPE_CHECKING:
    from rich.console import Console

    from ..loader import FileSource
    from ..models import Period, Plan

T = TypeVar("T")

app = typer.Typer(
    name="ntmplan",
    help="A tracker for a commune's New Rural Development (NTM) plan.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    cls=LocalGroup,
)


@dataclass
class State:
    """The global options of one run, made by the root callback and kept in ``ctx.obj``."""

    plan_dir: Path | None = None
    lang: str = "vi"
    no_color: bool = False
    debug: bool = False
    as_of: str | None = None


WRITES_PLAN = ("record", "init")
"""Commands that write a plan: they work on the work tree, never on a past revision."""


@app.callback()
def _root(
    ctx: typer.Context,
    plan: Annotated[
        Optional[Path],
        typer.Option(
            "--plan", help="Plan directory [default: $NTMPLAN_PLAN, else the nearest plan/ in this folder or above]"
        ),
    ] = None,
    lang: Annotated[
        Lang, typer.Option("--lang", envvar="NTMPLAN_LANG", help="Language of the terminal text: vi or en")
    ] = Lang.vi,
    no_color: Annotated[bool, typer.Option("--no-color", help="Plain output without colours")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show Python tracebacks")] = False,
    as_of: Annotated[
        Optional[str],
        typer.Option("--as-of", help="Read the plan as it was at this git revision (a commit, tag, HEAD~3 …)"),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", help="Print the version and exit", is_eager=True, callback=lambda v: _print_version(v)
        ),
    ] = False,
) -> None:
    ctx.obj = State(plan, lang.value, no_color, debug, as_of)
    set_lang(lang.value)
    if as_of is not None and ctx.invoked_subcommand in WRITES_PLAN:
        raise UsageError(Msg("usage.as_of_writes", command=ctx.invoked_subcommand))


def _print_version(wanted: bool) -> None:
    if wanted:
        from .. import __version__

        typer.echo(f"ntmplan {__version__}")
        raise typer.Exit()


def state(ctx: typer.Context) -> State:
    """The run's state; before the root callback has run (shell completion) the root's parsed
    options stand in for it."""
    found = ctx.find_object(State)
    if found is not None:
        return found
    plan = ctx.find_root().params.get("plan")
    return State(plan_dir=plan if isinstance(plan, Path) else None)


def find_plan(start: Path) -> Path | None:
    """The nearest ``plan/`` folder in ``start`` or a folder above it (as git finds ``.git``)."""
    here = start.resolve()
    for folder in (here, *here.parents):
        candidate = folder / "plan"
        if (candidate / "document.yaml").is_file() or (folder.name == "plan" and (folder / "document.yaml").is_file()):
            return candidate if candidate.is_dir() else folder
    return None


def plan_dir(ctx: typer.Context | None) -> Path:
    """The plan directory: --plan, else $NTMPLAN_PLAN, else the nearest plan/ here or above."""
    given = state(ctx).plan_dir if ctx is not None else None
    if given is not None:
        root = given
    elif os.environ.get("NTMPLAN_PLAN"):
        root = Path(os.environ["NTMPLAN_PLAN"])
    else:
        found = find_plan(Path.cwd())
        if found is not None:
            return found
        root = Path("plan")
    if not root.is_dir():
        raise PlanNotFound(t("usage.no_plan", "en", root=root))
    return root


def plan_source(ctx: typer.Context) -> FileSource | None:
    """Where the plan files are read from: a git revision with --as-of, else the work tree (None)."""
    as_of = state(ctx).as_of
    if as_of is None:
        return None
    from ..gitsource import GitSource

    return GitSource.at(plan_dir(ctx), as_of)


def load(ctx: typer.Context) -> Plan:
    """Load the plan or raise PlanInvalid; warnings are printed to stderr."""
    from ..loader import load_plan

    plan, diags = load_plan(plan_dir(ctx), source=plan_source(ctx))
    return _checked(plan, diags)


def answer(ctx: typer.Context, name: str, args: Sequence[str | None], compute: Callable[[Plan], T]) -> T:
    """``compute(plan)``, kept in the cache for the same files and ``args`` (see
    :func:`ntmplan.loader.plan_answer`); PlanInvalid and warnings as :func:`load`."""
    from ..loader import plan_answer

    value, diags = plan_answer(plan_dir(ctx), name, args, compute, source=plan_source(ctx))
    return _checked(value, diags)


def _checked(value: T | None, diags: list[Diagnostic]) -> T:
    from .output import print_diagnostics

    if value is None:
        raise PlanInvalid(diags)
    warnings = [d for d in diags if not d.is_error]
    if warnings:
        print_diagnostics(warnings)
    return value


def out(ctx: typer.Context) -> Console:
    """The stdout console (Rich is imported here, when something rich is printed)."""
    from .output import consoles

    return consoles(state(ctx).no_color)[0]


def parse_period(text: str | None, plan: Plan | None = None) -> Period | None:
    """A --period option → Period (or None); a bad one, or one outside ``plan``, is a usage error."""
    from ..models.period import plan_period

    return None if text is None else plan_period(plan, text)
