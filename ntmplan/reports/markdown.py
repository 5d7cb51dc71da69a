"""Markdown reports through the sandboxed Jinja environment."""

from __future__ import annotations

from pathlib import Path

from ..models import Plan
from .context import ReportContext
from .env import make_env, render_template, search_path


def render_report_markdown(plan: Plan, context: ReportContext, templates: Path | None = None) -> str:
    env = make_env(search_path(plan.root, templates))
    return render_template(env, "report.md.j2", r=context)
