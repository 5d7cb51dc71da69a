"""A cache of the validated plan, keyed by the content of its files (as beancount does).

Parsing YAML with positions is the slow part of every command, and it grows with each
quarter of progress. A plan that checked clean is stored under the user's cache folder,
keyed by a hash of every plan file's name and bytes and of ntmplan's own code (its version
and the size and time of each of its source files, so that an edited install never reads
an entry written by other code); the next command that finds the same files reads the
stored plan instead of parsing. Nothing with an error is ever cached, so every error is
found, and located, on the full path. ``record`` stores the plan it has just checked, so
the command after it runs warm.

The cache is data that cannot run: JSON whose only objects are ntmplan's own models and
plain values (the decoder builds nothing else), never a pickle. The key is compared before
anything else is read. The folder must be a real folder owned by the user and writable by
no one else; any other folder, or one that cannot be created or written, only turns the
cache off (every command works without it). Entries are written through a fresh temporary
file (never through a link) and renamed into place.

Set NTMPLAN_NO_CACHE=1 to bypass it, NTMPLAN_CACHE_DIR to move it (default: the platform's
user cache folder, e.g. ``~/.cache/ntmplan``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import hashlib
import json
import os
import stat
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from functools import cache
from pathlib import Path, PurePath
from typing import Any

_FORMAT = 5
_MAGIC = b"ntmplan-cache"
_STALE_TMP = 3600  # seconds after which a temporary file is left over from a killed run


def enabled() -> bool:
    return os.environ.get("NTMPLAN_NO_CACHE", "") in ("", "0")


def cache_dir() -> Path:
    if os.environ.get("NTMPLAN_CACHE_DIR"):
        return Path(os.environ["NTMPLAN_CACHE_DIR"])
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("ntmplan", appauthor=False))


def is_private(info: os.stat_result) -> bool:
    """A folder or file that only this user (or root, for root) could have written."""
    if sys.platform == "win32":  # pragma: no cover - no owner bits; the profile folder is private
        return True
    return info.st_uid == os.geteuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def usable_dir(create: bool) -> Path | None:
    """The cache folder if it is safe to use (creating it, private, when asked); else None."""
    folder = cache_dir()
    try:
        info = folder.lstat()
    except FileNotFoundError:
        if not create:
            return None
        try:
            folder.parent.mkdir(parents=True, exist_ok=True)
            folder.mkdir(mode=0o700)
            info = folder.lstat()
        except OSError:
            return None
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or not is_private(info):
        return None  # a link, a file, another user's folder or one others can write: not ours to trust
    return folder


@cache
def code_identity() -> str:
    """ntmplan's version and the size and modification time of each of its source files."""
    from . import __version__

    return identity_of(Path(__file__).resolve().parent, f"ntmplan {__version__} format {_FORMAT}")


def identity_of(package: Path, label: str = "") -> str:
    """A hash of ``label`` and of the name, size and time of every source file under ``package``."""
    digest = hashlib.sha256(f"{label}\n".encode())
    stack = [package]
    found: list[tuple[str, int, int]] = []
    while stack:
        try:
            entries = list(os.scandir(stack.pop()))
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False) and entry.name != "__pycache__":
                stack.append(Path(entry.path))
            elif entry.name.endswith((".py", ".yaml")):
                info = entry.stat()
                found.append((os.path.relpath(entry.path, package), info.st_size, info.st_mtime_ns))
    for rel, size, mtime in sorted(found):
        digest.update(f"{rel}\0{size}\0{mtime}\n".encode())
    return digest.hexdigest()


def fingerprint(root: Path, names: Iterable[str]) -> str | None:
    """A hash of the code and of the plan's files (names and bytes); None when one cannot be read."""
    digest = hashlib.sha256(code_identity().encode())
    # the plan's paths in the stored diagnostics are spelled as given (as bytes: a name may not be UTF-8)
    digest.update(f"{root}\n".encode("utf-8", "surrogateescape"))
    for rel in names:
        try:
            data = (root / rel).read_bytes()
        except OSError:
            return None
        digest.update(f"{rel}\0{len(data)}\0".encode("utf-8", "surrogateescape"))
        digest.update(data)
    return digest.hexdigest()


def root_digest(root: Path) -> str:
    """The plan root's name in a cache folder: a hash of its resolved path (the plan cache and the
    roll-up's summaries both key their entries by it)."""
    return hashlib.sha256(os.fsencode(root.resolve())).hexdigest()[:32]


def _entry_name(root: Path, kind: str = "plan") -> str:
    """The entry of ``root``'s plan (``plan``) or of an answer kept beside it (``status``)."""
    return f"{kind}-{root_digest(root)}.json"


_recent: dict[str, tuple[str, Any, Any]] = {}
"""The last entry read or written in this process, by entry name (key, value, head): a record
reuses what its command loaded moments before instead of decoding it again."""


def get(root: Path, key: str, kind: str = "plan") -> Any | None:
    """The value stored for ``root`` under ``key``, or None (a miss, or anything doubtful)."""
    found = get_entry(root, key, kind)
    return None if found is None else found[1]


def get_entry(root: Path, key: str, kind: str = "plan") -> tuple[Any, Any] | None:
    """The head and the value stored for ``root`` under ``key`` (see :func:`put`), or None."""
    name = _entry_name(root, kind)
    recent = _recent.get(name)
    if recent is not None and recent[0] == key and recent[1] is not None:
        return recent[2], recent[1]
    found = _read(name, key, head_only=False)
    if found is not None:
        _recent[name] = (key, found[1], found[0])
    return found


def get_head(root: Path, key: str) -> Any | None:
    """The small ``head`` stored beside the value for ``root`` under ``key`` (see :func:`put`),
    read and decoded without the value: what a command needs that does not need the whole value
    (``check`` needs the diagnostics, not the plan's models). None on a miss or without a head."""
    name = _entry_name(root)
    recent = _recent.get(name)
    if recent is not None and recent[0] == key:
        return recent[2]
    found = _read(name, key, head_only=True)
    if found is not None:
        _recent[name] = (key, None, found[0])
        return found[0]
    return None


def _read(name: str, key: str, head_only: bool) -> tuple[Any, Any] | None:
    """(head, value) of the entry ``name``, value None when ``head_only``; None on a miss."""
    folder = usable_dir(create=False)
    if folder is None:
        return None
    try:
        fd = os.open(folder / name, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode) or not is_private(info):
                return None
            if fh.readline(200).rstrip(b"\n") != b"%s %d %s" % (_MAGIC, _FORMAT, key.encode()):
                return None  # another plan state: nothing below the key is read
            head = decode(fh.readline())  # JSON escapes every line break inside its strings
            if head_only:
                return head, None
            count = int(fh.readline(20))
            raw_parts = [fh.readline().rstrip(b"\n") for _ in range(count)]
            parts = [decode(raw) for raw in raw_parts]
            for part, raw in zip(parts, raw_parts, strict=True):
                _encoded[id(part)] = (part, raw)
            return head, decode(fh.read(), parts)
    except Exception:  # noqa: BLE001 - a broken entry is only a miss
        return None


_encoded: dict[int, tuple[Any, bytes]] = {}
"""The encoding of each part (see :func:`put`) read or written in this process, by the part's
identity (the part itself is kept, so the identity cannot be reused): a record stores the plan
again with one quarter changed, and the other quarters' text is reused rather than encoded again."""
_parts: dict[int, int] = {}  # while a value is encoded: each part's identity → its line


def _dumps(value: Any) -> bytes:
    return json.dumps(encode(value), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def put(root: Path, key: str, value: Any, head: Any = None, parts: Sequence[Any] = (), kind: str = "plan") -> None:
    """Store ``value`` for ``root`` under ``key``, with ``head`` (a small part of it, or a summary)
    on its own line so that :func:`get_head` reads it alone, and each of ``parts`` (models inside
    ``value``: the plan's quarters) on a line of its own, referred to from the value; any failure
    only leaves the cache as it was. ``kind`` names the entry: one per plan root and kind."""
    name = _entry_name(root, kind)
    _recent[name] = (key, value, head)
    folder = usable_dir(create=True)
    if folder is None:
        return
    try:
        with collection_paused():
            lines = [_dumps(head), b"%d" % len(parts)]
            for part in parts:
                known = _encoded.get(id(part))
                if known is None or known[0] is not part:
                    known = _encoded[id(part)] = (part, _dumps(part))
                lines.append(known[1])
            _parts.update({id(part): n for n, part in enumerate(parts)})
            try:
                lines.append(_dumps(value))
            finally:
                _parts.clear()
            body = b"\n".join(lines)
    except (TypeError, ValueError):
        return  # a value the cache cannot spell as data is simply not cached
    _clean(folder)
    from .yamlio.write import write_bytes_atomic

    try:
        line = b"%s %d %s\n" % (_MAGIC, _FORMAT, key.encode())
        write_bytes_atomic(folder / name, line + body, 0o600, sync=False)
    except OSError:
        pass  # a full disk or a read-only folder only costs speed


def _clean(folder: Path) -> None:
    """Remove temporary files that a killed run left (old enough not to be another's in progress)."""
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(".") and entry.name.endswith(".tmp"):
            try:
                if (
                    entry.is_file(follow_symlinks=False)
                    and now - entry.stat(follow_symlinks=False).st_mtime > _STALE_TMP
                ):
                    os.unlink(entry.path)
            except OSError:
                pass


# -- the codec: plain JSON plus tagged objects; decoding builds only ntmplan's own classes --


def _path_of(cls: type) -> str:
    return f"{cls.__module__}:{cls.__qualname__}"


def encode(value: Any) -> Any:
    kind: Any = type(value)
    if value is None or kind in (str, int, bool):
        return value
    if kind is float:
        return {"$f": repr(value)}
    if kind is list:
        return [encode(v) for v in value]
    if kind is dict:
        if all(type(k) is str and not k.startswith("$") for k in value):
            return {k: encode(v) for k, v in value.items()}
        return {"$map": [[encode(k), encode(v)] for k, v in value.items()]}
    if kind is tuple:
        return {"$tuple": [encode(v) for v in value]}
    if isinstance(value, (set, frozenset)):
        return {"$set": [encode(v) for v in value]}
    if kind is Decimal:
        return {"$dec": str(value)}
    if kind is Fraction:
        return {"$frac": [value.numerator, value.denominator]}
    if kind is dt.date:
        return {"$date": value.isoformat()}
    if kind is dt.datetime:
        return {"$datetime": value.isoformat()}
    if isinstance(value, PurePath):
        return {"$path": str(value)}
    if isinstance(value, Enum):
        return {"$enum": _path_of(kind), "v": encode(value.value)}
    if isinstance(value, _base_model()):
        if _parts and id(value) in _parts:
            return {"$part": _parts[id(value)]}
        given, values = value.__pydantic_fields_set__, value.__dict__
        fields = {
            name: encode(values[name])
            for name, omit in _omissions(kind)
            if name in given or not (omit is None and values[name] is None or omit is list and values[name] == [])
        }
        if given == fields.keys():  # the usual case: the fields written are the fields set
            return {"$model": _path_of(kind), "v": fields}
        return {"$model": _path_of(kind), "v": fields, "set": sorted(given)}
    if dataclasses.is_dataclass(value):
        fields = {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        return {"$data": _path_of(kind), "v": fields}
    raise TypeError(f"the cache cannot store a {kind.__name__}")


@cache
def _base_model() -> Any:
    from pydantic import BaseModel

    return BaseModel


@cache
def _omissions(cls: Any) -> tuple[tuple[str, Any], ...]:
    """Each field of a model and the value that decoding gives back from its default when the
    field was not set — None, or an empty list from ``default_factory=list`` (``list`` stands for
    it) — so that the entry leaves it out (a third of a large plan's size); ``...`` for none."""
    out: list[tuple[str, Any]] = []
    for name, info in cls.__pydantic_fields__.items():
        if info.default_factory is None and not info.is_required() and info.default is None:
            out.append((name, None))
        elif info.default_factory is list:
            out.append((name, list))
        else:
            out.append((name, ...))
    return tuple(out)


@cache
def _class(path: str, allowed: str) -> Any:
    """One of ntmplan's own classes, by its recorded path; anything else is refused."""
    import importlib

    module, _, qualname = str(path).partition(":")
    if module != "ntmplan" and not module.startswith("ntmplan."):
        raise ValueError(f"not an ntmplan class: {path}")
    obj: Any = importlib.import_module(module)
    for part in qualname.split("."):
        obj = getattr(obj, part)
    if allowed == "model":  # pydantic only for a model: diagnostics alone decode without it
        from pydantic import BaseModel

        return _checked(obj, isinstance(obj, type) and issubclass(obj, BaseModel), path, allowed)
    ok = isinstance(obj, type) and (
        (allowed == "enum" and issubclass(obj, Enum)) or (allowed == "data" and dataclasses.is_dataclass(obj))
    )
    return _checked(obj, ok, path, allowed)


def _checked(obj: Any, ok: bool, path: str, allowed: str) -> Any:
    if not ok:
        raise ValueError(f"not a {allowed} class: {path}")
    return obj


@cache
def _plain_model(cls: Any) -> bool:
    """A model that ``model_construct`` builds by setting its four attributes: no post-init hook,
    no extra keys kept, not a root model."""
    return (
        not cls.__pydantic_post_init__ and not cls.__pydantic_root_model__ and cls.model_config.get("extra") != "allow"
    )


def _with_defaults(cls: Any, values: dict[str, Any]) -> dict[str, Any] | None:
    """``values`` with the fields left out filled from their defaults as ``model_construct`` fills
    them, in the model's field order; None when a field is unknown or a required one is missing."""
    fields = cls.__pydantic_fields__
    if values.keys() == fields.keys():
        return values
    if not values.keys() <= fields.keys():
        return None
    full: dict[str, Any] = {}
    for name, fill, info in _fills(cls):
        if name in values:
            full[name] = values[name]
        elif fill is _REQUIRED:
            return None
        elif fill is _OTHER:
            full[name] = info.get_default(call_default_factory=True, validated_data=full)
        else:
            full[name] = fill()
    return full


_REQUIRED, _OTHER = object(), object()


@cache
def _fills(cls: Any) -> tuple[tuple[str, Any, Any], ...]:
    """Each field of ``cls``: its name, how a missing value is filled (a None or empty-list default
    directly, anything else through pydantic's ``get_default``), and its FieldInfo."""
    out = []
    for name, info in cls.__pydantic_fields__.items():
        if info.is_required():
            fill: Any = _REQUIRED
        elif info.default_factory is None and info.default is None:
            fill = _none
        elif info.default_factory is list:
            fill = list
        else:
            fill = _OTHER
        out.append((name, fill, info))
    return tuple(out)


def _none() -> None:
    return None


_new = object.__new__
_set = object.__setattr__


def _built(cls: Any, values: dict[str, Any], fields_set: set[str]) -> Any:
    """What ``cls.model_construct(_fields_set=fields_set, **values)`` builds when ``values`` has
    every field (as the encoder writes them) of a :func:`_plain_model`, at a third of its cost:
    decoding a large plan builds tens of thousands of models."""
    model = _new(cls)
    _set(model, "__dict__", values)
    _set(model, "__pydantic_fields_set__", fields_set)
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


def _tagged(obj: dict[str, Any]) -> Any:
    """json's object hook: a tagged object (its tag is its first key) → the value it stands for.

    Called bottom-up, so the values inside are decoded already; a plain object is left as is."""
    tag = next(iter(obj), "")
    if not tag.startswith("$"):
        return obj
    if tag == "$model":
        cls, values = _class(obj[tag], "model"), obj["v"]
        given = set(obj["set"]) if "set" in obj else set(values)
        full = _with_defaults(cls, values) if _plain_model(cls) else None
        if full is not None:
            return _built(cls, full, given)
        return cls.model_construct(_fields_set=given, **values)
    if tag == "$data":
        return _class(obj[tag], "data")(**obj["v"])
    if tag == "$enum":
        return _class(obj[tag], "enum")(obj["v"])
    if tag == "$dec":
        return Decimal(obj[tag])
    if tag == "$frac":
        return Fraction(*obj[tag])
    if tag == "$path":
        return Path(obj[tag])
    if tag == "$date":
        return dt.date.fromisoformat(obj[tag])
    if tag == "$datetime":
        return dt.datetime.fromisoformat(obj[tag])
    if tag == "$f":
        return float(obj[tag])
    if tag == "$map":
        return {k: v for k, v in obj[tag]}
    if tag == "$tuple":
        return tuple(obj[tag])
    if tag == "$set":
        return set(obj[tag])
    raise ValueError(f"unknown tag in the cache: {tag}")


def decode(body: bytes | str, parts: Sequence[Any] = ()) -> Any:
    """The value an encoded JSON text stands for; ``{"$part": n}`` in it stands for ``parts[n]``."""

    def hook(obj: dict[str, Any]) -> Any:
        return parts[obj["$part"]] if next(iter(obj), "") == "$part" else _tagged(obj)

    with collection_paused():
        return json.loads(body, object_hook=hook if parts else _tagged)


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic garbage collection inside: building tens of thousands of objects that all stay
    alive (a decoded plan, its encoding) makes the collector walk them again and again for
    nothing (a third of decoding a large plan). Collection resumes as it was afterwards."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
