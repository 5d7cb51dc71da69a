"""Reading plan YAML safely, keeping positions for located diagnostics.

Each file is parsed once with ruamel.yaml's round-trip loader (the tree keeps line and
column of every key and item, and is what edits change), then walked into plain Python
values. The walk is where the safety rules live: tags are refused, alias expansion is
bounded, text is normalised to NFC, and a float keeps the text it was written as so that
``250.000`` can be read as an amount rather than as 250.0.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import Diagnostic, SourceLocation
from .guard import line_like_warnings, normalise_breaks, screen, unclosed_quote

if TYPE_CHECKING:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError

# ruamel.yaml is imported where a file is read round-trip (or written), not here: a plan whose
# files all go through the fast path (fast.py) never loads it.

MAX_NODES = 100_000
"""Most values one file may expand to beyond what is written in it; a YAML alias bomb stops here."""


def node_budget(text: str) -> int:
    """Values a file may hold: every value takes at least one character unless an alias repeats
    it, so only alias expansion can pass this (and a merely large file never does)."""
    return MAX_NODES + len(text)


class SourceFloat(float):
    """A float read from YAML that remembers how it was written (``1.250``)."""

    source_text: str

    def __new__(cls, value: float, source_text: str) -> SourceFloat:
        obj = super().__new__(cls, value)
        obj.source_text = source_text
        return obj


@dataclass
class YamlFile:
    """One parsed file: its text, the round-trip tree (None when read on the fast path)
    and the plain values."""

    path: Path
    text: str
    tree: Any
    data: Any
    newline: str = "\n"
    bom: bool = False
    lines: list[str] = field(default_factory=list)
    raw: bytes = b""

    def location(self, line: int, column: int) -> SourceLocation:
        return SourceLocation(self.path, line, column)


def new_yaml() -> YAML:
    """The one configured round-trip YAML instance: for reading and for writing edits."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    yaml.width = 4096  # never fold a paragraph: one paragraph, one line, one diff line
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.preserve_quotes = True
    return yaml


def _hint_for(problem: str, context: str) -> str | None:
    if "'\\t'" in problem or "\\t" in problem:
        return "YAML does not allow tabs for indentation: indent with spaces"
    if "end of stream" in problem and "quoted scalar" in context:
        return "a quote opened here is never closed: add the closing quote"
    if "mapping values are not allowed" in problem:
        return "a value containing ': ' must be put in quotes"
    if "could not find expected ':'" in problem:
        return "each line of a mapping needs 'key: value'; check the indentation"
    return None


def _syntax_diagnostic(path: Path, exc: MarkedYAMLError, lines: list[str]) -> Diagnostic:
    problem = str(exc.problem or "").strip()
    context = str(exc.context or "").strip()
    mark = exc.problem_mark or exc.context_mark
    if mark is not None and "duplicate key" not in problem:
        opened = unclosed_quote(lines, mark.line + 1)
        if opened is not None:
            until = "the end of the file" if "end of stream" in problem else f"line {mark.line + 1}"
            return Diagnostic(
                SourceLocation(path, *opened),
                "YAML001",
                f"a quote opened here is not closed before {until}",
                hint="add the closing quote at the end of the value (a quote inside is written twice: 'it''s')",
            )
    if "end of stream" in problem and "quoted scalar" in context and exc.context_mark:
        mark = exc.context_mark  # point at the opening quote, not at the end of the file
    line = mark.line + 1 if mark else 1
    column = mark.column + 1 if mark else 1
    loc = SourceLocation(path, line, column)
    if "duplicate key" in problem:
        key = problem.split('"')[1] if '"' in problem else "?"
        first = exc.context_mark.line + 1 if exc.context_mark else line
        return Diagnostic(
            loc,
            "YAML002",
            f"the key '{key}' appears twice in the mapping that starts on line {first}",
            hint="remove one of them, or merge their values",
        )
    message = problem or context or "invalid YAML"
    if context and problem:
        message = f"{problem} ({context})"
    return Diagnostic(loc, "YAML001", message, hint=_hint_for(problem, context))


def _construct_diagnostic(path: Path, text: str, exc: ValueError) -> Diagnostic:
    """Find the scalar that could not be built; ruamel raises without a position."""
    import datetime as dt

    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

    def bad_dates(node: object) -> object:
        if isinstance(node, ScalarNode) and str(getattr(node.tag, "value", node.tag)) == "tag:yaml.org,2002:timestamp":
            try:
                dt.date.fromisoformat(node.value[:10])
            except ValueError:
                return node
        children = node.value if isinstance(node, (MappingNode, SequenceNode)) else []
        for child in children:
            for sub in child if isinstance(child, tuple) else (child,):
                found = bad_dates(sub)
                if found is not None:
                    return found
        return None

    try:
        node = bad_dates(new_yaml().compose(text))
    except Exception:  # noqa: BLE001 - locating is best effort; the message is what matters
        node = None
    if node is not None:
        mark = node.start_mark  # type: ignore[attr-defined]
        return Diagnostic(
            SourceLocation(path, mark.line + 1, mark.column + 1),
            "SCHEMA003",
            f"'{node.value}' is not a valid date ({exc})",  # type: ignore[attr-defined]
            hint="write dates as YYYY-MM-DD, e.g. 2022-09-27",
        )
    return Diagnostic(SourceLocation(path), "YAML001", f"cannot read a value: {exc}")


def decode(path: Path, raw: bytes) -> tuple[str | None, bool, list[Diagnostic]]:
    """Bytes → text; a BOM is dropped (and remembered), anything but UTF-8 is refused."""
    bom = raw.startswith(b"\xef\xbb\xbf")
    body = raw[3:] if bom else raw
    try:
        return body.decode("utf-8"), bom, []
    except UnicodeDecodeError as exc:
        before = body[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        byte = body[exc.start : exc.start + 1].hex()
        diag = Diagnostic(
            SourceLocation(path, line, column),
            "YAML005",
            f"the file is not UTF-8 text (byte 0x{byte} here)",
            hint="save the file as UTF-8 (in Notepad: Save As → Encoding: UTF-8)",
        )
        return None, bom, [diag]


def read_yaml(path: Path) -> tuple[YamlFile | None, list[Diagnostic]]:
    """Read and parse one file; return it (or None when it cannot be used) and what was found."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Diagnostic(SourceLocation(path), "FILE002", f"cannot read the file: {exc.strerror}")]
    return parse_yaml(path, raw)


def prepare(path: Path, raw: bytes) -> tuple[str | None, bool, str, list[Diagnostic]]:
    """Bytes → the text both parsers read: (text or None, BOM, the file's newline, diagnostics).

    Lines end at \\n only (see guard.py); the text is None when it must not be parsed at all.
    """
    text, bom, diags = decode(path, raw)
    if text is None:
        return None, bom, "\n", diags
    newline = "\r\n" if "\r\n" in text else "\n"  # parsed and edited with \n, written back with the file's own
    normal, replaced = normalise_breaks(text)
    found = line_like_warnings(path, text, normal, replaced) + screen(path, normal)
    if any(d.is_error for d in found):
        return None, bom, newline, found
    return normal, bom, newline, found


def parse_yaml(path: Path, raw: bytes) -> tuple[YamlFile | None, list[Diagnostic]]:
    """Parse the bytes of a file named ``path``."""
    text, bom, newline, warnings = prepare(path, raw)
    if text is None:
        return None, warnings
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    lines = text.split("\n")
    try:
        tree = new_yaml().load(text)
    except MarkedYAMLError as exc:
        return None, [*warnings, _syntax_diagnostic(path, exc, lines)]
    except ValueError as exc:  # a scalar that matched a type but cannot be built, e.g. 2022-02-30
        return None, [*warnings, _construct_diagnostic(path, text, exc)]
    except (YAMLError, RecursionError) as exc:  # not expected after screening; still a diagnostic
        return None, [*warnings, Diagnostic(SourceLocation(path), "YAML001", f"cannot parse the file: {exc}")]
    doc = YamlFile(path, text, tree, None, newline, bom, lines, raw)
    if tree is None:
        return None, [
            Diagnostic(
                SourceLocation(path),
                "YAML006",
                "the file is empty",
                hint="a plan file holds a mapping of keys; see the other files of the plan",
            )
        ]
    if not isinstance(tree, CommentedMap):
        kind = "a list" if isinstance(tree, CommentedSeq) else "a single value"
        return None, [
            Diagnostic(
                SourceLocation(path), "YAML006", f"the top level of the file is {kind}, expected a mapping of keys"
            )
        ]
    walker = _Walker(doc)
    doc.data = walker.walk(tree, (tree.lc.line + 1, tree.lc.col + 1))
    found = warnings + walker.diagnostics
    if walker.aborted or any(d.is_error for d in found):
        return None, found
    return doc, found


@cache
def _refused_types() -> dict[type, str]:
    from ruamel.yaml.comments import CommentedOrderedMap, CommentedSet

    return {CommentedOrderedMap: "!!omap", CommentedSet: "!!set", bytes: "!!binary", tuple: "!!pairs"}


@cache
def _node_types() -> tuple[Any, Any, Any]:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq, TaggedScalar

    return CommentedMap, CommentedSeq, TaggedScalar


class _Walker:
    def __init__(self, doc: YamlFile) -> None:
        self.doc = doc
        self.diagnostics: list[Diagnostic] = []
        self.nodes = 0
        self.budget = node_budget(doc.text)
        self.aborted = False
        self.refused = _refused_types()
        self.mapping, self.sequence, self.tagged = _node_types()

    def _report(
        self,
        pos: tuple[int, int],
        code: str,
        message: str,
        hint: str | None = None,
    ) -> None:
        self.diagnostics.append(Diagnostic(self.doc.location(*pos), code, message, hint=hint))

    def _check_tag(self, node: Any, pos: tuple[int, int]) -> bool:
        tag = getattr(node, "tag", None)
        value = getattr(tag, "value", None) if tag is not None else None
        if value is None or isinstance(node, str):
            return True
        self._report(
            pos,
            "YAML003",
            f"the tag '{value}' is not allowed in a plan file",
            hint="plan files hold plain values; remove the '!…' tag",
        )
        return False

    def walk(self, node: Any, pos: tuple[int, int]) -> Any:
        if self.aborted:
            return None
        self.nodes += 1
        if self.nodes > self.budget:
            self.aborted = True
            self._report(
                pos,
                "YAML004",
                f"aliases (*name) expand the file to more than {self.budget} values",
                hint="use aliases (*name) sparingly, or write the values out",
            )
            return None
        refused = self.refused.get(type(node))
        if refused is not None or isinstance(node, (bytes, set, tuple)):
            self._report(
                pos,
                "YAML003",
                f"the tag '{refused or type(node).__name__}' is not allowed in a plan file",
                hint="plan files hold plain values; remove the '!…' tag",
            )
            return None
        if isinstance(node, self.mapping):
            if not self._check_tag(node, pos):
                return None
            out: dict[Any, Any] = {}
            for key, value in node.items():
                kpos, vpos = _key_value_pos(node, key, pos)
                out[self.walk(key, kpos) if isinstance(key, str) else key] = self.walk(value, vpos)
            return out
        if isinstance(node, self.sequence):
            if not self._check_tag(node, pos):
                return None
            return [self.walk(v, _pos(node.lc.item(i), pos)) for i, v in enumerate(node)]
        if isinstance(node, self.tagged):
            self._check_tag(node, pos)
            return None
        if isinstance(node, str):
            text = str(node)
            if not unicodedata.is_normalized("NFC", text):
                self._report(
                    pos,
                    "TEXT001",
                    "text is not in Unicode NFC form (e.g. pasted from Word); it was normalised",
                    hint="re-type the accented letters, or run the file through an NFC normaliser",
                )
                text = unicodedata.normalize("NFC", text)
            return text
        if isinstance(node, bool) or node is None:
            return node
        if isinstance(node, float):
            return SourceFloat(float(node), self._token(pos, float(node)) or repr(float(node)))
        if isinstance(node, int):
            return int(node)
        return node

    def _token(self, pos: tuple[int, int], value: float) -> str | None:
        """The text a float was written as, at its position — only if it reads as that float
        (a position that disagreed with the text must never lend a value another number's text)."""
        line, column = pos
        if not 1 <= line <= len(self.doc.lines):
            return None
        rest = self.doc.lines[line - 1][column - 1 :]
        token = rest.split("#", 1)[0].strip().split(",", 1)[0].split("]", 1)[0].split("}", 1)[0].strip()
        try:
            same = float(token.replace("_", "")) == value or value != value
        except ValueError:
            same = token.lower().lstrip("+-") in (".inf", ".nan") and value in (float("inf"), float("-inf"))
        return token if token and same else None


def _key_value_pos(node: Any, key: Any, fallback: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int]]:
    """Where a mapping's key and its value are written; a key that a merge (``<<``) brought in
    is not written in this mapping (ruamel keeps no place for it): the mapping's place is given."""
    try:
        kpos = _pos(node.lc.key(key), fallback)
        return kpos, _pos(node.lc.value(key), kpos)
    except KeyError:
        return fallback, fallback


def _pos(lc: Any, fallback: tuple[int, int]) -> tuple[int, int]:
    if lc is None:
        return fallback
    line, col = lc[0], lc[1]
    if line is None:
        return fallback
    return (line + 1, col + 1)
