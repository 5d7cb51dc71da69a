"""``ntmplan items``: items filtered by component, unit and status."""

from __future__ import annotations

from ..errors import UsageError
from ..models import Plan
from ..models.period import Period
from ..models.progress import STATUSES
from .progress import NO_REPORT, ItemState, item_states


def select_items(
    plan: Plan,
    period: Period | None,
    *,
    component: int | None = None,
    unit: str | None = None,
    status: str | None = None,
) -> list[ItemState]:
    states = item_states(plan, period)
    if component is not None:
        if plan.component(component) is None:
            raise UsageError(f"--component: there is no component {component}")
        states = [s for s in states if s.component == component]
    if unit is not None:
        found = plan.unit(unit)
        if found is None:
            raise UsageError(f"--unit: no unit '{unit}'; units: " + ", ".join(u.id for u in plan.units))
        comps = set(found.leads) | set(found.supports)
        states = [s for s in states if s.component in comps]
    if status is not None:
        if status not in (*STATUSES, NO_REPORT):
            raise UsageError(
                f"--status: '{status}' is not a status; expected one of {', '.join((*STATUSES, NO_REPORT))}"
            )
        states = [s for s in states if s.status == status]
    return states
