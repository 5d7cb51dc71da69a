"""One reading of numbers (issue 10 point 4): the dot groups thousands, the comma is the
decimal mark, a unit may follow; indicator values, amounts and percents all read alike."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ntmplan.models.amount import AmountError, parse_amount
from ntmplan.models.numbers import NumberError, Reading, read_number, read_plain
from ntmplan.yamlio.read import SourceFloat

READS = [
    ("85", Reading(Decimal(85))),
    ("72,5", Reading(Decimal("72.5"))),
    ("72.500", Reading(Decimal(72500))),
    ("1.250.000", Reading(Decimal(1250000))),
    ("1.250,5", Reading(Decimal("1250.5"))),
    ("0,05", Reading(Decimal("0.05"))),
    ("85%", Reading(Decimal(85), "%")),
    ("85 %", Reading(Decimal(85), "%")),
    ("72,5 triệu", Reading(Decimal("72.5"), "triệu")),
    ("72,5 triệu đồng/người/năm", Reading(Decimal("72.5"), "triệu đồng/người/năm")),
    ("  2   mô hình ", Reading(Decimal(2), "mô hình")),
    (85, Reading(Decimal(85))),
    (SourceFloat(1.5, "1.500"), Reading(Decimal(1500))),  # a YAML float is read as it was written
    (SourceFloat(72.5, "72,5"), Reading(Decimal("72.5"))),
]


@pytest.mark.parametrize(("text", "expected"), READS, ids=[repr(t) for t, _ in READS])
def test_numbers_read_as_vietnamese_writes_them(text: object, expected: Reading) -> None:
    assert read_number(text) == expected


REFUSED = [
    ("72.5", "the dot groups thousands in threes (1.250.000); for a decimal use a comma (72,5)"),
    ("5.0", "for a decimal use a comma (5,0)"),
    ("72.500.00", "the dot groups thousands in threes"),
    ("1,2,3", "more than one decimal comma"),
    ("1,250.5", "a dot after the decimal comma"),
    ("đạt", "'đạt' is a yes/no word, not a number"),
    ("không đạt", "is a yes/no word, not a number"),
    ("-5", "is negative"),
    ("1e30", "write the number in full, not with an exponent"),
    ("", "the number is empty"),
    ("abc", "'abc' is not a number"),
    ("12 3", "is not one number"),
    (float("nan"), "is not a finite number"),
    (True, "a yes/no value (đạt) is not a number"),
]


@pytest.mark.parametrize(("text", "message"), REFUSED, ids=[repr(t) for t, _ in REFUSED])
def test_what_is_not_a_number_is_refused_with_what_was_expected(text: object, message: str) -> None:
    with pytest.raises(NumberError) as caught:
        read_number(text)
    assert message in str(caught.value)
    assert "expected a number such as 72,5, 1.250" in str(caught.value)


def test_amounts_and_percents_use_the_same_reading() -> None:
    assert parse_amount("1.500") == 1500 == read_plain("1.500")
    assert read_plain("40%") == Decimal(40)
    with pytest.raises(NumberError, match="unexpected 'triệu'"):
        read_plain("40 triệu")
    with pytest.raises(AmountError, match="for a decimal use a comma"):
        parse_amount("1.5")


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=0, max_value=10**14), st.integers(min_value=0, max_value=999), st.sampled_from([0, 1, 2, 3])
)
def test_what_vietnamese_formatting_writes_reads_back(whole: int, frac: int, places: int) -> None:
    from ntmplan import vn

    value = Decimal(whole) + (Decimal(frac % 10**places) / Decimal(10**places) if places else 0)
    written = vn.number(value, places)
    assert read_number(written).value == value
    assert read_number(written + "%").unit == "%"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="0123456789.,-% ", max_size=12))
def test_any_digit_text_is_read_or_refused_never_crashes(text: str) -> None:
    try:
        reading = read_number(text)
    except NumberError as exc:
        assert "expected" in str(exc)
    else:
        assert reading.value >= 0


def _indicator(plan: Path, period: str, body: str) -> None:
    (plan / "progress").mkdir(exist_ok=True)
    (plan / "progress" / f"{period}.yaml").write_text(f"period: {period}\nindicators:\n{body}", encoding="utf-8")


HAND_WRITTEN = [
    (
        "  '3.1':\n    value: 1.500\n",
        "4:12: error[CRIT001]: 1.500 is not a percentage; indicator 3.1 takes a percentage",
    ),
    (
        "  '10.1':\n    value: 72.500.000\n",
        "4:12: error[CRIT001]: 72.500.000 triệu đồng/người/năm is out of range: the indicator counts in "
        "triệu đồng/người/năm; did you mean 72,5?",
    ),
    (
        "  '10.1':\n    value: đạt\n",
        "4:12: error[CRIT001]: indicator 10.1 takes a number in triệu đồng/người/năm, not ",
    ),
    ("  '3.2':\n    value: 85\n", "4:12: error[CRIT001]: indicator 3.2 takes đạt or không đạt, not the number 85"),
    ("  '10.1':\n    value: 72,5 tỷ\n", "4:12: error[CRIT001]: 72,5 tỷ: indicator 10.1 takes a number in triệu"),
    ("  '3.1':\n    value: 72.5\n", "4:12: error[SCHEMA003]: indicators.3.1.value: '72.5': the dot groups thousands"),
]


@pytest.mark.parametrize(
    ("body", "message"), HAND_WRITTEN, ids=[b.split("value: ")[1].strip() for b, _ in HAND_WRITTEN]
)
def test_a_wrong_value_gets_one_message_at_its_line(cli, plan_copy: Path, body: str, message: str) -> None:
    _indicator(plan_copy, "2023-Q3", body)
    result = cli("--plan", str(plan_copy), "check")
    assert result.code == 1
    assert message in result.err
    assert result.err.count("error[") == 1


def test_values_with_their_unit_are_accepted(cli, plan_copy: Path) -> None:
    _indicator(plan_copy, "2023", "  '10.1':\n    value: 72,5 triệu\n  '3.1':\n    value: 85%\n")
    assert cli("--plan", str(plan_copy), "check").code == 0
    result = cli("--plan", str(plan_copy), "criteria", "--period", "2024-Q1", "--format", "json")
    assert '"value": 72.5' in result.out or '"value": "72.5"' in result.out
