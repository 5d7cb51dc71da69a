"""From a path of keys and indexes (a Pydantic ``loc``) to a line and column in the file."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def _find_key(node: Any, key: Any) -> Any:
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
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    node = tree
    line, col = (tree.lc.line, tree.lc.col) if isinstance(tree, (CommentedMap, CommentedSeq)) else (0, 0)
    for i, seg in enumerate(loc):
        last = i == len(loc) - 1
        if isinstance(node, CommentedMap):
            key = _find_key(node, seg)
            if key is None:
                continue
            try:
                pos = node.lc.key(key) if (last and at_key) else node.lc.value(key)
                if pos is None or pos[0] is None:
                    pos = node.lc.key(key)
                line, col = pos
            except KeyError:  # a key a merge (<<) brought in is not written here: the mapping's place
                pass
            node = node[key]
        elif isinstance(node, CommentedSeq) and isinstance(seg, int) and 0 <= seg < len(node):
            line, col = node.lc.item(seg)
            node = node[seg]
    return line + 1, col + 1


def compose(text: str) -> Any | None:
    """The node tree of ``text`` from libyaml (PyYAML's C composer): every node with its position,
    at the fast parser's speed. None without libyaml or for a text it cannot compose."""
    from . import core12

    if not core12.available():
        return None
    import yaml

    try:
        return yaml.compose(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        return None


def locate_node(root: Any, loc: Sequence[Any], *, at_key: bool = False) -> tuple[int, int] | None:
    """:func:`locate` on a libyaml node tree (:func:`compose`): the same answer, without the
    round-trip parser (a file read on the fast path is located without being parsed again slowly).
    None where the two parsers place a position differently (an empty value: ruamel points past
    it), for the caller to ask :func:`locate`."""
    import yaml

    node = root
    line, col = (root.start_mark.line, root.start_mark.column) if root is not None else (0, 0)
    for i, seg in enumerate(loc):
        last = i == len(loc) - 1
        if isinstance(node, yaml.MappingNode):
            pair = next((p for p in node.value if isinstance(p[0], yaml.ScalarNode) and p[0].value == str(seg)), None)
            if pair is None:
                continue
            key, value = pair
            if isinstance(value, yaml.ScalarNode) and value.value == "" and not (last and at_key):
                return None
            mark = key.start_mark if (last and at_key) else value.start_mark
            line, col = mark.line, mark.column
            node = value
        elif isinstance(node, yaml.SequenceNode) and isinstance(seg, int) and 0 <= seg < len(node.value):
            node = node.value[seg]
            if isinstance(node, yaml.ScalarNode) and node.value == "":
                return None
            line, col = node.start_mark.line, node.start_mark.column
    return line + 1, col + 1
