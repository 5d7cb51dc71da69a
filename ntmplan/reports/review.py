"""Review reports over several years: a sơ kết (``report review 2021..2023``) and the tổng kết
of the plan's whole period (``report final``).

The review is built from one annual report context per year of the range (the same
``build_context`` the quarterly, 6-month and annual reports use), so a year's figures are
exactly what that year's annual report says. A year with no progress file at all is shown
as "Chưa có số liệu", never as zero progress, and named in ``empty_years`` (the CLI warns).

The direction for the next period is recorded free text: the next tasks (``next_tasks``)
recorded in the last quarter of the range that has any; the report names that quarter.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .. import vn
from ..criteria_eval import CriterionResult
from ..errors import UsageError
from ..models import Plan
from ..models.criteria import CriteriaSet
from ..models.period import Period
from ..queries.criteria import evaluate, latest_values
from ..words import BASIS_NAMES, Level
from .context import CRITERIA_STATE_NAMES, ReportContext, build_context

LEVEL_NAMES = {level.value: level.vi.lower() for level in Level}  # within a sentence: "đạt chuẩn nông thôn mới"
_RANGE = re.compile(r"\s*(\d{4})\s*(?:\.\.|-|–)\s*(\d{4})\s*")


@dataclass(frozen=True)
class YearLine:
    year: int
    has_data: bool
    missing: list[str]  # quarters of the year without a progress file (when the year has some)
    done: int  # items done by the end of the year
    done_in_year: int  # of which reported done during the year
    in_progress: int
    blocked: int
    criteria_met: int
    criteria_total: int
    mobilised: int
    to_date: int
    percent: str
    ratio: float | None


@dataclass(frozen=True)
class MilestoneLine:
    level: str
    year: int
    state: str  # "Đã đạt" / "Phấn đấu"
    outcome: str  # what the evaluation says, for a target year inside the range


@dataclass(frozen=True)
class TargetLine:
    name: str
    aim: str  # "≥ 85 triệu đồng/người/năm năm 2025"
    values: list[str]  # one per year of the range


@dataclass(frozen=True)
class DoneItem:
    component: int
    letter: str
    text: str
    when: str  # "quý III năm 2023"
    result: str | None


@dataclass(frozen=True)
class CriterionYears:
    number: int
    name: str
    states: list[str]  # one per year
    basis: str  # the basis of the last year's verdict


@dataclass(frozen=True)
class SourceYears:
    name: str
    planned: int
    per_year: list[int | None]  # None: no data that year
    to_date: int
    percent: str
    ratio: float | None


@dataclass(frozen=True)
class ReviewContext:
    kind: str  # review / final
    first: int
    last: int
    years: list[int]
    range_label: str  # "giai đoạn 2021 - 2023"
    basis_year: int  # the year whose verdicts' basis the criteria table spells out
    criteria_level: str  # "nông thôn mới nâng cao": the level the criteria are judged at
    head: ReportContext  # the last year's context: issuer, number, date, signer, funding totals
    title: str
    subject: str
    intro: str
    year_lines: list[YearLine]
    empty_years: list[int]
    empty_note: str
    milestones: list[MilestoneLine]
    targets: list[TargetLine]
    components: list[tuple[int, str, int, int]]  # number, short title, items, done by the end
    done_items: list[DoneItem]
    criteria: list[CriterionYears]
    sources: list[SourceYears]
    funding_total: SourceYears
    funding_sentence: str
    lessons: list[str]
    next_tasks: list[str]
    next_source: str  # where the direction comes from
    closing: str
    recipients: list[str]


def parse_review_range(plan: Plan, kind: str, text: str | None) -> tuple[int, int]:
    """The years of a review: ``2021..2023``; the final review takes the plan's whole period."""
    first_year, last_year = plan.years[0], plan.years[-1]
    if kind == "final":
        if text is not None:
            raise UsageError(f"the final review takes no period: it covers the plan's years {plan.years_label}")
        return first_year, last_year
    if text is None:
        raise UsageError(f"a review needs a range of years, e.g. {first_year}..{min(first_year + 2, last_year)}")
    m = _RANGE.fullmatch(text)
    if m is None:
        raise UsageError(f"'{text}' is not a range of years; write it as {first_year}..{last_year}")
    first, last = int(m[1]), int(m[2])
    if first > last:
        raise UsageError(f"the range {first}..{last} runs backwards; write it as {last}..{first}")
    if first < first_year or last > last_year:
        raise UsageError(f"the range {first}..{last} is outside the plan's years {plan.years_label}")
    return first, last


BASIS_SHORT = {"self-assessed": "tự đánh giá", "appraised": "thẩm định"}


def _cell(c: CriterionResult) -> str:
    """A criterion's state in one year: a recorded verdict's basis in brackets; a computed one bare."""
    name = CRITERIA_STATE_NAMES[c.status]
    return f"{name} ({BASIS_SHORT[c.basis]})" if c.basis in BASIS_SHORT else name


def _basis(c: CriterionResult, detail: str) -> str:
    """What a criterion's verdict rests on, in full: the recorded verdict (who, when, which document)
    or the figures against the thresholds; a contradiction between them is said too."""
    if c.verdict is not None and c.basis in BASIS_SHORT:
        v = c.verdict
        said = BASIS_NAMES[v.basis] + f", {v.period.label_vi}" + (f", {v.source}" if v.source else "")
    else:
        said = BASIS_NAMES["computed"] + (f": {detail}" if detail else "")
    return said + (f" ({c.conflict})" if c.conflict else "")


def _completed_in(plan: Plan, last: Period) -> dict[str, Period]:
    """Each item's first period reported done, up to the end of ``last``."""
    found: dict[str, Period] = {}
    for progress in sorted(plan.progress, key=lambda p: p.period):
        if progress.period.ends_by(last):
            for key, entry in progress.items.items():
                if entry.status == "done":
                    found.setdefault(key, progress.period)
    return found


def build_review(
    plan: Plan,
    national: CriteriaSet,
    kind: str,
    first: int,
    last: int,
    date: dt.date,
    number: str | None = None,
    signer: str | None = None,
) -> ReviewContext:
    years = list(range(first, last + 1))
    periods = [Period.parse(str(y)) for y in years]
    contexts = [build_context(plan, national, kind, p, date, number, False, signer) for p in periods]
    head = contexts[-1]
    have = {p.period.year for p in plan.progress}
    empty = [y for y in years if y not in have]

    year_lines = []
    before = first - 1
    done_before = (
        build_context(plan, national, kind, Period.parse(str(before)), date).totals.get("done", 0)
        if before in plan.years
        else 0
    )
    for year, ctx in zip(years, contexts, strict=True):
        done = ctx.totals.get("done", 0)
        year_lines.append(
            YearLine(
                year,
                year in have,
                ctx.missing if year in have else [],
                done,
                done - done_before,
                ctx.totals.get("in-progress", 0),
                ctx.totals.get("blocked", 0),
                sum(1 for c in ctx.criteria if c.status == "met"),
                len(ctx.criteria),
                ctx.funding_total.in_period,
                ctx.funding_total.to_date,
                ctx.funding_total.percent,
                ctx.funding_total.ratio,
            )
        )
        done_before = done

    milestones = []
    for ms in plan.objectives.milestones:
        outcome = ""
        if first <= ms.year <= last:
            report = evaluate(plan, national, ms.level, Period.parse(str(ms.year)))
            outcome = f"đánh giá đến hết năm {ms.year}: {report.summary}"
        milestones.append(
            MilestoneLine(
                LEVEL_NAMES.get(ms.level, ms.level),
                ms.year,
                "Đã đạt" if ms.state == "achieved" else "Phấn đấu",
                outcome,
            )
        )
    targets = []
    for tg in plan.objectives.targets:
        sign = "≥" if tg.direction == ">=" else "≤"
        values = []
        for year, period in zip(years, periods, strict=True):
            found = latest_values(plan, period).get(tg.indicator) if tg.indicator else None
            if year not in have:
                values.append("Chưa có số liệu")
            elif found is None or found[1].year != year:
                values.append("Chưa có số liệu trong năm")
            else:
                value = found[0]
                values.append(vn.number(value) if not isinstance(value, bool) else ("đạt" if value else "không đạt"))
        targets.append(TargetLine(tg.name, f"{sign} {vn.number(tg.value)} {tg.unit} (năm {tg.year})", values))

    last_ctx = contexts[-1]
    components = [(c.number, c.short_title, len(c.items), c.counts.get("done", 0)) for c in last_ctx.components]
    completed = _completed_in(plan, periods[-1])
    done_items = [
        DoneItem(
            c.number,
            i.letter,
            i.text,
            completed[i.id].label_vi if i.id in completed else "",
            i.result,
        )
        for c in last_ctx.components
        for i in c.items
        if i.status == "done"
    ]
    with_data = [p for y, p in zip(years, periods, strict=True) if y in have]
    basis_period = with_data[-1] if with_data else periods[-1]
    verdicts = {p.year: evaluate(plan, None, None, p) for p in with_data}
    level = evaluate(plan, None, None, basis_period).level
    criteria = []
    for line in last_ctx.criteria:
        states = []
        for year in years:
            if year not in verdicts:
                states.append("Chưa có số liệu")
                continue
            states.append(next((_cell(c) for c in verdicts[year].criteria if c.id == line.number), "—"))
        at_basis = verdicts.get(basis_period.year) or evaluate(plan, None, None, basis_period)
        chosen = next((r for r in at_basis.criteria if r.id == line.number), None)
        basis = _basis(chosen, line.detail) if chosen is not None else ""
        criteria.append(CriterionYears(line.number, line.name, states, basis))
    sources = []
    for index, f in enumerate(last_ctx.funding):
        per_year: list[int | None] = [
            ctx.funding[index].in_period if year in have else None for year, ctx in zip(years, contexts, strict=True)
        ]
        sources.append(SourceYears(f.name, f.planned, per_year, f.to_date, f.percent, f.ratio))
    total = last_ctx.funding_total
    funding_total = SourceYears(
        total.name,
        total.planned,
        [ctx.funding_total.in_period if year in have else None for year, ctx in zip(years, contexts, strict=True)],
        total.to_date,
        total.percent,
        total.ratio,
    )
    in_range = sorted((p for p in plan.progress if first <= p.period.year <= last), key=lambda p: p.period)
    lessons = list(dict.fromkeys(s for p in in_range for s in p.lessons))
    with_tasks = [p for p in in_range if p.next_tasks and p.period.kind == "Q"]
    if with_tasks:
        latest = with_tasks[-1]
        next_tasks = list(latest.next_tasks)
        next_source = f"Nhiệm vụ trọng tâm ghi nhận trong báo cáo {latest.period.label_vi}"
    else:
        next_tasks, next_source = [], ""
    label = f"năm {first}" if first == last else f"giai đoạn {first} - {last}"
    issuer = plan.document.issuer
    word = "tổng kết" if kind == "final" else "sơ kết"
    span = f"{last - first + 1} năm " if kind == "review" and last > first else ""
    empty_note = (
        "Lưu ý: chưa có số liệu năm " + ", ".join(str(y) for y in empty) + '; các cột của năm đó ghi "Chưa có số liệu".'
        if empty
        else ""
    )
    return ReviewContext(
        kind=kind,
        first=first,
        last=last,
        years=years,
        range_label=label,
        basis_year=basis_period.year,
        criteria_level=(
            f"{LEVEL_NAMES['nang-cao']} (điều kiện để đạt chuẩn {LEVEL_NAMES['kieu-mau']})"
            if level == "kieu-mau"
            else LEVEL_NAMES.get(level, level)
        ),
        head=head,
        title="BÁO CÁO",
        subject=f"{word.capitalize()} {span}thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới {label}",
        intro=(
            f"Thực hiện {head.plan_reference} về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai "
            f"đoạn {plan.years[0]} - {plan.years[-1]}, {issuer.abbreviation} xã {issuer.commune} báo cáo {word} "
            f"kết quả thực hiện {label} như sau:"
        ),
        year_lines=year_lines,
        empty_years=empty,
        empty_note=empty_note,
        milestones=milestones,
        targets=targets,
        components=components,
        done_items=done_items,
        criteria=criteria,
        sources=sources,
        funding_total=funding_total,
        funding_sentence=(
            f"Lũy kế vốn huy động đến hết năm {last} đạt {vn.amount(total.to_date)} đồng, bằng {total.percent} "
            f"tổng kế hoạch {vn.amount(total.planned)} đồng ({vn.amount_in_words(total.planned)})."
        ),
        lessons=lessons,
        next_tasks=next_tasks,
        next_source=next_source,
        closing=f"Trên đây là báo cáo {word} thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới {label} "
        f"của {issuer.abbreviation} xã {issuer.commune}./.",
        recipients=head.recipients,
    )
