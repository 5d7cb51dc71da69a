"""Evaluating the criteria for a level and a period.

Every indicator and criterion is ``met``, ``not-met``, ``no-data`` or ``no-threshold``.
An indicator with no threshold for the level (and year) is ``no-threshold`` whatever its
value: nothing is ever shown as met without a threshold to meet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..models import Plan
from ..models.criteria import CriteriaSet, Indicator
from ..models.period import Period
from .funding import latest_period

MET, NOT_MET, NO_DATA, NO_THRESHOLD = "met", "not-met", "no-data", "no-threshold"
STATES = (MET, NOT_MET, NO_DATA, NO_THRESHOLD)
LEVELS = ("ntm", "nang-cao", "kieu-mau")


@dataclass(frozen=True)
class IndicatorResult:
    id: str
    name: str
    kind: str
    unit: str | None
    direction: str | None
    status: str
    value: Decimal | bool | None
    value_period: Period | None
    threshold: Decimal | None
    threshold_source: str | None


@dataclass(frozen=True)
class CriterionResult:
    id: int
    name: str
    group: str
    status: str
    indicators: list[IndicatorResult]


@dataclass(frozen=True)
class ConditionResult:
    id: str
    text: str
    status: str
    detail: str


@dataclass(frozen=True)
class CriteriaReport:
    level: str
    period: Period | None
    status: str
    counts: dict[str, int]
    summary: str
    criteria: list[CriterionResult]
    conditions: list[ConditionResult] = field(default_factory=list)


def latest_values(plan: Plan, period: Period | None) -> dict[str, tuple[Decimal | bool, Period]]:
    """Each indicator's latest recorded value up to the end of ``period``."""
    found: dict[str, tuple[Decimal | bool, Period]] = {}
    if period is None:
        return found
    for progress in plan.progress:
        if progress.period.ends_by(period):
            for key, entry in progress.indicators.items():
                if entry.value is not None:
                    found[key] = (entry.value, progress.period)
    return found


def judge(
    indicator: Indicator, level: str, value: Decimal | bool | None, year: int | None, factor: Decimal = Decimal(1)
) -> tuple[str, Decimal | None, str | None]:
    """(status, threshold, its source) of one indicator at one level."""
    spec = indicator.threshold(level)  # type: ignore[arg-type]
    threshold = spec.for_year(year) if (spec is not None and year is not None) else (spec.value if spec else None)
    if spec is None or threshold is None:
        return NO_THRESHOLD, None, None
    threshold = threshold * factor
    if value is None:
        return NO_DATA, threshold, spec.source
    if indicator.kind == "yes-no":
        return (MET if value is True else NOT_MET), threshold, spec.source
    if isinstance(value, bool):
        return NOT_MET, threshold, spec.source
    ok = value >= threshold if indicator.direction != "<=" else value <= threshold
    return (MET if ok else NOT_MET), threshold, spec.source


def combine(states: list[str]) -> str:
    """A criterion (or a level) from its parts: one not-met fails it; all met meets it."""
    if not states:
        return NO_THRESHOLD
    if NOT_MET in states:
        return NOT_MET
    if all(s == MET for s in states):
        return MET
    return NO_THRESHOLD if NO_THRESHOLD in states else NO_DATA


def _count(states: list[str]) -> dict[str, int]:
    return {s: states.count(s) for s in STATES}


def summary_text(counts: dict[str, int], total: int, noun: str = "tiêu chí") -> str:
    parts = [f"đạt {counts[MET]}/{total} {noun}"]
    for state, words in ((NOT_MET, "chưa đạt"), (NO_DATA, "chưa có số liệu"), (NO_THRESHOLD, "chưa có ngưỡng")):
        if counts[state]:
            parts.append(f"{counts[state]} {words}")
    return ", ".join(parts)


def _criteria(plan: Plan, national: CriteriaSet, level: str, period: Period | None) -> list[CriterionResult]:
    values = latest_values(plan, period)
    year = period.year if period else None
    indicators = national.merged(plan.criteria)
    results = []
    for criterion in national.criteria:
        mine = []
        for ind in (i for i in indicators if i.criterion == criterion.number):
            value, when = values.get(ind.id, (None, None))
            status, threshold, source = judge(ind, level, value, year)
            mine.append(
                IndicatorResult(
                    ind.id, ind.name, ind.kind, ind.unit, ind.direction, status, value, when, threshold, source
                )
            )
        results.append(
            CriterionResult(criterion.number, criterion.name, criterion.group, combine([r.status for r in mine]), mine)
        )
    return results


def evaluate(plan: Plan, national: CriteriaSet, level: str = "ntm", period: Period | None = None) -> CriteriaReport:
    """The criteria at ``level`` as of ``period`` (default: the latest quarter with data)."""
    period = period or latest_period(plan)
    if level in ("ntm", "nang-cao"):
        criteria = _criteria(plan, national, level, period)
        counts = _count([c.status for c in criteria])
        return CriteriaReport(
            level, period, combine([c.status for c in criteria]), counts, summary_text(counts, len(criteria)), criteria
        )
    return _kieu_mau(plan, national, period)


def _kieu_mau(plan: Plan, national: CriteriaSet, period: Period | None) -> CriteriaReport:
    rules = national.kieu_mau
    nang_cao = _criteria(plan, national, "nang-cao", period)
    values = latest_values(plan, period)
    year = period.year if period else None
    indicators = {i.id: i for i in national.merged(plan.criteria)}
    k1_status = combine([c.status for c in nang_cao])
    nc_counts = _count([c.status for c in nang_cao])
    conditions = [
        ConditionResult(
            rules.conditions[0].id,
            rules.conditions[0].text,
            k1_status,
            "NTM nâng cao: " + summary_text(nc_counts, len(nang_cao)),
        )
    ]
    income = indicators.get(rules.income_indicator)
    if income is not None:
        value, when = values.get(income.id, (None, None))
        status, threshold, _ = judge(income, "nang-cao", value, year, rules.income_factor)
        shown = "chưa có" if value is None else f"{value}"
        need = "chưa có ngưỡng NTM nâng cao" if threshold is None else f"cần ≥ {threshold.normalize()}"
        conditions.append(
            ConditionResult(rules.conditions[1].id, rules.conditions[1].text, status, f"thu nhập {shown}; {need}")
        )
    for condition, ind_id in zip(rules.conditions[2:], ("km.thon-thong-minh", "km.linh-vuc-noi-troi"), strict=True):
        ind = indicators[ind_id]
        value, when = values.get(ind_id, (None, None))
        status, threshold, _ = judge(ind, "kieu-mau", value, year)
        shown = "chưa có số liệu" if value is None else f"{value} {ind.unit or ''}".strip()
        conditions.append(ConditionResult(condition.id, condition.text, status, shown))
    states = [c.status for c in conditions]
    counts = _count(states)
    return CriteriaReport(
        "kieu-mau",
        period,
        combine(states),
        counts,
        summary_text(counts, len(conditions), "điều kiện"),
        nang_cao,
        conditions,
    )
