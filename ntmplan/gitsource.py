"""Reading a plan from git objects: ``--as-of REV`` and the commits behind ``history``.

Nothing here checks anything out: the files of a revision are read with ``git ls-tree`` and
``git cat-file``, so the work tree and the index stay untouched.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .errors import UsageError


class GitError(UsageError):
    """git is missing, the plan is not in a repository, or a revision does not exist."""


def _git(cwd: Path, *args: str, check: bool = True) -> bytes:
    exe = shutil.which("git")
    if exe is None:
        raise GitError("git is not installed (it is needed to read the plan's history)")
    done = subprocess.run([exe, *args], cwd=cwd, capture_output=True, check=False)
    if check and done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(f"git {args[0]}: {message[-1] if message else 'failed'}")
    return done.stdout


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace").strip()


@dataclass(frozen=True)
class Repo:
    """The git repository holding a plan folder, and where the folder is inside it."""

    top: Path
    prefix: str  # the plan folder relative to the top, posix, "" at the top

    @classmethod
    def of(cls, plan_dir: Path) -> Repo:
        if not plan_dir.is_dir():
            raise GitError(f"no plan directory at '{plan_dir}'")
        inside = _git(plan_dir, "rev-parse", "--is-inside-work-tree", check=False)
        if _text(inside) != "true":
            raise GitError(f"the plan folder '{plan_dir}' is not in a git repository")
        top = Path(_text(_git(plan_dir, "rev-parse", "--show-toplevel")))
        prefix = _text(_git(plan_dir, "rev-parse", "--show-prefix")).rstrip("/")
        return cls(top, prefix)

    @classmethod
    def find(cls, plan_dir: Path) -> Repo | None:
        """The repository, or None when the plan is not in git (or git is missing)."""
        try:
            return cls.of(plan_dir)
        except GitError:
            return None

    def path(self, rel: str) -> str:
        """A plan file's path inside the repository."""
        return str(PurePosixPath(self.prefix, rel)) if self.prefix else rel

    def commit(self, rev: str) -> str:
        """The full id of the commit ``rev`` names; a usage error when there is none."""
        if rev.startswith("-"):
            raise GitError(f"'{rev}' is not a revision")
        out = _git(self.top, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}", check=False)
        if not _text(out):
            raise GitError(f"'{rev}' is not a commit of the repository at {self.top}")
        return _text(out)

    def log(self, rel: str, rev: str | None = None) -> list[Commit]:
        """The commits that changed the plan file ``rel`` (up to ``rev``), oldest first."""
        fmt = "%H%x1f%an%x1f%aI%x1f%s%x1e"
        revs = [self.commit(rev)] if rev else []
        out = _git(self.top, "log", "--reverse", f"--format={fmt}", *revs, "--", self.path(rel), check=False)
        commits = []
        for record in out.decode("utf-8", "replace").split("\x1e"):
            parts = record.strip("\n").split("\x1f")
            if len(parts) == 4:
                sha, author, when, subject = parts
                commits.append(Commit(sha, author, dt.datetime.fromisoformat(when), subject))
        return commits

    def show(self, commit: str, rel: str) -> bytes | None:
        """The bytes of the plan file ``rel`` at ``commit``; None when it did not exist then."""
        exe = shutil.which("git")
        if exe is None:
            raise GitError("git is not installed")
        done = subprocess.run(
            [exe, "cat-file", "blob", f"{commit}:{self.path(rel)}"], cwd=self.top, capture_output=True, check=False
        )
        return done.stdout if done.returncode == 0 else None


@dataclass(frozen=True)
class Commit:
    sha: str
    author: str
    date: dt.datetime
    subject: str

    @property
    def short(self) -> str:
        return self.sha[:8]


@dataclass
class GitSource:
    """The files of a plan folder at one commit (a loader FileSource)."""

    repo: Repo
    commit: str
    blobs: dict[str, str] = field(default_factory=dict)  # path relative to the plan folder → blob id

    @classmethod
    def at(cls, plan_dir: Path, rev: str) -> GitSource:
        repo = Repo.of(plan_dir)
        commit = repo.commit(rev)
        spec = repo.prefix + "/" if repo.prefix else "."
        out = _git(repo.top, "ls-tree", "-r", "-z", "--full-tree", commit, "--", spec)
        blobs: dict[str, str] = {}
        for entry in out.split(b"\0"):
            if not entry:
                continue
            meta, _, path = entry.decode("utf-8", "replace").partition("\t")
            mode, kind, blob = meta.split()
            if kind != "blob":
                continue
            rel = path[len(repo.prefix) + 1 :] if repo.prefix else path
            blobs[rel] = blob
        if not blobs:
            where = repo.prefix or "the repository's top"
            raise GitError(
                f"{{as-of}} {rev}: the plan folder ({where}) has no files at that revision", refers=("as-of",)
            )
        return cls(repo, commit, blobs)

    def exists(self, rel: str) -> bool:
        return rel in self.blobs

    def listdir(self, rel: str) -> list[str]:
        start = rel.rstrip("/") + "/"
        return [p[len(start) :] for p in self.blobs if p.startswith(start) and "/" not in p[len(start) :]]

    def read_bytes(self, rel: str) -> bytes:
        blob = self.blobs.get(rel)
        if blob is None:
            raise FileNotFoundError(2, "not in the revision", rel)
        return _git(self.repo.top, "cat-file", "blob", blob)
