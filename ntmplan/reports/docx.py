"""Word reports through docxtpl, from a .docx template a person can restyle in Word.

The template's tags run in the same sandboxed, StrictUndefined Jinja environment as the
Markdown templates, with autoescape on: text from the plan is XML-escaped data, never
template code, so a note such as ``<Đông> & "sân" {{ 7*7 }}`` appears as written.
"""

from __future__ import annotations

import io
from pathlib import Path

from ..errors import UsageError
from ..models import Plan
from .context import ReportContext
from .env import make_env, search_path


def _template_path(plan: Plan, name: str, templates: Path | None) -> Path:
    for folder in search_path(plan.root, templates):
        if (folder / name).is_file():
            return folder / name
    raise UsageError(f"no Word template '{name}' in " + ", ".join(str(p) for p in search_path(plan.root, templates)))


def _render(path: Path, context: dict[str, object], build=None) -> bytes:  # type: ignore[no-untyped-def]
    from docxtpl import DocxTemplate
    from jinja2.exceptions import TemplateError

    template = DocxTemplate(str(path))
    if build is not None:
        context = {**context, **build(template)}
    env = make_env([], escape=lambda s: s)
    env.autoescape = True
    env.finalize = None
    try:
        template.render(context, jinja_env=env, autoescape=True)
    except TemplateError as exc:
        raise UsageError(f"the Word template {path} cannot be rendered: {exc}") from None
    out = io.BytesIO()
    template.save(out)
    return out.getvalue()


def render_report_docx(plan: Plan, context: ReportContext, chart: bytes | None, templates: Path | None = None) -> bytes:
    path = _template_path(plan, "report.docx", templates)

    def images(template) -> dict[str, object]:  # type: ignore[no-untyped-def]
        if chart is None:
            return {"chart": None}
        from docx.shared import Mm
        from docxtpl import InlineImage

        return {"chart": InlineImage(template, io.BytesIO(chart), width=Mm(160))}

    return _render(path, {"r": context}, images)


def render_plan_docx(plan: Plan, templates: Path | None = None) -> bytes:
    path = _template_path(plan, "plan.docx", templates)
    doc = plan.document
    return _render(path, {"plan": plan, "d": doc, "h": doc.header, "o": plan.objectives})
