"""Reporting periods: a quarter, a half-year or a year.

Written ``2023-Q3``, ``2023-H1`` or ``2023``; also read as officers write them, with or
without diacritics: ``Q3/2023``, ``quý 3/2023``, ``quý III năm 2023``, ``III/2023``,
``H1/2023``, ``6 tháng đầu năm 2023``, ``6 tháng cuối năm 2023``, ``năm 2023``. Every
label the tool prints (``label_vi``) parses back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ..errors import PeriodKind, PeriodOutside, UsageError
from ..i18n import Msg, t
from ..words import fold

if TYPE_CHECKING:
    from .plan import Plan

Kind = Literal["Q", "H", "Y"]
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_ROMAN_OF = {v: k for k, v in _ROMAN.items()}

# matched against the folded text (lower case, no diacritics, spaces collapsed): see words.fold
_ISO = re.compile(r"(?P<year>\d{4})(?: ?(?P<kind>[qh]) ?(?P<n>\d))?")
_SLASH = re.compile(r"(?P<kind>[qh]) ?(?P<n>\d)(?: ?/ ?| )(?P<year>\d{4})")
_QUARTER = re.compile(r"(?:quy (?P<n>iv|i{1,3}|\d)|(?P<roman>iv|i{1,3})) ?(?:/|nam) ?(?P<year>\d{4})")
_HALF = re.compile(r"6 thang (?P<half>dau|cuoi) (?:nam )?(?P<year>\d{4})")
_YEAR = re.compile(r"nam (?P<year>\d{4})")

EXPECTED = t("period.expected", "en")


class PeriodError(ValueError):
    """A text that is not a period."""


@dataclass(frozen=True, order=True)
class Period:
    """A reporting period. Ordered by its last quarter, then by length (quarter first)."""

    year: int
    last_quarter: int
    kind: Kind

    @classmethod
    def quarter(cls, year: int, n: int) -> Period:
        return cls(year, n, "Q")

    @classmethod
    def parse(cls, value: Any) -> Period:
        if isinstance(value, Period):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise PeriodError(f"{value!r} is not a period; {EXPECTED}")
        text = fold(value).replace(" - ", "-").replace("-", " ")
        if m := _ISO.fullmatch(text) or _SLASH.fullmatch(text):
            year, kind, n = int(m["year"]), (m["kind"] or "y").upper(), int(m["n"] or 0)
        elif m := _QUARTER.fullmatch(text):
            raw = (m["n"] or m["roman"]).upper()
            year, kind, n = int(m["year"]), "Q", _ROMAN.get(raw) or int(raw)
        elif m := _HALF.fullmatch(text):
            year, kind, n = int(m["year"]), "H", 1 if m["half"] == "dau" else 2
        elif m := _YEAR.fullmatch(text):
            year, kind, n = int(m["year"]), "Y", 0
        else:
            raise PeriodError(f"{value!r} is not a period; {EXPECTED}")
        if kind == "Q" and not 1 <= n <= 4:
            raise PeriodError(f"{value!r}: a year has quarters 1 to 4; {EXPECTED}")
        if kind == "H" and not 1 <= n <= 2:
            raise PeriodError(f"{value!r}: a year has halves 1 and 2; {EXPECTED}")
        if not 1900 <= year <= 2999:
            raise PeriodError(f"{value!r}: the year {year} is out of range; {EXPECTED}")
        last = {"Q": n, "H": 2 * n, "Y": 4}[kind]
        return cls(year, last, "Q" if kind == "Q" else "H" if kind == "H" else "Y")

    @property
    def number(self) -> int:
        """The quarter or half number (1 for a whole year)."""
        return {"Q": self.last_quarter, "H": self.last_quarter // 2, "Y": 1}[self.kind]

    @property
    def first_quarter(self) -> int:
        return {"Q": self.last_quarter, "H": self.last_quarter - 1, "Y": 1}[self.kind]

    def quarters(self) -> list[Period]:
        """The quarters this period is made of, in order."""
        return [Period.quarter(self.year, q) for q in range(self.first_quarter, self.last_quarter + 1)]

    def quarters_to_date(self, first_year: int) -> list[Period]:
        """Every quarter from the start of ``first_year`` (the plan's first) to the end of this period."""
        return [
            Period.quarter(year, q)
            for year in range(first_year, self.year + 1)
            for q in range(1, (self.last_quarter if year == self.year else 4) + 1)
        ]

    def next(self) -> Period:
        """The period of the same kind that follows: 2023-Q4 → 2024-Q1, 2023-H2 → 2024-H1, 2023 → 2024."""
        if self.kind == "Y":
            return Period(self.year + 1, 4, "Y")
        step = 1 if self.kind == "Q" else 2
        wraps = self.last_quarter == 4
        return Period(self.year + wraps, step if wraps else self.last_quarter + step, self.kind)

    def ends_by(self, other: Period) -> bool:
        """Whether this period is over by the end of ``other`` (a quarter "up to" a report period)."""
        return (self.year, self.last_quarter) <= (other.year, other.last_quarter)

    def contains(self, other: Period) -> bool:
        return (
            other.year == self.year
            and self.first_quarter <= other.first_quarter
            and other.last_quarter <= self.last_quarter
        )

    def __str__(self) -> str:
        if self.kind == "Y":
            return str(self.year)
        return f"{self.year}-{self.kind}{self.number}"

    @property
    def label_vi(self) -> str:
        """How a Vietnamese report names the period: ``quý III năm 2023``."""
        if self.kind == "Q":
            return f"quý {_ROMAN_OF[self.number]} năm {self.year}"
        if self.kind == "H":
            half = "đầu" if self.number == 1 else "cuối"
            return f"6 tháng {half} năm {self.year}"
        return f"năm {self.year}"


def validate_period(value: Any) -> Period:
    """A model field's value → Period (pydantic's validator: a ValueError is its error)."""
    try:
        return Period.parse(value)
    except PeriodError as exc:
        raise ValueError(str(exc)) from None


def plan_period(plan: Plan | None, text: str, kinds: str = "QHY", field: str = "period") -> Period:
    """Text the user wrote (``2023-Q3``, ``quý 3/2023``, ``Q3-2023``, ``6 tháng đầu năm 2024`` …) → a
    period of ``plan``: one of ``kinds`` (``Q``, ``H``, ``Y``) and inside the plan's years.

    The one way user text becomes a period (every ``--period``, ``record``, ``report``). The errors
    carry ``field`` (the interface names the option it came from): text that is no period →
    :class:`UsageError`; a period of another kind → :class:`PeriodKind`; a period outside the
    plan's years → :class:`PeriodOutside`. Without a plan (a roll-up of many) the years are not
    checked.
    """
    try:
        period = Period.parse(text)
    except PeriodError as exc:
        raise UsageError(str(exc), field) from None
    if period.kind not in kinds:
        wanted = [Msg(f"period.a_{kind}") for kind in kinds]
        raise PeriodKind(Msg("period.kind", period=str(period), wanted=wanted), period, field)
    if plan is not None and not plan.in_plan(period):
        raise PeriodOutside(Msg("PER001", period=str(period), years=plan.years_label), field)
    return period
