"""Numbers that would break later commands are refused where they enter, by ``check`` too;
whatever ``check`` accepts, every reader can show."""

from __future__ import annotations

from pathlib import Path

import pytest


def _indicator_file(plan: Path, value: str) -> None:
    (plan / "progress").mkdir(exist_ok=True)
    (plan / "progress" / "2023-Q3.yaml").write_text(
        f"period: 2023-Q3\nindicators:\n  '10.1':\n    value: {value}\n  '3.1':\n    value: 85\n", encoding="utf-8"
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("1e30", "indicators.10.1.value: '1e30': write the number in full, not with an exponent"),
        ("1.000.000.000.000.000", "indicators.10.1.value: 1E+15 is beyond the largest figure"),
        ("-1000000000000000", "indicators.10.1.value: -1000000000000000 is negative"),
        ("'Infinity'", "indicators.10.1.value: 'Infinity' is not a number"),
        ("'sNaN'", "indicators.10.1.value: 'sNaN' is not a number"),
    ],
)
def test_check_refuses_absurd_hand_written_values(cli, plan_copy: Path, value: str, message: str) -> None:
    _indicator_file(plan_copy, value)
    result = cli("--plan", str(plan_copy), "check")
    assert result.code == 1
    assert message in result.err
    assert "progress/2023-Q3.yaml:4:12:" in result.err


@pytest.mark.parametrize("value", ["999.999,999", "0,0000000001", "0", "123.456,123456789123"])
def test_every_reader_takes_what_check_accepts(cli, plan_copy: Path, tmp_path: Path, value: str) -> None:
    _indicator_file(plan_copy, value)
    assert cli("--plan", str(plan_copy), "check").code == 0
    for args in (
        ["status"],
        ["status", "--format", "json"],
        ["criteria"],
        ["criteria", "--level", "nang-cao", "--format", "json"],
        ["report", "quarter", "2023-Q3", "-o", str(tmp_path / "r.md")],
    ):
        result = cli("--plan", str(plan_copy), *args)
        assert result.code == 0, (args, result.err)


def test_province_thresholds_are_bounded_too(cli, plan_copy: Path) -> None:
    (plan_copy / "criteria.yaml").write_text(
        "indicators:\n  - id: '11.1'\n    criterion: 11\n    name: Tỷ lệ nghèo đa chiều\n    kind: percent\n"
        "    direction: '<='\n    thresholds:\n      - level: ntm\n        value: 1e20\n        source: QĐ tỉnh\n",
        encoding="utf-8",
    )
    result = cli("--plan", str(plan_copy), "check")
    assert result.code == 1
    assert "criteria.yaml:9:16:" in result.err and "thresholds.0.value: '1e20': write the number in full" in result.err
