"""The ``ntmplan`` command: parse, call one library function, print, pick the exit code."""

from __future__ import annotations

import atexit
import gc
import os
import re
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, Optional

import typer

from ..errors import Diagnostic, ExitCode, NtmplanError, PlanInvalid, PlanNotFound, RecordRefused, UsageError
from ..i18n import get_lang, help_text, lang_from, set_lang, t, tr

if TYPE_CHECKING:
    from rich.console import Console

    from ..loader import FileSource
    from ..models import Period, Plan

# At exit the interpreter collects every generation once more: with the plan's models, the loaded
# modules and Typer's objects alive that is a fifth of a warm command. Nothing of ours needs a
# collector at exit (files are closed and renamed explicitly), so everything still alive is frozen
# first and the final collection has nothing to walk. Only at process exit: a long process (the
# test suite, a roll-up of many plans) keeps its normal collections.
atexit.register(gc.freeze)

app = typer.Typer(
    name="ntmplan",
    help="A tracker for a commune's New Rural Development (NTM) plan.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Lang(str, Enum):
    vi = "vi"
    en = "en"


class Fmt(str, Enum):
    text = "text"
    json = "json"


class CheckFmt(str, Enum):
    text = "text"
    json = "json"
    github = "github"


@dataclass
class State:
    plan_dir: Path | None = None
    lang: str = "vi"
    no_color: bool = False
    debug: bool = False
    as_of: str | None = None


STATE = State()


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
    STATE.plan_dir = plan
    STATE.lang = lang.value
    set_lang(lang.value)
    STATE.no_color = no_color
    STATE.debug = debug
    STATE.as_of = as_of
    if as_of is not None and ctx.invoked_subcommand in WRITES_PLAN:
        raise UsageError(f"--as-of reads the plan of a past revision; '{ctx.invoked_subcommand}' cannot use it")


def _print_version(wanted: bool) -> None:
    if wanted:
        from .. import __version__

        typer.echo(f"ntmplan {__version__}")
        raise typer.Exit()


def find_plan(start: Path) -> Path | None:
    """The nearest ``plan/`` folder in ``start`` or a folder above it (as git finds ``.git``)."""
    here = start.resolve()
    for folder in (here, *here.parents):
        candidate = folder / "plan"
        if (candidate / "document.yaml").is_file() or (folder.name == "plan" and (folder / "document.yaml").is_file()):
            return candidate if candidate.is_dir() else folder
    return None


def plan_dir() -> Path:
    """The plan directory: --plan, else $NTMPLAN_PLAN, else the nearest plan/ here or above."""
    if STATE.plan_dir is not None:
        root = STATE.plan_dir
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


def plan_source() -> FileSource | None:
    """Where the plan files are read from: a git revision with --as-of, else the work tree (None)."""
    if STATE.as_of is None:
        return None
    from ..gitsource import GitSource

    return GitSource.at(plan_dir(), STATE.as_of)


def load() -> Plan:
    """Load the plan or raise PlanInvalid; warnings are printed to stderr."""
    from ..loader import load_plan
    from .output import print_diagnostics

    plan, diags = load_plan(plan_dir(), source=plan_source())
    if plan is None:
        raise PlanInvalid(diags)
    warnings = [d for d in diags if not d.is_error]
    if warnings:
        print_diagnostics(warnings)
    return plan


def out() -> Console:
    from .output import consoles

    return consoles(STATE.no_color)[0]


def parse_period(text: str | None, plan: Plan | None = None) -> Period | None:
    """A --period option → Period (or None); a bad one, or one outside ``plan``, is a usage error."""
    from ..models.period import Period, PeriodError

    if text is None:
        return None
    try:
        period = Period.parse(text)
    except PeriodError as exc:
        raise UsageError(f"--period: {exc}") from None
    if plan is not None and not plan.in_plan(period):
        raise UsageError(f"--period: {period} is outside the plan's years {plan.years_label}")
    return period


def _fail(exc: NtmplanError) -> NoReturn:
    from .output import echo, print_diagnostics

    diags: list[Diagnostic] = getattr(exc, "diagnostics", [])
    if isinstance(exc, PlanInvalid):
        print_diagnostics(diags)
    if isinstance(exc, RecordRefused):
        if diags:
            print_diagnostics(diags, texts=exc.texts)
        echo(t("cli.refused", reason=tr(str(exc))), err=True)
    elif isinstance(exc, PlanInvalid):
        pass
    else:
        echo(t("cli.error", reason=tr(str(exc))), err=True)
    raise SystemExit(int(exc.exit_code))


def main() -> None:
    """Console entry point: maps every error to a message and an exit code."""
    from . import commands  # noqa: F401  (registers the subcommands)

    for stream in (sys.stdout, sys.stderr):
        # a Windows console or a redirect may default to a code page without Vietnamese letters
        if (getattr(stream, "encoding", None) or "").lower().replace("-", "") != "utf8" and hasattr(
            stream, "reconfigure"
        ):
            stream.reconfigure(encoding="utf-8")

    if "_NTMPLAN_COMPLETE" in os.environ:  # a shell asking for completions (see cli/complete.py)
        from .complete import enable

        enable()
    debug = "--debug" in sys.argv[1:]
    set_lang(lang_from(sys.argv[1:]))
    try:
        command = typer.main.get_command(app)
        localize(command)
        rc = command.main(args=sys.argv[1:], standalone_mode=False, prog_name="ntmplan")
    except NtmplanError as exc:
        if debug:
            raise
        _fail(exc)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    except Exception as exc:
        # Click's usage errors (Typer may vendor Click, so they are recognised by shape)
        show, code = getattr(exc, "show", None), getattr(exc, "exit_code", None)
        if callable(show) and isinstance(code, int):
            _show_usage_error(exc)
            raise SystemExit(code) from None
        if type(exc).__name__ == "Abort":
            raise SystemExit(1) from None
        if debug:
            raise
        from .output import echo

        echo(t("cli.internal", kind=type(exc).__name__, reason=str(exc)), err=True)
        raise SystemExit(70) from None
    raise SystemExit(rc if isinstance(rc, int) else ExitCode.OK)


def _help_page(text: str) -> str:
    """Click's own words on a --help page in the chosen language (Typer's are translated by
    :func:`localize`)."""
    if get_lang() == "en":
        return text
    text = re.sub(r"^Usage:", t("click.usage"), text, flags=re.M)
    return text.replace("Show this message and exit.", t("click.help"))


class _LocalContext(typer.Context):
    def get_help(self) -> str:
        return _help_page(super().get_help())

    def get_usage(self) -> str:
        return _help_page(super().get_usage())


def localize(command: object) -> None:
    """Put the --help text of ``command`` and its subcommands into the chosen language.

    The code writes help in English; :data:`ntmplan.i18n.catalogue.HELP` gives the Vietnamese.
    Typer builds a fresh Click command on every run, so this changes nothing shared.
    """
    import typer.core

    typer.core._ = tr  # type: ignore[assignment,attr-defined]  # Typer's gettext: "Options", "default: {default}" …
    for attr in ("help", "short_help", "epilog"):
        value = getattr(command, attr, None)
        if isinstance(value, str):
            setattr(command, attr, help_text(value))
    if hasattr(command, "context_class"):
        command.context_class = _LocalContext
    for param in getattr(command, "params", []):
        if isinstance(getattr(param, "help", None), str):
            param.help = help_text(param.help)
    for sub in (getattr(command, "commands", None) or {}).values():
        localize(sub)


def _show_usage_error(exc: Exception) -> None:
    """A Click usage error, in the chosen language: usage line, where to get help, the error."""
    ctx = getattr(exc, "ctx", None)
    lines = []
    if ctx is not None:
        lines.append(ctx.get_usage())
        help_names = ctx.help_option_names
        if help_names:
            lines.append(t("click.try", command=f"{ctx.command_path} {help_names[0]}"))
        lines.append("")
    message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
    lines.append(f"{t('click.error')}: {tr(message)}")
    from .output import echo

    echo("\n".join(lines), err=True)
