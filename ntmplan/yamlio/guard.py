"""What a plan file's text must be before any parser sees it.

Both parsers (libyaml on the fast path, ruamel's round-trip parser on the slow one) and every
place that shows a line of a file must agree on what a line is. They do not, out of the box:
libyaml and Python's ``str.splitlines`` break lines at U+2028, U+2029 and U+0085, ruamel's
YAML 1.2 parser does not, so a position from one read in the lines of the other lands on the
wrong line (and ``250.000`` was once read from the wrong line as 999.000.000). So a line ends
at ``\\n`` only: Windows and old-Mac line ends become ``\\n``, and the line-like characters
become a space (one character for one, so every column stays where it was), with a warning.

Then the text is screened for what would crash or mislead a parser: control characters, a
git merge conflict, a ``%YAML``/``%TAG`` directive (YAML 1.1 reads ``yes`` and ``0755``
differently), and nesting deep enough to exhaust the recursion of a parser (bounded here,
before parsing: 30 000 nested brackets crash libyaml outright).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import Diagnostic, SourceLocation

MAX_DEPTH = 100
"""Deepest nesting a plan file may have (the real ones are six levels deep)."""

LINE_LIKE = {"\u2028": "U+2028 LINE SEPARATOR", "\u2029": "U+2029 PARAGRAPH SEPARATOR", "\x85": "U+0085 NEXT LINE"}

# Characters YAML does not allow in a stream (outside its printable set), tab/LF/CR aside.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
# These run on "\n" + text: a pattern that starts with a literal is searched far faster than ^ in
# MULTILINE mode (this screen runs on every file of every command).
_CONFLICT = re.compile(r"\n(?:<{7}|>{7})(?= |\n|$)")
_DIRECTIVE = re.compile(r"\n%[A-Za-z]")
_BLOCK_PREFIX = re.compile(r"^ *(?:[-?:] +)*", re.MULTILINE)
_LONG_PREFIX = re.compile(rf"\n[ ?:-]{{{MAX_DEPTH + 1}}}")  # a cheap filter for the above
_MAX_REPORTED = 5


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


_CONTROL_NAMES = {0: "NUL", 7: "BEL", 8: "BACKSPACE", 11: "VT", 12: "FF", 27: "ESC", 127: "DEL"}


def _name(ch: str) -> str:
    name = _CONTROL_NAMES.get(ord(ch))
    return f"U+{ord(ch):04X} {name}" if name else f"U+{ord(ch):04X}"


def normalise_breaks(text: str) -> tuple[str, list[int]]:
    """The text with every line ending as ``\\n`` and each line-like character made a space,
    and the indexes of the characters so replaced."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    replaced: list[int] = []
    if any(ch in text for ch in LINE_LIKE):
        replaced = [i for i, ch in enumerate(text) if ch in LINE_LIKE]
        text = text.translate({ord(ch): " " for ch in LINE_LIKE})
    return text, replaced


def source_lines(text: str) -> list[str]:
    """The lines of a file's text as the parsers count them (for showing a line of a diagnostic)."""
    return normalise_breaks(text)[0].split("\n")


def line_like_warnings(path: Path, original: str, text: str, replaced: list[int]) -> list[Diagnostic]:
    """A TEXT003 warning for the first few replaced characters (positions in the normalised text)."""
    if not replaced:
        return []
    kinds = sorted(name for ch, name in LINE_LIKE.items() if ch in original)
    diags = []
    for index in replaced[:_MAX_REPORTED]:
        line, col = _position(text, index)
        diags.append(
            Diagnostic(
                SourceLocation(path, line, col),
                "TEXT003",
                f"a line-like character ({', '.join(kinds)}) pasted in the text; it was read as a space",
                hint="it usually comes from Word or a PDF: retype the line break, or save the file to keep the space",
            )
        )
    return diags


def screen(path: Path, text: str) -> list[Diagnostic]:
    """Errors that must stop the parse before it starts (``text`` is normalised)."""
    found: list[Diagnostic] = []
    for m in list(_CONTROL.finditer(text))[:_MAX_REPORTED]:
        found.append(
            Diagnostic(
                SourceLocation(path, *_position(text, m.start())),
                "TEXT002",
                f"a control character ({_name(m[0])}) that a plan file cannot hold",
                hint="delete it (it is invisible in most editors: it often comes with pasted text)",
            )
        )
    lined = "\n" + text  # index i in lined is i - 1 in text; a match starts at its "\n"
    conflict = _CONFLICT.search(lined)
    if conflict:
        found.append(
            Diagnostic(
                SourceLocation(path, *_position(text, conflict.start())),
                "YAML007",
                "git merge conflict left in the file",
                hint="keep the right lines between <<<<<<<, ======= and >>>>>>>, then delete the three marker lines",
            )
        )
    directive = _DIRECTIVE.search(lined)
    if directive:
        end = text.find("\n", directive.start())
        shown = text[directive.start() : end if end >= 0 else len(text)][:40]
        found.append(
            Diagnostic(
                SourceLocation(path, *_position(text, directive.start())),
                "YAML009",
                f"the YAML directive '{shown}' is not used in plan files",
                hint="delete the line: plan files are YAML 1.2 (under %YAML 1.1, yes, no and 0755 read otherwise)",
            )
        )
    deep = _too_deep(text, lined)
    if deep is not None:
        found.append(
            Diagnostic(
                SourceLocation(path, *_position(text, deep)),
                "YAML008",
                f"the values are nested more than {MAX_DEPTH} levels deep here",
                hint="plan files are a few levels deep: look for a run of brackets or of '- '",
            )
        )
    return found


def _too_deep(text: str, lined: str) -> int | None:
    """The index where nesting passes MAX_DEPTH, or None (linear, and nearly free on real files)."""
    if text.count("[") + text.count("{") > MAX_DEPTH:
        depth = 0
        for bracket in re.finditer(r"[\[\]{}]", text):
            depth = depth + 1 if bracket[0] in "[{" else max(depth - 1, 0)
            if depth > MAX_DEPTH:
                return bracket.start()
    for candidate in _LONG_PREFIX.finditer(lined):
        prefix = _BLOCK_PREFIX.match(text, candidate.start())
        if prefix is not None and prefix.end() - prefix.start() > MAX_DEPTH:
            return prefix.start() + MAX_DEPTH
    return None


_OPENS_QUOTE = re.compile(r"""^ *(?:- +)*(?:[^\s'"#\-][^#]*?: +)?(?:- +)*(['"])(.*)$""")


def _closes(quote: str, rest: str) -> bool:
    if quote == "'":
        return "'" in rest.replace("''", "")
    return '"' in rest.replace("\\\\", "").replace('\\"', "")


def unclosed_quote(lines: list[str], upto: int) -> tuple[int, int] | None:
    """The (line, column) of a quote that opens a value and is not closed on its line, at or
    before line ``upto`` — the usual cause of a syntax error far below it."""
    for i, line in enumerate(lines[: max(upto, 0)]):
        m = _OPENS_QUOTE.match(line)
        if m and not _closes(m[1], m[2]):
            return i + 1, m.start(1) + 1
    return None
