"""One entry of a file's top-level block mapping (``items:`` of a progress file), cut out as text.

A record edits one item of a quarter's file. Round-tripping the whole file (parse with
positions, dump, put unchanged lines back) costs as much as the file is long: over a second for
a quarter of a 2,376-item plan. When the file is plain block YAML around that item, the item's
own lines are all that needs the round trip: :func:`find_entry` finds them, the caller parses
``items:`` + those lines as a small document, edits and dumps it, and puts the result back in
place of the lines (:meth:`Entry.replaced`). Anything unusual returns None and the caller takes
the whole round trip, as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_LINE = re.compile(r"[^\n]*\n|[^\n]+\Z")
# an anchor (&a) or alias (*a) token; an edit expands aliases (yamlio.write.expand_aliases), which
# a cut-out entry cannot do for the rest of the file, so a file with them takes the whole round trip
_ANCHOR = re.compile(r"(?:^|[\s\[{,:?-])[&*][^\s,\[\]{}]")
# a key alone on its line (its value is the indented block below), plain or quoted
_KEY_LINE = re.compile(r"(?P<key>[^\s'\"#?&*!|>{}\[\],:-][^:#'\"]*?|'[^'\n]*'|\"[^\"\\\n]*\")[ \t]*:[ \t]*(?:#.*)?")


@dataclass(frozen=True)
class Entry:
    """Lines ``start`` to ``end`` (exclusive) of ``lines`` are the entry, from its key line to the
    next key's line (or the mapping's end); ``head`` is the line of the mapping's own key."""

    lines: list[str]  # the file's lines, each with its own line ending
    head: int
    start: int
    end: int
    key: str
    keys: tuple[str, ...]  # every key of the mapping as written (unquoted), in order

    @property
    def text(self) -> str:
        """The entry as a small document: the mapping's key line, then the entry's lines."""
        return self.lines[self.head] + "".join(self.lines[self.start : self.end])

    def replaced(self, text: str) -> str | None:
        """The file with the entry's lines replaced by those of ``text`` (a small document as
        :attr:`text` is, after an edit); None when ``text`` does not start with the same key line."""
        new = _LINE.findall(text)
        if not new or new[0] != self.lines[self.head]:
            return None
        if any(not _ignored(c := _content(line)) and c[0] != " " for line in new[1:]):
            return None  # a line at column 0 would end the mapping there
        return "".join(self.lines[: self.start]) + "".join(new[1:]) + "".join(self.lines[self.end :])


def _content(line: str) -> str:
    return line.rstrip("\n").rstrip("\r")


def _ignored(content: str) -> bool:
    stripped = content.strip()
    return not stripped or stripped.startswith("#")


def find_entry(text: str, mapping: str, wanted: Callable[[str], bool]) -> Entry | None:
    """The entry of the top-level block mapping ``mapping`` whose key ``wanted`` accepts, when the
    file is plain enough to cut it out as text: one ``mapping:`` line at column 0, every entry a
    key alone on its line at one indentation, no anchors or aliases, no tabs, exactly one key
    accepted. None otherwise (the caller then edits the whole file)."""
    if "\t" in text or _ANCHOR.search("\n".join(c for c in text.split("\n") if not c.lstrip().startswith("#"))):
        return None
    lines = _LINE.findall(text)
    own = re.compile(re.escape(mapping) + r"[ \t]*:[ \t]*(?:#.*)?")
    heads = [n for n, line in enumerate(lines) if own.fullmatch(_content(line))]
    if len(heads) != 1:
        return None
    head = heads[0]
    end = next(
        (n for n in range(head + 1, len(lines)) if not _ignored(c := _content(lines[n])) and c[0] != " "), len(lines)
    )
    indent: int | None = None
    keys: list[tuple[int, str]] = []
    for n in range(head + 1, end):
        content = _content(lines[n])
        if _ignored(content):
            continue
        depth = len(content) - len(content.lstrip(" "))
        indent = depth if indent is None else indent
        if depth < indent:
            return None
        if depth == indent:
            m = _KEY_LINE.fullmatch(content[depth:])
            if m is None:
                return None
            key = m["key"]
            keys.append((n, key[1:-1] if key[0] in "'\"" else key))
    chosen = [(n, key) for n, key in keys if wanted(key)]
    if len(chosen) != 1:
        return None
    start, key = chosen[0]
    following = [n for n, _ in keys if n > start]
    # up to the next key (or the mapping's end), blank and comment lines after the entry included: the
    # round-trip parser attaches them to the entry's last value, and the whole file's round trip
    # writes them where that attachment puts them (a key added to the entry goes after them)
    return Entry(lines, head, start, following[0] if following else end, key, tuple(k for _, k in keys))
