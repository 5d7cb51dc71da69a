"""Options written by several commands, declared once: their choices, names and completion.

An alias (``FormatOpt``) is used where the option means the same in every command; a maker
(``period_option(help)``) where the option is the same but its help says what the period is for
in that command.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from ..words import Level
from .complete import periods


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


FormatOpt = Annotated[Fmt, typer.Option("--format", help="Output format: text or json")]
"""``--format text|json`` of the commands that print one result."""


def period_option(help: str, *short: str) -> Any:
    """``--period`` (and ``short`` names such as ``-p``), completed with the plan's periods."""
    return typer.Option("--period", *short, autocompletion=periods, help=help)


def level_option(help: str) -> Any:
    """``--level ntm|nang-cao|kieu-mau`` (its values are :class:`ntmplan.words.Level`)."""
    return typer.Option("--level", help=help)


LevelOpt = Annotated[
    Optional[Level],
    level_option(
        "Criteria level: ntm, nang-cao or kieu-mau [default: the plan's target, the lowest level not yet recognised]"
    ),
]
"""``--level`` where the default is the plan's target level (status, criteria, report)."""

TemplatesOpt = Annotated[
    Optional[Path], typer.Option("--templates", help="A directory of templates that override the shipped ones")
]
"""``--templates DIR`` of the commands that render templates (report, site)."""

WorkspaceOpt = Annotated[
    Optional[Path],
    typer.Option("--workspace", "-w", help="The workspace file [default: ntmplan-workspace.yaml here or above]"),
]
"""``--workspace FILE`` of the commands over many plans (rollup, export, report rollup)."""

PlansOpt = Annotated[
    Optional[list[str]],
    typer.Option("--plans", help="Plan folders or a glob, e.g. 'communes/*' (instead of a workspace file; repeatable)"),
]
"""``--plans DIR|GLOB`` (repeatable), instead of a workspace file."""
