"""The roll-up as an administrative report (Nghị định 30 layout) with its tables as annexes.

The issuing body, place, signer and recipients come from the workspace file: a province,
a merged commune or a programme office — data, never a word written here. The report is
rendered through the same sandboxed templates as the other reports (``rollup.md.j2``,
``rollup.docx``); its annexes (one table per commune, per group, and the plans that could
not be read) are the same tables, and make the Excel workbook of ``--format xlsx``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from .. import vn
from ..errors import UsageError
from ..i18n import tr
from ..models.document import LEVEL_NAMES
from ..models.workspace import WorkspaceIssuer
from ..queries.criteria import LEVELS
from ..queries.rollup import Rollup, Tally
from .wording import rollup_sentences
from .xlsx import Column, Kind, Sheet


@dataclass(frozen=True)
class Table:
    """A titled table: the report prints it, the workbook makes it a sheet."""

    title: str
    headers: list[str]
    rows: list[list[str | int | float | None]]
    money_columns: list[int]  # columns of integer đồng (formatted 60.000.000.000 in the report)


@dataclass(frozen=True)
class RollupContext:
    period: str
    period_label: str
    level_name: str
    issuer_lines: list[str]
    number: str
    place: str
    date: dt.date
    title: str
    subject: str
    intro: str
    summary: list[str]  # "12/40 xã đã đạt chuẩn …", one sentence each
    progress_sentence: str
    money_sentence: str
    late: list[str]  # communes with no report for the period
    failed: list[str]  # "id: n lỗi — first diagnostic"
    annexes: list[Table]
    annex_rows: list[list[list[str]]]  # each annex's rows as printed (money grouped, percents with a comma)
    group_by: str  # the group of the per-group annex ("" when none)
    communes_title: str  # the annexes one by one, for the Word template's fixed tables
    communes_rows: list[list[str]]
    groups_title: str
    groups_rows: list[list[str]]
    failed_title: str
    failed_rows: list[list[str]]
    closing: str
    signer_authority: str
    signer_position: str
    signer_name: str
    recipients: list[str]


def _pct(value: object) -> float | None:
    return None if value is None else round(float(value), 4)  # type: ignore[arg-type]


def annexes(result: Rollup) -> list[Table]:
    level = LEVEL_NAMES[result.level]
    communes = Table(
        f"Phụ lục 1. Kết quả theo xã đến hết {result.period.label_vi} (tiêu chí {level})",
        [
            "TT",
            "Xã",
            "Đã đạt chuẩn",
            "Tiêu chí đạt",
            "Chưa đạt",
            "Chưa đánh giá",
            "Số nội dung",
            "Hoàn thành",
            "% hoàn thành",
            "Vướng mắc",
            "Vốn kế hoạch (đồng)",
            "Vốn huy động lũy kế (đồng)",
            "% kế hoạch",
            "Kỳ báo cáo gần nhất",
        ],
        [
            [
                n,
                r.commune,
                ", ".join(f"{LEVEL_NAMES[lv]} {year}" for lv, year in (x.split() for x in r.recognised)),
                r.criteria_met,
                r.criteria_not_met,
                r.criteria_not_assessed,
                r.items,
                r.items_done,
                _pct(r.done_percent),
                r.items_blocked,
                r.planned,
                r.mobilised,
                _pct(r.mobilised_percent),
                r.last_period or "",
            ]
            for n, r in enumerate((r for r in result.rows if not r.broken), start=1)
        ],
        [10, 11],
    )
    tables = [communes]
    if result.group_by is not None:
        tables.append(
            Table(
                f"Phụ lục 2. Tổng hợp theo {result.group_by}",
                [
                    result.group_by,
                    "Số xã",
                    *(f"Đã đạt chuẩn {LEVEL_NAMES[lv]}" for lv in LEVELS),
                    f"Đủ tiêu chí {level}",
                    "% nội dung hoàn thành",
                    "Vốn kế hoạch (đồng)",
                    "Vốn huy động lũy kế (đồng)",
                    "% kế hoạch",
                    "Chưa báo cáo",
                    "Kế hoạch chưa hợp lệ",
                ],
                [_group_row(name, t) for name, t in result.groups.items()] + [_group_row("Tổng cộng", result.total)],
                [7, 8],
            )
        )
    if result.failed:
        tables.append(
            Table(
                f"Phụ lục {len(tables) + 1}. Kế hoạch chưa tổng hợp được (không hợp lệ)",
                ["TT", "Thư mục", "Số lỗi", "Lỗi đầu tiên"],
                [[n, r.id, r.errors, tr(r.first_diagnostic, "vi")] for n, r in enumerate(result.failed, start=1)],
                [],
            )
        )
    return tables


def _group_row(name: str, t: Tally) -> list[str | int | float | None]:
    return [
        name,
        t.communes,
        *(t.recognised[lv] for lv in LEVELS),
        t.level_met,
        _pct(t.done_percent),
        t.planned,
        t.mobilised,
        _pct(t.mobilised_percent),
        t.late,
        t.broken,
    ]


def _printed(table: Table) -> list[list[str]]:
    out = []
    for row in table.rows:
        cells = []
        for i, value in enumerate(row):
            if value is None:
                cells.append("—")
            elif i in table.money_columns and isinstance(value, int):
                cells.append(vn.amount(value))
            elif isinstance(value, float):
                cells.append(vn.number(value, 1) + "%")
            else:
                cells.append(str(value))
        out.append(cells)
    return out


def build_rollup_context(
    result: Rollup,
    issuer: WorkspaceIssuer | None,
    name: str | None,
    date: dt.date,
    number: str | None,
) -> RollupContext:
    if issuer is None:
        raise UsageError(
            "the roll-up report needs the issuing body: add 'issuer:' (lines, abbreviation, place, signer, "
            "recipients) to the workspace file"
        )
    label = result.period.label_vi
    total = result.total
    covered = f"{total.communes} xã" + (f" của {name}" if name else "")
    if total.broken:  # the same N as the sentences: the communes not read are named, not dropped
        covered = f"{total.readable}/{covered} (kế hoạch của {total.broken} xã chưa hợp lệ, chưa tổng hợp được)"
    tables = annexes(result)
    printed = [_printed(t) for t in tables]
    signer = issuer.signer
    return RollupContext(
        period=str(result.period),
        period_label=label,
        level_name=LEVEL_NAMES[result.level],
        issuer_lines=list(issuer.lines),
        number=f"Số: {number or '      '}/BC-{issuer.abbreviation}",
        place=issuer.place,
        date=date,
        title="BÁO CÁO",
        subject=f"Tổng hợp kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới {label}",
        intro=(
            f"Trên cơ sở kế hoạch và báo cáo tiến độ của {covered}, kết quả thực hiện Chương trình mục tiêu quốc gia "
            f"xây dựng nông thôn mới đến hết {label} được tổng hợp như sau:"
        ),
        summary=rollup_sentences(total, result.level),
        progress_sentence=(
            f"Các xã đã hoàn thành {total.items_done}/{total.items} nội dung cụ thể "
            f"({vn.percent(total.done_percent)}); {total.items_blocked} nội dung đang vướng mắc."
        ),
        money_sentence=(
            f"Vốn huy động lũy kế đạt {vn.amount(total.mobilised)} đồng, bằng {vn.percent(total.mobilised_percent)} "
            f"tổng vốn kế hoạch {vn.amount(total.planned)} đồng."
        ),
        late=[r.commune for r in result.rows if r.late and not r.broken],
        failed=[f"{r.id}: {r.errors} lỗi — {tr(r.first_diagnostic, 'vi')}" for r in result.failed],
        annexes=tables,
        annex_rows=printed,
        group_by=result.group_by or "",
        communes_title=tables[0].title,
        communes_rows=printed[0],
        groups_title=tables[1].title if result.group_by else "",
        groups_rows=printed[1] if result.group_by else [],
        failed_title=tables[-1].title if result.failed else "",
        failed_rows=printed[-1] if result.failed else [],
        closing=f"Trên đây là báo cáo tổng hợp kết quả thực hiện Chương trình {label}.",
        signer_authority=signer.authority if signer else "",
        signer_position=signer.position if signer else "",
        signer_name=signer.name if signer else "",
        recipients=list(issuer.recipients),
    )


def _sheet(table: Table) -> Sheet:
    """An annex as a sheet of the one Excel writer: money as đồng, counts as integers."""

    def kind(i: int) -> Kind:
        if i in table.money_columns:
            return "amount"
        values = [row[i] for row in table.rows if row[i] is not None and not isinstance(row[i], str)]
        if not values:
            return "text"
        return "number" if any(isinstance(v, float) for v in values) else "int"

    columns = [Column(header, kind(i)) for i, header in enumerate(table.headers)]
    return Sheet(name=table.title.split(".")[0], title=table.title, columns=columns, rows=table.rows)


def render_rollup(context: RollupContext, fmt: str, templates: Path | None = None) -> bytes:
    """The report as Markdown or Word, or its annexes as an Excel workbook."""
    if fmt == "xlsx":
        from .xlsx import Properties, workbook_bytes

        author = " ".join(context.issuer_lines)
        return workbook_bytes([_sheet(t) for t in context.annexes], Properties(context.subject, author, context.date))
    if fmt == "md":
        from .env import make_env, render_template, search_path

        env = make_env(search_path(None, templates))
        return render_template(env, "rollup.md.j2", r=context).encode("utf-8")
    from .docx import _render, _save
    from .env import find_template, search_path

    folders = search_path(None, templates)
    found = find_template(folders, "rollup.docx")
    if found is None:
        raise UsageError("no Word template 'rollup.docx' in " + ", ".join(str(p) for p in folders))
    path, source = found
    return bytes(_save(_render(path.name, source, {"r": context})))
