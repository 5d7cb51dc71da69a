"""The ``ntmplan`` command: parse, call one library function, print, pick the exit code."""

from __future__ import annotations

import atexit
import gc
import os
import sys
from typing import NoReturn

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
    command = typer.main.get_command(app)
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
