"""Periods from user text (issue 12): one function, models.period.plan_period, for every
--period, record and report; its errors name the field, and the CLI names the option."""

from __future__ import annotations

from pathlib import Path

import pytest

from inline_plan import load, write_plan
from ntmplan.errors import PeriodKind, PeriodOutside, UsageError
from ntmplan.models import Plan
from ntmplan.models.period import Period, plan_period


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Plan:
    return load(write_plan(tmp_path_factory.mktemp("plan")))  # the years 2021–2025


@pytest.mark.parametrize(
    ("text", "kinds", "expected"),
    [
        ("2023-Q3", "Q", "2023-Q3"),
        ("quý 3/2023", "Q", "2023-Q3"),
        ("Q3-2023", "Q", "2023-Q3"),
        ("quy III nam 2023", "Q", "2023-Q3"),
        ("6 tháng đầu năm 2024", "QHY", "2024-H1"),
        ("H2/2021", "H", "2021-H2"),
        ("năm 2025", "Y", "2025"),
        ("2022", "QHY", "2022"),
    ],
)
def test_the_forms_an_officer_types(plan: Plan, text: str, kinds: str, expected: str) -> None:
    assert str(plan_period(plan, text, kinds)) == expected


@pytest.mark.parametrize(
    ("text", "kinds", "error", "message"),
    [
        ("2023-Q7", "QHY", UsageError, "'2023-Q7': a year has quarters 1 to 4; expected a period such as"),
        ("abc", "Q", UsageError, "'abc' is not a period; expected"),
        ("2023", "Q", PeriodKind, "2023 is not a quarter"),
        ("2023-H1", "QY", PeriodKind, "2023-H1 is not a quarter, a year"),
        ("2030-Q1", "Q", PeriodOutside, "2030-Q1 is outside the plan's years 2021–2025"),
        ("năm 2020", "QHY", PeriodOutside, "2020 is outside the plan's years 2021–2025"),
    ],
)
def test_what_is_refused_names_the_field(
    plan: Plan, text: str, kinds: str, error: type[UsageError], message: str
) -> None:
    with pytest.raises(UsageError) as raised:
        plan_period(plan, text, kinds, field="when")
    assert type(raised.value) is error
    assert str(raised.value).startswith(message)
    assert "--" not in str(raised.value)  # the library names no option
    assert raised.value.field == "when"


def test_without_a_plan_the_years_are_not_checked() -> None:
    assert plan_period(None, "quý 1/2031") == Period.quarter(2031, 1)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["status", "--period", "2030"], "ntmplan: error: --period: 2030 is outside the plan's years 2021–2025"),
        (["items", "-c", "99"], "ntmplan: error: --component: there is no component 99"),
        (["items", "--status", "xx"], "ntmplan: error: --status: 'xx' is not a status; expected one of not-started,"),
        (["report", "quarter", "2023", "-o", "-"], "ntmplan: error: 2023 is not a quarter; a quarter report takes"),
        (["report", "year", "2030", "-o", "-"], "ntmplan: error: 2030 is outside the plan's years 2021–2025"),
        (
            ["record", "progress", "2.a", "-p", "2023", "-s", "done"],
            "ntmplan: refused: --period: items, funding and notes are recorded by quarter, not for 2023",
        ),
        (["record", "funding", "1", "-p", "2023-Q3", "-a", "1", "-c", "99"], "ntmplan: refused: --component: there"),
        (["record", "criterion", "1", "-p", "2023", "-s", "maybe"], "ntmplan: refused: --status: 'maybe' is not a"),
        (["rollup", "--plans", "/no/such/*"], "ntmplan: error: --plans: no plan folder matches '/no/such/*'"),
        (["rollup", "--workspace", "/no/such.yaml"], "ntmplan: error: --workspace: no file at '/no/such.yaml'"),
        (
            ["init", "x", "--commune", "X", "--province", "Y", "--years", "2030-2026"],
            "ntmplan: error: --years: 2030-2026",
        ),
        (["report", "quarter", "2023-Q3", "-o", "-", "--date", "31/02/2023"], "ntmplan: error: --date: '31/02/2023'"),
    ],
)
def test_the_cli_names_the_option_or_argument(cli, plan_copy: Path, args: list[str], expected: str) -> None:
    r = cli("--plan", str(plan_copy), *args, cwd=plan_copy.parent)
    assert r.code in (1, 2)
    assert r.err.startswith(expected), r.err
