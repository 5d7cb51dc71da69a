"""Funding shares and schedules."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from .. import vn
from ..errors import Diagnostic
from ..models import Plan
from ..models.criteria import CriteriaSet
from .base import Locator


def check_funding(plan: Plan, where: Locator, national: CriteriaSet) -> Iterator[Diagnostic]:
    funding = plan.funding
    total = sum((s.share for s in funding.sources), Decimal(0))
    if total != 100:
        yield Diagnostic(
            where("funding.yaml", ("sources",), at_key=True),
            "FUND002",
            f"shares sum to {vn.number(total.normalize())}%, expected 100%",
            hint="the shares of all sources together must make 100",
        )
    if funding.schedule:
        for year in funding.schedule:
            if year not in plan.years:
                yield Diagnostic(
                    where("funding.yaml", ("schedule", year), at_key=True),
                    "PER001",
                    f"the schedule names {year}, outside the plan's years {plan.years_label}",
                )
        scheduled = sum(funding.schedule.values())
        if scheduled != funding.total:
            yield Diagnostic(
                where("funding.yaml", ("schedule",), at_key=True),
                "FUND003",
                f"the yearly schedule sums to {vn.amount(scheduled)} đồng, "
                f"but the total is {vn.amount(funding.total)} đồng",
            )
