"""``load_plan(dir)``: the one pipeline — discover → read → validate → assemble → check.

Every stage adds diagnostics to one list; a stage never stops the run for an error that a
later stage could report beside it. The plan is returned only when there is no error.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from . import cache
from .errors import Diagnostic, SourceLocation, printable
from .models.period import Period, PeriodError

if TYPE_CHECKING:
    from pydantic import BaseModel

    from .models import Plan, Progress
    from .yamlio import YamlFile

# The parsers (yamlio), the validator, the checks and the models are imported where a plan is
# read and checked, not here: a warm run takes the plan from the cache and never needs them
# (ruamel.yaml, PyYAML and the checks stay unloaded; `check` on a hit does not even build the
# plan's models, so pydantic's model machinery stays unloaded too).

PLAN_FILES: dict[str, str] = {
    "document.yaml": "Document",
    "objectives.yaml": "Objectives",
    "components.yaml": "Components",
    "funding.yaml": "Funding",
    "solutions.yaml": "Solutions",
    "units.yaml": "Units",
}
"""The plan's files and the name of the model (in :mod:`ntmplan.models`) each is validated against."""
OPTIONAL_FILES: dict[str, str] = {"criteria.yaml": "CriteriaConfig"}


def model_of(rel: str) -> type[BaseModel]:
    """The model a plan file (``document.yaml`` …, not a progress file) is validated against."""
    from . import models

    model: type[BaseModel] = getattr(models, PLAN_FILES.get(rel) or OPTIONAL_FILES[rel])
    return model


PROGRESS_DIR = "progress"
_QUARTER_FILE = re.compile(r"^(\d{4})-Q([1-4])\.ya?ml$")
_QUARTER_LIKE = re.compile(r"^(\d{4})-[Qq]([1-4])(?![0-9])")
_PERIOD_FILE = re.compile(r"^(\d{4})(?:-(Q[1-4]|H[12]))?\.ya?ml$")
"""progress/2023-Q3.yaml (a quarter), 2023-H1.yaml (a half-year), 2023.yaml (a year's figures and verdicts)."""


@dataclass
class PlanSources:
    """The parsed files of one plan directory, keyed by their path relative to it."""

    root: Path
    files: dict[str, YamlFile] = field(default_factory=dict)
    nodes: dict[str, Any] = field(default_factory=dict)
    """libyaml's node tree of a file read on the fast path, composed when a diagnostic is located in it."""

    def positioned(self, rel: str) -> YamlFile:
        """The file with its round-trip tree, parsing it now if the fast path read it."""
        doc = self.files[rel]
        if doc.tree is None:
            from .yamlio import parse_yaml

            slow, _ = parse_yaml(doc.path, doc.raw)
            if slow is not None:
                self.files[rel] = doc = slow
        return doc

    def locate(self, rel: str, loc: Sequence[Any], *, at_key: bool = False) -> SourceLocation:
        if rel not in self.files and rel.endswith(".yaml") and rel[:-5] + ".yml" in self.files:
            rel = rel[:-5] + ".yml"  # a progress file may be named .yml
        if rel not in self.files:
            return SourceLocation(self.root / rel)
        from .yamlio import locate

        doc = self.files[rel]
        if doc.tree is None:  # read on the fast path: its positions from libyaml, not a slow re-parse
            from .yamlio.locate import compose, locate_node

            if rel not in self.nodes:
                self.nodes[rel] = compose(doc.text)
            found = locate_node(self.nodes[rel], loc, at_key=at_key) if self.nodes[rel] is not None else None
            if found is not None:
                return doc.location(*found)
        doc = self.positioned(rel)
        line, col = locate(doc.tree, loc, at_key=at_key)
        return doc.location(line, col)


class FileSource(Protocol):
    """Where a plan's files come from: the work tree, or (``--as-of``) a git revision."""

    def exists(self, rel: str) -> bool: ...

    def listdir(self, rel: str) -> list[str]:
        """The names of the files in the folder ``rel``; empty when there is no such folder."""
        ...

    def read_bytes(self, rel: str) -> bytes:
        """The bytes of the file ``rel``; raises OSError when it cannot be read."""
        ...


@dataclass(frozen=True)
class DirectorySource:
    """The plan files on disk, under ``root``."""

    root: Path

    def exists(self, rel: str) -> bool:
        return (self.root / rel).exists()

    def listdir(self, rel: str) -> list[str]:
        folder = self.root / rel
        return [p.name for p in folder.iterdir() if p.is_file()] if folder.is_dir() else []

    def read_bytes(self, rel: str) -> bytes:
        return (self.root / rel).read_bytes()


def _looks_like_plan_file(name: str, in_progress: bool) -> bool:
    """A name someone may have meant as a plan file (hidden files are editors' and tools' own)."""
    if name.startswith("."):
        return False
    low = name.lower()
    return ".yaml" in low or ".yml" in low or (in_progress and _QUARTER_LIKE.match(name) is not None)


def _listing(folder: Path, rel: str) -> tuple[list[str], list[Diagnostic]]:
    try:
        return sorted(p.name for p in folder.iterdir()), []
    except OSError as exc:
        what = "the plan folder" if not rel else f"the folder {rel}/"
        return [], [Diagnostic(SourceLocation(folder), "FILE002", f"cannot read {what}: {exc.strerror}")]


def _outside(root_real: Path, path: Path) -> bool:
    try:
        return not path.resolve().is_relative_to(root_real)
    except (OSError, RuntimeError):  # a loop of links: it is not followed, and reading it says why
        return False


def survey(root: Path, source: FileSource | None = None) -> tuple[list[str], list[Diagnostic]]:
    """The plan files under ``root`` that ntmplan reads (relative to it, in reading order), and
    what is wrong with the folder: a file that looks like a plan file but is not read, two files
    for one quarter, a link leading out of the plan folder (never followed), a folder that
    cannot be listed. From another ``source`` (a git revision) only the names are judged."""
    if source is not None and not isinstance(source, DirectorySource):
        return _survey_names(root, source)
    diags: list[Diagnostic] = []
    names = [n for n in (*PLAN_FILES, *OPTIONAL_FILES) if n in PLAN_FILES or (root / n).exists()]
    listed, found = _listing(root, "")
    diags += found
    for name in listed:
        if name in PLAN_FILES or name in OPTIONAL_FILES or not _looks_like_plan_file(name, False):
            continue
        same = next((n for n in names if n.lower() == name.lower() and _same_file(root / n, root / name)), None)
        if same is None:
            diags.append(_not_read(root / name, _suggest_plan_name(name)))
    root_real = root.resolve()
    progress = root / PROGRESS_DIR
    if progress.is_symlink() and _outside(root_real, progress):
        diags.append(_link_out(progress, PROGRESS_DIR + "/"))
    elif progress.is_symlink() and not progress.exists():
        diags += _listing(progress, PROGRESS_DIR)[1]  # a broken link or a loop: say why it cannot be read
    elif progress.is_dir():
        listed, found = _listing(progress, PROGRESS_DIR)
        diags += found
        names += _progress_names(progress, listed, diags)
    kept = []
    for rel in names:
        if (root / rel).is_symlink() and _outside(root_real, root / rel):
            diags.append(_link_out(root / rel, rel))
        else:
            kept.append(rel)
    return kept, diags


def _progress_names(progress: Path, listed: list[str], diags: list[Diagnostic]) -> list[str]:
    """The progress files read, one per quarter; what else looks like one goes to ``diags``."""
    names: list[str] = []
    quarters: dict[str, str] = {}
    for name in sorted(listed):
        m = _PERIOD_FILE.match(name)
        if m is None:
            if name.endswith((".yaml", ".yml")) and not name.startswith("."):
                diags.append(
                    Diagnostic(
                        SourceLocation(progress / name),
                        "PER002",
                        f"'{printable(name)}' is not named after a period; it is not read",
                        hint="name progress files YYYY-Qn.yaml (2023-Q3.yaml), or YYYY.yaml / YYYY-Hn.yaml "
                        "for a year's or half-year's figures",
                    )
                )
            elif _looks_like_plan_file(name, True):
                diags.append(_not_read(progress / name, _suggest_quarter_name(name)))
            continue
        quarter = f"{m[1]}-{m[2]}" if m[2] else m[1]
        if quarter in quarters:
            diags.append(
                Diagnostic(
                    SourceLocation(progress / name),
                    "FILE004",
                    f"{name} and {quarters[quarter]} are both for {quarter}; only {quarters[quarter]} is read",
                    hint=f"keep one file per quarter: merge them into {quarter}.yaml and delete {name}",
                )
            )
            continue
        quarters[quarter] = name
        names.append(f"{PROGRESS_DIR}/{name}")
    return names


def _survey_names(root: Path, source: FileSource) -> tuple[list[str], list[Diagnostic]]:
    diags: list[Diagnostic] = []
    names = [n for n in (*PLAN_FILES, *OPTIONAL_FILES) if n in PLAN_FILES or source.exists(n)]
    names += _progress_names(root / PROGRESS_DIR, source.listdir(PROGRESS_DIR), diags)
    return names, diags


def _link_out(path: Path, rel: str) -> Diagnostic:
    return Diagnostic(
        SourceLocation(path),
        "FILE005",
        f"{rel} is a link leading outside the plan folder; it is not followed",
        hint="copy what it points to into the plan folder instead of linking to it",
    )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def _not_read(path: Path, suggestion: str | None) -> Diagnostic:
    if suggestion and (path.parent / suggestion).exists():
        suggestion = None  # that file exists: this one is a copy
    hint = (
        f"rename it to {suggestion}, or move it out of the plan folder if it is a backup or a copy"
        if suggestion
        else "move it out of the plan folder: a backup or a copy belongs outside it"
    )
    return Diagnostic(
        SourceLocation(path),
        "FILE003",
        f"'{printable(path.name)}' looks like a plan file but ntmplan does not read it",
        hint=hint,
    )


def _suggest_plan_name(name: str) -> str | None:
    stem = name.split(".", 1)[0].lower()
    return next((n for n in (*PLAN_FILES, *OPTIONAL_FILES) if n.split(".", 1)[0] == stem), None)


def _suggest_quarter_name(name: str) -> str | None:
    m = _QUARTER_LIKE.match(name)
    return f"{m[1]}-Q{m[2]}.yaml" if m else None


def discover(root: Path, source: FileSource | None = None) -> list[str]:
    """The plan files under ``root`` that ntmplan reads, relative to it, in reading order."""
    return survey(root, source)[0]


def read_plan(
    root: Path, overrides: Mapping[str, bytes] | None = None, source: FileSource | None = None
) -> tuple[PlanSources, list[Diagnostic]]:
    """Parse every plan file; ``overrides`` replaces a file's bytes (an edit checked in memory);
    ``source`` reads the files from elsewhere than the work tree (a git revision)."""
    from .yamlio import parse_bytes

    overrides = overrides or {}
    files = source or DirectorySource(root)
    sources = PlanSources(root)
    names, diags = survey(root, files)
    names += [n for n in overrides if n not in names]
    for rel in names:
        path = root / rel
        if rel in overrides:
            raw = overrides[rel]
        elif not files.exists(rel):
            diags.append(
                Diagnostic(
                    SourceLocation(path),
                    "FILE001",
                    f"the plan file {rel} is missing",
                    hint="every plan needs " + ", ".join(PLAN_FILES),
                )
            )
            continue
        else:
            try:
                raw = files.read_bytes(rel)
            except OSError as exc:
                diags.append(Diagnostic(SourceLocation(path), "FILE002", f"cannot read the file: {exc.strerror}"))
                continue
        doc, found = parse_bytes(path, raw)
        diags.extend(found)
        if doc is not None:
            sources.files[rel] = doc
    return sources, diags


def _progress_period(rel: str, sources: PlanSources) -> tuple[Period | None, list[Diagnostic]]:
    """The quarter a progress file is for, from its name; its ``period`` key must agree."""
    doc = sources.files[rel]
    m = _PERIOD_FILE.match(Path(rel).name)
    if not m:
        return None, [
            Diagnostic(
                doc.location(1, 1),
                "PER002",
                f"'{Path(rel).name}' is not named after a period",
                hint="name progress files YYYY-Qn.yaml (2023-Q3.yaml), or YYYY.yaml / YYYY-Hn.yaml for yearly figures",
            )
        ]
    period = Period.parse(Path(rel).stem)
    written = doc.data.get("period")
    try:
        if written is not None and Period.parse(written) != period:
            return None, [
                Diagnostic(
                    sources.locate(rel, ("period",)),
                    "PER002",
                    f"the file is for {period}, but its period says {written}",
                    hint=f"set 'period: {period}' or rename the file",
                )
            ]
    except PeriodError:
        pass  # validation reports the bad value itself
    return period, []


def assemble(sources: PlanSources) -> tuple[Plan | None, list[Diagnostic]]:
    """Validate each file against its model and build the plan."""
    from .models import CriteriaConfig, Plan, Progress
    from .validate import located, validate

    diags: list[Diagnostic] = []
    parts: dict[str, Any] = {}
    progress: list[Progress] = []
    for rel in list(sources.files):
        doc = sources.files[rel]
        if rel.startswith(PROGRESS_DIR + "/"):
            period, found = _progress_period(rel, sources)
            diags.extend(found)
            if period is None:
                continue
            data = dict(doc.data)
            data.setdefault("period", str(period))
            value, errors = validate(Progress, data)
            diags.extend(located(sources.positioned(rel), Progress, errors) if errors else [])
            if value is not None:
                progress.append(value)
            continue
        model = model_of(rel)
        value, errors = validate(model, doc.data)
        diags.extend(located(sources.positioned(rel), model, errors) if errors else [])
        if value is not None:
            parts[rel] = value
    if any(d.is_error for d in diags) or not all(n in parts for n in PLAN_FILES):
        return None, diags
    plan = Plan(
        root=sources.root,
        document=parts["document.yaml"],
        objectives=parts["objectives.yaml"],
        components=parts["components.yaml"].components,
        funding=parts["funding.yaml"],
        solutions=parts["solutions.yaml"].solutions,
        units=parts["units.yaml"].units,
        criteria=parts.get("criteria.yaml", CriteriaConfig()),
        progress=sorted(progress, key=lambda p: p.period),
    )
    return plan, diags


def load_plan(
    root: Path | str,
    overrides: Mapping[str, bytes] | None = None,
    *,
    use_cache: bool = True,
    source: FileSource | None = None,
) -> tuple[Plan | None, list[Diagnostic]]:
    """Load and check the plan in ``root``: the plan (None if any error) and all diagnostics.

    A plan whose files are unchanged since it last checked clean comes from the cache.
    ``source`` reads the files from elsewhere (``--as-of``: a git revision); such a plan is
    never cached.
    """
    root = Path(root)
    key = _cache_key(root) if use_cache and overrides is None and source is None else None
    return _load(root, key, overrides, source)


def _load(
    root: Path, key: str | None, overrides: Mapping[str, bytes] | None = None, source: FileSource | None = None
) -> tuple[Plan | None, list[Diagnostic]]:
    hit = cache.get(root, key) if key else None
    if hit is not None:
        return hit[0], hit[1]
    plan, diags, read = check_plan(root, overrides, source)
    if plan is not None and key is not None:
        cache.put(root, key, (plan, diags, read), head=diags, parts=plan.progress)
    return plan, diags


T = TypeVar("T")


def plan_answer(
    root: Path | str,
    name: str,
    args: Sequence[str | None],
    compute: Callable[[Plan], T],
    *,
    source: FileSource | None = None,
) -> tuple[T | None, list[Diagnostic]]:
    """``compute(plan)`` for the plan in ``root``, and the plan's diagnostics as :func:`load_plan`
    gives them (the answer is None when the plan has errors).

    The answer is kept in the cache beside the plan, keyed by the plan's files, the code, ``name``
    and ``args`` (so ``compute`` may read nothing else: not the date, not the environment). The same
    question of unchanged files is then answered from that entry alone: no model is built and
    pydantic is not imported (``status`` on a warm cache). An answer the cache cannot store as data
    is simply computed each time; a ``compute`` that raises stores nothing."""
    root = Path(root)
    key = _cache_key(root) if source is None else None
    asked = hashlib.sha256(repr((key, name, tuple(args))).encode()).hexdigest() if key else None
    if asked is not None:
        hit = cache.get_entry(root, asked, kind=name)
        if hit is not None and isinstance(hit[0], list):
            return hit[1], hit[0]
    plan, diags = _load(root, key, None, source)
    if plan is None:
        return None, diags
    value = compute(plan)
    if asked is not None:
        cache.put(root, asked, value, head=diags, kind=name)
    return value, diags


def plan_diagnostics(root: Path | str, *, source: FileSource | None = None) -> list[Diagnostic]:
    """Every diagnostic of loading and checking the plan in ``root`` (what ``check`` prints).

    On a cache hit only the stored diagnostics are read: the plan's models are not built, so
    pydantic's model machinery is never imported. Otherwise as :func:`load_plan`."""
    root = Path(root)
    key = _cache_key(root) if source is None else None
    head = cache.get_head(root, key) if key else None
    if isinstance(head, list):
        return head
    return load_plan(root, source=source)[1]


def _cache_key(root: Path) -> str | None:
    """The cache key of the plan's files as they are now; None when the cache is off or the
    folder has a problem (such a folder is never cached, so its problems are always reported)."""
    if not cache.enabled():
        return None
    names, found = survey(root)
    return cache.fingerprint(root, names) if not found else None


def check_plan(
    root: Path, overrides: Mapping[str, bytes] | None = None, source: FileSource | None = None
) -> tuple[Plan | None, list[Diagnostic], list[Diagnostic]]:
    """Read, validate and check every file: the plan (None if any error), all diagnostics, and
    those of reading and validating alone (what ``recheck`` keeps for the files it does not read)."""
    sources, diags = read_plan(root, overrides, source)
    plan, found = assemble(sources)
    diags += found
    read = sorted(diags, key=Diagnostic.sort_key)
    if plan is not None:
        from .checks import run_checks
        from .criteria_data import national_criteria

        diags += run_checks(plan, sources.locate, national_criteria())
    diags.sort(key=Diagnostic.sort_key)
    if any(d.is_error for d in diags):
        return None, diags, read
    return plan, diags, read


@dataclass
class _OnDemandSources(PlanSources):
    """Sources that parse a file only when a diagnostic must be located in it."""

    def locate(self, rel: str, loc: Sequence[Any], *, at_key: bool = False) -> SourceLocation:
        if rel not in self.files:
            from .yamlio import parse_bytes

            try:
                doc, _ = parse_bytes(self.root / rel, (self.root / rel).read_bytes())
            except OSError:
                doc = None
            if doc is not None:
                self.files[rel] = doc
        return super().locate(rel, loc, at_key=at_key)


def recheck(
    root: Path,
    base: Plan,
    base_read: Sequence[Diagnostic],
    rel: str,
    raw: bytes,
    parsed: tuple[YamlFile | None, list[Diagnostic]] | None = None,
) -> tuple[Plan | None, list[Diagnostic], list[Diagnostic]]:
    """``check_plan`` for ``base`` (a plan that checked clean, and the diagnostics of reading it)
    with one progress file's bytes replaced by ``raw``: only that file is read (unless ``parsed``
    is ``parse_bytes`` of it already) and validated, then every check runs on the new plan. The
    cost of a record grows with the file it edits."""
    path = root / rel
    sources = _OnDemandSources(root)
    from .checks import run_checks
    from .models import Progress
    from .validate import located, validate
    from .yamlio import parse_bytes

    doc, diags = parsed if parsed is not None else parse_bytes(path, raw)
    diags = list(diags)
    if doc is None:
        return None, diags, diags
    sources.files[rel] = doc
    period, found = _progress_period(rel, sources)
    diags += found
    value = None
    if period is not None:
        data = dict(doc.data)
        data.setdefault("period", str(period))
        value, errors = validate(Progress, data)
        diags += located(sources.positioned(rel), Progress, errors) if errors else []
    read = sorted([d for d in base_read if d.location.path != path] + diags, key=Diagnostic.sort_key)
    if value is None or any(d.is_error for d in diags):
        return None, read, read
    progress = sorted([p for p in base.progress if p.period != value.period] + [value], key=lambda p: p.period)
    plan = base.model_copy(update={"progress": progress})
    from .criteria_data import national_criteria

    all_diags = sorted(read + run_checks(plan, sources.locate, national_criteria()), key=Diagnostic.sort_key)
    if any(d.is_error for d in all_diags):
        return None, all_diags, read
    return plan, all_diags, read
