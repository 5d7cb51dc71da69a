"""PyYAML's C loader (libyaml) reading YAML 1.2 core values, as ruamel.yaml's fast path does.

ruamel's safe loader resolves and constructs every scalar in Python through a versioned
resolver; PyYAML's ``CSafeLoader`` does the same work several times faster. Its resolvers
are YAML 1.1's (``yes`` is true, ``0755`` octal, ``1:30`` ninety), so this loader replaces
them with ruamel's YAML 1.2 patterns, and builds only the plain forms plan files use: whole
numbers written plainly, decimals (as ``SourceFloat``, keeping their text), ``true``/``false``,
null and ``YYYY-MM-DD`` dates. Any other form — and a duplicate key, a merge key, a ``%YAML``
directive — raises ``Unsupported``, and the caller reads the file another way. So a value is
never different from what ruamel gives; only the time to get it is.
"""

from __future__ import annotations

import datetime as dt
import re
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


@lru_cache(maxsize=1)
def _loader() -> Any:
    import yaml

    base = yaml.CSafeLoader

    class Core12Loader(base):  # type: ignore[misc, valid-type]
        yaml_implicit_resolvers: dict[str, list[Any]] = {}
        yaml_constructors = dict(base.yaml_constructors)

        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            keys = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                try:
                    if key in keys:
                        raise Unsupported("a duplicate key")
                    keys.add(key)
                except TypeError:
                    raise Unsupported("an unhashable key") from None
            return super().construct_mapping(node, deep)

    def integer(loader: Any, node: Any) -> int:
        if not _PLAIN_INT.fullmatch(node.value):
            raise Unsupported(node.value)
        return int(node.value)

    def decimal(loader: Any, node: Any) -> float:
        if not _PLAIN_FLOAT.fullmatch(node.value.lstrip("+-")) and not _PLAIN_FLOAT.fullmatch(node.value):
            raise Unsupported(node.value)
        return SourceFloat(float(node.value), node.value)

    def date(loader: Any, node: Any) -> dt.date:
        if not _DATE.fullmatch(node.value):
            raise Unsupported(node.value)
        try:
            return dt.date.fromisoformat(node.value)
        except ValueError:
            raise Unsupported(node.value) from None

    def refuse(loader: Any, node: Any) -> Any:
        raise Unsupported(node.value)

    for tag, pattern, first in (
        ("bool", _BOOL, "tTfF"),
        ("float", _FLOAT, "-+0123456789."),
        ("int", _INT, "-+0123456789"),
        ("merge", _OTHER, "<="),
        ("null", _NULL, "~nN"),
        ("timestamp", _TIMESTAMP, "0123456789"),
    ):
        Core12Loader.add_implicit_resolver(
            f"tag:yaml.org,2002:{tag}", pattern, [*first, *([""] if tag == "null" else [])]
        )
    Core12Loader.add_constructor("tag:yaml.org,2002:int", integer)
    Core12Loader.add_constructor("tag:yaml.org,2002:float", decimal)
    Core12Loader.add_constructor("tag:yaml.org,2002:timestamp", date)
    Core12Loader.add_constructor("tag:yaml.org,2002:merge", refuse)
    return Core12Loader


def available() -> bool:
    try:
        import yaml
    except ImportError:
        return False
    return bool(getattr(yaml, "__with_libyaml__", False))


def load(text: str) -> Any:
    """The document's values, or ``Unsupported`` (or a YAML error) for the caller to read otherwise."""
    import yaml

    if "%YAML" in text or "%TAG" in text:
        raise Unsupported("a directive")
    return yaml.load(text, Loader=_loader())  # noqa: S506 - a safe loader with core 1.2 resolvers
