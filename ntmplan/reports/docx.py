"""Word reports through docxtpl, from a .docx template a person can restyle in Word.

The template's tags run in the same data-only sandbox as the Markdown templates, with
autoescape on: text from the plan is XML-escaped data, never template code, so a note such
as ``<Đông> & "sân" {{ 7*7 }}`` appears as written. The template sees plain data only: the
chart arrives as the finished drawing markup (a string), never as an object that could
reach the document being built or the file system.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ..errors import UsageError
from ..models import Plan
from .context import ReportContext
from .env import curly_quotes, find_template, make_env, plain, search_path, template_error
from .review import ReviewContext


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


_NUMBER_PERCENT = re.compile(r"(\d)%")
WORD_JOINER = "\u2060"  # "100%" never breaks between the figure and its sign


def _finalize(value: Any, typographic: bool = True) -> Any:
    """Typographic quotes in text (unless the text is a verbatim record); a figure and its % sign
    joined (text and formatted values)."""
    if isinstance(value, Markup):
        return Markup(_NUMBER_PERCENT.sub(rf"\1{WORD_JOINER}%", str(value)))
    if isinstance(value, str):
        return _NUMBER_PERCENT.sub(rf"\1{WORD_JOINER}%", curly_quotes(value) if typographic else value)
    return value


def _verbatim(value: Any) -> Any:
    return _finalize(value, typographic=False)


def _render(
    name: str, source: bytes, context: dict[str, Any], chart: bytes | None = None, typographic: bool = True
) -> Any:
    """Render a Word template; returns the rendered DocxTemplate (its .docx is the document).

    ``typographic=False`` keeps the text's own quotes: the plan document is a signed record."""
    from docxtpl import DocxTemplate

    try:
        template = DocxTemplate(io.BytesIO(source))
        template.init_docx()
    except Exception as exc:  # noqa: BLE001 — not a Word file, a broken zip …
        raise UsageError(f"the Word template {name} cannot be read: {type(exc).__name__}: {exc}") from None
    data = {k: plain(v) for k, v in context.items()}
    if "chart" in context:
        data["chart"] = _picture(template, chart, 160) if chart is not None else None
    env = make_env([])
    env.autoescape = True  # every value is XML-escaped after finalize
    env.finalize = _finalize if typographic else _verbatim
    try:
        template.render(data, jinja_env=env, autoescape=True)
    except Exception as exc:  # noqa: BLE001 — any failure inside a template is the template's
        raise template_error(name, exc) from None
    return template


def _properties(template: Any, title: str, author: str, day: dt.date) -> None:
    """The file's properties are the document's own, not the template's."""
    props = template.docx.core_properties
    when = dt.datetime(day.year, day.month, day.day, 8, 0)
    props.title, props.author, props.last_modified_by = title, author, author
    props.created, props.modified = when, when
    props.language = "vi-VN"
    props.subject = props.comments = props.keywords = props.category = ""
    props.revision = 1


def _keep_tables_with_their_lines(document: Any) -> None:
    """A table's header row keeps with its first row, its last two rows with what follows (the total
    and the summary line after the table never start a page alone); the rows between may break, so a
    table starts where it is and continues on the next page under its repeated header."""
    from docx.oxml.ns import qn

    for table in document.tables:
        rows = list(table.rows)
        header = {
            i for i, r in enumerate(rows) if r._tr.trPr is not None and r._tr.trPr.find(qn("w:tblHeader")) is not None
        }
        if not header:
            continue  # a layout table (national header, signature): left as the template has it
        keep = header | {len(rows) - 2, len(rows) - 1}
        for index, row in enumerate(rows):
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = index in keep


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
    _properties(template, context.subject, context.issuer_name, context.date)
    _keep_tables_with_their_lines(template.docx)
    return _save(template)


def render_review_docx(
    plan: Plan, review: ReviewContext, templates: Path | None = None, use_plan_templates: bool = False
) -> bytes:
    """A sơ kết or tổng kết from review.docx (same sandbox, same properties and table rules)."""
    path, source = _template(plan, "review.docx", templates, use_plan_templates)
    template = _render(path.name, source, {"r": review})
    _properties(template, review.subject, review.head.issuer_name, review.head.date)
    _keep_tables_with_their_lines(template.docx)
    return _save(template)


def render_plan_docx(plan: Plan, templates: Path | None = None, use_plan_templates: bool = False) -> bytes:
    path, source = _template(plan, "plan.docx", templates, use_plan_templates)
    doc = plan.document
    template = _render(
        path.name, source, {"plan": plan, "d": doc, "h": doc.header, "o": plan.objectives}, typographic=False
    )
    issuer = f"{doc.issuer.abbreviation} xã {doc.issuer.commune}"
    title = f"{doc.header.kind.capitalize()} {doc.header.number}: {doc.header.title}"
    _properties(template, title, issuer, doc.header.date)
    return _save(template)
