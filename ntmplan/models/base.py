"""Shared configuration and small value types of the plan models."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError

from .numbers import NumberError, read_plain


class Model(BaseModel):
    """Base of every plan model: immutable, and unknown keys are errors."""

    # defer_build: schemas are built on first validation, so that loading a cached plan
    # (unpickling, no validation) does not pay for building them
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True, defer_build=True)


Text = Annotated[str, StringConstraints(min_length=1)]
"""Non-empty Vietnamese text, stored verbatim (the reader has normalised it to NFC)."""

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
"""An identifier of lower-case ASCII words joined by hyphens, e.g. ``ngan-sach-dia-phuong``."""

ComponentNo = Annotated[int, Field(ge=1, le=99, description="Component number (nội dung thành phần số)")]


def parse_decimal(text: str) -> Decimal:
    """``85``, ``85,5``, ``1.250`` or ``40%`` → a Decimal (:mod:`.numbers`); raises ValueError otherwise."""
    return read_plain(text)


def _decimal(value: Any) -> Any:
    """Read a number as Vietnamese writes it (:func:`.numbers.read_plain`): ``72,5``, ``1.250``, ``40%``."""
    if isinstance(value, (bool, Decimal)):
        return value
    if isinstance(value, (str, int, float)):
        try:
            return read_plain(value)
        except NumberError as exc:
            raise PydanticCustomError("number", "{reason}", {"reason": str(exc)}) from None
    return value


MAX_NUMBER = Decimal(10) ** 15
"""No figure of a commune's plan reaches a million billion; beyond it a value is a typo (or
``1e30``) that would break every later computation and formatting of it."""


def bounded(value: Decimal) -> Decimal:
    """``value`` if it is a finite number below :data:`MAX_NUMBER` in size; raises NumberError."""
    if not value.is_finite():
        raise NumberError(f"'{value}' is not a finite number")
    if abs(value) >= MAX_NUMBER:
        raise NumberError(f"{value.normalize():E} is beyond the largest figure ntmplan accepts (10^15)")
    return value


def _bounded(value: Any) -> Any:
    if isinstance(value, Decimal):
        try:
            return bounded(value)
        except NumberError as exc:
            raise PydanticCustomError("number", "{reason}", {"reason": str(exc)}) from None
    return value


Percent = Annotated[Decimal, BeforeValidator(_decimal), Field(ge=0, le=100), AfterValidator(_bounded)]
Number = Annotated[Decimal, BeforeValidator(_decimal), AfterValidator(_bounded)]

# Vietnamese administrative lettering; "f" is not a Vietnamese letter, but plans use it.
LETTERS = (
    "a",
    "b",
    "c",
    "d",
    "đ",
    "e",
    "f",
    "g",
    "h",
    "i",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "v",
    "x",
    "y",
)
Letter = Annotated[str, StringConstraints(pattern=r"^(?:[a-z]|đ)$")]

_ITEM_ID = re.compile(r"^\s*0*(?P<component>\d{1,2})\s*[.]\s*(?P<letter>dd|đ|[a-z])\s*\)?\s*$", re.IGNORECASE)


def parse_item_id(text: str) -> tuple[int, str] | None:
    """``2.đ``, ``2.dd`` (telex) or ``02.Đ`` → ``(2, "đ")``; None when not an item id."""
    m = _ITEM_ID.match(unicodedata.normalize("NFC", text))
    if not m:
        return None
    letter = m["letter"].lower()
    return int(m["component"]), "đ" if letter == "dd" else letter


def letter_rank(letter: str) -> int:
    return LETTERS.index(letter) if letter in LETTERS else len(LETTERS)
