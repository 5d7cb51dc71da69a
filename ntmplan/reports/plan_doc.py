"""The plan document itself, rendered from plan/ (proof that the YAML holds the whole plan)."""

from __future__ import annotations

from pathlib import Path

from ..models import Plan
from .env import make_env, render_template, search_path


def render_plan_markdown(plan: Plan, templates: Path | None = None, use_plan_templates: bool = False) -> str:
    env = make_env(search_path(plan.root, templates, use_plan_templates))
    return render_template(env, "plan.md.j2", plan=plan)
