"""Evaluating the criteria for a level and a period: the one evaluation function.

Every indicator and criterion is ``met``, ``not-met``, ``no-data`` or ``no-threshold``, and
says on what basis (:data:`BASES`):

- ``computed``: a recorded value judged against a threshold that says its source;
- otherwise the latest recorded verdict, ``self-assessed`` (the commune's tự đánh giá) or
  ``appraised`` (the upper level's thẩm định);
- otherwise nothing: no data, or no threshold. Nothing is ever met without a threshold or a
  verdict.

A criterion whose indicators are all judged is judged from them (one not met fails it); a
recorded verdict on the criterion fills in where its indicators are not all known. When the
two disagree the result keeps the indicators' judgement and carries the ``conflict`` (``check``
warns about it, CRIT004).

Criteria sets belong to periods (:func:`criteria_data.set_for`): the 2021–2025 set judges
periods up to 2025; for a later period no set is shipped, and the report says so instead of
judging it by the old set. Recognitions (công nhận) are history: they are shown, never turned
into "met" under another set.

This module sits beside :mod:`criteria_data` so that both ``queries`` and ``checks`` use it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from .i18n import condition_detail, criteria_assessment, criteria_summary, recognition_text, t
from .models.period import Period
from .words import BASES, BASIS_NAMES, LEVELS, CriterionState

if TYPE_CHECKING:  # the results below are read back from the cache without the plan's models
    from .models import Plan
    from .models.criteria import CriteriaSet, Indicator, Verdict

MET, NOT_MET, NO_DATA, NO_THRESHOLD = "met", "not-met", "no-data", "no-threshold"
STATES = (MET, NOT_MET, NO_DATA, NO_THRESHOLD)
COMPUTED = BASES[0]
_FIRMNESS = {"self-assessed": 0, "appraised": 1, COMPUTED: 2}
STATE_WORDS = {state.value: state.vi for state in CriterionState}


@dataclass(frozen=True)
class VerdictUsed:
    """The recorded verdict a result rests on, and the period it was recorded for."""

    status: str
    basis: str
    period: Period
    source: str | None = None
    note: str | None = None


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
    basis: str | None = None
    verdict: VerdictUsed | None = None

    @property
    def basis_name(self) -> str | None:
        return BASIS_NAMES.get(self.basis) if self.basis else None


@dataclass(frozen=True)
class CriterionResult:
    id: int
    name: str
    group: str
    status: str
    indicators: list[IndicatorResult]
    basis: str | None = None
    verdict: VerdictUsed | None = None
    conflict: str | None = None

    @property
    def basis_name(self) -> str | None:
        return BASIS_NAMES.get(self.basis) if self.basis else None


@dataclass(frozen=True)
class ConditionResult:
    """A kiểu mẫu condition judged, with what it was judged on (data; the words are the catalogue's)."""

    id: str
    text: str
    status: str
    counts: dict[str, int] | None = None  # K1: the states of the nâng cao criteria …
    total: int | None = None  # … out of how many
    value: Decimal | bool | None = None  # K2–K4: the latest value read
    unit: str | None = None
    threshold: Decimal | None = None  # K2: the income it must reach (None: no nâng cao threshold)
    income: bool = False  # K2, the income condition

    @property
    def detail(self) -> str:
        """What the condition was judged on, as reports print it (the terminal words it in its own
        language with :func:`ntmplan.i18n.condition_detail`)."""
        return condition_detail(self, "vi")


@dataclass(frozen=True)
class RecognitionLine:
    """A recognition of the plan's history (data; the words are the catalogue's)."""

    level: str
    year: int
    criteria_set: str = ""
    decision: str | None = None
    date: str | None = None  # dd/mm/yyyy

    @property
    def text(self) -> str:
        """The Vietnamese line reports print (the terminal words it in its language:
        :func:`ntmplan.i18n.recognition_text`)."""
        return recognition_text(self, "vi")


@dataclass(frozen=True)
class CriteriaReport:
    level: str
    period: Period | None
    status: str
    counts: dict[str, int]
    criteria: list[CriterionResult]
    conditions: list[ConditionResult] = field(default_factory=list)
    criteria_set: str | None = None
    set_years: str | None = None
    recognitions: list[RecognitionLine] = field(default_factory=list)
    no_set: str | None = None

    @property
    def summary(self) -> str:
        """``đạt 1/19 tiêu chí, 18 chưa có ngưỡng`` (or that no set covers the period), as reports
        and the JSON say it; the terminal words the counts in its language (i18n.criteria_summary)."""
        if self.no_set is not None:
            return self.no_set
        total = len(self.conditions) if self.conditions else len(self.criteria)
        return summary_text(self.counts, total, "conditions" if self.conditions else "criteria")

    @property
    def assessment(self) -> str:
        """Where the commune stands under the set in force (``theo Bộ tiêu chí 2021–2025 (Nông thôn
        mới nâng cao): đạt 12/19, chưa đạt 2, chưa đánh giá 5``), or that no set covers the period."""
        if self.no_set is not None:
            return self.no_set
        if self.set_years is None:
            return ""
        level = "nang-cao" if self.level == "kieu-mau" else self.level  # kiểu mẫu rests on nâng cao
        met = sum(c.status == MET for c in self.criteria)
        not_met = sum(c.status == NOT_MET for c in self.criteria)
        return _assessment_text(self.set_years, level, met, not_met, len(self.criteria))


def latest_period(plan: Plan) -> Period | None:
    """The latest quarter with data; a year's (or half-year's) figures count as its last quarter."""
    if not plan.progress:
        return None
    last = plan.progress[-1].period
    return Period.quarter(last.year, last.last_quarter)


def latest_values(plan: Plan, period: Period | None) -> dict[str, tuple[Decimal | bool, Period]]:
    """Each indicator's latest recorded value among the periods ended by the end of ``period``."""
    found: dict[str, tuple[Decimal | bool, Period]] = {}
    if period is None:
        return found
    for progress in plan.progress:
        if progress.period.ends_by(period):
            for key, entry in progress.indicators.items():
                if entry.value is not None:
                    found[key] = (entry.value, progress.period)
    return found


def _in_set(when: Period, national: CriteriaSet) -> bool:
    return national.first_year <= when.year <= national.last_year


def latest_verdicts(
    plan: Plan, period: Period | None, level: str, national: CriteriaSet
) -> tuple[dict[str, VerdictUsed], dict[int, VerdictUsed]]:
    """The latest verdicts by the end of ``period`` (indicators by id, criteria by number) that
    apply to ``level`` and fall within the years of ``national``."""
    indicators: dict[str, VerdictUsed] = {}
    criteria: dict[int, VerdictUsed] = {}
    if period is None:
        return indicators, criteria

    def used(v: Verdict, when: Period) -> VerdictUsed | None:
        if v.level is not None and v.level != level:
            return None
        return VerdictUsed(v.status, v.basis, when, v.source, v.note)

    for progress in plan.progress:
        when = progress.period
        if not (when.ends_by(period) and _in_set(when, national)):
            continue
        for key, entry in progress.indicators.items():
            verdict = entry.verdict
            if verdict is not None and (u := used(verdict, when)):
                indicators[key] = u
        for number, verdict in progress.criteria.items():
            if u := used(verdict, when):
                criteria[number] = u
    return indicators, criteria


def judge(
    indicator: Indicator, level: str, value: Decimal | bool | None, year: int | None, factor: Decimal = Decimal(1)
) -> tuple[str, Decimal | None, str | None]:
    """(status, threshold, its source) of one indicator at one level; ``year`` is the value's year."""
    spec = indicator.threshold(level)  # type: ignore[arg-type]
    threshold = spec.for_year(year) if (spec is not None and year is not None) else (spec.value if spec else None)
    if spec is None or threshold is None:
        return NO_THRESHOLD, None, None
    threshold = threshold * factor
    if value is None:
        return NO_DATA, threshold, spec.source or indicator.source
    source = spec.source or indicator.source
    if indicator.kind == "yes-no":
        return (MET if value is True else NOT_MET), threshold, source
    if isinstance(value, bool):
        return NOT_MET, threshold, source
    ok = value >= threshold if indicator.direction != "<=" else value <= threshold
    return (MET if ok else NOT_MET), threshold, source


def combine(states: list[str]) -> str:
    """A criterion (or a level) from its parts: one not-met fails it; all met meets it."""
    if not states:
        return NO_THRESHOLD
    if NOT_MET in states:
        return NOT_MET
    if all(s == MET for s in states):
        return MET
    return NO_THRESHOLD if NO_THRESHOLD in states else NO_DATA


def _weakest(bases: list[str | None]) -> str | None:
    known = [b for b in bases if b]
    return min(known, key=lambda b: _FIRMNESS[b]) if known else None


def _count(states: list[str]) -> dict[str, int]:
    return {s: states.count(s) for s in STATES}


def summary_text(counts: dict[str, int], total: int, of: str = "criteria") -> str:
    """The report's (Vietnamese) count line; the wording is the catalogue's (i18n.criteria_summary)."""
    return _summary_text(tuple(counts.items()), total, of)


# The lines depend on a handful of numbers, which repeat from one evaluation to the next (a
# roll-up evaluates every level of every quarter of thousands of plans): worded once each.
@functools.lru_cache(maxsize=4096)
def _summary_text(counts: tuple[tuple[str, int], ...], total: int, of: str) -> str:
    return criteria_summary(dict(counts), total, of, "vi")


def assessment_text(national: CriteriaSet, criteria: list[CriterionResult], level: str) -> str:
    """``theo Bộ tiêu chí 2021–2025 (NTM nâng cao): đạt 12/19, chưa đạt 2, chưa đánh giá 5``."""
    met = sum(c.status == MET for c in criteria)
    not_met = sum(c.status == NOT_MET for c in criteria)
    return _assessment_text(national.years_label, level, met, not_met, len(criteria))


@functools.lru_cache(maxsize=4096)
def _assessment_text(years: str, level: str, met: int, not_met: int, total: int) -> str:
    return criteria_assessment(years, level, met, not_met, total, "vi")


def _indicator(
    ind: Indicator,
    level: str,
    values: dict[str, tuple[Decimal | bool, Period]],
    verdicts: dict[str, VerdictUsed],
    period: Period | None,
) -> IndicatorResult:
    value, when = values.get(ind.id, (None, None))
    year = when.year if when is not None else (period.year if period else None)
    status, threshold, source = judge(ind, level, value, year)
    basis: str | None = COMPUTED if status in (MET, NOT_MET) else None
    verdict = verdicts.get(ind.id)
    if basis is None and verdict is not None:
        status, basis = verdict.status, verdict.basis
    else:
        verdict = None
    return IndicatorResult(
        ind.id, ind.name, ind.kind, ind.unit, ind.direction, status, value, when, threshold, source, basis, verdict
    )


def _criterion(
    number: int, name: str, group: str, mine: list[IndicatorResult], verdict: VerdictUsed | None
) -> CriterionResult:
    known = [r for r in mine if r.status in (MET, NOT_MET)]
    failing = [r for r in known if r.status == NOT_MET]
    if mine and len(known) == len(mine):
        status, basis, used = combine([r.status for r in mine]), _weakest([r.basis for r in mine]), None
    elif failing:
        status, basis, used = NOT_MET, _weakest([r.basis for r in failing]), None
    elif verdict is not None:
        return CriterionResult(number, name, group, verdict.status, mine, verdict.basis, verdict)
    else:
        return CriterionResult(number, name, group, combine([r.status for r in mine]), mine)
    conflict = None
    if verdict is not None and verdict.status != status:
        said = "; ".join(f"{r.id}: {STATE_WORDS[r.status]} ({BASIS_NAMES[r.basis or COMPUTED]})" for r in known)
        conflict = (
            f"the verdict of {verdict.period} says {STATE_WORDS[verdict.status]} ({BASIS_NAMES[verdict.basis]}), "
            f"but its indicators say {STATE_WORDS[status]} ({said})"
        )
    return CriterionResult(number, name, group, status, mine, basis, used, conflict)


@dataclass(frozen=True)
class _Inputs:
    """What every level's evaluation as of one period reads, gathered once: the indicators of the
    set (the plan's own overlaid) by criterion, and the latest values."""

    indicators: dict[str, Indicator]
    by_criterion: dict[int, list[Indicator]]
    values: dict[str, tuple[Decimal | bool, Period]]  # every latest value, whatever its set
    in_set: dict[str, tuple[Decimal | bool, Period]]  # those recorded within the set's years

    @classmethod
    def of(cls, plan: Plan, national: CriteriaSet, period: Period | None) -> _Inputs:
        merged = national.merged(plan.criteria)
        by_criterion: dict[int, list[Indicator]] = {}
        for ind in merged:
            if ind.criterion is not None:
                by_criterion.setdefault(ind.criterion, []).append(ind)
        values = latest_values(plan, period)
        in_set = {k: v for k, v in values.items() if _in_set(v[1], national)}
        return cls({i.id: i for i in merged}, by_criterion, values, in_set)


def _criteria(
    plan: Plan, national: CriteriaSet, level: str, period: Period | None, inputs: _Inputs
) -> list[CriterionResult]:
    ind_verdicts, crit_verdicts = latest_verdicts(plan, period, level, national)
    results = []
    for criterion in national.criteria:
        mine = [
            _indicator(ind, level, inputs.in_set, ind_verdicts, period)
            for ind in inputs.by_criterion.get(criterion.number, ())
        ]
        results.append(
            _criterion(criterion.number, criterion.name, criterion.group, mine, crit_verdicts.get(criterion.number))
        )
    return results


def target_level(plan: Plan) -> str:
    """The level a report speaks of by default: the lowest level in the plan's milestones that
    is not yet recognised (Cẩm Đông, recognised NTM and NTM nâng cao: kiểu mẫu)."""
    objectives = plan.objectives
    recognised = {r.level for r in objectives.recognitions}
    if not objectives.recognitions:
        recognised = {m.level for m in objectives.milestones if m.state == "achieved"}
    aimed = sorted({m.level for m in objectives.milestones} | recognised, key=LEVELS.index)
    open_ = [lv for lv in aimed if lv not in recognised]
    if open_:
        return open_[0]
    return aimed[-1] if aimed else "ntm"


def recognition_lines(plan: Plan) -> list[RecognitionLine]:
    """``công nhận đạt chuẩn NTM nâng cao năm 2020 (theo Bộ tiêu chí 2016–2020)``, as history."""
    lines = []
    for r in plan.objectives.recognitions:
        date = f"{r.date.day:02d}/{r.date.month:02d}/{r.date.year}" if r.date else None
        lines.append(RecognitionLine(r.level, r.year, r.criteria_set, r.decision, date))
    return lines


def no_set_text(year: int | str, lang: str | None = "vi") -> str:
    """That no shipped criteria set covers ``year`` (reports: Vietnamese; the terminal: its language)."""
    from .criteria_data import SHIPPED_SETS

    shipped = ", ".join(f"{s} ({y})" for s, y in SHIPPED_SETS)
    return t("criteria.no_set", lang, year=year, shipped=shipped)


def evaluate(
    plan: Plan, national: CriteriaSet | None = None, level: str | None = None, period: Period | None = None
) -> CriteriaReport:
    """The criteria at ``level`` (default: the plan's target, :func:`target_level`) as of
    ``period`` (default: the latest quarter with data), by the set in force for that period.

    ``national`` overrides the choice of set (tests, or a set a caller already holds); when it is
    None the set is chosen by the period's year, and a year no shipped set covers gives a report
    with no criteria and ``no_set`` saying so.
    """
    level = level or target_level(plan)
    return evaluate_levels(plan, national, (level,), period)[level]


def set_in_force(plan: Plan, national: CriteriaSet | None, year: int) -> CriteriaSet | None:
    """The set a period of ``year`` is judged by: ``national`` within its own years, else the set
    in force that year (:func:`criteria_data.set_for`, the plan's supplied set included); None if none."""
    from .criteria_data import set_for

    if national is not None and national.first_year <= year <= national.last_year:
        return national
    return set_for(year, plan.criteria)


def evaluate_levels(
    plan: Plan, national: CriteriaSet | None, levels: tuple[str, ...] = LEVELS, period: Period | None = None
) -> dict[str, CriteriaReport]:
    """:func:`evaluate` at each of ``levels`` as of one period, what they share computed once: the
    set, the latest values, the indicators by criterion, and the NTM nâng cao criteria that kiểu
    mẫu's first condition is (a roll-up evaluates every level of every quarter)."""
    period = period or latest_period(plan)
    year = period.year if period else plan.years[0]
    chosen = set_in_force(plan, national, year)
    history = recognition_lines(plan)
    if chosen is None:
        message = no_set_text(year)
        return {
            level: CriteriaReport(
                level,
                period,
                NO_THRESHOLD,
                _count([]),
                [],
                recognitions=history,
                no_set=message,
            )
            for level in levels
        }
    inputs = _Inputs.of(plan, chosen, period)
    judged: dict[str, list[CriterionResult]] = {}

    def criteria_at(level: str) -> list[CriterionResult]:
        if level not in judged:
            judged[level] = _criteria(plan, chosen, level, period, inputs)
        return judged[level]

    reports: dict[str, CriteriaReport] = {}
    for asked in levels:
        level = asked
        if chosen.kieu_mau is None and level == "kieu-mau":
            level = "nang-cao"  # a supplied set carries no kiểu mẫu rules: judged at the level they rest on
        if level in ("ntm", "nang-cao"):
            criteria = criteria_at(level)
            counts = _count([c.status for c in criteria])
            reports[asked] = CriteriaReport(
                level,
                period,
                combine([c.status for c in criteria]),
                counts,
                criteria,
                criteria_set=chosen.decision,
                set_years=chosen.years_label,
                recognitions=history,
            )
        else:
            reports[asked] = _kieu_mau(chosen, period, history, criteria_at("nang-cao"), inputs)
    return reports


def _kieu_mau(
    national: CriteriaSet,
    period: Period | None,
    history: list[RecognitionLine],
    nang_cao: list[CriterionResult],
    inputs: _Inputs,
) -> CriteriaReport:
    rules = national.kieu_mau
    assert rules is not None, "evaluate() judges a set without kiểu mẫu rules at nang-cao"
    values = inputs.values
    indicators = inputs.indicators
    k1_status = combine([c.status for c in nang_cao])
    nc_counts = _count([c.status for c in nang_cao])
    conditions = [
        ConditionResult(
            rules.conditions[0].id,
            rules.conditions[0].text,
            k1_status,
            counts=nc_counts,
            total=len(nang_cao),
        )
    ]
    income = indicators.get(rules.income_indicator)
    if income is not None:
        value, when = values.get(income.id, (None, None))
        year = when.year if when else (period.year if period else None)
        status, threshold, _ = judge(income, "nang-cao", value, year, rules.income_factor)
        conditions.append(
            ConditionResult(
                rules.conditions[1].id, rules.conditions[1].text, status, value=value, threshold=threshold, income=True
            )
        )
    for condition, ind_id in zip(rules.conditions[2:], ("km.thon-thong-minh", "km.linh-vuc-noi-troi"), strict=True):
        ind = indicators[ind_id]
        value, when = values.get(ind_id, (None, None))
        status, threshold, _ = judge(ind, "kieu-mau", value, when.year if when else None)
        conditions.append(ConditionResult(condition.id, condition.text, status, value=value, unit=ind.unit))
    states = [c.status for c in conditions]
    counts = _count(states)
    return CriteriaReport(
        "kieu-mau",
        period,
        combine(states),
        counts,
        nang_cao,
        conditions,
        criteria_set=f"{national.decision}, {rules.decision}",
        set_years=national.years_label,
        recognitions=history,
    )
