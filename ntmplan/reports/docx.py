"""Word reports through docxtpl, from a .docx template a person can restyle in Word.

The template's tags run in the same data-only sandbox as the Markdown templates, with
autoescape on: text from the plan is XML-escaped data, never template code, so a note such
as ``<Đông> & "sân" {{ 7*7 }}`` appears as written. The template sees plain data only: the
chart arrives as the finished drawing markup (a string), never as an object that could
reach the document being built or the file system.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ..errors import UsageError
from ..models import Plan
from .context import ReportContext
from .env import find_template, make_env, plain, search_path, template_error


def _template(plan: Plan, name: str, templates: Path | None, use_plan_templates: bool) -> tuple[Path, bytes]:
    folders = search_path(plan.root, templates, use_plan_templates)
    found = find_template(folders, name)
    if found is None:
        raise UsageError(f"no Word template '{name}' in " + ", ".join(str(p) for p in folders))
    return found


def _picture(template: Any, png: bytes, width_mm: float) -> Markup:
    """The chart as WordprocessingML, added to the document's parts before rendering."""
    from docx.shared import Mm

    template.init_docx()
    inline = template.docx.part.new_pic_inline(io.BytesIO(png), Mm(width_mm), None)
    return Markup(
        '</w:t></w:r><w:r><w:drawing>%s</w:drawing></w:r><w:r><w:t xml:space="preserve">' % inline.xml  # noqa: UP031
    )


def _render(name: str, source: bytes, context: dict[str, Any], chart: bytes | None = None) -> Any:
    """Render a Word template; returns the rendered DocxTemplate (its .docx is the document)."""
    from docxtpl import DocxTemplate

    try:
        template = DocxTemplate(io.BytesIO(source))
        template.init_docx()
    except Exception as exc:  # noqa: BLE001 — not a Word file, a broken zip …
        raise UsageError(f"the Word template {name} cannot be read: {type(exc).__name__}: {exc}") from None
    data = {k: plain(v) for k, v in context.items()}
    if "chart" in context:
        data["chart"] = _picture(template, chart, 160) if chart is not None else None
    env = make_env([], escape=lambda s: s)
    env.autoescape = True
    env.finalize = None
    try:
        template.render(data, jinja_env=env, autoescape=True)
    except Exception as exc:  # noqa: BLE001 — any failure inside a template is the template's
        raise template_error(name, exc) from None
    return template


def _save(template: Any) -> bytes:
    out = io.BytesIO()
    template.save(out)
    return out.getvalue()


def render_report_docx(
    plan: Plan,
    context: ReportContext,
    chart: bytes | None,
    templates: Path | None = None,
    use_plan_templates: bool = False,
) -> bytes:
    path, source = _template(plan, "report.docx", templates, use_plan_templates)
    template = _render(path.name, source, {"r": context, "chart": None}, chart)
    return _save(template)


def render_plan_docx(plan: Plan, templates: Path | None = None, use_plan_templates: bool = False) -> bytes:
    path, source = _template(plan, "plan.docx", templates, use_plan_templates)
    doc = plan.document
    template = _render(path.name, source, {"plan": plan, "d": doc, "h": doc.header, "o": plan.objectives})
    return _save(template)
