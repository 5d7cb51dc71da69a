"""Pydantic validation errors → located diagnostics (the boundary STYLE.md asks for)."""

from __future__ import annotations

import difflib
import re
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from .errors import Diagnostic
from .words import RECORDABLE, ItemStatus, suggest
from .yamlio import YamlFile, locate

_TYPE_WORDS = {
    "int": "a whole number",
    "float": "a number",
    "decimal": "a number",
    "bool": "true or false",
    "string": "text",
    "date": "a date (YYYY-MM-DD)",
    "list": "a list",
    "dict": "a mapping of keys",
    "model": "a mapping of keys",
    "literal": "one of the allowed values",
}


_BOUNDS = {
    "less_than_equal": "must be at most",
    "less_than": "must be below",
    "greater_than_equal": "must be at least",
    "greater_than": "must be above",
}


def _model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model class that owns the last segment of ``loc`` (for 'did you mean')."""
    current: Any = model
    for seg in loc[:-1]:
        if isinstance(current, type) and issubclass(current, BaseModel):
            if not isinstance(seg, str) or seg not in current.model_fields:
                return None
            current = _plain(current.model_fields[seg].annotation)
        else:  # a list or a dict: the segment is an index or a key into it
            current = _plain(_unwrap(current, seg))
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _plain(annotation: Any) -> Any:
    """``annotation`` without ``Annotated`` and ``| None`` (a union of models: the first model)."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return _plain(args[0])
    if origin in (typing.Union, types.UnionType):
        present = [a for a in args if a is not type(None)]
        models = [a for a in present if isinstance(a, type) and issubclass(a, BaseModel)]
        if models:
            return models[0]
        if len(present) == 1:
            return _plain(present[0])
    return annotation


def _unwrap(annotation: Any, seg: Any) -> Any:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return _unwrap(args[0], seg)
    if origin in (typing.Union, types.UnionType):
        models = [a for a in args if isinstance(a, type) and issubclass(a, BaseModel)]
        return models[0] if models else annotation
    if origin is list and isinstance(seg, int):
        return args[0]
    if origin is dict:
        return args[1]
    return annotation


def _describe(loc: tuple[Any, ...]) -> str:
    parts = [str(s) for s in loc if not (isinstance(s, str) and ("[" in s or s in _TYPE_WORDS))]
    return ".".join(parts)


def _message(err: dict[str, Any], model: type[BaseModel]) -> tuple[str, str, str | None, bool]:
    """(code, message, hint, at_key) for one Pydantic error."""
    kind = err["type"]
    loc = tuple(err["loc"])
    where = _describe(loc)
    if kind == "missing":
        owner = _model_at(model, loc)
        field = owner.model_fields.get(str(loc[-1])) if owner else None
        hint = f"add '{loc[-1]}:' ({field.description})" if field and field.description else None
        parent = [str(s) for s in loc[:-1] if isinstance(s, str)]
        where_missing = f" in {parent[-1]}" if parent else ""
        return "SCHEMA001", f"missing key '{loc[-1]}'{where_missing}", hint, False
    if kind == "extra_forbidden":
        key = str(loc[-1])
        owner = _model_at(model, loc)
        hint = None
        if owner:
            known = list(owner.model_fields)
            close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
            hint = f"did you mean '{close[0]}'?" if close else "expected one of: " + ", ".join(known)
        return "SCHEMA002", f"unknown key '{key}'", hint, True
    msg = str(err.get("msg", "invalid value"))
    msg = msg.removeprefix("Value error, ")
    if kind == "amount":
        return "FUND001", f"{where}: {msg}" if where else msg, None, False
    value = err.get("input")
    shown = value if not isinstance(value, (dict, list)) else type(value).__name__
    if kind.endswith("_type") or kind.endswith("_parsing"):
        expected = next((w for k, w in _TYPE_WORDS.items() if kind.startswith(k)), None)
        if expected and value is None:
            hint = (
                "the lines that belong to it must be indented under it" if kind in ("model_type", "dict_type") else None
            )
            return "SCHEMA003", f"{where}: is empty; expected {expected}", hint, True
        if expected:
            msg = f"expected {expected}, found {shown!r}"
    elif kind in _BOUNDS:
        limit = next(iter(err.get("ctx", {}).values()), "?")
        msg = f"{_BOUNDS[kind]} {limit}, found {shown!r}"
    elif kind == "too_short":
        msg = "must not be empty"
    elif kind == "literal_error":
        allowed = err.get("ctx", {}).get("expected", "")
        msg = f"{shown!r} is not allowed here; expected {allowed}"
        if isinstance(value, str):
            options = re.findall(r"'([^']*)'", allowed)
            near = ItemStatus.suggest(value, RECORDABLE) if "not-started" in options else suggest(value, options)
            if near:
                return "SCHEMA003", f"{where}: {msg}" if where else msg, f"did you mean '{near}'?", False
    return "SCHEMA003", f"{where}: {msg}" if where else msg, None, False


def validate(model: type[BaseModel], data: Any) -> tuple[Any, list[dict[str, Any]]]:
    """The model, or the Pydantic errors (to be located with :func:`located`)."""
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        return None, [dict(e) for e in exc.errors(include_url=False)]


def located(doc: YamlFile, model: type[BaseModel], errors: list[dict[str, Any]]) -> list[Diagnostic]:
    """Pydantic errors as diagnostics that point into the file (``doc`` needs its tree)."""
    diags = []
    for err in errors:
        code, message, hint, at_key = _message(err, model)
        line, col = locate(doc.tree, tuple(err["loc"]), at_key=at_key)
        diags.append(Diagnostic(doc.location(line, col), code, message, hint=hint))
    return diags
