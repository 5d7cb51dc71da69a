"""The tables of a report as Excel annexes (phụ biểu): the same context the Markdown and Word
reports lay out, as ``Sheet``s for ``xlsx.workbook_bytes``."""

from __future__ import annotations

from ..models import Plan
from .context import FundingLine, ReportContext
from .review import ReviewContext, SourceYears, YearLine
from .xlsx import Cell, Column, Properties, Sheet


def _subtitle(r: ReportContext) -> str:
    number = r.number.removeprefix("Số: ")
    return f"(Kèm theo Báo cáo số {number} ngày {r.date:%d/%m/%Y} của {r.issuer_name})"


def progress_sheets(r: ReportContext) -> list[Sheet]:
    """Items by component and status (counts), then every item with its status and result."""
    states = list(r.status_names)
    counts = Sheet(
        "Tiến độ",
        f"Phụ biểu 01. Tiến độ thực hiện các nội dung thành phần — {r.period_label}",
        [Column("TT", "int"), Column("Nội dung thành phần"), Column("Số nội dung", "int")]
        + [Column(r.status_names[s], "int") for s in states],
        [[c.number, c.short_title, len(c.items), *[c.counts[s] for s in states]] for c in r.components],
        [None, "Tổng cộng", r.items_total, *[r.totals[s] for s in states]],
        subtitle=_subtitle(r),
    )
    columns = [
        Column("Mã"),
        Column("Nội dung cụ thể"),
        Column("Trạng thái"),
        Column("Tỷ lệ hoàn thành", "percent"),
        Column("Kết quả, nguyên nhân"),
    ]
    if r.with_notes:
        columns.append(Column("Ghi chú (nội bộ)"))
    rows = []
    for c in r.components:
        for i in c.items:
            parts = (i.result, f"Nguyên nhân: {i.reason}" if i.reason else None, i.earlier and f"số liệu {i.earlier}")
            said = "; ".join(x for x in parts if x)
            row: list[Cell] = [
                i.id,
                i.text,
                i.status_name,
                None if i.percent is None else i.percent / 100,
                said or None,
            ]
            if r.with_notes:
                row.append(i.note)
            rows.append(row)
    items = Sheet(
        "Nội dung cụ thể",
        f"Phụ biểu 02. Tình hình thực hiện các nội dung cụ thể — {r.period_label}",
        columns,
        rows,
        subtitle=_subtitle(r),
    )
    return [counts, items]


def criteria_sheet(r: ReportContext, number: str = "03") -> Sheet:
    return Sheet(
        "Tiêu chí",
        f"Phụ biểu {number}. Kết quả thực hiện các tiêu chí — {r.period_label}",
        [Column("TT", "int"), Column("Tiêu chí"), Column("Chỉ tiêu, giá trị so với ngưỡng"), Column("Đánh giá")],
        [[c.number, c.name, c.detail or None, c.status_name] for c in r.criteria],
        subtitle=_subtitle(r),
        notes=[r.criteria_summary + "."],
    )


def funding_sheet(r: ReportContext, number: str = "04") -> Sheet:
    def row(f: FundingLine) -> list[Cell]:
        return [f.name, f.share_ratio, f.planned, f.in_period, f.to_date, f.ratio]

    return Sheet(
        "Nguồn vốn",
        f"Phụ biểu {number}. Kết quả huy động nguồn lực theo nguồn vốn — {r.period_label}",
        [
            Column("TT", "int"),
            Column("Nguồn vốn"),
            Column("Tỷ lệ cơ cấu", "percent"),
            Column("Kế hoạch (đồng)", "amount"),
            Column("Trong kỳ (đồng)", "amount"),
            Column("Lũy kế (đồng)", "amount"),
            Column("% kế hoạch", "percent"),
        ],
        [[n, *row(f)] for n, f in enumerate(r.funding, start=1)],
        [None, *row(r.funding_total)],
        subtitle=_subtitle(r),
    )


def report_workbook(r: ReportContext) -> bytes:
    from .xlsx import workbook_bytes

    sheets = [*progress_sheets(r), criteria_sheet(r), funding_sheet(r)]
    return workbook_bytes(sheets, Properties(f"Phụ biểu — {r.subject}", r.issuer_name, r.date))


def plan_workbook(plan: Plan) -> bytes:
    """The plan document's tables: its items by component, and its funding by source."""
    from ..queries.funding import funding_report
    from .xlsx import workbook_bytes

    doc = plan.document
    issuer = f"{doc.issuer.abbreviation} xã {doc.issuer.commune}"
    subtitle = f"(Kèm theo Kế hoạch số {doc.header.number} ngày {doc.header.date:%d/%m/%Y} của {issuer})"
    rows: list[list[Cell]] = []
    for c in plan.components:
        rows.append([str(c.number), c.title])
        rows.extend([c.item_id(i), i.text] for i in c.items)
    items = Sheet(
        "Nội dung",
        f"Phụ lục 01. Nội dung thành phần và nội dung cụ thể, giai đoạn {plan.years_label}",
        [Column("Mã"), Column("Nội dung")],
        rows,
        subtitle=subtitle,
    )
    money = funding_report(plan, None)
    funding = Sheet(
        "Nguồn vốn",
        f"Phụ lục 02. Dự kiến nguồn vốn thực hiện, giai đoạn {plan.years_label}",
        [
            Column("TT", "int"),
            Column("Nguồn vốn"),
            Column("Tỷ lệ cơ cấu", "percent"),
            Column("Kế hoạch (đồng)", "amount"),
        ],
        [[n, s.name, float(s.share) / 100, s.planned] for n, s in enumerate(money.sources, start=1)],
        [None, "Tổng cộng", 1.0, money.planned],
        subtitle=subtitle,
    )
    return workbook_bytes(
        [items, funding], Properties(f"Phụ lục — Kế hoạch {doc.header.number}", issuer, doc.header.date)
    )


def review_workbook(r: ReviewContext) -> bytes:
    """A review's tables: progress year by year, the items completed, the criteria through the
    years, and money mobilised by source and year. A year without data has empty cells and says so."""
    from .xlsx import workbook_bytes

    h = r.head
    number = h.number.removeprefix("Số: ")
    subtitle = f"(Kèm theo Báo cáo số {number} ngày {h.date:%d/%m/%Y} của {h.issuer_name})"
    no_data = "Chưa có số liệu"

    def missing(y: YearLine) -> str | None:
        if not y.has_data:
            return no_data
        return f"Chưa có số liệu {', '.join(y.missing)}" if y.missing else None

    years = Sheet(
        "Theo năm",
        f"Phụ biểu 01. Kết quả thực hiện qua các năm, {r.range_label}",
        [
            Column("Năm", "int"),
            Column("Hoàn thành trong năm", "int"),
            Column("Hoàn thành lũy kế", "int"),
            Column("Đang thực hiện", "int"),
            Column("Vướng mắc", "int"),
            Column("Tiêu chí đạt", "int"),
            Column("Vốn huy động trong năm (đồng)", "amount"),
            Column("Lũy kế (đồng)", "amount"),
            Column("% kế hoạch", "percent"),
            Column("Ghi chú"),
        ],
        [
            [y.year, y.done_in_year, y.done, y.in_progress, y.blocked, y.criteria_met, y.mobilised, y.to_date]
            + [y.ratio, missing(y)]
            if y.has_data
            else [y.year, None, None, None, None, None, None, None, None, no_data]
            for y in r.year_lines
        ],
        subtitle=subtitle,
    )
    done = Sheet(
        "Nội dung hoàn thành",
        f"Phụ biểu 02. Nội dung cụ thể đã hoàn thành đến hết năm {r.last}",
        [Column("Nội dung thành phần", "int"), Column("Mã"), Column("Nội dung cụ thể"), Column("Hoàn thành")]
        + [Column("Kết quả")],
        [[i.component, f"{i.component}.{i.letter}", i.text, i.when or None, i.result] for i in r.done_items],
        subtitle=subtitle,
    )
    criteria = Sheet(
        "Tiêu chí",
        f"Phụ biểu 03. Kết quả thực hiện các tiêu chí qua các năm, {r.range_label}",
        [Column("TT", "int"), Column("Tiêu chí")]
        + [Column(f"Năm {y}") for y in r.years]
        + [Column(f"Căn cứ đánh giá (năm {r.basis_year})")],
        [[c.number, c.name, *c.states, c.basis] for c in r.criteria],
        subtitle=subtitle,
    )

    def money(s: SourceYears) -> list[Cell]:
        return [s.name, s.planned, *s.per_year, s.to_date, s.ratio]

    empty = [f"Năm {y}: chưa có số liệu (ô để trống)." for y in r.empty_years]
    funding = Sheet(
        "Vốn theo năm",
        f"Phụ biểu 04. Vốn huy động theo nguồn và theo năm, {r.range_label}",
        [Column("TT", "int"), Column("Nguồn vốn"), Column("Kế hoạch (đồng)", "amount")]
        + [Column(f"Năm {y} (đồng)", "amount") for y in r.years]
        + [Column("Lũy kế (đồng)", "amount"), Column("% kế hoạch", "percent")],
        [[n, *money(s)] for n, s in enumerate(r.sources, start=1)],
        [None, *money(r.funding_total)],
        subtitle=subtitle,
        notes=[r.funding_sentence, *empty],
    )
    return workbook_bytes(
        [years, done, criteria, funding], Properties(f"Phụ biểu — {r.subject}", h.issuer_name, h.date)
    )
