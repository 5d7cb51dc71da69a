"""Progress files: their periods, and what they refer to."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import Diagnostic
from ..models import Plan
from ..models.base import parse_item_id
from ..models.criteria import CriteriaSet
from .base import Locator


def check_periods(plan: Plan, where: Locator, national: CriteriaSet) -> Iterator[Diagnostic]:
    for progress in plan.progress:
        file = f"progress/{progress.period}.yaml"
        if not plan.in_plan(progress.period):
            yield Diagnostic(
                where(file, ("period",)),
                "PER001",
                f"{progress.period} is outside the plan's years {plan.years_label}",
            )
        if progress.period.kind != "Q":
            held = [k for k in ("items", "funding", "shortcomings", "next_tasks", "proposals") if getattr(progress, k)]
            for key in held:
                yield Diagnostic(
                    where(file, (key,), at_key=True),
                    "PER003",
                    f"{key} are recorded by quarter, not in the file for {progress.period}",
                    hint="a year or half-year file holds indicator values and criteria verdicts only; "
                    "move these to progress/YYYY-Qn.yaml",
                )
        for key in progress.items:
            if plan.item(key) is None:
                parsed = parse_item_id(key)
                yield Diagnostic(
                    where(file, ("items", key), at_key=True),
                    "REF002",
                    f"there is no item {key}" if parsed else f"'{key}' is not an item id",
                    hint="item ids look like 2.a or 2.đ (see `ntmplan items`)",
                )
        for key, entry in progress.funding.items():
            if plan.source(key) is None:
                yield Diagnostic(
                    where(file, ("funding", key), at_key=True),
                    "REF003",
                    f"there is no funding source '{key}'",
                    hint="sources: " + ", ".join(s.id for s in plan.funding.sources),
                )
            for comp in entry.components:
                if plan.component(comp) is None:
                    yield Diagnostic(
                        where(file, ("funding", key, "components", comp), at_key=True),
                        "REF001",
                        f"there is no component {comp}",
                    )
            if entry.amount is not None and entry.components and sum(entry.components.values()) > entry.amount:
                yield Diagnostic(
                    where(file, ("funding", key, "amount")),
                    "FUND003",
                    f"the components of '{key}' add up to more than its amount",
                )
