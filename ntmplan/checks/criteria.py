"""Indicator values and the plan's own indicators."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import Diagnostic
from ..models import Plan
from ..models.criteria import CriteriaSet
from .base import Locator


def check_criteria(plan: Plan, where: Locator, national: CriteriaSet) -> Iterator[Diagnostic]:
    from ..criteria_data import set_for

    own_set = plan.criteria.supplied_set()
    if own_set is not None:
        yield from _check_supplied(plan, where, own_set)
    numbers = {c.number for c in (own_set or national).criteria}
    for i, ind in enumerate(plan.criteria.indicators):
        if ind.criterion is not None and ind.criterion not in numbers:
            yield Diagnostic(
                where("criteria.yaml", ("indicators", i, "criterion")),
                "REF004",
                f"indicator {ind.id} belongs to criterion {ind.criterion}, which does not exist",
                hint=f"criteria are numbered 1–{max(numbers, default=0)}",
            )
        if ind.kind != "yes-no" and ind.direction is None:
            yield Diagnostic(
                where("criteria.yaml", ("indicators", i), at_key=False),
                "CRIT002",
                f"indicator {ind.id} is a {ind.kind} but says no direction",
                hint="add direction: '>=' or '<='",
            )
        given = [t for t in ind.thresholds if t.value is not None or t.by_year]  # a blank threshold is none
        if given and not (ind.source or all(t.source for t in given)):
            yield Diagnostic(
                where("criteria.yaml", ("indicators", i, "thresholds")),
                "CRIT003",
                f"the thresholds of indicator {ind.id} do not say where they come from",
                hint="add source: with the province's decision, e.g. Quyết định …/QĐ-UBND",
            )
    for progress in plan.progress:
        file = f"progress/{progress.period}.yaml"
        judged_by = set_for(progress.period.year, plan.criteria) or national
        indicators = {i.id: i for i in judged_by.merged(plan.criteria)}
        numbers = {c.number for c in judged_by.criteria}
        for key, entry in progress.indicators.items():
            known = indicators.get(key)
            if known is None:
                yield Diagnostic(
                    where(file, ("indicators", key), at_key=True),
                    "REF004",
                    f"there is no indicator '{key}'",
                    hint="see `ntmplan criteria` for the ids",
                )
            elif entry.value is not None and (problem := known.value_problem(entry.value, entry.unit)):
                yield Diagnostic(where(file, ("indicators", key, "value")), "CRIT001", problem)
        for number in progress.criteria:
            if number not in numbers:
                yield Diagnostic(
                    where(file, ("criteria", number), at_key=True),
                    "REF004",
                    f"there is no criterion {number}",
                    hint=f"criteria are numbered 1–{max(numbers)}",
                )


def _check_supplied(plan: Plan, where: Locator, own: CriteriaSet) -> Iterator[Diagnostic]:
    """A set the plan supplies (criteria.yaml ``set:``): years in order, clear of shipped sets, criteria listed."""
    from ..criteria_data import catalogue

    first, last = own.first_year, own.last_year
    if first > last:
        yield Diagnostic(
            where("criteria.yaml", ("set", "last_year")),
            "CRIT005",
            f"the supplied set's first year {first} is after its last year {last}",
        )
    for shipped in catalogue():
        if first <= shipped.last_year and shipped.first_year <= last:
            years = shipped.years_label
            yield Diagnostic(
                where("criteria.yaml", ("set", "first_year")),
                "CRIT005",
                f"the supplied set covers {first}–{last}, but ntmplan ships {shipped.decision} for {years}",
                hint=f"a supplied set judges only years no shipped set covers; give a first_year after {years}",
            )
    if not own.criteria:
        yield Diagnostic(
            where("criteria.yaml", ("set",), at_key=True),
            "CRIT005",
            "the supplied set lists no criteria",
            hint="add criteria: (number, name, group) as the decision gives them",
        )
    groups = {g.id for g in own.groups}
    for i, criterion in enumerate(own.criteria):
        if criterion.group not in groups:
            yield Diagnostic(
                where("criteria.yaml", ("criteria", i, "group")),
                "CRIT005",
                f"criterion {criterion.number} belongs to group {criterion.group}, which groups does not list",
            )


def check_verdicts(plan: Plan, where: Locator, national: CriteriaSet) -> Iterator[Diagnostic]:
    """A recorded criterion verdict that its own indicators contradict: a warning showing both."""
    from ..criteria_eval import evaluate

    for progress in plan.progress:
        if not progress.criteria or not (national.first_year <= progress.period.year <= national.last_year):
            continue
        file = f"progress/{progress.period}.yaml"
        levels = {v.level or "ntm" for v in progress.criteria.values()}
        for level in sorted(levels):
            report = evaluate(plan, national, level, progress.period)
            for result in report.criteria:
                verdict = progress.criteria.get(result.id)
                if result.conflict and verdict is not None and (verdict.level or "ntm") == level:
                    yield Diagnostic(
                        where(file, ("criteria", result.id, "status")),
                        "CRIT004",
                        f"criterion {result.id} ({result.name}): {result.conflict}",
                        hint="the indicators' judgement is used; correct the verdict or the figures",
                    )
