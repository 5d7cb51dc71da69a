"""Markdown reports through the data-only sandboxed Jinja environment."""

from __future__ import annotations

from pathlib import Path

from ..models import Plan
from .context import ReportContext
from .env import make_env, render_template, search_path


def render_report_markdown(
    plan: Plan, context: ReportContext, templates: Path | None = None, use_plan_templates: bool = False
) -> str:
    env = make_env(search_path(plan.root, templates, use_plan_templates))
    return render_template(env, "report.md.j2", r=context)
