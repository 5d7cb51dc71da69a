"""Writing round-trip trees back: same configuration as reading, atomic replace."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path
from typing import Any

from .read import new_yaml


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def dump_text(tree: Any, newline: str = "\n") -> str:
    """The YAML text of a round-trip tree, with the file's own line endings."""
    buf = io.StringIO()
    new_yaml().dump(tree, buf)
    text = buf.getvalue()
    if newline != "\n":
        text = text.replace("\n", newline)
    return text


def write_atomic(path: Path, text: str, *, bom: bool = False) -> None:
    """Write ``text`` to ``path`` through a temporary file and ``os.replace``.

    A reader never sees half a file, and a failure leaves the old file as it was.
    """
    write_bytes_atomic(path, (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and ``os.replace``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file private (0600); give it the mode a plain open() would have
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
