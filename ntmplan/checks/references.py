"""Ids are unique, items are lettered in order, units point at components that exist."""

from __future__ import annotations

from collections import Counter

from ..errors import Diagnostic, Severity
from ..models import Plan
from ..models.base import letter_rank
from .base import Locator


def check_ids(plan: Plan, where: Locator) -> list[Diagnostic]:
    found = []
    seen: Counter[int] = Counter()
    for ci, comp in enumerate(plan.components):
        seen[comp.number] += 1
        if seen[comp.number] == 2:
            found.append(
                Diagnostic(
                    where("components.yaml", ("components", ci, "number")),
                    "PLAN001",
                    f"component {comp.number} is defined twice",
                )
            )
        letters: Counter[str] = Counter()
        for ii, item in enumerate(comp.items):
            letters[item.letter] += 1
            if letters[item.letter] == 2:
                found.append(
                    Diagnostic(
                        where("components.yaml", ("components", ci, "items", ii, "letter")),
                        "PLAN001",
                        f"item {comp.number}.{item.letter} is defined twice",
                        hint="each item of a component needs its own letter",
                    )
                )
    for name, file, key, values in (
        ("unit", "units.yaml", "units", [u.id for u in plan.units]),
        ("funding source", "funding.yaml", "sources", [s.id for s in plan.funding.sources]),
    ):
        ids: Counter[str] = Counter()
        for i, value in enumerate(values):
            ids[value] += 1
            if ids[value] == 2:
                found.append(Diagnostic(where(file, (key, i, "id")), "PLAN001", f"{name} id '{value}' is used twice"))
    return found


def check_letters(plan: Plan, where: Locator) -> list[Diagnostic]:
    found = []
    for ci, comp in enumerate(plan.components):
        ranks = [letter_rank(i.letter) for i in comp.items]
        for ii in range(1, len(ranks)):
            if ranks[ii] <= ranks[ii - 1] and comp.items[ii].letter != comp.items[ii - 1].letter:
                item = comp.items[ii]
                found.append(
                    Diagnostic(
                        where("components.yaml", ("components", ci, "items", ii, "letter")),
                        "PLAN002",
                        f"item {comp.number}.{item.letter} comes after {comp.number}.{comp.items[ii - 1].letter}",
                        Severity.WARNING,
                        hint="Vietnamese lettering runs a, b, c, d, đ, e, g, h, i, k …",
                    )
                )
    return found


def check_unit_refs(plan: Plan, where: Locator) -> list[Diagnostic]:
    numbers = {c.number for c in plan.components}
    found = []
    for ui, unit in enumerate(plan.units):
        for role in ("leads", "supports"):
            for ri, n in enumerate(getattr(unit, role)):
                if n not in numbers:
                    found.append(
                        Diagnostic(
                            where("units.yaml", ("units", ui, role, ri)),
                            "REF001",
                            f"unit '{unit.id}' {role} component {n}, which does not exist",
                            hint=f"components are numbered {min(numbers)}–{max(numbers)}" if numbers else None,
                        )
                    )
    return found
