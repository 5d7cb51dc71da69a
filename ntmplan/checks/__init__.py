"""Cross-file rules. Each is a pure generator with stable codes, yielding diagnostics.

A check receives the assembled plan, a ``Locator`` that turns a (file, key path) into a
source location (so that a rule never touches YAML itself), and the national criteria
(passed in, never read by the check). A check that raises does not stop the others: its
failure becomes a CHECK001 diagnostic that names it.
"""

from __future__ import annotations

from ..errors import Diagnostic, SourceLocation
from ..models import Plan
from ..models.criteria import CriteriaSet
from .base import Check, Locator
from .blanks import check_blanks
from .criteria import check_criteria, check_verdicts
from .funding import check_funding
from .periods import check_periods
from .progress import check_progress_entries
from .references import check_ids, check_letters, check_unit_refs

CHECKS: list[Check] = [
    check_ids,
    check_letters,
    check_unit_refs,
    check_funding,
    check_periods,
    check_criteria,
    check_verdicts,
    check_blanks,
    check_progress_entries,
]


def run_checks(
    plan: Plan, locator: Locator, national: CriteriaSet, checks: list[Check] | None = None
) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for check in CHECKS if checks is None else checks:
        produced: list[Diagnostic] = []
        try:
            produced.extend(check(plan, locator, national))
        except Exception as exc:  # noqa: BLE001 - one broken rule must not hide the others' findings
            produced.append(
                Diagnostic(
                    SourceLocation(plan.root),
                    "CHECK001",
                    f"the check {check.__name__} failed inside ntmplan ({type(exc).__name__}: {exc})",
                    hint="this is a bug in ntmplan, not in the plan: please report it with this message",
                )
            )
        found.extend(produced)
    return found


__all__ = ["CHECKS", "Check", "Locator", "run_checks"]
