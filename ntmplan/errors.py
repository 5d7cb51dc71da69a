"""Diagnostics, the exception tree and exit codes.

Everything here is a plain value: no I/O, no printing, no other ntmplan import.
"""

from __future__ import annotations

from collections.abc import Callable
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
    """A place in a plan file; ``line`` and ``column`` count from 1, and 0 means the whole file
    (a missing or unreadable file has no line to point at)."""

    path: Path
    line: int = 0
    column: int = 0

    @property
    def whole_file(self) -> bool:
        return self.line < 1

    def display_path(self, cwd: Path | None = None) -> str:
        """The path relative to ``cwd`` when it lies below it, else as given."""
        base = cwd or Path.cwd()
        try:
            shown = (self.path.parent.resolve() / self.path.name).relative_to(base.resolve()).as_posix()
        except (ValueError, OSError, RuntimeError):
            shown = self.path.as_posix()
        return printable(shown)


def printable(name: str) -> str:
    """A file name that is not UTF-8 (its bytes kept as surrogates) shown escaped: \\xff, never a crash."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


class Code(StrEnum):
    """Every diagnostic code ntmplan can emit, declared once: its severity and its meaning.

    The README's table is generated from here (``python tools/codes_table.py``); tests check
    that every code used in the package is declared, and that each has a case under
    tests/data/invalid/ (or tests/data/adversarial/).
    """

    severity: Severity
    meaning: str

    def __new__(cls, value: str, severity: Severity, meaning: str) -> Code:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.severity = severity
        obj.meaning = meaning
        return obj

    FILE001 = "FILE001", Severity.ERROR, "a required plan file is missing"
    FILE002 = "FILE002", Severity.ERROR, "a file or folder could not be read"
    FILE003 = "FILE003", Severity.ERROR, "a file in the plan folder that looks like a plan file but is not read"
    FILE004 = "FILE004", Severity.ERROR, "two files for one quarter (2023-Q3.yaml and 2023-Q3.yml)"
    FILE005 = "FILE005", Severity.ERROR, "a link leading outside the plan folder (not followed)"
    YAML001 = "YAML001", Severity.ERROR, "YAML syntax (a missing quote, a tab, a stray colon)"
    YAML002 = "YAML002", Severity.ERROR, "a key appears twice in one mapping"
    YAML003 = "YAML003", Severity.ERROR, "a YAML `!tag` (object-constructing tags are never loaded)"
    YAML004 = "YAML004", Severity.ERROR, "aliases expanding beyond 100 000 values"
    YAML005 = "YAML005", Severity.ERROR, "the file is not valid UTF-8"
    YAML006 = "YAML006", Severity.ERROR, "the file is empty or its top level is not a mapping"
    YAML007 = "YAML007", Severity.ERROR, "a git merge conflict left in the file"
    YAML008 = "YAML008", Severity.ERROR, "values nested more than 100 levels deep"
    YAML009 = "YAML009", Severity.ERROR, "a %YAML or %TAG directive (plan files are YAML 1.2, without directives)"
    SCHEMA001 = "SCHEMA001", Severity.ERROR, "a required key is missing"
    SCHEMA002 = "SCHEMA002", Severity.ERROR, "an unknown key"
    SCHEMA003 = "SCHEMA003", Severity.ERROR, "a value of the wrong type or out of range"
    TEXT001 = "TEXT001", Severity.WARNING, "text that is not in Unicode NFC form (normalised on read)"
    TEXT002 = "TEXT002", Severity.ERROR, "a control character (NUL, ESC …) that a plan file cannot hold"
    TEXT003 = "TEXT003", Severity.WARNING, "a line-like character (U+2028, U+2029, U+0085) in text, read as a space"
    PLAN001 = "PLAN001", Severity.ERROR, "a duplicate id"
    PLAN002 = "PLAN002", Severity.WARNING, "items of a component are not lettered in the Vietnamese order"
    REF001 = "REF001", Severity.ERROR, "a reference to a component that does not exist"
    REF002 = "REF002", Severity.ERROR, "a reference to an item that does not exist"
    REF003 = "REF003", Severity.ERROR, "a reference to a funding source that does not exist"
    REF004 = "REF004", Severity.ERROR, "a reference to an indicator or criterion that does not exist"
    FUND001 = "FUND001", Severity.ERROR, "an amount that is not a whole, non-negative number of đồng"
    FUND002 = "FUND002", Severity.ERROR, "funding shares do not sum to 100 %"
    FUND003 = "FUND003", Severity.ERROR, "a yearly schedule or a breakdown that does not match its total"
    PER001 = "PER001", Severity.ERROR, "a period outside the plan's years"
    PER002 = "PER002", Severity.ERROR, "a progress file not named after its period (YYYY-Qn, YYYY-Hn, YYYY)"
    PER003 = "PER003", Severity.ERROR, "items, funding or notes in a year or half-year file (recorded by quarter)"
    CRIT001 = "CRIT001", Severity.ERROR, "an indicator value of the wrong kind"
    CRIT002 = "CRIT002", Severity.ERROR, "a number or percent indicator without a direction"
    CRIT003 = "CRIT003", Severity.ERROR, "thresholds that do not say where they come from"
    CRIT004 = "CRIT004", Severity.WARNING, "a criterion verdict that its indicators contradict (both are shown)"
    CRIT005 = (
        "CRIT005",
        Severity.ERROR,
        "a supplied criteria set that is incomplete or overlaps a shipped set",
    )
    BLANK001 = "BLANK001", Severity.WARNING, "a blank of a new plan (a value starting with CẦN ĐIỀN) still to fill in"
    PROG001 = "PROG001", Severity.ERROR, "an item's status and percent disagree (done below 100 %, 100 % not done, …)"
    PROG002 = "PROG002", Severity.WARNING, "a blocked item without its reason"
    REC001 = "REC001", Severity.ERROR, "a record that cannot be applied (e.g. the file changed on disk meanwhile)"
    CHECK001 = (
        "CHECK001",
        Severity.ERROR,
        "a check failed inside ntmplan (a bug, named in the message)",
    )


_BY_VALUE: dict[str, Code] = {c.value: c for c in Code}
CODES: dict[str, str] = {c.value: c.meaning for c in Code}
"""Code → meaning, for callers that only need the words."""


def severity_of(code: str) -> Severity:
    """The declared severity of ``code`` (an undeclared code is an error; a test forbids them)."""
    found = _BY_VALUE.get(code)
    return found.severity if found is not None else Severity.ERROR


@dataclass(frozen=True)
class Diagnostic:
    """One finding about the plan, located in a file (or in a whole file: line 0).

    The severity defaults to the one declared for the code.
    """

    location: SourceLocation
    code: str
    message: str
    severity: Severity = None  # type: ignore[assignment]  # filled in from the code
    hint: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.severity, Severity):
            object.__setattr__(self, "severity", severity_of(self.code))

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def sort_key(self) -> tuple[str, int, int, str]:
        loc = self.location
        return (loc.path.as_posix(), loc.line, loc.column, self.code)


class NtmplanError(Exception):
    """Base of every error ntmplan raises on purpose; the CLI maps them to exit codes.

    An error about one value the user gave names it by its ``field`` (``period``, ``status``,
    ``percent`` …), never by an option: the interface that took the value says where it came from
    (``given_as``: the CLI sets ``--period``, or ``""`` for a positional argument) when it prints.
    """

    exit_code: ExitCode = ExitCode.INVALID
    field: str | None = None
    given_as: str | None = None
    refers: tuple[str, ...] = ()
    """Other values the sentence names (a hint: "give {status} too"), each written ``{name}`` in
    it; :meth:`worded` names them, by the field or by how the interface takes them."""
    refers_as: dict[str, str] | None = None
    """How the interface takes each of ``refers`` (the CLI: ``{"status": "--status"}``)."""

    def worded(self, name: Callable[[str], str] = str) -> str:
        """The sentence with each value it refers to named by ``name`` (default: the field itself)."""
        text = super().__str__()
        for ref in self.refers:
            text = text.replace("{" + ref + "}", name(ref))
        return text

    def __str__(self) -> str:
        return self.worded()


@dataclass
class PlanInvalid(NtmplanError):
    """The plan has errors; the diagnostics say where."""

    diagnostics: list[Diagnostic] = field(default_factory=list)

    def __str__(self) -> str:
        n = sum(d.is_error for d in self.diagnostics)
        return f"the plan has {n} error(s)"


class UsageError(NtmplanError):
    """A value or argument the user gave that cannot be used (exit 2)."""

    exit_code = ExitCode.USAGE

    def __init__(self, message: str, field: str | None = None, refers: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.field = field
        self.refers = refers


class PeriodOutside(UsageError):
    """A period the plan does not cover."""


class PeriodKind(UsageError):
    """A period of a kind that is not wanted here (a year where a quarter is), well formed and in the plan."""

    def __init__(self, message: str, period: object, field: str | None = None) -> None:
        super().__init__(message, field)
        self.period = period


class PlanNotFound(UsageError):
    """No plan directory where one was expected."""


class RecordRefused(NtmplanError):
    """A ``record`` command that would make the plan invalid or cannot be applied."""

    def __init__(
        self,
        message: str,
        diagnostics: list[Diagnostic] | None = None,
        texts: dict[Path, str] | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.field = field
        self.diagnostics = diagnostics or []
        self.texts = texts or {}  # the edited, unwritten text the diagnostics point into
