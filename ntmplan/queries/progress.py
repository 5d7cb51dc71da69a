"""Where each item stands as of a period."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models.period import Period

if TYPE_CHECKING:  # ItemState is read back from the cache (a status kept) without the plan's models
    from ..models import Plan
    from ..models.components import Component, Item
    from ..models.progress import ItemProgress

NO_REPORT = "no-report"
"""The status of an item no progress file has mentioned up to the period."""


@dataclass(frozen=True)
class ItemState:
    id: str
    component: int
    letter: str
    text: str
    status: str  # one of STATUSES, or NO_REPORT
    percent: float | None
    note: str | None
    result: str | None
    reason: str | None
    reported_in: Period | None  # the quarter the status comes from
    changed_in_period: bool  # reported within the period asked about


def item_states(plan: Plan, period: Period | None) -> list[ItemState]:
    """Each item's latest recorded progress up to the end of ``period`` (None: no period)."""
    latest: dict[str, tuple[Period, ItemProgress]] = {}
    if period is not None:
        ids: dict[str, str | None] = {}  # each key as written → its item's id: resolved once, not once a quarter
        for progress in plan.progress:
            if not progress.period.ends_by(period):
                continue
            for key, entry in progress.items.items():
                if key not in ids:
                    found = plan.item(key)
                    ids[key] = found[0].item_id(found[1]) if found else None
                item_id = ids[key]
                if item_id is not None:
                    latest[item_id] = (progress.period, entry)
    return [_state(comp, item, latest.get(comp.item_id(item)), period) for comp, item in plan.items()]


def _state(comp: Component, item: Item, found: tuple[Period, ItemProgress] | None, period: Period | None) -> ItemState:
    if found is None:
        return ItemState(
            comp.item_id(item), comp.number, item.letter, item.text, NO_REPORT, None, None, None, None, None, False
        )
    when, entry = found
    return ItemState(
        comp.item_id(item),
        comp.number,
        item.letter,
        item.text,
        entry.status,
        float(entry.percent) if entry.percent is not None else None,
        entry.note,
        entry.result,
        entry.reason,
        when,
        period is not None and period.contains(when),
    )
