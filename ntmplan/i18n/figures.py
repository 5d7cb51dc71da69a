"""Numbers and periods as the terminal shows them, in the chosen language.

Vietnamese: :mod:`ntmplan.vn`'s own marks and names (``60.000.000.000``, ``6,9%``, ``quý IV năm
2025``). English: the same figures, rounded the same way, with the English marks
(``60,000,000,000``, ``6.9%``) and periods named ``Q4 2025``, ``H1 2025``, ``2025``.

Only the terminal views speak through this module. A report (Markdown, Word, Excel) is a
Vietnamese document whatever ``--lang`` says and keeps calling :mod:`ntmplan.vn`; a diagnostic is
stored (and cached) as it was made and is worded when printed.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from .. import vn
from . import get_lang

if TYPE_CHECKING:
    from ..models.period import Period

_SWAP = str.maketrans({",": ".", ".": ","})


def _marks(text: str, lang: str | None) -> str:
    """A figure written by :mod:`ntmplan.vn` with the marks of ``lang``: in English the dot and the
    comma trade places (``1.234,5`` → ``1,234.5``); ``vn``'s figures hold no other dot or comma."""
    return text if (lang or get_lang()) == "vi" else text.translate(_SWAP)


def amount(value: int, lang: str | None = None) -> str:
    """``60.000.000.000`` (vi), ``60,000,000,000`` (en)."""
    return _marks(vn.amount(value), lang)


def amount_short(value: int, lang: str | None = None) -> str:
    """``1,25 tỷ`` (vi), ``1.25 tỷ`` (en): the unit word stays, only the mark changes."""
    return _marks(vn.amount_short(value), lang)


def number(value: Decimal | int | float, places: int | None = None, lang: str | None = None) -> str:
    """``33,33`` (vi), ``33.33`` (en); the decimals as :func:`ntmplan.vn.number` keeps them."""
    return _marks(vn.number(value, places), lang)


def percent(value: Decimal | Fraction | float | None, places: int = 1, lang: str | None = None) -> str:
    """``6,9%`` (vi), ``6.9%`` (en); ``—`` for no value."""
    return _marks(vn.percent(value, places), lang)


def measure(value: Decimal | int | float | bool, kind: str, unit: str | None, lang: str | None = None) -> str:
    """An indicator's value as :func:`ntmplan.vn.measure` reads it, the number in ``lang``'s marks
    (the unit is the plan's own text and is never touched)."""
    if isinstance(value, bool):
        return vn.measure(value, kind, unit)
    text = number(value, lang=lang)
    return f"{text}%" if kind == "percent" else f"{text} {unit or ''}".rstrip()


def bound(
    direction: str | None, threshold: Decimal | int | float, kind: str, unit: str | None, lang: str | None = None
) -> str:
    """An indicator's threshold with its direction: ``≥ 80%``, ``≤ 5 km``, ``≥ 1.5 km`` (en)."""
    return f"{'≤' if direction == '<=' else '≥'} {measure(threshold, kind, unit, lang)}"


def period_label(period: Period, lang: str | None = None) -> str:
    """``quý IV năm 2025`` / ``6 tháng đầu năm 2025`` / ``năm 2025`` (vi); ``Q4 2025`` / ``H1 2025`` /
    ``2025`` (en)."""
    if (lang or get_lang()) == "vi":
        return period.label_vi
    if period.kind == "Y":
        return str(period.year)
    return f"{period.kind}{period.number} {period.year}"
