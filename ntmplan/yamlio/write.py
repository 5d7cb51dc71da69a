"""Writing round-trip trees back: same configuration as reading, atomic replace."""

from __future__ import annotations

import copy
import io
import os
import tempfile
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from .read import new_yaml

TMP_SUFFIX = ".tmp"
"""Temporary files are ``.<name>.<random>.tmp`` beside their target."""


def expand_aliases(tree: Any) -> None:
    """Give every alias (``2.b: *s``) its own copy of the node, so an edit of one place
    changes that place only. The YAML written afterwards spells the values out."""
    seen: set[int] = set()

    def unanchor(node: Any) -> None:
        if isinstance(node, (CommentedMap, CommentedSeq)):
            node.anchor.value = None
            for child in node.values() if isinstance(node, CommentedMap) else node:
                unanchor(child)

    def walk(node: Any) -> None:
        if isinstance(node, CommentedMap):
            keys: Any = list(node.keys())
        elif isinstance(node, CommentedSeq):
            keys = range(len(node))
        else:
            return
        for key in keys:
            child = node[key]
            if not isinstance(child, (CommentedMap, CommentedSeq)):
                continue
            if id(child) in seen:
                child = copy.deepcopy(child)
                unanchor(child)
                node[key] = child
            seen.add(id(child))
            walk(child)

    seen.add(id(tree))
    walk(tree)


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


def write_bytes_atomic(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and ``os.replace``.

    The file gets ``mode``, else the mode of the file it replaces, else what a plain open() gives.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    # mkstemp creates the file with O_EXCL: it never opens an existing file or a link planted there
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file private (0600); give it the mode a plain open() would have
        if mode is None:
            mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
