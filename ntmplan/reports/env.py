"""The one Jinja environment: a data-only sandbox, StrictUndefined, every output escaped.

Templates are code that someone else may have written (a plan sent by a commune), so:

- they receive plain data only (:func:`plain`): dicts, lists, strings, numbers, dates —
  never a path, a model or any object whose methods act;
- the sandbox (:class:`DataSandbox`) refuses every attribute that is not data: ``r.title``
  looks up the key ``title`` of a dict and nothing else, so ``x.__class__``, ``s.upper()``,
  ``list.append`` or ``chart.tpl.save(…)`` are refused;
- the loader (:class:`TemplateFolders`) reads only regular files inside its folders, never
  through a symbolic link, never by a name that leaves the folder;
- a template's own error (a bad tag, ``{{ 1/0 }}``, a refused attribute) is a usage error
  naming the template and its line, never a crash.

Templates are looked up in order: an explicit ``--templates`` directory, the plan
repository's own ``templates/`` (beside ``plan/``) only when the user asks for it
(``--plan-templates``), then the templates shipped with ntmplan. A file found earlier
overrides the later ones, file by file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import os
import re
import stat
import traceback
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path, PurePath
from typing import Any

from jinja2 import BaseLoader, Environment, StrictUndefined, TemplateError, TemplateNotFound
from jinja2.exceptions import SecurityError
from jinja2.runtime import LoopContext, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Cycler, Joiner, Namespace
from markupsafe import Markup

from .. import vn
from ..errors import UsageError

PLAN_TEMPLATES = "templates"  # the folder beside plan/ that --plan-templates turns on


def package_templates() -> Path:
    """The templates shipped with ntmplan: inside the wheel, or the repository's in a checkout."""
    here = Path(__file__).resolve().parent.parent
    installed = here / "templates"
    return installed if installed.is_dir() else here.parent / "templates"


def plan_templates(plan_root: Path) -> Path:
    """The plan repository's own templates folder (it may not exist)."""
    return plan_root.resolve().parent / PLAN_TEMPLATES


def search_path(plan_root: Path | None, extra: Path | None = None, use_plan_templates: bool = False) -> list[Path]:
    """Folders to look templates up in, first match wins.

    A plan's own ``templates/`` is not trusted by default: a plan may come from someone else.
    """
    paths = []
    if extra is not None:
        paths.append(extra)
    if plan_root is not None and use_plan_templates:
        own = plan_templates(plan_root)
        if own.is_dir():
            paths.append(own)
    shipped = package_templates()
    if shipped not in paths:
        paths.append(shipped)
    return paths


# -- plain data ---------------------------------------------------------------------------------

_SCALARS = (str, int, float, Decimal, dt.date, type(None))


def plain(value: Any) -> Any:
    """``value`` as data a template may read: dicts, lists and scalars only.

    Dataclasses and pydantic models become dicts of their fields; enums their value; paths
    and anything else that is not data are left out (a template never sees where files are).
    """
    if isinstance(value, Markup):
        return value
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, _SCALARS):  # bool is an int
        return value
    if isinstance(value, PurePath):
        return None
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    fields = getattr(type(value), "model_fields", None)
    if isinstance(fields, dict):  # a pydantic model
        return {name: plain(getattr(value, name)) for name in fields if not isinstance(getattr(value, name), PurePath)}
    if isinstance(value, Mapping):
        return {plain(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, range, set, frozenset)):
        return [plain(v) for v in value]
    raise TypeError(f"not template data: {type(value).__name__}")


# -- the sandbox --------------------------------------------------------------------------------

_JINJA_HELPERS = (LoopContext, Namespace, Cycler, Joiner, Undefined)


class DataSandbox(ImmutableSandboxedEnvironment):
    """A sandbox in which a dot or a subscript reads data and does nothing else."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if isinstance(obj, _JINJA_HELPERS):  # loop.index, ns.total …
            return super().getattr(obj, attribute)
        if isinstance(obj, Mapping):
            if attribute in obj:
                return obj[attribute]
            return self.undefined(obj=obj, name=attribute)
        return self._refused(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        if isinstance(obj, _JINJA_HELPERS):
            return super().getitem(obj, argument)
        if isinstance(obj, Mapping):
            try:
                return obj[argument]
            except (KeyError, TypeError):
                return self.undefined(obj=obj, name=str(argument))
        if isinstance(obj, (list, str)) and isinstance(argument, (int, slice)) and not isinstance(argument, bool):
            try:
                return obj[argument]
            except IndexError:
                return self.undefined(obj=obj, name=str(argument))
        return self._refused(obj, argument)

    def _refused(self, obj: Any, name: Any) -> Undefined:
        return self.undefined(
            f"templates read data only: '{name}' of a {type(obj).__name__} is not data",
            obj=obj,
            name=str(name),
            exc=SecurityError,
        )


class TemplateFolders(BaseLoader):
    """Regular files inside the given folders; never through a link, never outside a folder."""

    def __init__(self, folders: Sequence[Path]) -> None:
        self.folders = [Path(f) for f in folders]

    def get_source(self, environment: Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        found = find_template(self.folders, template)
        if found is None:
            raise TemplateNotFound(template)
        path, data = found
        try:
            source = data.decode("utf-8")
        except UnicodeDecodeError:
            raise UsageError(f"the template {path} is not UTF-8 text") from None
        return source, str(path), lambda: False


def _pieces(name: str) -> list[str]:
    pieces = [p for p in re.split(r"[/\\]", name) if p and p != "."]
    if not pieces or any(p == ".." for p in pieces) or PurePath(name).is_absolute() or ":" in pieces[0]:
        raise UsageError(f"template name '{name}' leaves the templates folder")
    return pieces


def find_template(folders: Sequence[Path], name: str) -> tuple[Path, bytes] | None:
    """The first ``name`` found in ``folders``, read without following any link.

    A link, or anything that is not a regular file, where a template should be is an error
    (not silently skipped): a templates folder must hold its templates itself.
    """
    pieces = _pieces(name)
    for folder in folders:
        path = folder
        for piece in pieces:
            path = path / piece
            try:
                mode = os.lstat(path).st_mode
            except FileNotFoundError:
                break
            except OSError as exc:
                raise UsageError(f"cannot read the template {path}: {exc.strerror}") from None
            if stat.S_ISLNK(mode):
                raise UsageError(f"the template {path} is a symbolic link; templates are read only from regular files")
        else:
            if not stat.S_ISREG(mode):
                raise UsageError(f"the template {path} is not a regular file")
            return path, _read_no_follow(path)
    return None


def _read_no_follow(path: Path) -> bytes:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise UsageError(f"cannot read the template {path}: {exc.strerror}") from None
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise UsageError(f"the template {path} is not a regular file")
        return fh.read()


# -- escaping and filters -----------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~$])")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
_MD_LINE_START = re.compile(r"^(\d+)([.)])(?=\s|$)|^([-+=])(?=[-+=\s]|$)")
_LINE_BREAKS = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


def md_escape(text: str) -> str:
    """Escape text so that Markdown shows it literally and on one line.

    Backslash escapes (CommonMark) for every character with a meaning, and line breaks
    folded into spaces: a note holding ``"\\n# Heading"`` or a table row cannot start a new
    block, break a table cell or a list item.
    """
    text = _LINE_BREAKS.sub(" ", text).lstrip(" \t")  # leading blanks would make a code block
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _MD_ENTITY.sub(r"\\&", text)
    # a value may start a line: "1. x" (a list), "- x", "+ x", "---", "===" (a rule, a heading underline)
    return _MD_LINE_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", text)


_STRAIGHT_QUOTES = re.compile(r'"([^"\n]*)"')


def curly_quotes(text: str) -> str:
    """Paired straight double quotes as the typographic ones a document uses: "sân" → “sân”."""
    return _STRAIGHT_QUOTES.sub("\u201c\\1\u201d", text)


def clause(text: str, last: bool) -> str:
    """An item of an administrative list: ends with ';', the last one with '.'."""
    return text.rstrip().rstrip(".;,") + ("." if last else ";")


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
TEXT_FILTERS: dict[str, Callable[..., str]] = {"clause": clause}  # return text: escaped like any text


def template_error(name: str, exc: BaseException) -> UsageError:
    """A template's failure as a usage error: what went wrong, in which template, at which line."""
    line = getattr(exc, "lineno", None)
    if line is None:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith((name, "<template>"))]
        line = frames[-1].lineno if frames else None
    where = f"line {line}: " if line else ""
    what = str(exc) if isinstance(exc, (TemplateError, UsageError)) else f"{type(exc).__name__}: {exc}"
    return UsageError(f"the template {name} cannot be rendered: {where}{what}")


def render_template(env: Environment, name: str, **context: Any) -> str:
    """Render one template on plain data; a broken or unsafe template is a clear error."""
    try:
        return env.get_template(name).render(**{k: plain(v) for k, v in context.items()})
    except UsageError as exc:
        raise template_error(name, exc) from None
    except Exception as exc:  # noqa: BLE001 — any failure inside a template is the template's
        raise template_error(name, exc) from None


def document_escape(text: str) -> str:
    """Text in a Markdown report: typographic quotes, then escaped for Markdown."""
    return md_escape(curly_quotes(text))


def make_env(paths: Sequence[Path], escape: Callable[[str], str] = document_escape) -> DataSandbox:
    env = DataSandbox(
        loader=TemplateFolders(paths),
        undefined=StrictUndefined,
        autoescape=False,
        finalize=_finalizer(escape),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # filters return formatted numbers and dates: already safe, never escaped again
    env.filters.update({name: _markup(f) for name, f in FILTERS.items()})
    env.filters.update(TEXT_FILTERS)
    return env


def _markup(func: Callable[..., str]) -> Callable[..., Markup]:
    def safe(*args: Any, **kwargs: Any) -> Markup:
        return Markup(func(*args, **kwargs))

    return safe
