"""From a path of keys and indexes (a Pydantic ``loc``) to a line and column in the file."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq


def _find_key(node: CommentedMap, key: Any) -> Any:
    if key in node:
        return key
    # Pydantic reports dict keys after coercion (an int key written as "2", or the reverse)
    for candidate in node:
        if str(candidate) == str(key):
            return candidate
    return None


def locate(tree: Any, loc: Sequence[Any], *, at_key: bool = False) -> tuple[int, int]:
    """The 1-based position of the value at ``loc`` in a round-trip tree.

    Segments that are not in the tree (a missing key, or Pydantic's union-member labels)
    are skipped, so the answer is the deepest place that exists. With ``at_key`` the
    position of the last key itself is given instead of its value (for unknown keys).
    """
    node = tree
    line, col = (tree.lc.line, tree.lc.col) if isinstance(tree, (CommentedMap, CommentedSeq)) else (0, 0)
    for i, seg in enumerate(loc):
        last = i == len(loc) - 1
        if isinstance(node, CommentedMap):
            key = _find_key(node, seg)
            if key is None:
                continue
            pos = node.lc.key(key) if (last and at_key) else node.lc.value(key)
            if pos is None or pos[0] is None:
                pos = node.lc.key(key)
            line, col = pos
            node = node[key]
        elif isinstance(node, CommentedSeq) and isinstance(seg, int) and 0 <= seg < len(node):
            line, col = node.lc.item(seg)
            node = node[seg]
    return line + 1, col + 1
