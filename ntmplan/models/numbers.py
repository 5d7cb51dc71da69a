"""One reading of numbers, as Vietnamese writes them: the dot groups thousands, the comma is
the decimal mark.

``1.250.000`` is one million two hundred and fifty thousand, ``72,5`` is seventy-two and a
half, ``1.250,5`` both. A dot that does not group thousands in threes (``72.5``) is refused
rather than guessed: in Vietnamese it cannot be a decimal, and as a group it is malformed.
A number may carry a unit after it (``85%``, ``72,5 triệu``, ``2 mô hình``); the unit is
returned as written, for the caller to judge against what it expects. Amounts of money
(:mod:`.amount`), percentages and indicator values all read through here.

A YAML float keeps the text it was written as (``SourceFloat.source_text``), so ``1.500``
typed in a file is read as 1 500, exactly as on the command line.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from ..words import fold

EXAMPLES = "72,5, 1.250, 1.250,5 or 85%"
EXPECTED = f"expected a number such as {EXAMPLES} (the dot groups thousands, the comma is the decimal mark)"
YES_NO_WORDS = "đạt / không đạt"

_GROUPED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")
_LEAD = re.compile(r"\s*(?P<sign>[-−+])?\s*(?P<num>[0-9][0-9.,]*)\s*(?P<unit>.*?)\s*$", re.DOTALL)

_EXPONENT = re.compile(r"[eE][-+]?[0-9]+")

SCALES: dict[str, int] = {
    "tỷ": 10**9,
    "tỉ": 10**9,
    "triệu": 10**6,
    "trđ": 10**6,
    "tr": 10**6,
    "nghìn": 10**3,
    "ngàn": 10**3,
    # typed without diacritics (a keyboard without Vietnamese input): 350 trieu, 1,5 ty
    "ty": 10**9,
    "ti": 10**9,
    "trieu": 10**6,
    "trd": 10**6,
    "nghin": 10**3,
    "ngan": 10**3,
}

_YES = {"đạt", "có", "yes", "true", "met"}
_NO = {"không đạt", "chưa đạt", "không", "no", "false", "not-met", "not met"}
_YES_FOLDED = {fold(w) for w in _YES}
_NO_FOLDED = {fold(w) for w in _NO}


class NumberError(ValueError):
    """A text that is not a number; the message says what was expected."""


@dataclass(frozen=True)
class Reading:
    """A number as written: its value and the unit after it (``%``, ``triệu``, …) if any."""

    value: Decimal
    unit: str | None = None


def parse_yes_no(text: str) -> bool | None:
    """``đạt`` / ``có`` / ``yes`` → True, ``không đạt`` / ``chưa đạt`` / ``no`` → False, else None.

    With or without diacritics, as officers type them: ``dat``, ``chua dat``, ``khong dat``."""
    word = fold(text)
    return True if word in _YES_FOLDED else False if word in _NO_FOLDED else None


def read_digits(text: str, expected: str = EXPECTED) -> Decimal:
    """The bare number ``1.250.000``, ``72,5`` or ``1.250,5`` (no sign, no unit)."""
    whole, comma, frac = text.partition(",")
    if "," in frac:
        raise NumberError(f"{text!r} has more than one decimal comma; {expected}")
    if "." in frac:
        raise NumberError(f"{text!r}: a dot after the decimal comma; {expected}")
    if "." in whole:
        if not _GROUPED.fullmatch(whole):
            raise NumberError(
                f"{text!r}: the dot groups thousands in threes (1.250.000); for a decimal use a comma "
                f"({whole.replace('.', ',', 1) if whole.count('.') == 1 else '72,5'}); {expected}"
            )
        whole = whole.replace(".", "")
    if not whole.isdigit() or (comma and not frac.isdigit()):
        raise NumberError(f"{text!r} is not a number; {expected}")
    try:
        return Decimal(f"{whole}.{frac}" if frac else whole)
    except InvalidOperation:  # pragma: no cover - digits only by now
        raise NumberError(f"{text!r} is not a number; {expected}") from None


def read_number(value: Any, expected: str = EXPECTED, *, negative: bool = False) -> Reading:
    """Read ``value`` (a YAML int or float, or text) as a number with an optional unit.

    Raises :class:`NumberError` for anything else: a yes/no word, a malformed grouping, a
    second comma, a non-finite float, a negative number unless ``negative``.
    """
    if isinstance(value, bool):
        raise NumberError(f"a yes/no value ({'đạt' if value else 'không đạt'}) is not a number; {expected}")
    source_text = getattr(value, "source_text", None)
    if isinstance(source_text, str):
        value = source_text  # a YAML float such as 1.500: read what the person wrote
    if isinstance(value, int):
        number = Decimal(value)
        if number < 0 and not negative:
            raise NumberError(f"{value} is negative; {expected}")
        return Reading(number)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise NumberError(f"{value!r} is not a finite number; {expected}")
        number = Decimal(repr(value))
        if number < 0 and not negative:
            raise NumberError(f"{value} is negative; {expected}")
        return Reading(number)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise NumberError(f"{value} is not a finite number; {expected}")
        return Reading(value)
    if not isinstance(value, str):
        raise NumberError(f"{value!r} is not a number; {expected}")
    text = unicodedata.normalize("NFC", value).strip()
    if not text:
        raise NumberError(f"the number is empty; {expected}")
    if parse_yes_no(text) is not None:
        raise NumberError(f"'{text}' is a yes/no word, not a number; {expected}")
    m = _LEAD.fullmatch(text)
    if m is None:
        raise NumberError(f"{text!r} is not a number; {expected}")
    number = read_digits(m["num"], expected)
    if m["sign"] in ("-", "−"):
        if not negative and number != 0:
            raise NumberError(f"{text!r} is negative; {expected}")
        number = -number
    unit = " ".join(m["unit"].split()) or None
    if unit is not None and (unit[0].isdigit() or unit[0] in ".,"):
        raise NumberError(f"{text!r} is not one number; {expected}")
    if unit is not None and _EXPONENT.fullmatch(unit):
        raise NumberError(f"{text!r}: write the number in full, not with an exponent; {expected}")
    return Reading(number, unit)


def read_plain(value: Any, expected: str = EXPECTED, *, allow_percent: bool = True) -> Decimal:
    """A number without a unit (a trailing ``%`` is allowed where ``allow_percent``)."""
    reading = read_number(value, expected)
    if reading.unit is None or (allow_percent and reading.unit == "%"):
        return reading.value
    raise NumberError(f"{value!r}: unexpected '{reading.unit}' after the number; {expected}")


def scale_of(unit: str | None) -> int | None:
    """The multiple a unit's first word stands for: ``triệu đồng/người/năm`` → 10⁶; None if none."""
    if not unit:
        return None
    first = re.split(r"[\s/]", unit.strip().lower(), maxsplit=1)[0]
    return SCALES.get(first)
