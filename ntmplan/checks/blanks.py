"""Blanks still to fill in: a new plan (``ntmplan init``) marks each with ``CẦN ĐIỀN``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from ..errors import Diagnostic
from ..models import Plan
from ..models.criteria import CriteriaSet
from .base import Locator

BLANK = "CẦN ĐIỀN"
"""A text value starting with this is a blank of a new plan, not the plan's own words."""


def _blanks(value: Any, loc: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str]]:
    if isinstance(value, str):
        if value.startswith(BLANK):
            yield loc, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _blanks(getattr(value, name), (*loc, name))
    elif isinstance(value, (list, tuple)):
        for i, sub in enumerate(value):
            yield from _blanks(sub, (*loc, i))
    elif isinstance(value, dict):
        for key, sub in value.items():
            yield from _blanks(sub, (*loc, key))


def check_blanks(plan: Plan, where: Locator, national: CriteriaSet) -> Iterator[Diagnostic]:
    files: list[tuple[str, Any, tuple[Any, ...]]] = [
        ("document.yaml", plan.document, ()),
        ("objectives.yaml", plan.objectives, ()),
        ("components.yaml", plan.components, ("components",)),
        ("funding.yaml", plan.funding, ()),
        ("solutions.yaml", plan.solutions, ("solutions",)),
        ("units.yaml", plan.units, ("units",)),
    ]
    for rel, part, base in files:
        for loc, text in _blanks(part, base):
            yield Diagnostic(
                where(rel, loc),
                "BLANK001",
                f"{'.'.join(map(str, loc))} is still to be filled in ({text})",
                hint=f"replace the text starting with {BLANK} by the plan's own",
            )
    if plan.funding.total == 0:
        yield Diagnostic(
            where("funding.yaml", ("total",)),
            "BLANK001",
            "total is still to be filled in (the planned total is 0 đồng)",
            hint="write the plan's total, e.g. 60 tỷ",
        )
