"""The roll-up across communes: a per-plan summary, and rows, totals and groups from summaries.

``summarise(plan)`` condenses one checked plan into what the roll-up needs for any period
and level — for every quarter of the plan's years: items by status, money mobilised to
date, and the criteria counts at each level — as plain JSON data (it is cached as such).
``row(summary, period, level)`` reads one commune's line from it; a half-year or a year is
read as of its last quarter, as ``status`` does. ``rollup(rows)`` adds totals and groups.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ..models.period import Period
from ..words import LEVELS, RECORDABLE, ItemStatus

if TYPE_CHECKING:
    from ..models import Plan
    from ..models.criteria import CriteriaSet
    from .criteria import CriteriaReport

# Rows, totals and groups are made from summaries alone: a warm roll-up imports no model, no
# parser and no criteria evaluation (only ``summarise``, run on a cold plan, needs them).

SUMMARY_FORMAT = 1
BUCKETS = (*(s.value for s in RECORDABLE), ItemStatus.NO_REPORT.value)


def summarise(plan: Plan, national: CriteriaSet) -> dict[str, Any]:
    """What the roll-up needs of one plan, for every quarter of its years (JSON-able)."""
    from .criteria import evaluate_levels, set_in_force
    from .funding import split

    doc = plan.document
    quarters = [Period.quarter(y, q) for y in plan.years for q in range(1, 5)]
    item_ids = [c.item_id(i) for c, i in plan.items()]
    no_report = ItemStatus.NO_REPORT.value
    ids: dict[str, str | None] = {}  # a progress key -> its item's id (the same keys come back every quarter)
    latest: dict[str, str] = {}
    by_period = {p.period: p for p in plan.progress}
    judging = [p.period for p in plan.progress if p.indicators or p.criteria]
    to_date = 0
    per_quarter: dict[str, Any] = {}
    # the counts as of a quarter depend on the set in force and on the progress files ended by then
    # that record indicator values or verdicts (a threshold by year applies to a value's own year;
    # the quarter's year only decides between no-data and no-threshold, which count alike):
    # evaluated once per distinct pair, all levels together
    criteria_key: tuple[object, int] | None = None
    criteria: dict[str, dict[str, int]] = {}
    for quarter in quarters:
        progress = by_period.get(quarter)
        if progress is not None:
            for key, entry in progress.items.items():
                if key not in ids:
                    found = plan.item(key)
                    ids[key] = found[0].item_id(found[1]) if found else None
                item_id = ids[key]
                if item_id is not None:
                    latest[item_id] = entry.status
            to_date += sum(f.total for f in progress.funding.values())
        judged = sum(1 for when in judging if when.ends_by(quarter))
        counts = dict.fromkeys(BUCKETS, 0)
        for item in item_ids:
            counts[latest.get(item, no_report)] += 1
        chosen = set_in_force(plan, national, quarter.year)
        inputs = (None if chosen is None else (chosen.decision, chosen.first_year, chosen.last_year), judged)
        if inputs != criteria_key:
            reports = evaluate_levels(plan, national, LEVELS, quarter)
            criteria = {level: _criteria_counts(reports[level]) for level in LEVELS}
            criteria_key = inputs
        per_quarter[str(quarter)] = {"items": counts, "to_date": to_date, "criteria": criteria}
    return {
        "format": SUMMARY_FORMAT,
        "commune": doc.issuer.commune,
        "province": doc.issuer.province,
        "district": doc.issuer.district,
        "number": doc.header.number,
        "start_year": plan.years[0],
        "end_year": plan.years[-1],
        "recognised": [{"level": m.level, "year": m.year} for m in plan.objectives.milestones if m.state == "achieved"],
        "items_total": len(item_ids),
        "planned": sum(split(plan.funding.total, [s.share for s in plan.funding.sources])),
        "periods": [str(p) for p in plan.periods],
        "quarters": per_quarter,
    }


def _criteria_counts(report: CriteriaReport) -> dict[str, int]:
    from .criteria import MET, NOT_MET

    states = [c.status for c in report.conditions] if report.conditions else [c.status for c in report.criteria]
    return {
        "met": report.counts[MET],
        "not_met": report.counts[NOT_MET],
        "total": len(states),
        "level_met": int(report.status == MET),
    }


def broken_summary(errors: int, first: str) -> dict[str, Any]:
    """The summary of a plan that does not check: its error count and first diagnostic."""
    return {"format": SUMMARY_FORMAT, "errors": errors, "first_diagnostic": first}


def percent(part: int, whole: int) -> Fraction | None:
    """``part`` as a percentage of ``whole``; None when there is no whole to speak of."""
    return Fraction(part * 100, whole) if whole else None


class _Shares:
    """The two percentages of a row and of a tally: items done, money mobilised against plan."""

    items: int
    items_done: int
    planned: int
    mobilised: int

    @property
    def done_percent(self) -> Fraction | None:
        return percent(self.items_done, self.items)

    @property
    def mobilised_percent(self) -> Fraction | None:
        return percent(self.mobilised, self.planned)


@dataclass(frozen=True)
class Row(_Shares):
    """One commune's line of the roll-up (money in đồng)."""

    id: str
    commune: str
    groups: dict[str, str]
    recognised: list[str] = field(default_factory=list)  # "ntm 2017", "nang-cao 2022"
    level_met: bool = False  # the criteria say the level is met as of the period
    criteria_met: int = 0
    criteria_not_met: int = 0
    criteria_not_assessed: int = 0
    items: int = 0
    items_done: int = 0
    items_blocked: int = 0
    planned: int = 0
    mobilised: int = 0
    last_period: str | None = None
    late: bool = False
    errors: int = 0
    first_diagnostic: str | None = None

    @property
    def broken(self) -> bool:
        return self.errors > 0

    def recognised_at(self, level: str) -> bool:
        return any(r.split()[0] == level for r in self.recognised)


COLUMNS = (
    "id",
    "commune",
    "recognised",
    "level_met",
    "criteria_met",
    "criteria_not_met",
    "criteria_not_assessed",
    "items",
    "items_done",
    "done_percent",
    "items_blocked",
    "planned",
    "mobilised",
    "mobilised_percent",
    "last_period",
    "late",
    "errors",
    "first_diagnostic",
)
"""The roll-up's columns, in the order the CSV prints them (then one column per group)."""


def row(member_id: str, groups: dict[str, str], summary: dict[str, Any], period: Period, level: str) -> Row:
    """One commune's line as of ``period`` (read as of its last quarter) at ``level``."""
    if "errors" in summary:
        return Row(member_id, member_id, groups, errors=summary["errors"], first_diagnostic=summary["first_diagnostic"])
    end = Period.quarter(period.year, period.last_quarter)
    if end.year > summary["end_year"]:
        end = Period.quarter(summary["end_year"], 4)
    data = summary["quarters"].get(str(end)) if end.year >= summary["start_year"] else None
    reported = [p for p in summary["periods"] if Period.parse(p).ends_by(end)]
    recognised = [f"{r['level']} {r['year']}" for r in summary["recognised"] if r["year"] <= period.year]
    base = Row(
        member_id,
        summary["commune"],
        groups,
        recognised=recognised,
        items=summary["items_total"],
        planned=summary["planned"],
        last_period=reported[-1] if reported else None,
        late=str(Period.quarter(period.year, period.last_quarter)) not in summary["periods"],
    )
    if data is None:
        return base
    crit = data["criteria"][level]
    items = data["items"]
    return Row(
        **{
            **base.__dict__,
            "level_met": bool(crit["level_met"]),
            "criteria_met": crit["met"],
            "criteria_not_met": crit["not_met"],
            "criteria_not_assessed": crit["total"] - crit["met"] - crit["not_met"],
            "items_done": items["done"],
            "items_blocked": items["blocked"],
            "mobilised": data["to_date"],
        }
    )


@dataclass(frozen=True)
class Tally(_Shares):
    """Counts and money over a set of rows (the totals, or one group)."""

    communes: int = 0
    broken: int = 0
    late: int = 0
    recognised: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    level_met: int = 0
    items: int = 0
    items_done: int = 0
    items_blocked: int = 0
    planned: int = 0
    mobilised: int = 0

    def add(self, r: Row) -> Tally:
        if r.broken:
            return Tally(**{**self.__dict__, "communes": self.communes + 1, "broken": self.broken + 1})
        return Tally(
            communes=self.communes + 1,
            broken=self.broken,
            late=self.late + r.late,
            recognised={k: v + r.recognised_at(k) for k, v in self.recognised.items()},
            level_met=self.level_met + r.level_met,
            items=self.items + r.items,
            items_done=self.items_done + r.items_done,
            items_blocked=self.items_blocked + r.items_blocked,
            planned=self.planned + r.planned,
            mobilised=self.mobilised + r.mobilised,
        )

    @property
    def readable(self) -> int:
        """The communes whose plan could be read (the others count in N, not in the figures)."""
        return self.communes - self.broken


@dataclass(frozen=True)
class Rollup:
    period: Period
    level: str
    rows: list[Row]
    total: Tally
    group_by: str | None
    groups: dict[str, Tally]

    @property
    def failed(self) -> list[Row]:
        return [r for r in self.rows if r.broken]


def rollup(rows: list[Row], period: Period, level: str, group_by: str | None = None) -> Rollup:
    total = Tally()
    groups: dict[str, Tally] = {}
    for r in rows:
        total = total.add(r)
        if group_by is not None:
            name = r.groups.get(group_by, "—")
            groups[name] = groups.get(name, Tally()).add(r)
    return Rollup(period, level, rows, total, group_by, dict(sorted(groups.items())))


def value_of(r: Row, column: str) -> Any:
    """A row's value for a column name (a group name gives the row's group)."""
    if column in COLUMNS:
        value = getattr(r, column)
        return " ".join(value) if isinstance(value, list) else value
    return r.groups.get(column)
