"""The record lock: a file beside the data, so that every writer of one plan excludes the others.

The lock is ``.ntmplan.lock`` in the plan folder itself, not in a per-user cache folder: two
users, ``sudo`` or two cache settings all meet at the same file. It is locked with the
operating system's advisory lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows), which
is released when the process ends, however it ends, so a killed record never leaves the plan
locked. The file itself stays (removing it would race with the next writer) and is empty;
the plan folder's ``.gitignore`` lists it.

A user who can read but not write the lock file (another user created it) still locks it:
``flock`` works on a file opened for reading.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = ".ntmplan.lock"
IGNORED = (LOCK_NAME, ".*.tmp")
"""What the plan folder's .gitignore must list: the lock, and temporary files of a killed write."""


class LockTimeout(Exception):
    """Another process held the lock for longer than the wait allowed."""


def _open(path: Path) -> tuple[int, bool]:
    """Open (creating if needed, never through a link) the lock file; whether it was created."""
    nofollow = getattr(os, "O_NOFOLLOW", 0)
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | nofollow, 0o666), True
    except FileExistsError:
        pass
    try:
        return os.open(path, os.O_RDWR | nofollow), False
    except PermissionError:
        return os.open(path, os.O_RDONLY | nofollow), False


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def ensure_ignored(root: Path) -> None:
    """Make sure the plan folder's .gitignore lists the lock and temporary files (once)."""
    path = root / ".gitignore"
    try:
        text = path.read_text(encoding="utf-8") if path.is_file() and not path.is_symlink() else None
    except (OSError, UnicodeDecodeError):
        return
    if path.is_symlink():
        return  # never write through a link
    missing = [p for p in IGNORED if p not in (text or "").splitlines()]
    if not missing:
        return
    if text is None:
        addition = "# ntmplan: the record lock and the temporary files of an interrupted write\n"
    else:
        addition = "" if text.endswith("\n") or not text else "\n"
    addition += "".join(f"{p}\n" for p in missing)
    try:
        with open(path, "a", encoding="utf-8", newline="\n") as fh:
            fh.write(addition)
    except OSError:
        pass  # a read-only .gitignore only costs a line in `git status`


@contextmanager
def plan_lock(root: Path, timeout: float) -> Iterator[None]:
    """Hold the plan's record lock; raises LockTimeout after ``timeout`` seconds of waiting."""
    fd, created = _open(root / LOCK_NAME)
    try:
        if created:
            ensure_ignored(root)
        deadline = time.monotonic() + timeout
        delay = 0.01
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise LockTimeout
            time.sleep(delay)
            delay = min(delay * 2, 0.2)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)
