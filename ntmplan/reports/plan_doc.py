"""The plan document itself, rendered from plan/ (proof that the YAML holds the whole plan)."""

from __future__ import annotations

from pathlib import Path

from ..models import Plan
from .env import make_env, md_escape, render_template, search_path


def render_plan_markdown(plan: Plan, templates: Path | None = None, use_plan_templates: bool = False) -> str:
    # the signed document's own text, quotes included: no typographic quotes here
    env = make_env(search_path(plan.root, templates, use_plan_templates), escape=md_escape)
    return render_template(env, "plan.md.j2", plan=plan)
