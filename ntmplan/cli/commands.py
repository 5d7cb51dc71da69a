"""Subcommands. Each body: parse options, call one library function, print, exit code."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from ..errors import ExitCode, UsageError
from ..i18n import t, tr
from ..i18n.catalogue import (
    AMOUNT_HELP,
    FILTER_STATUS_HELP,
    RECORD_STATUS_HELP,
    SOURCE_ARG_HELP,
    UNIT_ARG_HELP,
    UNIT_FILTER_HELP,
)
from ..words import Level
from .base import answer, app, load, out, parse_period, plan_dir, plan_source, state
from .complete import item_ids, source_ids, unit_ids
from .options import (
    CheckFmt,
    Fmt,
    FormatOpt,
    LevelOpt,
    PlansOpt,
    TemplatesOpt,
    WorkspaceOpt,
    level_option,
    period_option,
)
from .output import echo

if TYPE_CHECKING:
    import datetime as dt

    from ..edits import Recorded
    from ..models import Plan
    from ..queries.status import Status


@app.command()
def check(
    ctx: typer.Context,
    fmt: Annotated[
        CheckFmt, typer.Option("--format", help="text, json or github (workflow annotations)")
    ] = CheckFmt.text,
) -> None:
    """Validate the whole plan and print every problem, each with its file, line and column."""
    from ..loader import plan_diagnostics
    from .output import print_diagnostics

    diags = plan_diagnostics(plan_dir(ctx), source=plan_source(ctx))
    print_diagnostics(diags, fmt.value)
    errors = sum(d.is_error for d in diags)
    if fmt is CheckFmt.text and not diags:
        echo(t("check.ok"), err=True)
    raise typer.Exit(ExitCode.INVALID if errors else ExitCode.OK)


@app.command()
def status(
    ctx: typer.Context,
    period: Annotated[Optional[str], period_option("2023-Q3, 2023-H1, 2023 … [default: latest with data]")] = None,
    level: LevelOpt = None,
    full: Annotated[
        bool, typer.Option("--full", help="Also the plan's identity, components, units and funding tables")
    ] = False,
    fmt: FormatOpt = Fmt.text,
) -> None:
    """Where the plan stands, on one screen: progress, funding, criteria, milestones, changes, attention."""
    from .output import print_json

    def build(plan: Plan) -> Status:
        from ..criteria_data import national_criteria
        from ..queries.status import status

        return status(plan, national_criteria(), parse_period(period, plan), level.value if level else None)

    # kept beside the plan in the cache: a warm status builds no model (nor imports pydantic)
    result = answer(ctx, "status", (period, level.value if level else None), build)
    if fmt is Fmt.json:
        print_json(result)
    else:
        from .views import status_full_view, status_view  # Rich only for the text view

        console = out(ctx)
        view = status_full_view(result, state(ctx).lang, console.width) if full else None
        console.print(view or status_view(result, state(ctx).lang, console.width))


@app.command()
def items(
    ctx: typer.Context,
    component: Annotated[Optional[int], typer.Option("--component", "-c", help="Only this component's items")] = None,
    unit: Annotated[Optional[str], typer.Option("--unit", "-u", help=UNIT_FILTER_HELP, autocompletion=unit_ids)] = None,
    item_status: Annotated[Optional[str], typer.Option("--status", help=FILTER_STATUS_HELP)] = None,
    period: Annotated[Optional[str], period_option("Status as of this period")] = None,
    fmt: FormatOpt = Fmt.text,
) -> None:
    """List the lettered items (nội dung cụ thể), filtered by component, unit or status."""
    from ..queries.funding import latest_period
    from ..queries.items import select_items
    from .output import print_json
    from .views import items_table

    plan = load(ctx)
    wanted = parse_period(period, plan) or latest_period(plan)
    rows = select_items(plan, wanted, component=component, unit=unit, status=item_status)
    if fmt is Fmt.json:
        print_json({"period": wanted, "items": rows})
    else:
        out(ctx).print(items_table(rows, state(ctx).lang, with_status=wanted is not None))


@app.command()
def units(
    ctx: typer.Context,
    unit: Annotated[Optional[str], typer.Argument(help=UNIT_ARG_HELP, autocompletion=unit_ids)] = None,
    fmt: FormatOpt = Fmt.text,
) -> None:
    """The units of section VI and the components each leads or supports."""
    from .output import print_json
    from .views import unit_view, units_table

    plan = load(ctx)
    found = plan.unit(unit) if unit is not None else None
    if unit is not None and found is None:
        near = plan.near_unit(unit)
        if near:
            raise UsageError(f"no unit '{unit}'; did you mean '{near}'?")
        raise UsageError(f"no unit '{unit}'; units: " + ", ".join(u.id for u in plan.units))
    chosen = [found] if found else plan.units
    if fmt is Fmt.json:
        print_json({"units": chosen})
    elif unit:
        out(ctx).print(unit_view(plan, found.id if found else unit, state(ctx).lang))
    else:
        out(ctx).print(units_table(plan, state(ctx).lang))


class FundingBy(str, Enum):
    source = "source"
    year = "year"
    component = "component"


@app.command()
def funding(
    ctx: typer.Context,
    total: Annotated[
        Optional[str],
        typer.Option("--total", help="What-if split of another total, e.g. '75 tỷ' (the plan is untouched)"),
    ] = None,
    by: Annotated[FundingBy, typer.Option("--by", help="source, year or component")] = FundingBy.source,
    period: Annotated[Optional[str], period_option("Mobilised in this period, and to date as of its end")] = None,
    fmt: FormatOpt = Fmt.text,
) -> None:
    """Funding by source: share, planned amount, mobilised in the period and to date, % of plan."""
    from ..models.amount import AmountError, parse_amount
    from ..queries.funding import by_component, by_year, funding_report
    from .output import print_json
    from .views import funding_by_component_table, funding_by_year_table, funding_table

    plan = load(ctx)
    wanted = parse_period(period, plan)
    what_if = None
    if total is not None:
        try:
            what_if = parse_amount(total)
        except AmountError as exc:
            raise UsageError(f"--total: {exc}") from None
    if by is FundingBy.source:
        report = funding_report(plan, wanted, what_if)
        if fmt is Fmt.json:
            print_json(report)
        else:
            out(ctx).print(funding_table(report, state(ctx).lang, width=out(ctx).width))
    elif by is FundingBy.year:
        years = by_year(plan)
        if fmt is Fmt.json:
            print_json(
                {"total": plan.funding.total, "years": [{"year": y, "planned": p, "mobilised": m} for y, p, m in years]}
            )
        else:
            out(ctx).print(funding_by_year_table(plan.funding.total, years, state(ctx).lang))
    else:
        comps = by_component(plan, wanted)
        if fmt is Fmt.json:
            print_json(
                {"period": wanted, "components": [{"component": n, "title": t_, "mobilised": m} for n, t_, m in comps]}
            )
        else:
            out(ctx).print(funding_by_component_table(comps, state(ctx).lang))


record_app = typer.Typer(
    help="Record progress into plan/progress/YYYY-Qn.yaml, or a year's figures and verdicts into YYYY.yaml.",
    no_args_is_help=True,
)
app.add_typer(record_app, name="record")

PeriodOpt = Annotated[str, period_option("The quarter, e.g. 2023-Q3 or quý III/2023", "-p")]


def _recorded(result: Recorded) -> None:
    from ..errors import SourceLocation

    shown = SourceLocation(result.path).display_path()
    made = f" ({t('new_file')})" if result.created else ""

    echo(f"{t('written')}: {shown}{made} — {tr(result.what)}", err=True)


@record_app.command("progress")
def record_progress_cmd(
    ctx: typer.Context,
    item: Annotated[str, typer.Argument(help="Item id: 2.a, 2.đ (or telex 2.dd)", autocompletion=item_ids)],
    period: PeriodOpt,
    status: Annotated[
        Optional[str],
        typer.Option("--status", "-s", help=RECORD_STATUS_HELP),
    ] = None,
    percent: Annotated[
        Optional[str], typer.Option("--percent", help="How far it got, 0–100; must agree with the status")
    ] = None,
    result: Annotated[
        Optional[str], typer.Option("--result", help="Kết quả: what was achieved, printed in reports")
    ] = None,
    reason: Annotated[
        Optional[str], typer.Option("--reason", help="Nguyên nhân: why a blocked item is stuck, printed in reports")
    ] = None,
    note: Annotated[
        Optional[str],
        typer.Option("--note", help="Ghi chú: a private note for the officers, never in a report"),
    ] = None,
    clear: Annotated[
        Optional[list[str]],
        typer.Option("--clear", metavar="FIELD", help="Remove a field: percent, result, reason or note (repeatable)"),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Record a blocked item without a reason")] = False,
) -> None:
    """Record how far an item got in a quarter."""
    from ..edits import record_progress

    _recorded(
        record_progress(load(ctx), item, period, status, percent, note, result, reason, tuple(clear or ()), force)
    )


YearlyPeriodOpt = Annotated[str, period_option("A quarter (2023-Q3), a half-year (2023-H1) or a year (2023)", "-p")]


@record_app.command("indicator")
def record_indicator_cmd(
    ctx: typer.Context,
    indicator: Annotated[str, typer.Argument(help="Indicator id, e.g. 3.1 (see ntmplan criteria)")],
    period: YearlyPeriodOpt,
    value: Annotated[
        Optional[str], typer.Option("--value", "-v", help="A number (85; 72,5; 72,5 triệu; 85%) or đạt / không đạt")
    ] = None,
    verdict: Annotated[
        Optional[str], typer.Option("--status", "-s", help="A verdict on the indicator: đạt or chưa đạt")
    ] = None,
    basis: Annotated[
        Optional[str], typer.Option("--basis", help="self-assessed (tự đánh giá, default) or appraised (thẩm định)")
    ] = None,
    source: Annotated[Optional[str], typer.Option("--source", help="The document the verdict rests on")] = None,
    note: Annotated[Optional[str], typer.Option("--note")] = None,
) -> None:
    """Record an indicator's value, or a verdict on it, for a quarter, a half-year or a year."""
    from ..edits import record_indicator

    _recorded(record_indicator(load(ctx), indicator, period, value, note, verdict, basis, source))


@record_app.command("criterion")
def record_criterion_cmd(
    ctx: typer.Context,
    criterion: Annotated[str, typer.Argument(help="Criterion number, 1–19")],
    period: YearlyPeriodOpt,
    verdict: Annotated[str, typer.Option("--status", "-s", help="đạt or chưa đạt")],
    basis: Annotated[
        Optional[str], typer.Option("--basis", help="self-assessed (tự đánh giá, default) or appraised (thẩm định)")
    ] = None,
    source: Annotated[
        Optional[str], typer.Option("--source", help="The document it rests on, e.g. Văn bản số …")
    ] = None,
    note: Annotated[Optional[str], typer.Option("--note", help="e.g. Theo kết quả tự đánh giá …")] = None,
) -> None:
    """Record a verdict on a whole criterion (self-assessed or appraised) for a period."""
    from ..edits import record_criterion

    _recorded(record_criterion(load(ctx), criterion, period, verdict, basis, source, note))


@record_app.command("funding")
def record_funding_cmd(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(help=SOURCE_ARG_HELP, autocompletion=source_ids)],
    period: PeriodOpt,
    amount: Annotated[str, typer.Option("--amount", "-a", help=AMOUNT_HELP)],
    component: Annotated[
        Optional[int], typer.Option("--component", "-c", help="Record it against one component")
    ] = None,
) -> None:
    """Record the money a source brought in during a quarter (replaces an earlier figure)."""
    from ..edits import record_funding

    _recorded(record_funding(load(ctx), source, period, amount, component))


def _text_command(kind: str, doc: str) -> None:
    def command(
        ctx: typer.Context,
        text: Annotated[str, typer.Argument(help="The text, in Vietnamese")],
        period: PeriodOpt,
    ) -> None:
        from ..edits import record_text

        _recorded(record_text(load(ctx), kind, period, text))

    command.__doc__ = doc
    record_app.command(kind)(command)


_text_command("shortcoming", "Add a shortcoming (tồn tại, hạn chế) to a quarter.")
_text_command("task", "Add a key task for the next period (nhiệm vụ trọng tâm kỳ tới).")
_text_command("proposal", "Add a proposal (đề xuất, kiến nghị) to a quarter.")
_text_command("direction", "Add a line on direction and management (công tác chỉ đạo, điều hành) to a quarter.")
_text_command("assessment", "Add a line of the general assessment (đánh giá chung) to a quarter.")
_text_command("lesson", "Add a lesson learnt (bài học kinh nghiệm) to a quarter; review reports gather them.")


criteria_app = typer.Typer(invoke_without_command=True, no_args_is_help=False)
app.add_typer(criteria_app, name="criteria")


@criteria_app.callback()
def criteria(
    ctx: typer.Context,
    level: LevelOpt = None,
    period: Annotated[Optional[str], period_option("Values as of this period [default: latest with data]")] = None,
    fmt: FormatOpt = Fmt.text,
) -> None:
    """The national criteria for a level: each met, not met, without data or without a threshold."""
    if ctx.invoked_subcommand is not None:
        return
    from ..queries.criteria import evaluate
    from .output import print_json
    from .views import criteria_view

    plan = load(ctx)
    wanted = parse_period(period, plan)
    report = evaluate(plan, None, level.value if level else None, wanted)
    if fmt is Fmt.json:
        print_json(report)
    else:
        out(ctx).print(criteria_view(report, state(ctx).lang))


@criteria_app.command("template")
def criteria_template(
    ctx: typer.Context,
    level: Annotated[
        Optional[Level],
        level_option("Only the thresholds of this level: ntm, nang-cao or kieu-mau [default: every level]"),
    ] = None,
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="File to write [default: criteria.yaml in the plan folder]")
    ] = None,
) -> None:
    """Write a fill-in file for the province's thresholds: every criterion and indicator, thresholds blank."""
    from ..criteria_data import national_criteria, set_for
    from ..criteria_eval import latest_period
    from ..criteria_template import template_target, template_text, write_template

    plan = load(ctx)
    when = latest_period(plan)
    national = set_for(when.year if when else plan.years[0]) or national_criteria()
    target = template_target(plan_dir(ctx), output)
    text = template_text(national, level.value if level else None)
    if target.resolve() == (plan_dir(ctx) / "criteria.yaml").resolve():
        from ..schema import modeline  # the editor's schema line, as every plan file has

        text = modeline("criteria.yaml") + "\n" + text
    write_template(target, text)
    echo(t("template.written", target=target.as_posix()), err=True)


class ReportKind(str, Enum):
    plan = "plan"
    quarter = "quarter"
    half = "half"
    year = "year"
    rollup = "rollup"
    review = "review"
    final = "final"


class ReportFmt(str, Enum):
    md = "md"
    docx = "docx"
    xlsx = "xlsx"


@app.command()
def report(
    ctx: typer.Context,
    kind: Annotated[
        ReportKind,
        typer.Argument(
            help="plan, quarter, half, year, review (sơ kết), final (tổng kết), or rollup (across a workspace)"
        ),
    ],
    period: Annotated[
        Optional[str], typer.Argument(help="2023-Q3 (quarter), 2023-H1 (half), 2023 (year), 2021..2023 (review)")
    ] = None,
    fmt: Annotated[
        Optional[ReportFmt],
        typer.Option("--format", help="md, docx or xlsx (Excel annexes) [default: from the -o name, else md]"),
    ] = None,
    output: Annotated[
        Optional[Path],
        typer.Option("-o", "--output", help="Output file; '-' prints Markdown to stdout [default: reports/…]"),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing report of the same name")] = False,
    templates: TemplatesOpt = None,
    plan_templates: Annotated[
        bool,
        typer.Option("--plan-templates", help="Use the templates/ folder beside the plan (off: a plan may be others')"),
    ] = False,
    date: Annotated[
        Optional[str],
        typer.Option("--date", help="Date printed on the report: 05/10/2023 or 2023-10-05 [default: today]"),
    ] = None,
    number: Annotated[
        Optional[str], typer.Option("--number", help="The report's number, if assigned: 12 or 12/BC-UBND")
    ] = None,
    with_notes: Annotated[
        bool, typer.Option("--with-notes", help="Also print the officers' private notes (ghi chú) of each item")
    ] = False,
    signer: Annotated[
        Optional[str],
        typer.Option("--signer", help="Who signs: an id from 'signers' in plan/document.yaml [default: signer]"),
    ] = None,
    workspace: WorkspaceOpt = None,
    plans: PlansOpt = None,
    group_by: Annotated[
        Optional[str], typer.Option("--group-by", help="rollup: an annex by this group of the workspace")
    ] = None,
    level: LevelOpt = None,
) -> None:
    """Write the plan document, a quarterly, 6-month or annual report, or the roll-up of a workspace."""
    if kind is ReportKind.rollup:
        from . import many

        many.report_rollup(
            ctx,
            period,
            fmt.value if fmt else None,
            output,
            force,
            templates,
            _report_date(date),
            number,
            many.Scope(workspace, plans, group_by, level.value if level else "ntm"),
        )
        return
    from ..reports.env import plan_templates as own_templates
    from ..reports.render import chart_name, render_report, report_name
    from .report_files import DEFAULT_FOLDER, check_target, output_format, write_report

    chosen = output_format(output, fmt.value if fmt else None)
    plan = load(ctx)
    if templates is not None and not templates.is_dir():
        raise UsageError(f"--templates: '{templates}' is not a directory")
    if not plan_templates and templates is None and own_templates(plan.root).is_dir():
        echo("ntmplan: " + t("note.plan_templates", path=str(own_templates(plan.root))), err=True)
    day = _report_date(date)
    to_stdout = output is not None and str(output) == "-"
    if to_stdout and chosen in ("docx", "xlsx"):
        kind_of = "a Word" if chosen == "docx" else "an Excel"
        raise UsageError(f"-o -: {kind_of} file cannot be printed; give a file name")
    if not to_stdout:  # a report that will be refused is refused before it is rendered (a Word file takes a while)
        target = output or DEFAULT_FOLDER / report_name(plan, kind.value, period, chosen)
        beside = [target.parent / chart_name(target.name)] if chosen == "md" else []
        for path in (target, *beside):
            check_target(path, plan.root, force, default=output is None)
    result = render_report(
        plan,
        kind.value,
        period,
        chosen,
        templates,
        day,
        number,
        with_chart=not to_stdout,
        output_name=output.name if output and not to_stdout else None,
        use_plan_templates=plan_templates,
        with_notes=with_notes,
        signer=signer,
        level=level.value if level else None,
    )
    from .output import terminal_safe

    for warning in result.warnings:
        echo(f"ntmplan: {t('severity.warning', state(ctx).lang)}: {tr(warning, state(ctx).lang)}", err=True)
    if to_stdout:
        sys.stdout.write(terminal_safe(result.content.decode("utf-8")))
        return
    target = output or DEFAULT_FOLDER / result.default_name
    replaced = write_report(target, result.content, result.extra_files, plan.root, force, default=output is None)
    note = f" ({t('replaced_file')})" if replaced else ""
    echo(f"{t('written', state(ctx).lang)}: {target}{note}", err=True)


def _report_date(text: str | None) -> dt.date | None:
    from ..reports.fields import parse_date

    return None if text is None else parse_date(text)
