"""One entry point for every report: pick the template, build the context, render."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError
from ..models import Plan


@dataclass(frozen=True)
class Rendered:
    content: bytes
    default_name: str
    extra_files: dict[str, bytes] = field(default_factory=dict)  # written beside the report (the chart)
    warnings: list[str] = field(default_factory=list)  # said on the terminal (a quarter without data)


def report_name(plan: Plan, kind: str, period: str | None, fmt: str) -> str:
    """The report's default file name (``bao-cao-2023-Q3.md``, ``so-ket-2021-2023.docx``,
    ``ke-hoach-39.md``), known before anything is rendered; a period the kind does not take is
    refused here."""
    if kind == "plan":
        if period is not None:
            raise UsageError("the plan document takes no period")
        return f"ke-hoach-{plan.document.header.number.split('/')[0]}.{fmt}"
    if kind in ("review", "final"):
        from .review import parse_review_range

        first, last = parse_review_range(plan, kind, period)
        return f"{'tong-ket' if kind == 'final' else 'so-ket'}-{first}-{last}.{fmt}"
    from .context import parse_report_period

    return f"bao-cao-{parse_report_period(plan, kind, period)}.{fmt}"


def chart_name(report: str) -> str:
    """The funding chart written beside a Markdown report: ``bao-cao-2023-Q3-nguon-von.png``."""
    return f"{Path(report).stem}-nguon-von.png"


def render_report(
    plan: Plan,
    kind: str,
    period: str | None,
    fmt: str,
    templates: Path | None = None,
    date: dt.date | None = None,
    number: str | None = None,
    with_chart: bool = True,
    output_name: str | None = None,
    use_plan_templates: bool = False,
    with_notes: bool = False,
    signer: str | None = None,
    level: str | None = None,
) -> Rendered:
    name = report_name(plan, kind, period, fmt)
    if kind == "plan":
        if fmt == "xlsx":
            from .annex import plan_workbook

            return Rendered(plan_workbook(plan), name)
        if fmt == "md":
            from .plan_doc import render_plan_markdown

            return Rendered(render_plan_markdown(plan, templates, use_plan_templates).encode("utf-8"), name)
        from .docx import render_plan_docx

        return Rendered(render_plan_docx(plan, templates, use_plan_templates), name)

    if kind in ("review", "final"):
        return _render_review(plan, name, kind, period, fmt, templates, date, number, use_plan_templates, signer)

    from ..criteria_data import national_criteria
    from .context import build_context, parse_report_period

    wanted = parse_report_period(plan, kind, period)
    context = build_context(
        plan, national_criteria(), kind, wanted, date or dt.date.today(), number, with_notes, signer, level
    )
    warnings = [f"no progress recorded for {', '.join(context.missing)}: the report says so"] if context.missing else []
    if fmt == "xlsx":
        from .annex import report_workbook

        return Rendered(report_workbook(context), name, warnings=warnings)
    chart = None
    if with_chart:
        from .chart import funding_chart_png

        chart = funding_chart_png(context.funding, f"Vốn huy động lũy kế so với kế hoạch — {context.period_label}")
    if fmt == "md":
        from .markdown import render_report_markdown

        extra: dict[str, bytes] = {}
        if chart is not None:
            image = chart_name(output_name or name)
            extra[image] = chart
            context = dataclasses.replace(context, chart=image)
        text = render_report_markdown(plan, context, templates, use_plan_templates)
        return Rendered(text.encode("utf-8"), name, extra, warnings)
    from .docx import render_report_docx

    return Rendered(render_report_docx(plan, context, chart, templates, use_plan_templates), name, warnings=warnings)


def _render_review(
    plan: Plan,
    name: str,
    kind: str,
    period: str | None,
    fmt: str,
    templates: Path | None,
    date: dt.date | None,
    number: str | None,
    use_plan_templates: bool,
    signer: str | None,
) -> Rendered:
    """A sơ kết over FROM..TO or the tổng kết of the plan's whole period."""
    from ..criteria_data import national_criteria
    from .review import build_review, parse_review_range

    first, last = parse_review_range(plan, kind, period)
    review = build_review(plan, national_criteria(), kind, first, last, date or dt.date.today(), number, signer)
    warnings = [f"no progress recorded in {year}: the review says so" for year in review.empty_years]
    if fmt == "md":
        from .env import make_env, render_template, search_path

        env = make_env(search_path(plan.root, templates, use_plan_templates))
        return Rendered(render_template(env, "review.md.j2", r=review).encode("utf-8"), name, warnings=warnings)
    if fmt == "xlsx":
        from .annex import review_workbook

        return Rendered(review_workbook(review), name, warnings=warnings)
    from .docx import render_review_docx

    return Rendered(render_review_docx(plan, review, templates, use_plan_templates), name, warnings=warnings)
