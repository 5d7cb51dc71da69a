"""Shell completion (bash, zsh, PowerShell, fish) of the plan's own ids: item ids, funding
source ids, unit ids and periods. Typer's completion classes answer the
``_NTMPLAN_COMPLETE=complete_bash|complete_zsh|complete_powershell`` protocol; the scripts come
from ``_NTMPLAN_COMPLETE=source_bash ntmplan`` (see the README). A plan that cannot be read
completes nothing: completion never prints an error into the shell."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Plan


def _plan() -> Plan | None:
    from ..loader import load_plan
    from .base import plan_dir

    try:
        plan, _ = load_plan(plan_dir(None))
    except Exception:  # completion must stay silent whatever the folder holds
        return None
    return plan


def _matching(words: list[str], incomplete: str) -> list[str]:
    return [w for w in words if w.lower().startswith(incomplete.lower())]


def item_ids(incomplete: str) -> list[str]:
    plan = _plan()
    return _matching([c.item_id(i) for c, i in plan.items()], incomplete) if plan else []


def source_ids(incomplete: str) -> list[str]:
    plan = _plan()
    return _matching([s.id for s in plan.funding.sources], incomplete) if plan else []


def unit_ids(incomplete: str) -> list[str]:
    plan = _plan()
    return _matching([u.id for u in plan.units], incomplete) if plan else []


def periods(incomplete: str) -> list[str]:
    """The plan's quarters, half-years and years (2021-Q1 … 2025), latest recorded first."""
    from ..models.period import Period

    plan = _plan()
    if plan is None:
        return []
    recorded = [str(p) for p in reversed(plan.periods)]
    every = [str(Period.parse(f"{y}-Q{q}")) for y in plan.years for q in range(1, 5)]
    every += [str(Period.parse(f"{y}-H{h}")) for y in plan.years for h in (1, 2)]
    every += [str(y) for y in plan.years]
    return _matching(list(dict.fromkeys(recorded + every)), incomplete)


def enable() -> None:
    """Register Typer's shell classes, so that the completion protocol answers."""
    from typer._completion_classes import completion_init  # registers bash, zsh, fish, PowerShell

    completion_init()


COMPLETERS: dict[str, Callable[[str], list[str]]] = {
    "item": item_ids,
    "source": source_ids,
    "unit": unit_ids,
    "period": periods,
}
