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

from ..errors import Diagnostic, PlanInvalid, UsageError
from ..models.workspace import Workspace, WorkspaceIssuer
from ..validate import located, validate
from ..yamlio import read_yaml

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
    issuer: WorkspaceIssuer | None = None
    warnings: list[str] = field(default_factory=list)

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
    doc, diags = read_yaml(path)
    if doc is None:
        return None, diags
    value, errors = validate(Workspace, doc.data)
    if errors:
        return None, diags + located(doc, Workspace, errors)
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


def load_members(workspace: Path | None, plans: list[str] | None, cwd: Path | None = None) -> Members:
    """The workspace named by ``--workspace``, else ``--plans`` globs, else the file found upward.

    Raises PlanInvalid for a workspace file that does not check, UsageError when there is none.
    """
    cwd = cwd or Path.cwd()
    if plans:
        members, warnings = resolve([(p, {}) for p in plans], cwd)
        if not members:
            raise UsageError("--plans: " + "; ".join(warnings))
        return Members(members, None, warnings=warnings)
    path = workspace or find_workspace(cwd)
    if path is None:
        raise UsageError(
            f"no {WORKSPACE_FILE} here or in a folder above; pass --workspace FILE or --plans 'GLOB' "
            "(e.g. --plans 'communes/*')"
        )
    if not path.is_file():
        raise UsageError(f"--workspace: no file at '{path}'")
    value, diags = read_workspace(path)
    if value is None:
        raise PlanInvalid(diags)
    entries = [(e.path, {**value.groups, **e.groups}) for e in value.plans]
    members, warnings = resolve(entries, path.parent)
    return Members(members, path, value.name, value.issuer, warnings)
