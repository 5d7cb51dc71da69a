"""Blank lines and comments between entries stay before the entry they were written before.

The round-trip parser attaches the blank lines and comments that follow a value to that value
(to the last scalar of a block, however deep): the blank line and ``# Những tồn tại`` before
``shortcomings:`` belong, in its tree, to the last item's last field. Edited as it is, a key
added to that item, or a line added to a list, is written after them, and clearing that field
drops them. A person reads them as belonging to what follows, so :func:`edited_in_place` takes
them off before the edit and puts them back after it, in front of the same following entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")
_END = object()  # the lines after the document's last entry


@dataclass
class _Lines:
    """Lines that were written between two entries: ``text``, then the entry ``before`` of
    ``owner`` (a key, or an index of a list; or the document's end); the parser attached them
    to the entry ``at`` of ``node``."""

    text: str
    owner: Any
    before: Any
    node: Any
    at: Any


def edited_in_place(tree: Any, edit: Callable[[Any], T]) -> T:
    """``edit(tree)``, with the blank lines and comments between entries kept in front of the
    entry (or the end of the document) they preceded; an end-of-line comment stays with its line."""
    found: list[_Lines] = []
    _collect(tree, [], found)
    for lines in found:
        token = _token(lines.node, lines.at)
        token.value = token.value[: len(token.value) - len(lines.text)]
    result = edit(tree)
    for lines in found:
        slot = _slot_before(tree, lines.owner, lines.before)
        if slot is None and _has(lines.node, lines.at):
            slot = lines.node, lines.at  # where it was, when nothing better is left
        if slot is not None:
            _append(*slot, lines.text)
    return result


def _entries(node: Any) -> list[Any]:
    """The keys of a mapping or the indexes of a list of the round-trip tree; [] for a scalar."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(node, CommentedMap):
        return list(node)
    return list(range(len(node))) if isinstance(node, CommentedSeq) else []


def _has(node: Any, at: Any) -> bool:
    return at in _entries(node)


def _position(node: Any) -> int:
    """Where a comment after an entry's value sits in the parser's record of the entry."""
    from ruamel.yaml.comments import CommentedSeq

    return 0 if isinstance(node, CommentedSeq) else 2


def _token(node: Any, at: Any) -> Any:
    slot = node.ca.items.get(at)
    position = _position(node)
    token = slot[position] if slot is not None and len(slot) > position else None
    return token if token is not None and isinstance(getattr(token, "value", None), str) else None


def _collect(node: Any, path: list[tuple[Any, list[Any], int]], found: list[_Lines]) -> None:
    entries = _entries(node)
    for n, at in enumerate(entries):
        if _entries(node[at]):
            _collect(node[at], [*path, (node, entries, n)], found)
            continue
        token = _token(node, at)
        text = token.value.partition("\n")[2] if token is not None else ""
        if not text:
            continue
        owner, before = None, _END
        for parent, its_entries, i in reversed([*path, (node, entries, n)]):
            if i + 1 < len(its_entries):
                owner, before = parent, its_entries[i + 1]
                break
        found.append(_Lines(text, owner, before, node, at))


def _last_slot(node: Any) -> tuple[Any, Any] | None:
    """The block and entry of the last scalar of ``node`` (where the parser attaches the lines
    after it); None for an empty block."""
    while entries := _entries(node):
        child = node[entries[-1]]
        if not _entries(child):
            return node, entries[-1]
        node = child
    return None


def _slot_before(tree: Any, owner: Any, before: Any) -> tuple[Any, Any] | None:
    if before is _END:
        return _last_slot(tree)
    entries = _entries(owner)
    if before not in entries or entries.index(before) == 0:
        return None
    previous = entries[entries.index(before) - 1]
    return _last_slot(owner[previous]) if _entries(owner[previous]) else (owner, previous)


def _append(node: Any, at: Any, text: str) -> None:
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    position = _position(node)
    slot = node.ca.items.setdefault(at, [None, None, None, None])
    slot.extend([None] * (4 - len(slot)))
    token = slot[position]
    if token is None:
        slot[position] = CommentToken("\n" + text, CommentMark(0), None)
    else:
        token.value = token.value + ("" if token.value.endswith("\n") else "\n") + text
