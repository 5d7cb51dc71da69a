"""Tidy tables of one plan: one row per observation, stable column names, money in đồng.

Every table starts with ``commune_id`` (the plan folder's path in the workspace), periods
are quarters written ``YYYY-Qn``, money is integer đồng, percentages and indicator values
are numbers. ``TABLES`` is the schema (column name and type) that the README documents and
that the CSV, JSON Lines and Parquet writers all follow.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from ..models import Plan
from ..models.criteria import CriteriaSet
from .criteria import LEVELS, evaluate
from .funding import split

# column types: "string", "int" (64-bit), "number" (float64), "bool"; every column may be empty (null)
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "communes": (
        ("commune_id", "string"),
        ("commune", "string"),
        ("province", "string"),
        ("district", "string"),
        ("plan_number", "string"),
        ("plan_date", "string"),
        ("start_year", "int"),
        ("end_year", "int"),
        ("planned_total", "int"),
        ("items", "int"),
        ("last_period", "string"),
    ),
    "commune_groups": (("commune_id", "string"), ("group", "string"), ("value", "string")),
    "recognitions": (("commune_id", "string"), ("level", "string"), ("year", "int"), ("state", "string")),
    "components": (("commune_id", "string"), ("component", "int"), ("title", "string"), ("items", "int")),
    "items": (
        ("commune_id", "string"),
        ("item_id", "string"),
        ("component", "int"),
        ("letter", "string"),
        ("text", "string"),
    ),
    "progress": (
        ("commune_id", "string"),
        ("period", "string"),
        ("item_id", "string"),
        ("status", "string"),
        ("percent", "number"),
        ("note", "string"),
        ("result", "string"),
    ),
    "funding_plan": (
        ("commune_id", "string"),
        ("source_id", "string"),
        ("source", "string"),
        ("share_percent", "number"),
        ("planned", "int"),
    ),
    "funding_mobilised": (
        ("commune_id", "string"),
        ("period", "string"),
        ("source_id", "string"),
        ("amount", "int"),
    ),
    "funding_mobilised_components": (
        ("commune_id", "string"),
        ("period", "string"),
        ("source_id", "string"),
        ("component", "int"),
        ("amount", "int"),
    ),
    "indicators": (
        ("commune_id", "string"),
        ("period", "string"),
        ("indicator_id", "string"),
        ("value_number", "number"),
        ("value_yes_no", "bool"),
        ("note", "string"),
    ),
    "verdicts": (
        ("commune_id", "string"),
        ("period", "string"),
        ("level", "string"),
        ("indicator_id", "string"),
        ("criterion", "int"),
        ("status", "string"),
        ("value_number", "number"),
        ("value_yes_no", "bool"),
        ("value_period", "string"),
        ("threshold", "number"),
    ),
    "criteria_results": (
        ("commune_id", "string"),
        ("period", "string"),
        ("level", "string"),
        ("criterion", "string"),
        ("name", "string"),
        ("status", "string"),
    ),
}

Row = tuple[Any, ...]


def _number(value: Decimal | float | None) -> float | None:
    return None if value is None else float(value)


def _split_value(value: Decimal | bool | None) -> tuple[float | None, bool | None]:
    if isinstance(value, bool):
        return None, value
    return _number(value), None


def tidy_rows(commune_id: str, groups: dict[str, str], plan: Plan, national: CriteriaSet) -> Iterator[tuple[str, Row]]:
    """(table, row) for every table of ``TABLES``, for one plan."""
    doc = plan.document
    planned = split(plan.funding.total, [s.share for s in plan.funding.sources])
    items = plan.items()
    yield (
        "communes",
        (
            commune_id,
            doc.issuer.commune,
            doc.issuer.province,
            doc.issuer.district,
            doc.header.number,
            doc.header.date.isoformat(),
            plan.years[0],
            plan.years[-1],
            sum(planned),
            len(items),
            str(plan.progress[-1].period) if plan.progress else None,
        ),
    )
    for key, value in groups.items():
        yield "commune_groups", (commune_id, key, value)
    for m in plan.objectives.milestones:
        yield "recognitions", (commune_id, m.level, m.year, m.state)
    for comp in plan.components:
        yield "components", (commune_id, comp.number, comp.title, len(comp.items))
    for comp, item in items:
        yield "items", (commune_id, comp.item_id(item), comp.number, item.letter, item.text)
    for source, amount in zip(plan.funding.sources, planned, strict=True):
        yield "funding_plan", (commune_id, source.id, source.name, _number(source.share), amount)
    for progress in plan.progress:
        period = str(progress.period)
        for key, entry in progress.items.items():
            found = plan.item(key)
            item_id = found[0].item_id(found[1]) if found else key
            yield (
                "progress",
                (commune_id, period, item_id, entry.status, _number(entry.percent), entry.note, entry.result),
            )
        for source_id, money in progress.funding.items():
            yield "funding_mobilised", (commune_id, period, source_id, money.total)
            for component, amount in money.components.items():
                yield "funding_mobilised_components", (commune_id, period, source_id, component, amount)
        for indicator_id, recorded in progress.indicators.items():
            yield "indicators", (commune_id, period, indicator_id, *_split_value(recorded.value), recorded.note)
        for level in LEVELS:
            report = evaluate(plan, national, level, progress.period)
            if level != "kieu-mau":
                for criterion in report.criteria:
                    for ind in criterion.indicators:
                        yield (
                            "verdicts",
                            (
                                commune_id,
                                period,
                                level,
                                ind.id,
                                criterion.id,
                                ind.status,
                                *_split_value(ind.value),
                                str(ind.value_period) if ind.value_period else None,
                                _number(ind.threshold),
                            ),
                        )
                for criterion in report.criteria:
                    yield (
                        "criteria_results",
                        (commune_id, period, level, str(criterion.id), criterion.name, criterion.status),
                    )
            else:
                for condition in report.conditions:
                    yield (
                        "criteria_results",
                        (commune_id, period, level, condition.id, condition.text, condition.status),
                    )
