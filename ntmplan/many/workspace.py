"""Finding and reading a workspace: ``ntmplan-workspace.yaml`` or ``--plans GLOB``.

A workspace lists plan folders (paths or globs, relative to the workspace file) with the
groups each belongs to. Globs expand in sorted order; a folder listed twice is read once
(its groups merged, the later entry winning on a clash). A listed path that is not a folder
stays in the list, so that the roll-up reports it as a plan that cannot be read.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import Diagnostic, PlanInvalid, UsageError

if TYPE_CHECKING:
    from ..models.workspace import Workspace, WorkspaceIssuer

WORKSPACE_FILE = "ntmplan-workspace.yaml"
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Member:
    """One plan folder of the workspace."""

    id: str  # its path relative to the workspace folder, with '/' (stable: the export's commune_id)
    root: Path
    groups: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Members:
    """The resolved workspace: its plan folders in order, and where it came from."""

    members: list[Member]
    source: Path | None  # the workspace file, or None for --plans
    name: str | None = None
    issuer_data: dict[str, Any] | None = None  # the file's validated issuer: as JSON data
    warnings: list[str] = field(default_factory=list)

    @property
    def issuer(self) -> WorkspaceIssuer | None:
        """Who issues the roll-up report (built on demand: the roll-up itself needs no model)."""
        if self.issuer_data is None:
            return None
        from ..models.workspace import WorkspaceIssuer

        return WorkspaceIssuer.model_validate(self.issuer_data)

    @property
    def group_keys(self) -> list[str]:
        keys: dict[str, None] = {}
        for m in self.members:
            keys.update(dict.fromkeys(m.groups))
        return list(keys)


def find_workspace(start: Path | None = None) -> Path | None:
    """``ntmplan-workspace.yaml`` in ``start`` (default: the current folder) or a folder above it."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / WORKSPACE_FILE
        if candidate.is_file():
            return candidate
    return None


def read_workspace(path: Path) -> tuple[Workspace | None, list[Diagnostic]]:
    """Parse and validate a workspace file; every problem is located."""
    from ..models.workspace import Workspace
    from ..validate import located, validate
    from ..yamlio import parse_bytes, parse_yaml, read_yaml

    try:
        raw = path.read_bytes()
    except OSError:
        return None, read_yaml(path)[1]  # which says why the file cannot be read
    doc, diags = parse_bytes(path, raw)  # the fast path: a cold roll-up need not load the round-trip parser
    if doc is None:
        return None, diags
    value, errors = validate(Workspace, doc.data)
    if errors:
        positioned = doc if doc.tree is not None else parse_yaml(path, raw)[0]  # the tree locates each error
        return None, diags + located(positioned or doc, Workspace, errors)
    return value, diags


def _expand(pattern: str, base: Path) -> list[Path]:
    full = Path(pattern) if Path(pattern).is_absolute() else base / pattern
    if not _GLOB_CHARS & set(pattern):
        return [full]
    return [Path(p) for p in sorted(glob.glob(str(full), recursive=True)) if Path(p).is_dir()]


def _member_id(root: Path, base: Path) -> str:
    try:
        return Path(os.path.relpath(root, base)).as_posix()
    except ValueError:  # another drive on Windows
        return root.as_posix()


def resolve(entries: list[tuple[str, dict[str, str]]], base: Path) -> tuple[list[Member], list[str]]:
    """Expand paths and globs into members, in order, each folder once."""
    found: dict[Path, Member] = {}
    warnings = []
    for pattern, groups in entries:
        roots = _expand(pattern, base)
        if not roots:
            warnings.append(f"'{pattern}' matches no plan folder")
        for root in roots:
            key = Path(os.path.normpath(root))
            before = found.get(key)
            merged = {**before.groups, **groups} if before else dict(groups)
            found[key] = Member(_member_id(key, base), key, merged)
    return list(found.values()), warnings


def _checked(path: Path, use_cache: bool) -> dict[str, Any]:
    """The workspace file's validated content as JSON data.

    Kept beside the roll-up's summaries, keyed by the file's identity (size, times, inode) and
    the code's, so that a warm roll-up neither parses YAML nor builds a model to read it.
    Raises PlanInvalid when the file does not check.
    """
    from .. import cache
    from .summaries import read_entry, summary_dir, write_entry

    folder = summary_dir() if use_cache and cache.enabled() else None
    entry = folder / f"workspace-{cache.root_digest(path)}.json" if folder is not None else None
    key: list[object] | None = None
    if entry is not None:
        try:
            info = path.stat()
            key = [cache.code_identity(), info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]
        except OSError:
            key = None
        stored = read_entry(entry) if key is not None else None
        if isinstance(stored, dict) and stored.get("key") == key and isinstance(stored.get("workspace"), dict):
            data: dict[str, Any] = stored["workspace"]
            return data
    value, diags = read_workspace(path)
    if value is None:
        raise PlanInvalid(diags)
    data = value.model_dump(mode="json")
    if entry is not None and key is not None:
        write_entry(entry, {"key": key, "workspace": data})
    return data


def load_members(
    workspace: Path | None, plans: list[str] | None, cwd: Path | None = None, use_cache: bool = True
) -> Members:
    """The workspace named by ``--workspace``, else ``--plans`` globs, else the file found upward.

    Raises PlanInvalid for a workspace file that does not check, UsageError when there is none.
    """
    cwd = cwd or Path.cwd()
    if plans:
        members, warnings = resolve([(p, {}) for p in plans], cwd)
        if not members:
            raise UsageError(f"no plan folder matches {', '.join(repr(p) for p in plans)}", "plans")
        return Members(members, None, warnings=warnings)
    path = workspace or find_workspace(cwd)
    if path is None:
        raise UsageError(
            f"no {WORKSPACE_FILE} here or in a folder above; pass {{workspace}} FILE or {{plans}} 'GLOB' "
            "(e.g. {plans} 'communes/*')",
            refers=("workspace", "plans"),
        )
    if not path.is_file():
        raise UsageError(f"no file at '{path}'", "workspace")
    data = _checked(path, use_cache)
    entries = [(e["path"], {**data["groups"], **e["groups"]}) for e in data["plans"]]
    members, warnings = resolve(entries, path.parent)
    return Members(members, path, data["name"], data["issuer"], warnings)
