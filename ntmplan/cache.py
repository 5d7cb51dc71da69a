"""A cache of the validated plan, keyed by the content of its files (as beancount does).

Parsing YAML with positions is the slow part of every command, and it grows with each
quarter of progress. A plan that checked clean is stored (pickled) under the user's cache
folder, keyed by a hash of every plan file's name and bytes and of ntmplan's version; the
next read-only command that finds the same files unpickles it instead of parsing. Nothing
with an error is ever cached, so every error is found, and located, on the full path.
Set NTMPLAN_NO_CACHE=1 to bypass it, NTMPLAN_CACHE_DIR to move it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_FORMAT = 1


def enabled() -> bool:
    return os.environ.get("NTMPLAN_NO_CACHE", "") in ("", "0")


def cache_dir() -> Path:
    if os.environ.get("NTMPLAN_CACHE_DIR"):
        return Path(os.environ["NTMPLAN_CACHE_DIR"])
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "ntmplan" / "cache"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "ntmplan"


def fingerprint(root: Path, names: Iterable[str]) -> str | None:
    """A hash of the plan's files (names and bytes); None when one cannot be read."""
    from . import __version__

    digest = hashlib.sha256(f"ntmplan {__version__} format {_FORMAT}\n".encode())
    for rel in names:
        try:
            data = (root / rel).read_bytes()
        except OSError:
            return None
        digest.update(f"{rel}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def _entry(root: Path) -> Path:
    name = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:32]
    return cache_dir() / f"plan-{name}.pickle"


def get(root: Path, key: str) -> Any | None:
    try:
        with _entry(root).open("rb") as fh:
            stored_key, value = pickle.load(fh)
    except Exception:  # noqa: BLE001 - a missing or broken cache is only a miss
        return None
    return value if stored_key == key else None


def put(root: Path, key: str, value: Any) -> None:
    target = _entry(root)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, target)
    except OSError:
        pass  # a read-only home folder only costs speed
