"""Periods and dates as Vietnamese documents write them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ntmplan import vn
from ntmplan.models.period import Period, PeriodError


@pytest.mark.parametrize(
    ("text", "canonical", "label"),
    [
        ("2023-Q3", "2023-Q3", "quý III năm 2023"),
        ("Q3/2023", "2023-Q3", "quý III năm 2023"),
        ("quý III/2023", "2023-Q3", "quý III năm 2023"),
        ("Quý 3 năm 2023", "2023-Q3", "quý III năm 2023"),
        ("2023-H1", "2023-H1", "6 tháng đầu năm 2023"),
        ("2023", "2023", "năm 2023"),
    ],
)
def test_period_spellings(text: str, canonical: str, label: str) -> None:
    period = Period.parse(text)
    assert (str(period), period.label_vi) == (canonical, label)


@pytest.mark.parametrize("text", ["2023-Q5", "2023-Q0", "2023-H3", "Q/2023", "abc", "", "quý V/2023"])
def test_bad_periods_are_refused(text: str) -> None:
    with pytest.raises(PeriodError):
        Period.parse(text)


def test_half_and_year_are_made_of_quarters() -> None:
    assert [str(q) for q in Period.parse("2023-H2").quarters()] == ["2023-Q3", "2023-Q4"]
    assert len(Period.parse("2024").quarters()) == 4
    assert Period.parse("2023").contains(Period.parse("2023-Q4"))
    assert not Period.parse("2023-H1").contains(Period.parse("2023-Q3"))


@given(st.integers(2000, 2100), st.sampled_from(["Q1", "Q2", "Q3", "Q4", "H1", "H2", ""]))
def test_period_text_round_trips(year: int, part: str) -> None:
    text = f"{year}-{part}" if part else str(year)
    assert str(Period.parse(text)) == text


@pytest.mark.parametrize(
    ("date", "text"),
    [
        (dt.date(2023, 10, 5), "ngày 05 tháng 10 năm 2023"),
        (dt.date(2022, 9, 27), "ngày 27 tháng 9 năm 2022"),
        (dt.date(2023, 2, 1), "ngày 01 tháng 02 năm 2023"),
        (dt.date(2023, 1, 15), "ngày 15 tháng 01 năm 2023"),
        (dt.date(2023, 3, 9), "ngày 09 tháng 3 năm 2023"),
    ],
)
def test_long_dates_follow_decree_30(date: dt.date, text: str) -> None:
    assert vn.date_long(date) == text


def test_a_quarter_ends_by_the_end_of_a_half_or_year() -> None:
    q2, q3 = Period.parse("2023-Q2"), Period.parse("2023-Q3")
    h1, year = Period.parse("2023-H1"), Period.parse("2023")
    assert q2.ends_by(h1) and not q3.ends_by(h1)
    assert q3.ends_by(year) and Period.parse("2023-Q4").ends_by(year)
    assert not Period.parse("2024-Q1").ends_by(year)


@pytest.mark.parametrize(
    ("text", "following"),
    [("2023-Q3", "2023-Q4"), ("2023-Q4", "2024-Q1"), ("2023-H1", "2023-H2"), ("2023-H2", "2024-H1"), ("2023", "2024")],
)
def test_the_next_period_is_of_the_same_kind(text: str, following: str) -> None:
    assert Period.parse(text).next() == Period.parse(following)


def test_quarters_to_date_run_from_the_first_year_through_the_period() -> None:
    assert [str(q) for q in Period.parse("2022-H1").quarters_to_date(2021)] == [
        "2021-Q1",
        "2021-Q2",
        "2021-Q3",
        "2021-Q4",
        "2022-Q1",
        "2022-Q2",
    ]
