"""How the CLI prints: diagnostics (text, json, github), JSON documents, consoles."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
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


# What plan text must not send to a terminal as it is: C0 controls but tab and newline (ESC starts
# the sequences that recolour, move the cursor, set the title or write to the clipboard), DEL, C1
# controls (U+009B is a one-character CSI), bidirectional overrides and isolates (text that reads
# differently from what it is) and the Unicode line/paragraph separators.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """``text`` as it may reach a terminal: every control character written out (ESC as ``\\x1b``).

    The one function for text leaving for the console: the Rich consoles apply it to every string
    and ``Text`` they print, and the plain writers (diagnostics, confirmations, ``report -o -``) call
    it. Tab and newline stay; nothing else is dropped, so what was in the plan is what is shown.
    """
    return _UNSAFE.sub(_escaped, text)


def echo(text: str, err: bool = False) -> None:
    """A message to stdout (or stderr), made safe for the terminal. On a terminal it is whole at
    the terminal's width: a longer line is wrapped between words, its next lines indented by two
    spaces (a path or word longer than a line stays whole). Piped or redirected, each message
    stays one line, for logs and grep."""
    stream = sys.stderr if err else sys.stdout
    text = terminal_safe(text)
    if stream.isatty():
        import shutil
        import textwrap

        width = max(shutil.get_terminal_size((80, 24)).columns, 40)
        lines: list[str] = []
        for line in text.split("\n"):
            wrap = len(line) > width
            lines += (
                textwrap.wrap(line, width, subsequent_indent="  ", break_long_words=False, break_on_hyphens=False)
                if wrap
                else [line]
            )
        text = "\n".join(lines)
    print(text, file=stream)


@cache
def _safe_console() -> type[Console]:
    from rich.console import Console
    from rich.text import Span, Text

    def safe_text(text: Text) -> Text:
        plain = text.plain
        if not _UNSAFE.search(plain):
            return text
        result = text.blank_copy()
        start = 0
        for match in _UNSAFE.finditer(plain):
            result.append_text(text[start : match.start()])
            char = text[match.start() : match.end()]  # keeps the character's style
            shown = Text(terminal_safe(match.group()), style=char.style)
            shown.spans = [Span(0, len(shown.plain), span.style) for span in char.spans]
            result.append_text(shown)
            start = match.end()
        result.append_text(text[start:])
        return result

    class SafeConsole(Console):
        """A console that never reads plan text as markup or emoji codes and escapes control characters."""

        def render_str(self, text: str, **kwargs: Any) -> Text:
            return super().render_str(terminal_safe(text), **kwargs)

        def render(self, renderable: Any, options: Any = None) -> Any:
            if isinstance(renderable, Text):
                renderable = safe_text(renderable)
            return super().render(renderable, options)

    return SafeConsole


def consoles(no_color: bool) -> tuple[Console, Console]:
    """The stdout and stderr consoles (Rich is imported only when something rich is printed).

    Markup and emoji codes are off: ``[red]`` or ``:smile:`` in plan text prints as written. Code
    that means markup says so (``console.print(..., markup=True)``) and escapes the data in it.
    """
    console = _safe_console()
    color = not no_color and "NO_COLOR" not in os.environ
    kwargs: dict[str, Any] = {"highlight": False, "no_color": not color, "markup": False, "emoji": False}
    out = console(soft_wrap=False, **kwargs)
    err = console(stderr=True, soft_wrap=True, **kwargs)
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
        column = len(terminal_safe(source[: column - 1])) + 1  # the caret under the same character
        source = terminal_safe(source)
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
        print(terminal_safe(text), file=sys.stderr)
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


def json_text(value: Any) -> str:
    """``value`` as JSON text: C0 controls are escaped by JSON itself; C1 controls and the other
    characters a terminal must not receive raw are written as ``\\uXXXX`` (the same JSON value)."""
    text = json.dumps(to_jsonable(value), ensure_ascii=False, indent=2)
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def print_json(value: Any) -> None:
    sys.stdout.write(json_text(value) + "\n")
