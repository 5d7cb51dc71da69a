"""`ntmplan funding`: planned against mobilised, what-if totals, JSON."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import PLAN

TY = 10**9


def test_funding_json_gives_the_plan_split(cli) -> None:
    result = cli("--plan", str(PLAN), "funding", "--format", "json")
    assert result.code == 0
    doc = json.loads(result.out)
    assert doc["total"] == 60 * TY
    assert [s["planned"] for s in doc["sources"]] == [3 * TY, 18 * TY, 6 * TY, 21 * TY, 9 * TY, 3 * TY]
    assert [s["id"] for s in doc["sources"]][:2] == ["ngan-sach-tw-tinh", "ngan-sach-dia-phuong"]
    assert all(isinstance(s["planned"], int) and s["mobilised"] == 0 for s in doc["sources"])


def test_what_if_total_leaves_the_plan_alone(cli) -> None:
    doc = json.loads(cli("--plan", str(PLAN), "funding", "--total", "1,25 tỷ", "--format", "json").out)
    assert doc["total"] == 1_250_000_000 and doc["what_if"] is True
    assert sum(s["planned"] for s in doc["sources"]) == 1_250_000_000
    assert json.loads(cli("--plan", str(PLAN), "funding", "--format", "json").out)["total"] == 60 * TY


def test_funding_text_table(cli) -> None:
    out = cli("--plan", str(PLAN), "funding").out
    assert "Funding — total 60,000,000,000 đồng (60 tỷ)" in out
    assert "21,000,000,000" in out and "  Total  " in out
    vi = cli("--lang", "vi", "--plan", str(PLAN), "funding").out  # Vietnamese marks in Vietnamese
    assert "Nguồn vốn — tổng 60.000.000.000 đồng (60 tỷ)" in vi and "21.000.000.000" in vi


def test_bad_options_exit_2(cli) -> None:
    bad = cli("--plan", str(PLAN), "funding", "--total", "12 tỷ tỷ")
    assert bad.code == 2
    assert bad.err == (
        "ntmplan: error: --total: '12 tỷ tỷ' is not an amount; expected an amount in đồng such as "
        "60000000000, 60.000.000.000, 60 tỷ, 1,25 tỷ or 750 triệu\n"
    )
    assert cli("--plan", str(PLAN), "funding", "--by", "unit").code == 2
    assert cli("--plan", str(PLAN), "funding", "--period", "2019-Q1").code == 2


def write_progress(plan: Path, name: str, text: str) -> None:
    (plan / "progress").mkdir(exist_ok=True)
    (plan / "progress" / name).write_text(text, encoding="utf-8")


def test_mobilised_in_period_and_to_date(cli, plan_copy: Path) -> None:
    write_progress(
        plan_copy, "2023-Q2.yaml", "period: 2023-Q2\nfunding:\n  ngan-sach-dia-phuong:\n    amount: 750 triệu\n"
    )
    write_progress(
        plan_copy,
        "2023-Q3.yaml",
        "period: 2023-Q3\nfunding:\n  ngan-sach-dia-phuong:\n    amount: 1.250.000.000\n"
        "  dong-gop-nhan-dan:\n    components:\n      2: 200 triệu\n      7: 100 triệu\n",
    )
    doc = json.loads(cli("--plan", str(plan_copy), "funding", "--period", "2023-Q3", "--format", "json").out)
    local = doc["sources"][1]
    assert (local["mobilised"], local["to_date"], local["remaining"]) == (1_250_000_000, 2_000_000_000, 16 * TY)
    assert local["percent_of_plan"] == 11.11
    people = doc["sources"][5]
    assert people["mobilised"] == 300_000_000 and people["by_component"] == {"2": 200_000_000, "7": 100_000_000}
    assert doc["to_date"] == 2_300_000_000
    years = json.loads(cli("--plan", str(plan_copy), "funding", "--by", "year", "--format", "json").out)["years"]
    assert [y["mobilised"] for y in years] == [0, 0, 2_300_000_000, 0, 0]
    comps = json.loads(cli("--plan", str(plan_copy), "funding", "--by", "component", "--format", "json").out)
    assert {c["component"]: c["mobilised"] for c in comps["components"]}[2] == 200_000_000
    status = cli("--plan", str(plan_copy), "status").out
    assert "Funds mobilised: 2,300,000,000 / 60,000,000,000 đồng (3.8% of plan;" in status


def test_status_and_funding_json_give_funding_one_shape(cli, plan_copy):
    import json

    funding = json.loads(cli("--plan", str(plan_copy), "funding", "--format", "json").out)
    in_status = json.loads(cli("--plan", str(plan_copy), "status", "--format", "json").out)["funding"]
    assert in_status == funding
    assert in_status["planned"] == 60_000_000_000
    assert {"percent_of_plan", "remaining"} <= set(in_status["sources"][0])
