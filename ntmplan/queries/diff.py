"""What changed between two periods: items, money, indicator values and verdicts."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ..models.period import Period
from .criteria import evaluate
from .funding import funding_report
from .progress import item_states

if TYPE_CHECKING:  # the results are read back from the cache without the plan's models
    from ..models import Plan
    from ..models.criteria import CriteriaSet


@dataclass(frozen=True)
class ItemChange:
    id: str
    text: str
    before: str  # a status, or no-report
    after: str
    percent_before: float | None
    percent_after: float | None
    result: str | None


@dataclass(frozen=True)
class MoneyChange:
    id: str
    name: str
    planned: int
    mobilised_before: int  # in the first period
    mobilised_after: int  # in the second period
    to_date_before: int
    to_date_after: int

    @property
    def change_to_date(self) -> int:
        return self.to_date_after - self.to_date_before


@dataclass(frozen=True)
class VerdictChange:
    id: str
    name: str
    value_before: Decimal | bool | None
    value_after: Decimal | bool | None
    status_before: str
    status_after: str


@dataclass(frozen=True)
class PlanDiff:
    before: Period
    after: Period
    level: str
    newly_done: list[ItemChange]
    newly_blocked: list[ItemChange]
    reopened: list[ItemChange]  # done before, not done now (blocked again, or back in progress)
    other_changes: list[ItemChange]
    money: list[MoneyChange]
    indicators: list[VerdictChange]  # value or verdict changed
    criteria: list[VerdictChange]  # verdict changed

    @property
    def mobilised_before(self) -> int:
        return sum(m.mobilised_before for m in self.money)

    @property
    def mobilised_after(self) -> int:
        return sum(m.mobilised_after for m in self.money)

    @property
    def to_date_after(self) -> int:
        return sum(m.to_date_after for m in self.money)


def plan_diff(plan: Plan, national: CriteriaSet, before: Period, after: Period, level: str = "ntm") -> PlanDiff:
    old = {s.id: s for s in item_states(plan, before)}
    done: list[ItemChange] = []
    blocked: list[ItemChange] = []
    reopened: list[ItemChange] = []
    other: list[ItemChange] = []
    for new in item_states(plan, after):
        was = old[new.id]
        if (was.status, was.percent) == (new.status, new.percent):
            continue
        change = ItemChange(new.id, new.text, was.status, new.status, was.percent, new.percent, new.result)
        if new.status == "done" and was.status != "done":
            done.append(change)
        elif was.status == "done":
            reopened.append(change)
        elif new.status == "blocked" and was.status != "blocked":
            blocked.append(change)
        else:
            other.append(change)
    f1, f2 = funding_report(plan, before), funding_report(plan, after)
    money = [
        MoneyChange(a.id, a.name, a.planned, b.mobilised, a.mobilised, b.to_date, a.to_date)
        for b, a in zip(f1.sources, f2.sources, strict=True)
    ]
    c1, c2 = evaluate(plan, national, level, before), evaluate(plan, national, level, after)
    indicators: list[VerdictChange] = []
    criteria: list[VerdictChange] = []
    for k1, k2 in zip(c1.criteria, c2.criteria, strict=True):
        if k1.status != k2.status:
            criteria.append(VerdictChange(str(k2.id), k2.name, None, None, k1.status, k2.status))
        for i1, i2 in zip(k1.indicators, k2.indicators, strict=True):
            if (i1.value, i1.status) != (i2.value, i2.status):
                indicators.append(VerdictChange(i2.id, i2.name, i1.value, i2.value, i1.status, i2.status))
    return PlanDiff(before, after, level, done, blocked, reopened, other, money, indicators, criteria)


def default_periods(plan: Plan) -> tuple[Period, Period] | None:
    """The last two quarters with progress (the one before the first, when only one is)."""
    periods = sorted(set(plan.periods))
    if not periods:
        return None
    after = periods[-1]
    if len(periods) >= 2:
        return periods[-2], after
    year, q = (after.year, after.last_quarter - 1) if after.last_quarter > 1 else (after.year - 1, 4)
    return Period.quarter(year, q), after
