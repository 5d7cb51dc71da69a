"""Per-plan summaries for the roll-up, cold (both cores) or warm (a stat per file).

A summary (``queries.rollup.summarise``) is stored as JSON — data, never pickle — under the
user's cache folder, keyed by the identity of every file of the plan (name, size, mtime,
ctime, inode) and of ntmplan's code (``cache.code_identity``: its version and source
files). A warm roll-up therefore lists each plan folder, stats its files and reads one
small JSON file; it parses no YAML. The folder follows the plan cache's rules
(``cache.usable_dir``): a real folder (not a symlink) owned by the user and writable by no
one else, or the cache is not used; files are opened without following symlinks and
replaced atomically. ``NTMPLAN_NO_CACHE=1`` (or ``--no-cache``) reads everything cold.

Cold plans are read in a pool of processes (one per core) that return summaries, so the
main process never holds more than one commune's models — and holds none in a pool.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import cache

if TYPE_CHECKING:
    from .workspace import Member

_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _identity(root: Path) -> list[list[object]] | None:
    """(name, size, mtime_ns, ctime_ns, inode) of every file the loader would read; None if unreadable."""
    from ..loader import OPTIONAL_FILES, PLAN_FILES, PROGRESS_DIR

    out: list[list[object]] = []
    try:
        with os.scandir(root) as entries:
            names = {e.name: e for e in entries}
        wanted = [n for n in (*PLAN_FILES, *OPTIONAL_FILES) if n in names]
        for name in wanted:
            st = names[name].stat()
            out.append([name, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino])
        if PROGRESS_DIR in names and names[PROGRESS_DIR].is_dir():
            with os.scandir(root / PROGRESS_DIR) as entries:
                progress = sorted((e for e in entries if e.name.endswith((".yaml", ".yml"))), key=lambda e: e.name)
            for entry in progress:
                st = entry.stat()
                out.append([f"{PROGRESS_DIR}/{entry.name}", st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino])
    except OSError:
        return None
    return out


def summary_dir() -> Path | None:
    """The summaries folder inside the cache folder, both private; None when not safe to use.

    The cache folder's rules are ``cache.usable_dir``'s (a real folder, owned by the user,
    writable by no one else); the summaries folder inside it must pass the same test.
    """
    base = cache.usable_dir(create=True)
    if base is None:
        return None
    folder = base / "summaries"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = os.lstat(folder)
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or not cache.is_private(info):
        return None
    return folder


def _entry(folder: Path, root: Path) -> Path:
    return folder / f"{cache.root_digest(root)}.json"


def read_entry(path: Path) -> Any:
    """The JSON data of a file of the summaries folder; None when absent, unreadable or not private."""
    try:
        fd = os.open(path, os.O_RDONLY | _O_NOFOLLOW)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or not cache.is_private(info):
            return None
        with os.fdopen(fd, "rb") as fh:
            fd = -1
            return json.loads(fh.read())
    except (OSError, ValueError):
        return None
    finally:
        if fd >= 0:
            os.close(fd)


def write_entry(path: Path, value: Any) -> None:
    """Replace a file of the summaries folder atomically with ``value`` as JSON (a failure only costs speed)."""
    from ..yamlio.write import write_bytes_atomic

    try:
        body = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        write_bytes_atomic(path, body, 0o600, sync=False)
    except OSError:
        pass  # a summary that cannot be written only costs speed


def lookup(folder: Path, root: Path, key: list[Any]) -> dict[str, Any] | None:
    """The cached summary of ``root`` if its files are those of ``key``."""
    stored = read_entry(_entry(folder, root))
    if not isinstance(stored, dict) or stored.get("key") != key or not isinstance(stored.get("summary"), dict):
        return None
    summary: dict[str, Any] = stored["summary"]
    return summary


def cold_summary(root: Path) -> dict[str, Any]:
    """Load and check one plan and summarise it (a broken plan: its errors)."""
    from ..criteria_data import national_criteria
    from ..loader import load_plan
    from ..queries.rollup import broken_summary, summarise

    if not root.is_dir():
        return broken_summary(1, f"{root}: error[FILE001]: no plan folder here")
    plan, diags = load_plan(root, use_cache=False)
    if plan is None:
        errors = [d for d in diags if d.is_error]
        first = errors[0]
        where = f"{first.location.display_path()}:{first.location.line}:{first.location.column}"
        return broken_summary(len(errors), f"{where}: {first.severity.value}[{first.code}]: {first.message}")
    return summarise(plan, national_criteria())


def _work(job: tuple[int, str, list[Any] | None, str | None]) -> tuple[int, dict[str, Any]]:
    index, root, key, folder = job
    summary = cold_summary(Path(root))
    if key is not None and folder is not None:
        write_entry(_entry(Path(folder), Path(root)), {"code": cache.code_identity(), "key": key, "summary": summary})
    return index, summary


POOL_FROM = 8
"""Fewer cold plans than this are read in this process (starting workers costs more)."""


def _workers(jobs: int) -> int:
    if jobs < POOL_FROM:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        cores = os.cpu_count() or 1
    return max(1, min(cores, jobs // 2))


def summaries(
    members: list[Member], use_cache: bool = True, on_progress: Callable[[int, int], None] | None = None
) -> Iterator[tuple[int, Member, dict[str, Any]]]:
    """(index, member, summary) for every member: the warm ones as they are found, then the cold ones.

    Streams: a summary is handed on before the next is read, so memory stays that of one.
    """
    folder = summary_dir() if use_cache and cache.enabled() else None
    code = cache.code_identity()
    done = 0
    cold: list[tuple[int, str, list[Any] | None, str | None]] = []
    for index, member in enumerate(members):
        ident = _identity(member.root) if folder is not None else None
        key = [code, ident] if ident is not None else None
        hit = lookup(folder, member.root, key) if folder is not None and key is not None else None
        if hit is None:
            cold.append((index, str(member.root), key, str(folder) if folder is not None else None))
            continue
        done += 1
        if on_progress is not None:
            on_progress(done, len(members))
        yield index, member, hit
    for index, summary in _run(cold):
        done += 1
        if on_progress is not None:
            on_progress(done, len(members))
        yield index, members[index], summary


def _run(jobs: list[tuple[int, str, list[Any] | None, str | None]]) -> Iterator[tuple[int, dict[str, Any]]]:
    """Summaries of the cold plans, in order: in this process, or in a pool when there are many."""
    workers = _workers(len(jobs))
    if workers == 1:
        yield from map(_work, jobs)
        return
    import multiprocessing

    # The first plan is read here: the modules it imports and the validators pydantic builds on
    # the way are inherited by the forked workers, which start warm instead of each paying for
    # them again (about 0.1 s of CPU per worker).
    yield _work(jobs[0])
    jobs = jobs[1:]
    import gc

    gc.freeze()  # what the workers inherit is never garbage: their collections skip it (and pages stay shared)
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin" else "spawn"
    try:
        with multiprocessing.get_context(method).Pool(workers) as pool:
            yield from pool.imap_unordered(_work, jobs, chunksize=4)
    finally:
        gc.unfreeze()  # this process may go on (a test run, a caller): its heap is collected again
