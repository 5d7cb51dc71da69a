"""One item's timeline across quarters, with the git commits that recorded each change.

The values come from the plan (the progress files); where the plan is in git, each progress
file's past versions are read from git objects to find the commit, author and date that
wrote each value. A value in the work tree that no commit holds yet is shown as uncommitted.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .gitsource import Commit, Repo
from .loader import PROGRESS_DIR
from .models import Plan
from .models.base import parse_item_id
from .models.period import Period
from .models.progress import ItemProgress
from .yamlio import fast_parse, parse_yaml


@dataclass(frozen=True)
class HistoryEntry:
    period: Period
    status: str
    percent: float | None
    note: str | None  # the officers' private note (the terminal shows it; reports never do)
    result: str | None
    reason: str | None
    commit: Commit | None  # the commit that recorded this value (None: not in git, or not committed)
    committed: bool


@dataclass(frozen=True)
class ItemHistory:
    id: str
    component: int
    text: str
    in_git: bool
    entries: list[HistoryEntry]


def _entry_in(data: Any, item_id: str) -> ItemProgress | None:
    """The item's entry in a progress file's data (keys may be written 2.dd or 02.đ)."""
    items = data.get("items") if isinstance(data, dict) else None
    if not isinstance(items, dict):
        return None
    for key, value in items.items():
        parsed = parse_item_id(str(key))
        if parsed is not None and f"{parsed[0]}.{parsed[1]}" == item_id:
            try:
                return ItemProgress.model_validate(value)
            except ValueError:
                return None
    return None


def _parse(rel: str, raw: bytes) -> Any:
    doc = fast_parse(Path(rel), raw)
    if doc is None:
        doc, _ = parse_yaml(Path(rel), raw)
    return doc.data if doc is not None else None


def _row(period: Period, entry: ItemProgress, commit: Commit | None, committed: bool) -> HistoryEntry:
    percent = float(entry.percent) if entry.percent is not None else None
    return HistoryEntry(period, entry.status, percent, entry.note, entry.result, entry.reason, commit, committed)


def item_history(plan: Plan, item_id: str, repo: Repo | None, rev: str | None = None) -> ItemHistory | None:
    """The timeline of ``item_id`` (None when the plan has no such item).

    ``rev`` limits git to the commits up to a revision (with ``--as-of``).
    """
    found = plan.item(item_id)
    if found is None:
        return None
    comp, item = found
    key = comp.item_id(item)
    entries: list[HistoryEntry] = []
    for progress in plan.progress:
        current = next(
            (v for k, v in progress.items.items() if (p := plan.item(k)) and p[0].item_id(p[1]) == key), None
        )
        if current is None:
            continue
        rel = f"{PROGRESS_DIR}/{progress.period}.yaml"
        last: ItemProgress | None = None
        if repo is not None:
            for commit in repo.log(rel, rev):
                raw = repo.show(commit.sha, rel)
                version = _entry_in(_parse(rel, raw), key) if raw is not None else None
                if version is not None and version != last:
                    entries.append(_row(progress.period, version, commit, True))
                last = version
        if last != current:
            entries.append(_row(progress.period, current, None, False))
    return ItemHistory(key, comp.number, item.text, repo is not None, entries)
