"""The ``ntmplan`` command: parse, call one library function, print, pick the exit code."""

from __future__ import annotations

import atexit
import gc
import os
import sys
from typing import Any, NoReturn

import typer

from ..errors import Diagnostic, NtmplanError, PlanInvalid, RecordRefused
from ..i18n import lang_from, set_lang, t
from . import commands, many, tooling  # noqa: F401  (register the subcommands, in --help's order)
from .base import app
from .localize import localize, shown

# At exit the interpreter collects every generation once more: with the plan's models, the loaded
# modules and Typer's objects alive that is a fifth of a warm command. Nothing of ours needs a
# collector at exit (files are closed and renamed explicitly), so everything still alive is frozen
# first and the final collection has nothing to walk. Only at process exit: a long process (the
# test suite, a roll-up of many plans) keeps its normal collections.
atexit.register(gc.freeze)


def _fail(exc: NtmplanError) -> NoReturn:
    from .output import echo, print_diagnostics

    diags: list[Diagnostic] = getattr(exc, "diagnostics", [])
    if isinstance(exc, PlanInvalid):
        print_diagnostics(diags)
    if isinstance(exc, RecordRefused):
        if diags:
            print_diagnostics(diags, texts=exc.texts)
        echo(t("cli.refused", reason=shown(exc)), err=True)
    elif isinstance(exc, PlanInvalid):
        pass
    else:
        echo(t("cli.error", reason=shown(exc)), err=True)
    raise SystemExit(int(exc.exit_code))


def _with_only(args: list[str]) -> typer.Typer:
    """The application, with only the subcommand that ``args`` run when they run one.

    Typer builds the Click command of every registered subcommand on every run, reading each
    option's type from its annotation: for all fifteen that is a large part of a warm command's
    start-up, against next to nothing for the one that runs. ``--help`` before the subcommand,
    no subcommand or a name that is none (Click's error lists the others), and shell completion
    get the whole application."""
    if "_NTMPLAN_COMPLETE" in os.environ:
        return app
    root = typer.main.get_command(_subset(app, ()))
    takes_value = {opt for p in root.params if not getattr(p, "is_flag", True) for opt in p.opts}
    rest = iter(args)
    for arg in rest:
        if arg in ("--help", "--"):
            return app
        if not arg.startswith("-"):
            return _subset(app, (arg,)) if arg in dict(_named(app)) else app
        if arg in takes_value:
            next(rest, None)
    return app


def _named(group: typer.Typer) -> list[tuple[str, Any]]:
    """Each subcommand and sub-group registered on ``group``, with the name it is run by."""
    found: list[tuple[str, Any]] = [
        (c.name or typer.main.get_command_name(c.callback.__name__), c) for c in group.registered_commands if c.callback
    ]
    for g in group.registered_groups:
        name = g.name or (g.typer_instance.info.name if g.typer_instance else None)
        found.append((str(name), g))
    return found


def _subset(group: typer.Typer, names: tuple[str, ...]) -> typer.Typer:
    """A copy of ``group`` that registers only the subcommands named ``names``."""
    import copy

    chosen = copy.copy(group)
    kept = [info for name, info in _named(group) if name in names]
    chosen.registered_commands = [c for c in group.registered_commands if c in kept]
    chosen.registered_groups = [g for g in group.registered_groups if g in kept]
    return chosen


def main() -> None:
    """Console entry point: Click shows usage errors (exit 2); an NtmplanError becomes its message
    and exit code; anything else is a one-line internal error (exit 70), a traceback with --debug."""
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
    command = typer.main.get_command(_with_only(sys.argv[1:]))
    localize(command)
    try:
        command.main(args=sys.argv[1:], prog_name="ntmplan")  # standalone: exits with the command's code
    except NtmplanError as exc:
        if debug:
            raise
        _fail(exc)
    except Exception as exc:
        if debug:
            raise
        from .output import echo

        echo(t("cli.internal", kind=type(exc).__name__, reason=str(exc)), err=True)
        raise SystemExit(70) from None
