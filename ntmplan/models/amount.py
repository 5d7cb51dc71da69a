"""Money as people write it: integer đồng, parsed from digits or Vietnamese notation.

``parse_amount`` is the one parser: the YAML loader, ``record funding`` and ``funding
--total`` all use it. Accepted: ``60000000000``, ``60.000.000.000``, ``60 tỷ``,
``60 tỷ đồng``, ``1,25 tỷ``, ``750 triệu``, ``1 tỷ 250 triệu``, ``7 trđ``,
``999.999.999.997 đồng``. The comma is the decimal mark and the dot groups thousands,
as in Vietnamese; a value that is not a whole number of đồng is refused.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BeforeValidator, Field
from pydantic_core import PydanticCustomError

from .numbers import SCALES, NumberError, read_digits

MAX_AMOUNT = 10**18

_UNITS = SCALES
# longest first, so that "trđ" wins over "tr"
_UNIT_RE = "|".join(sorted(_UNITS, key=len, reverse=True))
_TERM = re.compile(rf"\s*(?P<num>[0-9][0-9.,]*)\s*(?P<unit>{_UNIT_RE})?(?![^\W\d_])", re.IGNORECASE)
_CURRENCY = re.compile(r"\s*(?:đồng|dong|đ|vnđ|vnd)\s*$", re.IGNORECASE)

EXPECTED = "expected an amount in đồng such as 60000000000, 60.000.000.000, 60 tỷ, 1,25 tỷ or 750 triệu"


class AmountError(ValueError):
    """A text that is not an amount of money; the message says what was expected."""


def _number(text: str, has_unit: bool) -> Decimal:
    try:
        value = read_digits(text, EXPECTED)
    except NumberError as exc:
        raise AmountError(str(exc)) from None
    if not has_unit and value != value.to_integral_value():
        raise AmountError(f"{text!r} is a fraction of a đồng; {EXPECTED}")
    return value


def parse_amount(value: Any) -> int:
    """Return ``value`` as a whole number of đồng, or raise :class:`AmountError`."""
    if isinstance(value, bool):
        raise AmountError(f"{value!r} is not an amount; {EXPECTED}")
    source_text = getattr(value, "source_text", None)
    if isinstance(source_text, str):
        value = source_text  # a YAML float such as 250.000: read what the person wrote
    if isinstance(value, int):
        amount = int(value)
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")) or not value.is_integer():
            raise AmountError(
                f"{value!r} is not a whole number of đồng; in YAML 1.250 is the decimal "
                f"1,25 — write 1250, 1.250.000 in quotes, or 1,25 tỷ"
            )
        amount = int(value)
    elif isinstance(value, str):
        amount = _parse_text(value)
    else:
        raise AmountError(f"{value!r} is not an amount; {EXPECTED}")
    if amount < 0:
        raise AmountError(f"{amount} is negative; {EXPECTED}")
    if amount > MAX_AMOUNT:
        raise AmountError(f"{amount} is beyond the largest amount ntmplan accepts (10^18 đồng)")
    return amount


def _parse_text(raw: str) -> int:
    text = unicodedata.normalize("NFC", raw).strip()
    if not text:
        raise AmountError(f"the amount is empty; {EXPECTED}")
    if text.startswith(("-", "−")):
        raise AmountError(f"{raw!r} is negative; {EXPECTED}")
    text = _CURRENCY.sub("", text)
    total = Decimal(0)
    pos = 0
    last_unit: int | None = None
    while pos < len(text):
        m = _TERM.match(text, pos)
        if not m or m.end() == pos:
            raise AmountError(f"{raw!r} is not an amount; {EXPECTED}")
        unit_name = (m.group("unit") or "").lower()
        unit = _UNITS.get(unit_name, 1)
        if last_unit is not None and (last_unit == 1 or unit >= last_unit):
            raise AmountError(f"{raw!r}: units must go from large to small (1 tỷ 250 triệu); {EXPECTED}")
        total += _number(m.group("num"), has_unit=bool(unit_name)) * unit
        last_unit = unit
        pos = m.end()
    if total != total.to_integral_value():
        raise AmountError(f"{raw!r} is a fraction of a đồng; {EXPECTED}")
    return int(total)


def _validate(value: Any) -> int:
    try:
        return parse_amount(value)
    except AmountError as exc:
        # its own error type, so that the loader reports it with the funding code FUND001
        raise PydanticCustomError("amount", "{reason}", {"reason": str(exc)}) from None


Amount = Annotated[int, BeforeValidator(_validate), Field(ge=0, description="Whole đồng")]
"""A model field holding money: accepts the notations of :func:`parse_amount`."""
