"""How the CLI prints: diagnostics (text, json, github), JSON documents, consoles."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import sys
from decimal import Decimal
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import Diagnostic
from ..i18n import t, tr
from ..models.period import Period

if TYPE_CHECKING:
    from rich.console import Console


def consoles(no_color: bool) -> tuple[Console, Console]:
    from rich.console import Console  # only when something rich is printed (not for JSON or a clean check)

    color = not no_color and "NO_COLOR" not in os.environ
    out = Console(highlight=False, no_color=not color, soft_wrap=False)
    err = Console(stderr=True, highlight=False, no_color=not color, soft_wrap=True)
    return out, err


def _lines(path: Path) -> list[str]:
    from ..yamlio.guard import source_lines  # lines as the parsers count them, or lines disagree

    try:
        return source_lines(path.read_bytes().decode("utf-8-sig", errors="replace"))
    except OSError:
        return []


_WINDOW = 100


def _window(source: str, column: int) -> tuple[str, int]:
    """At most about _WINDOW characters of a line around ``column``, and the column within them."""
    if len(source) <= _WINDOW:
        return source, column
    start = max(0, min(column - 1 - _WINDOW // 2, len(source) - _WINDOW))
    end = start + _WINDOW
    shown = ("…" if start else "") + source[start:end] + ("…" if end < len(source) else "")
    return shown, column - start + (1 if start else 0)


def format_diagnostic(d: Diagnostic, cwd: Path | None = None, texts: dict[Path, str] | None = None) -> str:
    """``path:line:col: error[CODE]: message``, the source line, a caret, then the hint.

    ``texts`` gives the text of files not on disk as they are (an edit that was refused).
    """
    loc = d.location
    where = loc.display_path(cwd) if loc.whole_file else f"{loc.display_path(cwd)}:{loc.line}:{loc.column}"
    severity = t(f"severity.{d.severity.value}")
    out = [f"{where}: {severity}[{d.code}]: {tr(d.message)}"]
    if texts and loc.path in texts:
        from ..yamlio.guard import source_lines

        lines = source_lines(texts[loc.path])
    else:
        lines = [] if loc.whole_file else _lines(loc.path)
    if 1 <= loc.line <= len(lines):
        source, column = _window(lines[loc.line - 1].expandtabs(1), loc.column)
        gutter = str(loc.line)
        out.append(f" {gutter} | {source}")
        out.append(f" {' ' * len(gutter)} | {' ' * (column - 1)}^")
    if d.hint:
        out.append(f"  = {t('diag.hint')}: {tr(d.hint)}")
    return "\n".join(out)


def diagnostic_json(d: Diagnostic, cwd: Path | None = None) -> dict[str, Any]:
    loc = d.location
    return {
        "path": loc.display_path(cwd),
        "line": None if loc.whole_file else loc.line,
        "column": None if loc.whole_file else loc.column,
        "severity": d.severity.value,
        "code": d.code,
        "message": tr(d.message),
        "hint": tr(d.hint) if d.hint else None,
    }


def _gh_escape(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def format_github(d: Diagnostic, cwd: Path | None = None) -> str:
    loc = d.location
    level = "error" if d.is_error else "warning"
    msg = tr(d.message) + (f" ({t('diag.hint')}: {tr(d.hint)})" if d.hint else "")
    where = f"file={loc.display_path(cwd)}" + ("" if loc.whole_file else f",line={loc.line},col={loc.column}")
    return f"::{level} {where},title={d.code}::{_gh_escape(msg)}"


def print_diagnostics(diags: list[Diagnostic], fmt: str = "text", texts: dict[Path, str] | None = None) -> None:
    """Diagnostics go to stderr (text, github) — or stdout as one JSON document."""
    if fmt == "json":
        print_json(
            {
                "diagnostics": [diagnostic_json(d) for d in diags],
                "errors": sum(d.is_error for d in diags),
                "warnings": sum(not d.is_error for d in diags),
            }
        )
        return
    for d in diags:
        text = format_github(d) if fmt == "github" else format_diagnostic(d, texts=texts)
        print(text, file=sys.stderr)
    if fmt == "text" and diags:
        errors = sum(d.is_error for d in diags)
        warnings = len(diags) - errors
        print(t("check.counts", errors=errors, warnings=warnings), file=sys.stderr)


@cache
def _properties(cls: type) -> list[str]:
    """The public properties of a result class, in definition order (base classes first)."""
    seen: dict[str, None] = {}
    for klass in reversed(cls.__mro__):
        for name, member in vars(klass).items():
            if isinstance(member, property) and not name.startswith("_"):
                seen[name] = None
    return list(seen)


def to_jsonable(value: Any) -> Any:
    """One JSON shape per result: fields, then derived properties; money stays integer."""
    if isinstance(value, (Period, Path)):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        # a result's derived figures (properties such as ``percent_of_plan``) are part of it
        names = [f.name for f in dataclasses.fields(value)] + _properties(type(value))
        return {name: to_jsonable(getattr(value, name)) for name in names}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, Fraction):
        return round(float(value), 2)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if hasattr(value, "model_dump"):
        return to_jsonable(value.model_dump())
    return value


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2) + "\n")
