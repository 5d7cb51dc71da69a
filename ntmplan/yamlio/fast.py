"""The fast path: libyaml's parser (ruamel.yaml.clib) for files that need nothing more.

The round-trip parser keeps positions and comments but is several times slower. A file
goes through libyaml first and comes back as plain values — unless anything in it needs
the careful path: a tag or an anchor, text that is not NFC, or any error at all. Then the
caller reads it on the slow path, which finds and locates every problem. So both paths give
the same values for a good file, and every diagnostic comes from the slow one. A float
comes back as a ``SourceFloat`` holding the text it was written as (``250.000``), exactly
as on the slow path, so a decimal value does not send the whole file to the slow parser.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

from .read import SourceFloat, YamlFile, node_budget, prepare

_TAG_OR_ANCHOR = re.compile(r"(?:^|[\s\[{,:-])[!&*][^\s,\]}]", re.MULTILINE)


class _NeedsSlowPath(Exception):
    pass


def _plain(value: Any, budget: list[int]) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise _NeedsSlowPath
    if isinstance(value, dict):
        return {(_plain(k, budget) if isinstance(k, str) else k): _plain(v, budget) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v, budget) for v in value]
    if isinstance(value, str):
        if not unicodedata.is_normalized("NFC", value):
            raise _NeedsSlowPath
        return value
    if isinstance(value, SourceFloat):
        return value
    if isinstance(value, float) or isinstance(value, dt.datetime) or isinstance(value, (bytes, set, tuple)):
        raise _NeedsSlowPath
    return value


@lru_cache(maxsize=1)
def _constructor() -> Any:
    """ruamel's safe constructor, but a float keeps the text it was written as."""
    from ruamel.yaml.constructor import SafeConstructor

    class SourceFloatConstructor(SafeConstructor):
        def construct_yaml_float(self, node: Any) -> Any:
            return SourceFloat(super().construct_yaml_float(node), str(node.value).strip())

    SourceFloatConstructor.add_constructor("tag:yaml.org,2002:float", SourceFloatConstructor.construct_yaml_float)
    return SourceFloatConstructor


def _load(text: str) -> Any:
    """The file's plain values: libyaml through PyYAML (core12: faster) when it is installed,
    else through ruamel's C parser; ``_NeedsSlowPath`` when the careful path must read it."""
    from . import core12

    budget = node_budget(text)
    if core12.available():
        try:
            return core12.load(text, budget)  # plain already: the same rules as _plain's, in one walk
        except core12.Unsupported:
            pass
        except core12.Refused:
            raise _NeedsSlowPath from None
    if "<<" in text:  # beside a merge key ruamel's safe loader misses a duplicate key, and puts merged keys first
        raise _NeedsSlowPath
    from ruamel.yaml import YAML
    from ruamel.yaml.main import CParser  # type: ignore[attr-defined]

    if CParser is None:  # pragma: no cover - a platform without ruamel's C extension
        raise _NeedsSlowPath

    yaml = YAML(typ="safe", pure=False)
    yaml.Constructor = _constructor()
    yaml.allow_duplicate_keys = False
    return _plain(yaml.load(text), [budget])


def fast_parse(path: Path, raw: bytes) -> YamlFile | None:
    """The file as plain values via libyaml, or None when the slow path must read it."""
    text, bom, newline, diags = prepare(path, raw)  # the same text, the same lines as the slow path
    if text is None or diags or _TAG_OR_ANCHOR.search(text):
        return None
    try:
        data = _load(text)
    except Exception:  # noqa: BLE001 - any problem at all: the slow path will name and locate it
        return None
    if not isinstance(data, dict):
        return None
    return YamlFile(path, text, None, data, newline, bom, raw=raw)
