"""Diagnostics, the exception tree and exit codes.

Everything here is a plain value: no I/O, no printing, no other ntmplan import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from pathlib import Path


class ExitCode(IntEnum):
    OK = 0
    INVALID = 1  # the plan is invalid, a check failed, or a record was refused
    USAGE = 2


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class SourceLocation:
    """A place in a plan file; ``line`` and ``column`` count from 1."""

    path: Path
    line: int = 1
    column: int = 1

    def display_path(self, cwd: Path | None = None) -> str:
        """The path relative to ``cwd`` when it lies below it, else as given."""
        base = cwd or Path.cwd()
        try:
            return self.path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            return self.path.as_posix()


@dataclass(frozen=True)
class Diagnostic:
    """One finding about the plan, located in a file."""

    location: SourceLocation
    code: str
    message: str
    severity: Severity = Severity.ERROR
    hint: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def sort_key(self) -> tuple[str, int, int, str]:
        loc = self.location
        return (loc.path.as_posix(), loc.line, loc.column, self.code)


# Every code ntmplan can emit, with a one-line meaning. The README lists them; a test
# checks that every code used in the package is registered here.
CODES: dict[str, str] = {
    "FILE001": "a required plan file is missing",
    "FILE002": "a file could not be read",
    "YAML001": "YAML syntax error",
    "YAML002": "a key appears twice in one mapping",
    "YAML003": "a YAML tag that could construct objects",
    "YAML004": "alias expansion beyond the allowed size",
    "YAML005": "the file is not valid UTF-8",
    "YAML006": "the file is empty or its top level is not a mapping",
    "SCHEMA001": "a required key is missing",
    "SCHEMA002": "an unknown key",
    "SCHEMA003": "a value of the wrong type or out of range",
    "TEXT001": "text that is not in Unicode NFC form (normalised on read)",
    "PLAN001": "a duplicate id",
    "PLAN002": "items of a component are not lettered in the Vietnamese order",
    "REF001": "a reference to a component that does not exist",
    "REF002": "a reference to an item that does not exist",
    "REF003": "a reference to a funding source that does not exist",
    "REF004": "a reference to an indicator or criterion that does not exist",
    "FUND001": "an amount that is not a whole, non-negative number of đồng",
    "FUND002": "funding shares do not sum to 100%",
    "FUND003": "a yearly funding schedule that does not match the total",
    "PER001": "a period outside the plan's years",
    "PER002": "a progress file whose name is not a quarter",
    "CRIT001": "an indicator value of the wrong kind",
    "CRIT002": "a number or percent indicator without a direction",
    "CRIT003": "thresholds that do not say where they come from",
    "REC001": "a record that cannot be applied",
}


class NtmplanError(Exception):
    """Base of every error ntmplan raises on purpose; the CLI maps them to exit codes."""

    exit_code: ExitCode = ExitCode.INVALID


@dataclass
class PlanInvalid(NtmplanError):
    """The plan has errors; the diagnostics say where."""

    diagnostics: list[Diagnostic] = field(default_factory=list)

    def __str__(self) -> str:
        n = sum(d.is_error for d in self.diagnostics)
        return f"the plan has {n} error(s)"


class UsageError(NtmplanError):
    """A command-line argument that cannot be used (exit 2)."""

    exit_code = ExitCode.USAGE


class PlanNotFound(UsageError):
    """No plan directory where one was expected."""


class RecordRefused(NtmplanError):
    """A ``record`` command that would make the plan invalid or cannot be applied."""

    def __init__(
        self, message: str, diagnostics: list[Diagnostic] | None = None, texts: dict[Path, str] | None = None
    ) -> None:
        super().__init__(message)
        self.diagnostics = diagnostics or []
        self.texts = texts or {}  # the edited, unwritten text the diagnostics point into
