"""``ntmplan status``: where the plan stands, as one structure the views lay out."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from ..models.period import Period
from ..words import RECORDABLE, Level
from .criteria import CriteriaReport, evaluate, latest_values
from .diff import PlanDiff, plan_diff
from .funding import FundingReport, funding_report, latest_period
from .progress import NO_REPORT, ItemState, item_states

if TYPE_CHECKING:  # a status kept in the cache is read back without the plan's models
    from ..models import Plan
    from ..models.criteria import CriteriaSet

BUCKETS = (*(s.value for s in RECORDABLE), NO_REPORT)


@dataclass(frozen=True)
class Identity:
    commune: str
    district: str | None
    province: str
    number: str
    kind: str
    title: str
    date: dt.date
    start_year: int
    end_year: int
    signer: str


@dataclass(frozen=True)
class MilestoneLine:
    level: str
    name: str
    year: int
    state: str


@dataclass(frozen=True)
class TargetLine:
    id: str
    name: str
    value: Decimal
    unit: str
    year: int
    direction: str
    latest: Decimal | None = None
    latest_period: Period | None = None


@dataclass(frozen=True)
class ComponentLine:
    number: int
    title: str
    items: int
    by_status: dict[str, int]
    leads: list[str]
    supports: list[str]


@dataclass(frozen=True)
class UnitLine:
    id: str
    number: int
    name: str
    leads: list[int]
    supports: list[int]
    items: int
    by_status: dict[str, int]


@dataclass(frozen=True)
class Status:
    identity: Identity
    period: Period | None
    periods: list[Period]
    milestones: list[MilestoneLine]
    targets: list[TargetLine]
    components: list[ComponentLine]
    units: list[UnitLine]
    funding: FundingReport
    items_by_status: dict[str, int]
    criteria: CriteriaReport
    attention: list[ItemState] = field(default_factory=list)  # blocked, then not started
    blocked: list[ItemState] = field(default_factory=list)
    stale: list[ItemState] = field(default_factory=list)  # no report in the period nor the quarter before
    recorded: bool = False  # whether a progress file falls within the period asked about
    time_elapsed: Fraction | None = None  # share of the plan's quarters ended by the end of the period
    previous: Period | None = None  # the latest reported period before this one
    changes: PlanDiff | None = None  # what changed since ``previous``


def count_by_status(statuses: Iterable[str]) -> dict[str, int]:
    """How many of each status, every bucket present (0 when none), in the one status order."""
    counts = Counter(statuses)
    return {b: counts.get(b, 0) for b in BUCKETS}


def _count(states: list[ItemState]) -> dict[str, int]:
    return count_by_status(s.status for s in states)


def status(plan: Plan, national: CriteriaSet, period: Period | None = None, level: str | None = None) -> Status:
    """The dashboard for ``period`` (default: the latest quarter with data, or none)."""
    period = period or latest_period(plan)
    doc = plan.document
    header = doc.header
    states = item_states(plan, period)
    unit_names = {u.number: u.name for u in plan.units}
    components = []
    for comp in plan.components:
        mine = [s for s in states if s.component == comp.number]
        components.append(
            ComponentLine(
                comp.number,
                comp.title,
                len(comp.items),
                _count(mine),
                [unit_names[u.number] for u in plan.units if comp.number in u.leads],
                [unit_names[u.number] for u in plan.units if comp.number in u.supports],
            )
        )
    units = []
    for unit in plan.units:
        comps = set(unit.leads) | set(unit.supports)
        mine = [s for s in states if s.component in comps]
        units.append(
            UnitLine(unit.id, unit.number, unit.name, list(unit.leads), list(unit.supports), len(mine), _count(mine))
        )
    targets = []
    values = latest_values(plan, period)
    for target in plan.objectives.targets:
        value, when = values.get(target.indicator or "", (None, None))
        if isinstance(value, bool):  # a target is a figure; a yes/no value says nothing about it
            value, when = None, None
        targets.append(
            TargetLine(target.id, target.name, target.value, target.unit, target.year, target.direction, value, when)
        )
    attention = [s for s in states if s.status == "blocked"] + [s for s in states if s.status == "not-started"]
    criteria = evaluate(plan, national, level, period)
    previous = changes = elapsed = None
    stale: list[ItemState] = []
    if period is not None:
        earlier = sorted({p for p in plan.periods if p.ends_by(period) and not period.contains(p)})
        previous = Period.quarter(earlier[-1].year, earlier[-1].last_quarter) if earlier else None
        if previous is not None:
            changes = plan_diff(plan, national, previous, period, criteria.level)
        quarters = (header.end_year - header.start_year + 1) * 4
        elapsed = Fraction(min(len(period.quarters_to_date(header.start_year)), quarters), quarters)
        # no report in the period's last quarter nor the one before it
        before = (period.year, period.last_quarter - 1) if period.last_quarter > 1 else (period.year - 1, 4)
        stale = [
            s for s in states if s.reported_in is None or (s.reported_in.year, s.reported_in.last_quarter) < before
        ]
    return Status(
        identity=Identity(
            doc.issuer.commune,
            doc.issuer.district,
            doc.issuer.province,
            header.number,
            header.kind,
            header.title,
            header.date,
            header.start_year,
            header.end_year,
            doc.signer.name,
        ),
        period=period,
        periods=plan.periods,
        milestones=[
            MilestoneLine(m.level, Level.of(m.level).vi, m.year, _milestone_state(m.state, m.year, period))
            for m in plan.objectives.milestones
        ],
        targets=targets,
        components=components,
        units=units,
        funding=funding_report(plan, period),
        items_by_status=_count(states),
        criteria=criteria,
        attention=attention,
        blocked=[s for s in states if s.status == "blocked"],
        stale=stale,
        recorded=period is not None and any(period.contains(p) or p.contains(period) for p in plan.periods),
        time_elapsed=elapsed,
        previous=previous,
        changes=changes,
    )


def _milestone_state(state: str, year: int, period: Period | None) -> str:
    """A target whose year has passed by the period is overdue (the plan says "phấn đấu 2022" in 2023)."""
    if state == "target" and period is not None and year < period.year:
        return "overdue"
    return state
