"""libyaml (through PyYAML's C parser) reading YAML 1.2 core values, as ruamel.yaml's fast path does.

ruamel's safe loader resolves and constructs every scalar in Python through a versioned
resolver; PyYAML's C parser does the parsing several times faster. Its resolvers are YAML
1.1's (``yes`` is true, ``0755`` octal, ``1:30`` ninety), so this loader replaces them with
ruamel's YAML 1.2 patterns, and builds only the plain forms plan files use: whole numbers
written plainly, decimals (as ``SourceFloat``, keeping their text), ``true``/``false``, null
and ``YYYY-MM-DD`` dates. Any other form — and a tag, a key that is a list or a mapping, a
``%YAML`` directive — raises ``Unsupported``, and the caller reads the file another way.
So a value is never different from what ruamel gives; only the time to get it is.

The values are built from libyaml's node tree by one walk here, not by PyYAML's generic
constructor (which cost more than the parse itself); the same walk applies the fast path's
rules (``fast._plain``): text not in NFC, more values than the file's budget, a duplicate key
or a merge key (beside which ruamel's safe loader misses a duplicate) raise ``Refused``, and
the careful path reads the file, and says why when something is wrong.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache
from typing import Any

from .read import SourceFloat


class Unsupported(Exception):
    """A form this loader does not build; read the file with ruamel instead."""


_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_FLOAT = re.compile(
    r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?
    |[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
    |[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?
    |[-+]?\.(?:inf|Inf|INF)
    |\.(?:nan|NaN|NAN))$""",
    re.X,
)
_INT = re.compile(r"^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$")
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_TIMESTAMP = re.compile(
    r"""^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
    |[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?
    (?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?
    (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$""",
    re.X,
)
_OTHER = re.compile(r"^(?:<<|=)$")  # merge and value keys

_PLAIN_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_PLAIN_FLOAT = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*(?:[eE][-+]?[0-9]+)?|[0-9]+[eE][-+]?[0-9]+)")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


# The tags this loader resolves a node to. They are not YAML tags (a tag has no space), so a node
# carrying any other tag was tagged in the text (``!!str``, ``!foo``) and is left to ruamel.
_STR, _SEQ, _MAP = "core12 str", "core12 seq", "core12 map"
_BOOL_TAG, _FLOAT_TAG, _INT_TAG = "core12 bool", "core12 float", "core12 int"
_NULL_TAG, _DATE_TAG, _MERGE_TAG = "core12 null", "core12 timestamp", "core12 merge"

_RESOLVERS: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
"""The YAML 1.2 core patterns a plain scalar is tried against, by its first character ('' when empty), in order."""
for _tag, _pattern, _first in (
    (_BOOL_TAG, _BOOL, "tTfF"),
    (_FLOAT_TAG, _FLOAT, "-+0123456789."),
    (_INT_TAG, _INT, "-+0123456789"),
    (_MERGE_TAG, _OTHER, "<="),
    (_NULL_TAG, _NULL, ["~", "n", "N", ""]),
    (_DATE_TAG, _TIMESTAMP, "0123456789"),
):
    for _char in _first:
        _RESOLVERS.setdefault(_char, []).append((_tag, _pattern))


@lru_cache(maxsize=1)
def _loader() -> Any:
    """libyaml's parser and composer (PyYAML's ``CBaseLoader``) with the YAML 1.2 core resolvers.

    Only the node tree is taken from PyYAML: the values are built by :func:`_value`, not by
    PyYAML's constructor (which costs several times the parse: a generic, per-node dispatch).
    """
    import yaml

    ScalarNode, SequenceNode = yaml.ScalarNode, yaml.SequenceNode

    class Core12Loader(yaml.CBaseLoader):  # type: ignore[misc]
        def resolve(self, kind: Any, value: Any, implicit: tuple[bool, bool]) -> str:
            # PyYAML's Resolver.resolve with no path resolvers: a plain scalar is tried against
            # the patterns for its first character; any other scalar is text
            if kind is ScalarNode:
                if implicit[0]:
                    for tag, pattern in _RESOLVERS.get(value[:1], ()):
                        if pattern.match(value):
                            return tag
                return _STR
            return _SEQ if kind is SequenceNode else _MAP

        def descend_resolver(self, current_node: Any, current_index: Any) -> None:
            pass  # no path resolvers

        def ascend_resolver(self) -> None:
            pass

    return Core12Loader


def _integer(text: str) -> int:
    if not _PLAIN_INT.fullmatch(text):
        raise Unsupported(text)
    return int(text)


def _decimal(text: str) -> float:
    if not _PLAIN_FLOAT.fullmatch(text.lstrip("+-")) and not _PLAIN_FLOAT.fullmatch(text):
        raise Unsupported(text)
    return SourceFloat(float(text), text)


def _date(text: str) -> dt.date:
    if not _DATE.fullmatch(text):
        raise Unsupported(text)
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise Unsupported(text) from None


class Refused(Exception):
    """A value the fast path does not hand on: text that is not NFC, or more values than the
    file's budget (aliases). The caller reads the file on the careful path, which says why."""


def _merge(text: str) -> Any:
    raise Refused(f"a merge key ({text})")  # ruamel's safe loader misses a duplicate key beside one


_SCALARS: dict[str, Any] = {
    _BOOL_TAG: lambda text: text[0] in "tT",  # true, True, TRUE (the pattern allows no other)
    _INT_TAG: _integer,
    _FLOAT_TAG: _decimal,
    _NULL_TAG: lambda text: None,
    _DATE_TAG: _date,
    _MERGE_TAG: _merge,  # merge and value keys: the careful path reads them
}


def _value(node: Any, budget: list[int]) -> Any:
    """The plain value of a node; every value (and every text key) spends one of ``budget``."""
    budget[0] -= 1
    if budget[0] < 0:
        raise Refused("too many values")
    tag = node.tag
    if tag is _STR:
        text = node.value
        if not unicodedata.is_normalized("NFC", text):
            raise Refused("text not in NFC form")
        return text
    if tag is _MAP:
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag is _STR:
                key = _value(key_node, budget)
            elif key_node.tag in _SCALARS:
                key = _SCALARS[key_node.tag](key_node.value)
            else:
                raise Unsupported("a key that is not a plain value")  # a mapping, a list, a tag
            if key in out:  # 1, 1.0 and true are one key to Python, as to PyYAML's constructor
                raise Refused("a duplicate key")  # an error, said and located by the careful path
            out[key] = _value(value_node, budget)
        return out
    if tag is _SEQ:
        return [_value(item, budget) for item in node.value]
    build = _SCALARS.get(tag)
    if build is None:
        raise Unsupported(f"the tag {tag}")
    return build(node.value)


def available() -> bool:
    try:
        import yaml
    except ImportError:
        return False
    return bool(getattr(yaml, "__with_libyaml__", False))


def load(text: str, budget: int) -> Any:
    """The document's plain values, or ``Unsupported`` (or a YAML error) for the caller to read
    otherwise, or ``Refused`` for the careful path. ``budget``: the most values it may hold."""
    if "%YAML" in text or "%TAG" in text:
        raise Unsupported("a directive")
    loader = _loader()(text)
    try:
        node = loader.get_single_node()
    finally:
        loader.dispose()
    return None if node is None else _value(node, [budget])
