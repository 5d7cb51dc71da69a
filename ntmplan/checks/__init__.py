"""Cross-file rules. Each is a small pure function with a stable code, returning diagnostics.

A check receives the assembled plan and a ``Locator`` that turns a (file, key path) into a
source location, so that a rule never touches YAML itself.
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import Diagnostic
from ..models import Plan
from .base import Locator
from .criteria import check_criteria
from .funding import check_funding
from .periods import check_periods
from .references import check_ids, check_letters, check_unit_refs

CHECKS: list[Callable[[Plan, Locator], list[Diagnostic]]] = [
    check_ids,
    check_letters,
    check_unit_refs,
    check_funding,
    check_periods,
    check_criteria,
]


def run_checks(plan: Plan, locator: Locator) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for check in CHECKS:
        found.extend(check(plan, locator))
    return found


__all__ = ["CHECKS", "Locator", "run_checks"]
