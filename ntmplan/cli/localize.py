"""Click's own words in the chosen language: ``--help`` pages and usage errors.

The code writes help and Click writes its errors in English; the catalogue
(:mod:`ntmplan.i18n.catalogue`) gives the Vietnamese. Click's standalone handling shows usage
errors and exits 2; the root group (:class:`LocalGroup`) only hands it each error in words of the
chosen language.

Click's classes are imported from ``typer._click``, the copy of Click that Typer vendors since
0.26 (pyproject's floor); it is Typer's private module, so an upgrade that moves it fails the
usage-error tests (tests/test_cli_boundary.py) rather than passing silently.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO, Any, TypeVar

import typer
import typer.core
from typer._click.core import Command as ClickCommand
from typer._click.core import Context as ClickContext
from typer._click.exceptions import ClickException, NoArgsIsHelpError

from ..errors import NtmplanError
from ..i18n import get_lang, help_text, t, tr

V = TypeVar("V")


def _help_page(text: str) -> str:
    """Click's own words on a --help page in the chosen language (Typer's are translated by
    :func:`localize`)."""
    if get_lang() == "en":
        return text
    text = re.sub(r"^Usage:", t("click.usage"), text, flags=re.M)
    return text.replace("Show this message and exit.", t("click.help"))


class LocalContext(typer.Context):
    def get_help(self) -> str:
        return _help_page(super().get_help())

    def get_usage(self) -> str:
        return _help_page(super().get_usage())

    def invoke(self, callback: Callable[..., V], /, *args: Any, **kwargs: Any) -> V:
        """Run the command; an error about a value the user gave learns which option gave it."""
        try:
            return super().invoke(callback, *args, **kwargs)
        except NtmplanError as exc:
            if exc.field is not None and exc.given_as is None:
                exc.given_as = given_as(self.command, exc.field)
            if exc.refers and exc.refers_as is None:
                exc.refers_as = {ref: given_as(self.command, ref) or ref.upper() for ref in exc.refers}
            raise


def given_as(command: ClickCommand, field: str) -> str:
    """How ``command`` takes the value ``field``: its option (``--period``), or ``""`` when it is a
    positional argument of that name (``report quarter PERIOD``)."""
    option = "--" + field
    for param in command.params:
        if param.param_type_name == "option" and option in param.opts:
            return option
    for param in command.params:
        if param.param_type_name == "argument" and param.name == field:
            return ""
    return option


def shown(exc: NtmplanError) -> str:
    """The error's sentence in the chosen language, after the option it is about (``--percent: …``),
    naming by their options the other values it refers to ("give --status too")."""
    named = exc.refers_as or {}
    reason = tr(exc.worded(lambda ref: named.get(ref) or "--" + ref))
    if exc.field is None:
        return reason
    label = exc.given_as if exc.given_as is not None else "--" + exc.field
    return t("usage.option", option=label, reason=reason) if label else reason


def localize(command: object) -> None:
    """Put the --help text of ``command`` and its subcommands into the chosen language.

    The code writes help in English; :data:`ntmplan.i18n.catalogue.HELP` gives the Vietnamese.
    Typer builds a fresh Click command on every run, so this changes nothing shared.
    """
    typer.core._ = tr  # type: ignore[assignment,attr-defined]  # Typer's gettext: "Options", "default: {default}" …
    for attr in ("help", "short_help", "epilog"):
        value = getattr(command, attr, None)
        if isinstance(value, str):
            setattr(command, attr, help_text(value))
    if hasattr(command, "context_class"):
        command.context_class = LocalContext
    for param in getattr(command, "params", []):
        if isinstance(getattr(param, "help", None), str):
            param.help = help_text(param.help)
    for sub in (getattr(command, "commands", None) or {}).values():
        localize(sub)


class _InOurWords(ClickException):
    """A Click error that Click's standalone handling shows in the chosen language."""

    def __init__(self, error: ClickException) -> None:
        super().__init__(error.format_message())
        self.error = error
        self.exit_code = error.exit_code

    def show(self, file: IO[Any] | None = None) -> None:
        ctx = getattr(self.error, "ctx", None)
        lines = []
        if ctx is not None:
            lines.append(ctx.get_usage())
            if ctx.help_option_names:
                lines.append(t("click.try", command=f"{ctx.command_path} {ctx.help_option_names[0]}"))
            lines.append("")
        lines.append(f"{t('click.error')}: {tr(self.error.format_message())}")
        from .output import echo

        echo("\n".join(lines), err=True)


@contextmanager
def _in_our_words() -> Iterator[None]:
    try:
        yield
    except (NoArgsIsHelpError, _InOurWords):
        raise  # its "message" is the help page, already in our words
    except ClickException as error:
        raise _InOurWords(error) from None


class LocalGroup(typer.core.TyperGroup):
    """The root command: Click's usage errors, raised while parsing or resolving a subcommand,
    leave it in the chosen language."""

    def make_context(
        self, info_name: str | None, args: list[str], parent: ClickContext | None = None, **extra: Any
    ) -> ClickContext:
        with _in_our_words():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: ClickContext) -> Any:
        with _in_our_words():
            return super().invoke(ctx)
