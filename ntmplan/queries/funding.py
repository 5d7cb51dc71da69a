"""Funding answers: exact splits by share, and money mobilised against the plan.

Money is integer đồng throughout. A total is split by the largest-remainder method: each
source first gets the whole đồng below its exact share; the đồng left over go one each to
the sources with the largest fractional remainders, and between equal remainders to the
source listed first in funding.yaml. The parts therefore always sum to the total.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from ..models.period import Period

if TYPE_CHECKING:  # the results are read back from the cache without the plan's models
    from ..models import Plan


def split(total: int, shares: Sequence[Decimal | int | Fraction]) -> list[int]:
    """Split ``total`` đồng by percentage ``shares`` (which sum to 100), exactly."""
    if total < 0:
        raise ValueError("the total must not be negative")
    fractions = [Fraction(s) for s in shares]
    if sum(fractions) != 100:
        raise ValueError(f"shares sum to {float(sum(fractions))}%, expected 100%")
    exact = [total * f / 100 for f in fractions]
    parts = [int(e) for e in exact]  # floor: every value is non-negative
    left = total - sum(parts)
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[:left]:
        parts[i] += 1
    return parts


@dataclass(frozen=True)
class SourceLine:
    id: str
    name: str
    share: Decimal
    planned: int
    mobilised: int  # in the period asked for (0 when no period)
    to_date: int  # cumulative from the plan's start to the end of the period
    by_component: dict[int, int] = field(default_factory=dict)

    @property
    def percent_of_plan(self) -> Fraction | None:
        return Fraction(self.to_date * 100, self.planned) if self.planned else None

    @property
    def remaining(self) -> int:
        return self.planned - self.to_date


@dataclass(frozen=True)
class FundingReport:
    total: int
    period: Period | None
    sources: list[SourceLine]
    what_if: bool = False

    @property
    def planned(self) -> int:
        return sum(s.planned for s in self.sources)

    @property
    def mobilised(self) -> int:
        return sum(s.mobilised for s in self.sources)

    @property
    def to_date(self) -> int:
        return sum(s.to_date for s in self.sources)

    @property
    def percent_of_plan(self) -> Fraction | None:
        return Fraction(self.to_date * 100, self.total) if self.total else None

    @property
    def recorded(self) -> bool:
        return self.to_date > 0


def mobilised(plan: Plan, quarters: Sequence[Period]) -> dict[str, tuple[int, dict[int, int]]]:
    """Money by source (and by component) over the given quarters."""
    wanted = set(quarters)
    out: dict[str, tuple[int, dict[int, int]]] = {s.id: (0, {}) for s in plan.funding.sources}
    for progress in plan.progress:
        if progress.period not in wanted:
            continue
        for source, entry in progress.funding.items():
            total, comps = out.get(source, (0, {}))
            for comp, value in entry.components.items():
                comps[comp] = comps.get(comp, 0) + value
            out[source] = (total + entry.total, comps)
    return out


def latest_period(plan: Plan) -> Period | None:
    """The latest quarter with data; a year's (or half-year's) figures count as its last quarter."""
    if not plan.progress:
        return None
    last = plan.progress[-1].period
    return Period.quarter(last.year, last.last_quarter)


def funding_report(plan: Plan, period: Period | None = None, total: int | None = None) -> FundingReport:
    """Planned amounts by source and what was mobilised in ``period`` and up to its end.

    Without a period, "to date" runs to the latest recorded quarter. ``total`` gives a
    what-if split of another total; the plan is untouched.
    """
    base = plan.funding.total if total is None else total
    sources = plan.funding.sources
    planned = split(base, [s.share for s in sources])
    end = period or latest_period(plan)
    in_period = mobilised(plan, period.quarters()) if period else {}
    cumulative = mobilised(plan, end.quarters_to_date(plan.years[0])) if end else {}
    lines = []
    for source, amount in zip(sources, planned, strict=True):
        got, comps = in_period.get(source.id, (0, {}))
        so_far, comps_to_date = cumulative.get(source.id, (0, {}))
        lines.append(
            SourceLine(source.id, source.name, source.share, amount, got, so_far, comps if period else comps_to_date)
        )
    return FundingReport(base, period, lines, what_if=total is not None)


def by_year(plan: Plan) -> list[tuple[int, int | None, int]]:
    """(year, planned in the schedule or None, mobilised) for each year of the plan."""
    schedule = plan.funding.schedule or {}
    rows = []
    for year in plan.years:
        got = mobilised(plan, Period.parse(year).quarters())
        rows.append((year, schedule.get(year), sum(t for t, _ in got.values())))
    return rows


def by_component(plan: Plan, period: Period | None = None) -> list[tuple[int, str, int]]:
    """(component, title, mobilised to date) where money was recorded by component."""
    end = period or latest_period(plan)
    got = mobilised(plan, end.quarters_to_date(plan.years[0])) if end else {}
    totals: dict[int, int] = {}
    for _, comps in got.values():
        for comp, value in comps.items():
            totals[comp] = totals.get(comp, 0) + value
    return [(c.number, c.title, totals.get(c.number, 0)) for c in plan.components]
