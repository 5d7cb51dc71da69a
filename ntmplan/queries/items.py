"""``ntmplan items``: items filtered by component, unit and status."""

from __future__ import annotations

from ..errors import UsageError
from ..models import Plan
from ..models.period import Period
from ..words import ItemStatus
from .progress import ItemState, item_states


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
            raise UsageError(f"there is no component {component}", "component")
        states = [s for s in states if s.component == component]
    if unit is not None:
        found = plan.unit(unit)
        if found is None:
            near = plan.near_unit(unit)
            if near:
                raise UsageError(f"no unit '{unit}'; did you mean '{near}'?", "unit")
            raise UsageError(f"no unit '{unit}'; units: " + ", ".join(u.id for u in plan.units), "unit")
        comps = set(found.leads) | set(found.supports)
        states = [s for s in states if s.component in comps]
    if status is not None:
        wanted = ItemStatus.read(status)
        if wanted is None:
            near = ItemStatus.suggest(status)
            if near:
                raise UsageError(f"'{status}' is not a status; did you mean '{near}'?", "status")
            raise UsageError(
                f"'{status}' is not a status; expected one of {', '.join(s.value for s in ItemStatus)}", "status"
            )
        states = [s for s in states if s.status == wanted.value]
    return states
