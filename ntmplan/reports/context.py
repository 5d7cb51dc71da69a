"""The one report context: everything a quarterly, 6-month or annual report says, computed
by queries for the period. Templates (Markdown and Word) only lay it out.

Half-year and annual reports aggregate their quarters: an item's status is its latest up
to the end of the period, money "in the period" sums the quarters, "to date" runs from the
plan's start; direction, assessment, shortcomings, proposals and lessons are gathered from
every quarter of the period, next tasks come from its last quarter only. A quarter of the
period without a progress file is named in ``missing`` (the report says so, the CLI warns).

An item's ``note`` is private to the officers: it reaches the context only when the report
is asked ``with_notes``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from fractions import Fraction

from .. import vn
from ..errors import PeriodKind, UsageError
from ..models import Plan
from ..models.criteria import CriteriaSet
from ..models.period import Period, plan_period
from ..queries.criteria import CriteriaReport, evaluate
from ..queries.funding import FundingReport, funding_report
from ..queries.progress import NO_REPORT, item_states
from ..queries.status import BUCKETS, count_by_status
from ..words import CriterionState, ItemStatus

KIND_OF_PERIOD = {"quarter": "Q", "half": "H", "year": "Y"}
EXAMPLE_PERIOD = {"quarter": "2023-Q3", "half": "2023-H1", "year": "2023"}
STATE_NAMES = {status.value: status.vi for status in ItemStatus}
CRITERIA_STATE_NAMES = {state.value: state.vi.capitalize() for state in CriterionState}


@dataclass(frozen=True)
class ItemLine:
    id: str
    letter: str
    text: str
    status: str
    status_name: str
    percent: float | None
    result: str | None
    reason: str | None
    note: str | None  # None unless the report is made with notes
    reported_in: str | None
    earlier: str | None  # "quý II năm 2023" when the status was reported before the period


@dataclass(frozen=True)
class ComponentLine:
    number: int
    title: str
    short_title: str  # up to the first semicolon: a label for tables
    items: list[ItemLine]
    reported: list[ItemLine]  # items with a recorded status up to the period
    counts: dict[str, int]


@dataclass(frozen=True)
class CriterionLine:
    number: int
    name: str
    status: str
    status_name: str
    detail: str  # indicator values against thresholds, one phrase


@dataclass(frozen=True)
class FundingLine:
    name: str
    share: str
    planned: int
    in_period: int
    to_date: int
    percent: str
    share_ratio: float = 0.0  # 0.05 for 5 %: the numbers an Excel annex needs
    ratio: float | None = None  # to date against plan, 0.037 for 3,7 %


@dataclass(frozen=True)
class ReportContext:
    kind: str
    period: str
    period_label: str  # "quý III năm 2023"
    next_period_label: str
    issuer_lines: list[str]
    issuer_name: str  # "UBND xã Cẩm Đông"
    number: str  # "Số: …/BC-UBND" as printed
    place: str
    date: dt.date
    title: str
    subject: str
    plan_reference: str
    intro: str
    status_names: dict[str, str]
    components: list[ComponentLine]
    totals: dict[str, int]
    items_total: int
    criteria: list[CriterionLine]
    criteria_summary: str
    funding: list[FundingLine]
    funding_total: FundingLine
    funding_sentence: str
    direction: list[str]
    assessment: list[str]
    progress_summary: str  # one computed sentence: items done and money mobilised to the period's end
    shortcomings: list[str]
    next_tasks: list[str]
    proposals: list[str]
    lessons: list[str]
    missing: list[str]  # labels of the period's quarters with no progress recorded
    missing_note: str  # the sentence the report prints about them, "" when none is missing
    with_notes: bool
    closing: str
    signer_authority: str
    signer_position: str
    signer_name: str
    recipients: list[str]
    chart: object | None = field(default=None)  # set by a renderer that draws the funding chart


def parse_report_period(plan: Plan, kind: str, text: str | None) -> Period:
    if text is None:
        raise UsageError(f"a {kind} report needs a period, e.g. {EXAMPLE_PERIOD[kind]}", "period")
    try:
        return plan_period(plan, text, KIND_OF_PERIOD[kind])
    except PeriodKind as exc:
        raise UsageError(
            f"{exc.period} is not a {kind}; a {kind} report takes a period such as {EXAMPLE_PERIOD[kind]}", "period"
        ) from None


def _unique(lines: list[str]) -> list[str]:
    return list(dict.fromkeys(lines))


def _indicator_detail(report: CriteriaReport, number: int) -> str:
    criterion = next(c for c in report.criteria if c.id == number)
    parts = []
    for ind in criterion.indicators:
        if ind.value is None:
            value = "chưa có số liệu"
        else:
            value = vn.measure(ind.value, ind.kind, ind.unit)
        if ind.threshold is None:
            need = "chưa có ngưỡng"
        elif ind.kind == "yes-no":
            need = "yêu cầu: đạt"
        else:
            sign = "≤" if ind.direction == "<=" else "≥"
            need = f"yêu cầu {sign} {vn.number(ind.threshold)}" + ("%" if ind.kind == "percent" else "")
        parts.append(f"{ind.id}: {value} ({need})")
    return "; ".join(parts)


def _ratio(percent: Fraction | None) -> float | None:
    return None if percent is None else round(float(percent) / 100, 6)


def _criteria_summary(report: CriteriaReport) -> str:
    """History first (recognitions under their own sets), then where the commune stands under the
    set in force: ``Đã công nhận đạt chuẩn … năm 2020 …; theo Bộ tiêu chí 2021–2025 …: đạt 12/19, …``."""
    parts = [r.text for r in report.recognitions]
    parts.append(report.assessment or report.summary)
    if report.level == "kieu-mau":
        parts.append("điều kiện xã nông thôn mới kiểu mẫu: " + report.summary)
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def _funding_lines(report: FundingReport) -> tuple[list[FundingLine], FundingLine]:
    lines = [
        FundingLine(
            s.name,
            vn.number(s.share) + "%",
            s.planned,
            s.mobilised,
            s.to_date,
            vn.percent(s.percent_of_plan),
            float(s.share) / 100,
            _ratio(s.percent_of_plan),
        )
        for s in report.sources
    ]
    total = FundingLine(
        "Tổng cộng",
        "100%",
        report.planned,
        report.mobilised,
        report.to_date,
        vn.percent(report.percent_of_plan),
        1.0,
        _ratio(report.percent_of_plan),
    )
    return lines, total


def missing_quarters(plan: Plan, period: Period) -> list[Period]:
    """The quarters of ``period`` inside the plan's years with no progress file."""
    have = {str(p.period) for p in plan.progress}
    return [q for q in period.quarters() if plan.in_plan(q) and str(q) not in have]


def missing_sentence(missing: list[Period]) -> str:
    if not missing:
        return ""
    labels = ", ".join(q.label_vi for q in missing)
    return f"Lưu ý: chưa có số liệu {labels}; báo cáo tổng hợp từ các quý đã có số liệu."


def build_context(
    plan: Plan,
    national: CriteriaSet,
    kind: str,
    period: Period,
    date: dt.date,
    number: str | None = None,
    with_notes: bool = False,
    signer: str | None = None,
    level: str | None = None,
) -> ReportContext:
    """``number`` and ``signer`` as the user typed them (``--number 12``, ``--signer pho-chu-tich``);
    ``level`` the criteria level the report speaks of (default: the plan's target level)."""
    from .fields import choose_signer, recipients_for, report_number

    doc = plan.document
    signs = choose_signer(doc, signer)
    issuer = doc.issuer
    quarters = sorted((p for p in plan.progress if period.contains(p.period)), key=lambda p: str(p.period))
    last_quarter = str(period.quarters()[-1])
    states = item_states(plan, period)
    components = []
    for comp in plan.components:
        lines = [
            ItemLine(
                s.id,
                s.letter,
                s.text,
                s.status,
                STATE_NAMES[s.status],
                s.percent,
                s.result,
                s.reason,
                s.note if with_notes else None,
                str(s.reported_in) if s.reported_in else None,
                s.reported_in.label_vi if s.reported_in and not s.changed_in_period else None,
            )
            for s in states
            if s.component == comp.number
        ]
        short = comp.title.split(";")[0].strip().rstrip(".")
        components.append(
            ComponentLine(
                comp.number,
                comp.title,
                short,
                lines,
                [x for x in lines if x.status != NO_REPORT],
                count_by_status(line.status for line in lines),
            )
        )
    totals = count_by_status(s.status for s in states)
    criteria = evaluate(plan, national, level, period)
    money = funding_report(plan, period)
    funding, funding_total = _funding_lines(money)
    label = period.label_vi
    plan_ref = (
        f"Kế hoạch số {doc.header.number} ngày {vn.date_short(doc.header.date)} của {doc.issuer.abbreviation} "
        f"xã {issuer.commune}"
    )
    tasks = [t for q in quarters if str(q.period) == last_quarter for t in q.next_tasks]
    missing = missing_quarters(plan, period)
    done = totals.get("done", 0)
    progress_summary = (
        f"Đến hết {label}, {done}/{len(states)} nội dung cụ thể hoàn thành, {totals.get('in-progress', 0)} đang "
        f"thực hiện, {totals.get('blocked', 0)} vướng mắc; vốn huy động lũy kế đạt "
        f"{vn.percent(money.percent_of_plan)} kế hoạch; {criteria.summary}."
    )
    subject = f"Kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới {label}"
    return ReportContext(
        kind=kind,
        period=str(period),
        period_label=label,
        next_period_label=period.next().label_vi,
        issuer_lines=list(issuer.lines),
        issuer_name=f"{issuer.abbreviation} xã {issuer.commune}",
        number=report_number(number, issuer.abbreviation),
        place=doc.header.place,
        date=date,
        title="BÁO CÁO",
        subject=subject,
        plan_reference=plan_ref,
        intro=(
            f"Thực hiện {plan_ref} về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn "
            f"{plan.years[0]} - {plan.years[-1]}, {issuer.abbreviation} xã {issuer.commune} báo cáo kết quả "
            f"thực hiện {label} như sau:"
        ),
        status_names={b: STATE_NAMES[b] for b in BUCKETS},
        components=components,
        totals=totals,
        items_total=len(states),
        criteria=[
            CriterionLine(
                c.id,
                c.name,
                c.status,
                CRITERIA_STATE_NAMES[c.status] + (f" ({c.basis_name})" if c.basis_name else ""),
                _indicator_detail(criteria, c.id),
            )
            for c in criteria.criteria
        ],
        criteria_summary=_criteria_summary(criteria),
        funding=funding,
        funding_total=funding_total,
        funding_sentence=(
            f"Tổng vốn huy động trong kỳ {vn.amount(money.mobilised)} đồng; lũy kế từ đầu giai đoạn "
            f"{vn.amount(money.to_date)} đồng, đạt {vn.percent(money.percent_of_plan)} kế hoạch "
            f"{vn.amount(money.total)} đồng ({vn.amount_in_words(money.total)})."
        ),
        direction=_unique([s for q in quarters for s in q.direction]),
        assessment=_unique([s for q in quarters for s in q.assessment]),
        progress_summary=progress_summary,
        shortcomings=_unique([s for q in quarters for s in q.shortcomings]),
        next_tasks=tasks,
        proposals=_unique([s for q in quarters for s in q.proposals]),
        lessons=_unique([s for q in quarters for s in q.lessons]),
        missing=[q.label_vi for q in missing],
        missing_note=missing_sentence(missing),
        with_notes=with_notes,
        closing=f"Trên đây là báo cáo kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới {label} "
        f"của {issuer.abbreviation} xã {issuer.commune}./.",
        signer_authority=signs.authority,
        signer_position=signs.position,
        signer_name=signs.name,
        recipients=recipients_for(doc, kind),
    )
