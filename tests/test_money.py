"""Money: one parser for what people type, exact splits, Vietnamese formatting."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ntmplan import vn
from ntmplan.models.amount import AmountError, parse_amount
from ntmplan.queries.funding import split


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("60000000000", 60_000_000_000),
        ("60.000.000.000", 60_000_000_000),
        ("60 tỷ", 60_000_000_000),
        ("60 tỷ đồng", 60_000_000_000),
        ("1,25 tỷ", 1_250_000_000),
        ("750 triệu", 750_000_000),
        ("7 triệu", 7_000_000),
        ("999.999.999.997 đồng", 999_999_999_997),
        ("3 tỉ", 3_000_000_000),
        ("7 trđ", 7_000_000),
        ("1 tỷ 250 triệu", 1_250_000_000),
        ("  250.000 ", 250_000),
        ("60 TỶ", 60_000_000_000),
        (1250000000, 1_250_000_000),
        (0, 0),
    ],
)
def test_amounts_as_people_write_them(text: object, expected: int) -> None:
    assert parse_amount(text) == expected


def test_decomposed_unicode_is_read_like_composed() -> None:
    assert parse_amount("60 ty\u0309") == 60_000_000_000


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("abc", "is not an amount"),
        ("-5", "is negative"),
        ("1..2", "the dot groups thousands in threes"),
        ("1e400", "is not an amount"),
        ("", "the amount is empty"),
        ("12 tỷ tỷ", "is not an amount"),
        ("1,5", "is a fraction of a đồng"),
        ("0,0000000001 tỷ", "is a fraction of a đồng"),
        ("1.5 tỷ", "for a decimal use a comma"),
        ("1 triệu 2 tỷ", "units must go from large to small"),
        (1.25, "is not a whole number of đồng"),
        (True, "is not an amount"),
        (-1, "is negative"),
    ],
)
def test_bad_amounts_are_refused_with_what_was_expected(text: object, says: str) -> None:
    with pytest.raises(AmountError) as err:
        parse_amount(text)
    assert says in str(err.value)


def test_plan_split_is_exact() -> None:
    shares = [Decimal(5), Decimal(30), Decimal(10), Decimal(35), Decimal(15), Decimal(5)]
    assert split(60_000_000_000, shares) == [3 * 10**9, 18 * 10**9, 6 * 10**9, 21 * 10**9, 9 * 10**9, 3 * 10**9]


def test_split_tie_break_is_source_order() -> None:
    # 100 đồng in three equal shares: 33 each and one left over, which goes to the first
    third = Fraction(100, 3)
    assert split(100, [third, third, third]) == [34, 33, 33]
    assert split(2, [Decimal("33.33"), Decimal("33.33"), Decimal("33.34")]) == [1, 0, 1]


def test_split_refuses_shares_that_do_not_make_100() -> None:
    with pytest.raises(ValueError, match="shares sum to 95.0%, expected 100%"):
        split(100, [Decimal(50), Decimal(45)])


@st.composite
def share_lists(draw: st.DrawFn) -> list[Decimal]:
    """1–8 shares with up to two decimals that sum to exactly 100."""
    n = draw(st.integers(1, 8))
    cuts = sorted(draw(st.lists(st.integers(0, 10_000), min_size=n - 1, max_size=n - 1)))
    bounds = [0, *cuts, 10_000]
    return [Decimal(bounds[i + 1] - bounds[i]) / 100 for i in range(n)]


@settings(max_examples=300, deadline=None)
@given(total=st.integers(0, 10**15), shares=share_lists())
def test_split_parts_always_sum_to_the_total(total: int, shares: list[Decimal]) -> None:
    parts = split(total, shares)
    assert sum(parts) == total
    assert all(p >= 0 for p in parts)
    # each part is within one đồng of its exact share
    for part, share in zip(parts, shares, strict=True):
        exact = Fraction(total) * Fraction(share) / 100
        assert abs(part - exact) < 1
    assert split(total, shares) == parts  # deterministic


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**15))
def test_formatted_amounts_parse_back(n: int) -> None:
    assert parse_amount(vn.amount(n)) == n
    assert parse_amount(vn.amount_short(n)) == n
    assert parse_amount(str(n)) == n


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (60_000_000_000, "Sáu mươi tỷ đồng"),
        (1_250_000_000, "Một tỷ hai trăm năm mươi triệu đồng"),
        (21, "Hai mươi mốt đồng"),
        (105, "Một trăm linh năm đồng"),
        (1_015, "Một nghìn không trăm mười lăm đồng"),
        (15, "Mười lăm đồng"),
        (0, "Không đồng"),
    ],
)
def test_amount_in_words(n: int, words: str) -> None:
    assert vn.amount_in_words(n) == words


def test_formats() -> None:
    assert vn.amount(60_000_000_000) == "60.000.000.000"
    assert vn.amount_short(60_000_000_000) == "60 tỷ"
    assert vn.amount_short(1_250_000_000) == "1,25 tỷ"
    assert vn.amount_short(750_000_000) == "750 triệu"
    assert vn.number(Decimal("5.0")) == "5,0"
    assert vn.number(Decimal("33.33")) == "33,33"


@pytest.mark.parametrize(
    ("value", "places", "text"),
    [
        (-1_234_567, None, "-1.234.567"),
        (Decimal("1234.5"), 2, "1.234,50"),
        (Decimal("2.5"), 0, "2"),  # half to even, as Babel's default rounding did
        (Decimal("3.5"), 0, "4"),
        (12.3456, None, "12,346"),  # a float: at most three decimals, trailing zeros dropped
        (100.0, None, "100"),
        (0.0005, None, "0"),
        (Decimal("1E+3"), None, "1.000"),
    ],
)
def test_number_own_formatter(value: Decimal | int | float, places: int | None, text: str) -> None:
    assert vn.number(value, places) == text


def test_indicator_values_and_thresholds_read_one_way() -> None:
    assert vn.measure(Decimal("80.5"), "percent", None) == "80,5%"
    assert vn.measure(5, "number", "km") == "5 km"
    assert vn.measure(7, "number", None) == "7"
    assert (vn.measure(True, "yes-no", None), vn.measure(False, "yes-no", None)) == ("đạt", "không đạt")
    assert vn.bound(">=", 90, "percent", None) == "≥ 90%"
    assert vn.bound("<=", Decimal("2.5"), "number", "km") == "≤ 2,5 km"
