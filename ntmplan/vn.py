"""Vietnamese formatting: amounts, percentages, dates, amounts in words.

One formatter for every output: ``60.000.000.000`` in tables, ``60 tỷ`` / ``1,25 tỷ``
where a short form reads better, ``Sáu mươi tỷ đồng`` in reports, and dates as
``ngày 05 tháng 10 năm 2023`` (Nghị định 30/2020: a day below 10 and the months 1 and 2
take a leading zero).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

_TO_VI = str.maketrans({",": ".", ".": ","})


def _vi(text: str) -> str:
    """Python's ``1,234.5`` → Vietnamese ``1.234,5`` (the dot groups thousands, the comma is the decimal mark)."""
    return text.translate(_TO_VI)


def amount(value: int) -> str:
    """``60000000000`` → ``60.000.000.000``."""
    return _vi(f"{value:,}")


def number(value: Decimal | int | float, places: int | None = None) -> str:
    """A decimal with the Vietnamese comma: ``Decimal('33.33')`` → ``33,33``.

    With ``places`` the value is rounded half to even to that many decimals; without, a Decimal keeps
    its own decimals and an int or float shows at most three (trailing zeros dropped).
    """
    exact = value if isinstance(value, Decimal) else Decimal(str(value))
    if places is None:
        if isinstance(value, Decimal):
            places = len(format(value, "f").partition(".")[2])
        else:
            places = len(format(exact, ".3f").rstrip("0").partition(".")[2])
    return _vi(format(exact, f",.{places}f"))


def percent(value: Decimal | Fraction | float | None, places: int = 1) -> str:
    if value is None:
        return "—"
    return number(Decimal(float(value)) if isinstance(value, Fraction) else Decimal(str(value)), places) + "%"


def measure(value: Decimal | int | float | bool, kind: str, unit: str | None) -> str:
    """An indicator's value as it reads: ``80%`` (a percent), ``5 km`` (a number and its unit),
    ``đạt`` / ``không đạt`` (yes or no)."""
    if isinstance(value, bool):
        return "đạt" if value else "không đạt"
    text = number(value)
    return f"{text}%" if kind == "percent" else f"{text} {unit or ''}".rstrip()


def bound(direction: str | None, threshold: Decimal | int | float, kind: str, unit: str | None) -> str:
    """An indicator's threshold with its direction: ``≥ 80%``, ``≤ 5 km`` (``>=`` unless ``<=``)."""
    return f"{'≤' if direction == '<=' else '≥'} {measure(threshold, kind, unit)}"


_SHORT = ((10**9, "tỷ"), (10**6, "triệu"), (10**3, "nghìn"))


def amount_short(value: int) -> str:
    """``60000000000`` → ``60 tỷ``; ``1250000000`` → ``1,25 tỷ``; exact, never rounded."""
    for unit, name in _SHORT:
        if value >= unit:
            exact = Decimal(value) / unit
            if exact == exact.to_integral_value() or len(str(exact.normalize()).partition(".")[2]) <= 2:
                return f"{number(exact.normalize() if exact != exact.to_integral_value() else int(exact))} {name}"
            break
    return amount(value)


_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def _three(n: int, full: bool) -> list[str]:
    """Words for 0 < n < 1000; ``full`` reads the hundreds even when zero (inner groups)."""
    h, t, u = n // 100, n // 10 % 10, n % 10
    words: list[str] = []
    if h or full:
        words += [_DIGITS[h], "trăm"]
    if t == 0:
        if u and (h or full):
            words.append("linh")
    elif t == 1:
        words.append("mười")
    else:
        words += [_DIGITS[t], "mươi"]
    if u:
        if u == 1 and t > 1:
            words.append("mốt")
        elif u == 5 and t >= 1:
            words.append("lăm")
        else:
            words.append(_DIGITS[u])
    return words


def _words(n: int, full: bool = False) -> list[str]:
    if n >= 10**9:
        high, low = divmod(n, 10**9)
        return _words(high, full) + ["tỷ"] + (_words(low, True) if low else [])
    words: list[str] = []
    for size, name in ((10**6, "triệu"), (10**3, "nghìn"), (1, "")):
        group = n // size % 1000
        if group:
            words += _three(group, full or bool(words))
            if name:
                words.append(name)
    return words


def amount_in_words(value: int) -> str:
    """``60000000000`` → ``Sáu mươi tỷ đồng``."""
    text = " ".join(_words(value)) if value else "không"
    return text[0].upper() + text[1:] + " đồng"


def date_long(value: dt.date) -> str:
    """``ngày 05 tháng 10 năm 2023``: leading zero for days below 10 and months 1–2."""
    month = f"{value.month:02d}" if value.month < 3 else str(value.month)
    return f"ngày {value.day:02d} tháng {month} năm {value.year}"


def date_short(value: dt.date) -> str:
    return f"{value.day:02d}/{value.month:02d}/{value.year}"
