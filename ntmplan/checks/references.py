"""Ids are unique, items are lettered in order, units point at components that exist."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import Diagnostic
from ..models import Plan
from ..models.base import letter_rank
from ..models.criteria import CriteriaSet
from .base import Locator, duplicates


def check_ids(plan: Plan, where: Locator, national: CriteriaSet) -> Iterator[Diagnostic]:
    for ci, number in duplicates(c.number for c in plan.components):
        yield Diagnostic(
            where("components.yaml", ("components", ci, "number")), "PLAN001", f"component {number} is defined twice"
        )
    for ci, comp in enumerate(plan.components):
        for ii, letter in duplicates(i.letter for i in comp.items):
            yield Diagnostic(
                where("components.yaml", ("components", ci, "items", ii, "letter")),
                "PLAN001",
                f"item {comp.number}.{letter} is defined twice",
                hint="each item of a component needs its own letter",
            )
    for name, file, key, values in (
        ("unit", "units.yaml", "units", [u.id for u in plan.units]),
        ("funding source", "funding.yaml", "sources", [s.id for s in plan.funding.sources]),
    ):
        for i, value in duplicates(values):
            yield Diagnostic(where(file, (key, i, "id")), "PLAN001", f"{name} id '{value}' is used twice")


def check_letters(plan: Plan, where: Locator, national: CriteriaSet) -> Iterator[Diagnostic]:
    for ci, comp in enumerate(plan.components):
        ranks = [letter_rank(i.letter) for i in comp.items]
        for ii in range(1, len(ranks)):
            if ranks[ii] <= ranks[ii - 1] and comp.items[ii].letter != comp.items[ii - 1].letter:
                item = comp.items[ii]
                yield Diagnostic(
                    where("components.yaml", ("components", ci, "items", ii, "letter")),
                    "PLAN002",
                    f"item {comp.number}.{item.letter} comes after {comp.number}.{comp.items[ii - 1].letter}",
                    hint="Vietnamese lettering runs a, b, c, d, đ, e, g, h, i, k …",
                )


def check_unit_refs(plan: Plan, where: Locator, national: CriteriaSet) -> Iterator[Diagnostic]:
    numbers = {c.number for c in plan.components}
    for ui, unit in enumerate(plan.units):
        for role in ("leads", "supports"):
            for ri, n in enumerate(getattr(unit, role)):
                if n not in numbers:
                    yield Diagnostic(
                        where("units.yaml", ("units", ui, role, ri)),
                        "REF001",
                        f"unit '{unit.id}' {role} component {n}, which does not exist",
                        hint=f"components are numbered {min(numbers)}–{max(numbers)}" if numbers else None,
                    )
