"""Writing round-trip trees back: same configuration as reading, atomic replace."""

from __future__ import annotations

import copy
import io
import os
import re
import tempfile
from pathlib import Path
from typing import Any

# ruamel.yaml is imported by the functions that edit or write a round-trip tree: the atomic writer
# (write_bytes_atomic) serves caches and reports that never load it.

TMP_SUFFIX = ".tmp"
"""Temporary files are ``.<name>.<random>.tmp`` beside their target."""


def expand_aliases(tree: Any) -> None:
    """Give every alias (``2.b: *s``) its own copy of the node, so an edit of one place
    changes that place only. The YAML written afterwards spells the values out."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

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


_LINE = re.compile(r"[^\n]*\n|[^\n]+\Z")
_KEY_ONLY = re.compile(r"^( *)(?:- +)?[^\s#-][^#]*:\s*(?:#.*)?$")
_DASH = re.compile(r"^( *)- +(?=\S)")
NO_FOLD = 1 << 30
"""Line width for writing: never fold a paragraph (one paragraph, one line, one diff line)."""


def layout_of(text: str) -> tuple[int, int, int]:
    """The file's own block layout, as ruamel's ``indent(mapping, sequence, offset)``.

    ``mapping``: how far a nested key is indented under its parent; ``offset``: where a
    sequence's dash stands relative to its parent key (0 for ``- item`` at the key's column);
    ``sequence``: where the item's content starts. A file without nesting gets 2, 4, 2.
    """
    mapping: int | None = None
    sequence: tuple[int, int] | None = None
    parent: int | None = None  # indentation of the last line that opened a block ("key:")
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(line) - len(line.lstrip(" "))
        dash = _DASH.match(line)
        if parent is not None:
            if dash and sequence is None:
                sequence = (indent - parent, dash.end() - parent)
            elif not dash and mapping is None and indent > parent:
                mapping = indent - parent
        if mapping is not None and sequence is not None:
            break
        parent = indent if _KEY_ONLY.match(line) and not dash else None
    mapping = mapping or 2
    offset, content = sequence if sequence is not None else (mapping, mapping + 2)
    return mapping, max(content, offset + 2), offset


def _lines(text: str) -> list[tuple[str, str]]:
    """``text`` as (content, line ending) pairs; only \\n and \\r\\n end a line here, as in the parser."""
    out = []
    for line in _LINE.findall(text):
        ending = "\r\n" if line.endswith("\r\n") else "\n" if line.endswith("\n") else ""
        out.append((line[: len(line) - len(ending)], ending))
    return out


def keep_lines(original: str, new: str, newline: str = "\n") -> str:
    """``new`` (written with \\n) with every line that did not change taken from ``original``
    as it was: its own line ending (a file with mixed endings keeps them) and trailing spaces.
    A changed or added line gets the ending of the line it replaces or follows."""
    import difflib

    old = _lines(original)
    fresh = _lines(new)
    a = [c.rstrip(" \t") for c, _ in old]
    b = [c.rstrip(" \t") for c, _ in fresh]
    # the lines before the first change and after the last are matched directly; only the part
    # between goes through the (quadratic on repeated lines) matcher: a record changes few lines
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[len(a) - 1 - tail] == b[len(b) - 1 - tail]:
        tail += 1
    middle = difflib.SequenceMatcher(None, a[head : len(a) - tail], b[head : len(b) - tail], autojunk=False)
    opcodes = [("equal", 0, head, 0, head)] if head else []
    opcodes += [(op, i1 + head, i2 + head, j1 + head, j2 + head) for op, i1, i2, j1, j2 in middle.get_opcodes()]
    if tail:
        opcodes.append(("equal", len(a) - tail, len(a), len(b) - tail, len(b)))
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in opcodes:
        if op == "equal":
            out.extend(old[i1:i2])
            continue
        near = old[i1] if i1 < len(old) else old[i1 - 1] if i1 else ("", newline)
        ending = near[1] or newline
        out.extend((content, ending if end else "") for content, end in fresh[j1:j2])
    text = []
    for n, (content, ending) in enumerate(out):
        if not ending and n < len(out) - 1:
            ending = newline  # a line that was the last (without an ending) now has lines after it
        text.append(content + ending)
    return "".join(text)


def dump_text(
    tree: Any, newline: str = "\n", *, original: str | None = None, layout: tuple[int, int, int] | None = None
) -> str:
    """The YAML text of a round-trip tree, with the file's own line endings.

    With ``original`` (the file's text before the edit, line endings as they were), the text
    keeps that file's indentation, its dash layout and every line that did not change.
    ``layout`` gives the indentation when ``original`` is a part of a file (:func:`layout_of`
    of the whole file)."""
    from .read import new_yaml

    yaml = new_yaml()
    if original is not None:
        mapping, sequence, offset = layout or layout_of(original.replace("\r\n", "\n"))
        yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
        yaml.width = NO_FOLD
    buf = io.StringIO()
    yaml.dump(tree, buf)
    text = buf.getvalue()
    if original is not None:
        return keep_lines(original, text, newline)
    if newline != "\n":
        text = text.replace("\n", newline)
    return text


def write_atomic(path: Path, text: str, *, bom: bool = False) -> None:
    """Write ``text`` to ``path`` through a temporary file and ``os.replace``.

    A reader never sees half a file, and a failure leaves the old file as it was.
    """
    write_bytes_atomic(path, (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))


def write_bytes_atomic(path: Path, data: bytes, mode: int | None = None, *, sync: bool = True) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and ``os.replace``.

    The one atomic writer: plan files, reports, schemas and the caches all go through it.
    The file gets ``mode``, else the mode of the file it replaces, else what a plain open() gives.
    ``sync=False`` skips the fsync, for a cache that only costs speed if a crash loses it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    # mkstemp creates the file with O_EXCL: it never opens an existing file or a link planted there
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if sync:
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
