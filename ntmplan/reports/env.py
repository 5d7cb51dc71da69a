"""The one Jinja environment: sandboxed, StrictUndefined, every output escaped.

Templates are looked up in order: an explicit ``--templates`` directory, the plan
repository's own ``templates/`` (beside ``plan/``), then the templates shipped with
ntmplan. A file found earlier overrides the later ones, file by file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from .. import vn


def package_templates() -> Path:
    """The templates shipped with ntmplan: inside the wheel, or the repository's in a checkout."""
    here = Path(__file__).resolve().parent.parent
    installed = here / "templates"
    return installed if installed.is_dir() else here.parent / "templates"


def search_path(plan_root: Path | None, extra: Path | None = None) -> list[Path]:
    paths = []
    if extra is not None:
        paths.append(extra)
    if plan_root is not None:
        own = plan_root.resolve().parent / "templates"
        if own.is_dir():
            paths.append(own)
    shipped = package_templates()
    if shipped not in paths:
        paths.append(shipped)
    return paths


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
_MD_LINE_START = re.compile(r"^(\s*)(\d+)([.)])(\s)|^(\s*)([-+])(\s)", re.MULTILINE)


def md_escape(text: str) -> str:
    """Escape text so that Markdown shows it literally (backslash escapes, CommonMark)."""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _MD_ENTITY.sub(r"\\&", text)
    return _MD_LINE_START.sub(lambda m: f"{m[1]}{m[2]}\\{m[3]}{m[4]}" if m[2] else f"{m[5]}\\{m[6]}{m[7]}", text)


def _finalizer(escape: Callable[[str], str]) -> Callable[[Any], Any]:
    def finalize(value: Any) -> Any:
        if isinstance(value, Markup):
            return str(value)
        if isinstance(value, str):
            return escape(value)
        return value

    return finalize


FILTERS: dict[str, Callable[..., Any]] = {
    "amount": vn.amount,
    "amount_short": vn.amount_short,
    "amount_words": vn.amount_in_words,
    "date_long": vn.date_long,
    "date_short": vn.date_short,
    "number": vn.number,
    "percent": vn.percent,
    "two_digits": lambda n: f"{int(n):02d}",
}


def render_template(env: SandboxedEnvironment, name: str, **context: Any) -> str:
    """Render one template; a broken or unsafe template is a clear error, not a traceback."""
    from jinja2 import TemplateError

    from ..errors import UsageError

    try:
        return env.get_template(name).render(**context)
    except TemplateError as exc:
        line = getattr(exc, "lineno", None)
        where = f" (line {line})" if line else ""
        raise UsageError(f"the template {name} cannot be rendered: {exc}{where}") from None


def make_env(paths: Sequence[Path], escape: Callable[[str], str] = md_escape) -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        loader=FileSystemLoader([str(p) for p in paths]),
        undefined=StrictUndefined,
        autoescape=False,
        finalize=_finalizer(escape),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # filters return formatted numbers and dates: already safe, never escaped again
    env.filters.update({name: _markup(f) for name, f in FILTERS.items()})
    return env


def _markup(func: Callable[..., str]) -> Callable[..., Markup]:
    def safe(*args: Any, **kwargs: Any) -> Markup:
        return Markup(func(*args, **kwargs))

    return safe
