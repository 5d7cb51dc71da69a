"""Progress entries that say two things at once: a status and a percentage that disagree,
a blocked item without its reason. ``record`` refuses the same cases at the door."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import Diagnostic
from ..models import Plan
from ..models.criteria import CriteriaSet
from ..models.progress import status_conflict
from .base import Locator


def check_progress_entries(plan: Plan, where: Locator, national: CriteriaSet) -> Iterator[Diagnostic]:
    for progress in plan.progress:
        file = f"progress/{progress.period}.yaml"
        for key, entry in progress.items.items():
            conflict = status_conflict(entry.status, entry.percent)
            if conflict is not None:
                yield Diagnostic(
                    where(file, ("items", key, "percent")),
                    "PROG001",
                    f"{key}: status {entry.status} and percent {entry.percent} disagree: {conflict}",
                    hint="correct the status or the percent",
                )
            if entry.status == "blocked" and entry.reason is None:
                yield Diagnostic(
                    where(file, ("items", key, "status")),
                    "PROG002",
                    f"{key} is blocked without a reason",
                    hint="say why under 'reason:' (nguyên nhân vướng mắc); the report prints it",
                )
