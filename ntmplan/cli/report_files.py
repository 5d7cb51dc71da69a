"""Where a report goes: its format from its name, and what it may replace.

A report never replaces what is not an ordinary report: a file of the plan, a device node,
a FIFO, a socket, a folder, a symbolic link or a read-only file is refused whatever the
options; an existing ordinary file only with ``--force`` (a report edited in Word must not
be lost to a re-run). The default folder ``reports/`` is created when missing; any other
missing folder is an error (a typo in ``-o`` should not scatter folders).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path

from ..errors import NtmplanError, UsageError

DEFAULT_FOLDER = Path("reports")
FORMAT_OF_SUFFIX = {".md": "md", ".markdown": "md", ".docx": "docx", ".xlsx": "xlsx"}


class OutputRefused(NtmplanError):
    """Writing the report would replace something that must not be replaced (exit 1)."""


def output_format(output: Path | None, fmt: str | None) -> str:
    """The report's format: ``--format`` if given, else the output file's suffix, else Markdown.

    A ``--format`` that contradicts the suffix (``-o bc.docx --format md``) is a usage error.
    """
    if output is None or str(output) == "-":
        return fmt or "md"
    suffix = output.suffix.lower()
    named = FORMAT_OF_SUFFIX.get(suffix)
    if named is None:
        if fmt is None:
            known = ", ".join(FORMAT_OF_SUFFIX)
            raise UsageError(f"-o {output}: cannot tell the format from the name; end it in {known}, or give --format")
        return fmt
    if fmt is not None and fmt != named:
        raise UsageError(f"-o {output} is a {named} file name but --format is {fmt}; give one or the other")
    return named


def _inside(path: Path, folder: Path) -> bool:
    try:
        Path(os.path.realpath(path.parent), path.name).relative_to(os.path.realpath(folder))
    except ValueError:
        return False
    return True


def check_target(target: Path, plan_roots: Path | Sequence[Path], force: bool, default: bool) -> bool:
    """Refuse a target that must not be written (inside any of ``plan_roots``, not an ordinary
    writable file, an existing report without ``force``); True when it exists and will be replaced."""
    parent = target.parent
    if not parent.exists():
        if not default:
            raise UsageError(f"cannot write {target}: the folder {parent}{os.sep} does not exist")
    elif not parent.is_dir():
        raise UsageError(f"cannot write {target}: {parent} is not a folder")
    for plan_root in [plan_roots] if isinstance(plan_roots, Path) else plan_roots:
        if _inside(target, plan_root):
            raise OutputRefused(
                f"refused to write {target}: it is inside the plan folder {plan_root}; reports go outside the plan"
            )
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise UsageError(f"cannot write {target}: {exc.strerror}") from None
    mode = st.st_mode
    kind = (
        "a symbolic link"
        if stat.S_ISLNK(mode)
        else "a folder"
        if stat.S_ISDIR(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "a FIFO"
        if stat.S_ISFIFO(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else None
        if stat.S_ISREG(mode)
        else "not a regular file"
    )
    if kind is not None:
        raise OutputRefused(f"refused to write {target}: it is {kind}, not a report; choose another name")
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(target, os.W_OK):
        raise OutputRefused(f"refused to write {target}: the file is read-only; it is not replaced")
    if not force:
        raise OutputRefused(f"{target} exists (edited by hand?); pass --force to replace it, or choose -o another name")
    return True


def write_report(
    target: Path,
    content: bytes,
    extra: dict[str, bytes],
    plan_roots: Path | Sequence[Path],
    force: bool,
    default: bool,
) -> bool:
    """Write a report and the files beside it (its chart); True when an existing report was replaced.

    ``plan_roots``: the plan folder (or, for a roll-up, every member's) it must stay out of. Every
    target is checked before the first is written, so a refusal writes nothing.
    """
    files = [(target, content)] + [(target.parent / name, data) for name, data in extra.items()]
    replaced = [check_target(path, plan_roots, force, default) for path, _ in files]
    if default:
        target.parent.mkdir(parents=True, exist_ok=True)
    for path, data in files:
        write_output(path, data)
    return replaced[0]


def write_output(target: Path, content: bytes) -> None:
    """Write a generated file (report, chart, schema, site page) atomically: a reader never sees
    half of it; a failure is a usage error naming the file."""
    from ..yamlio.write import write_bytes_atomic

    try:
        write_bytes_atomic(target, content)
    except PermissionError as exc:
        raise UsageError(
            f"cannot write {target}: {exc.strerror} (is it open in Word? close it and run again)"
        ) from None
    except OSError as exc:
        raise UsageError(f"cannot write {target}: {exc.strerror}") from None
