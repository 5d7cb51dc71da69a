"""Recorded verdicts and yearly figures (issue 10 points 1 and 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_record import git


def test_a_year_s_figure_and_verdicts_go_into_the_year_file(cli, plan_copy: Path) -> None:
    repo = plan_copy.parent
    git(repo, "init", "-q")
    assert cli("record", "indicator", "10.1", "--period", "2023", "--value", "72,5", cwd=repo).code == 0
    result = cli(
        "record", "criterion", "2", "--period", "2023", "--status", "đạt", "--note", "Theo kết quả tự đánh giá",
        cwd=repo,
    )  # fmt: skip
    assert result.code == 0, result.err
    assert "tiêu chí 2 (Giao thông): đạt (xã tự đánh giá)" in result.err
    result = cli(
        "record", "criterion", "10", "-p", "2023", "-s", "chưa đạt", "--basis", "thẩm định", "--source", "Văn bản số 12",
        cwd=repo,
    )  # fmt: skip
    assert result.code == 0, result.err
    assert cli("record", "indicator", "3.2", "--period", "2023-H2", "--status", "đạt", cwd=repo).code == 0
    text = (plan_copy / "progress" / "2023.yaml").read_text(encoding="utf-8")
    assert "\n# Số liệu và đánh giá tiêu chí năm 2023 — Kế hoạch" in text
    body = text[text.index("period:") :]
    assert body == (
        "period: 2023\n"
        "indicators:\n"
        "  '10.1':\n"
        "    value: 72,5\n"
        "criteria:\n"
        "  2:\n"
        "    status: đạt\n"
        "    note: Theo kết quả tự đánh giá\n"
        "  10:\n"
        "    status: chưa đạt\n"
        "    basis: appraised\n"
        "    source: Văn bản số 12\n"
    )
    half = (plan_copy / "progress" / "2023-H2.yaml").read_text(encoding="utf-8")
    assert "  '3.2':\n    status: đạt\n" in half
    assert cli("--plan", str(plan_copy), "check").code == 0


def test_bad_verdicts_are_refused(cli, plan_copy: Path) -> None:
    repo = plan_copy.parent
    cases = [
        (["criterion", "20", "-p", "2023", "-s", "đạt"], "there is no criterion '20' (criteria are numbered 1–19)"),
        (["criterion", "2", "-p", "2023", "-s", "tốt"], "--status: 'tốt' is not a verdict; expected đạt or chưa đạt"),
        (["criterion", "2", "-p", "2023", "-s", "đạt", "--basis", "guess"], "--basis: 'guess' is not a basis"),
        (["indicator", "3.1", "-p", "2023"], "give --value (the figure) or --status (đạt / chưa đạt), or both"),
        (["progress", "2.a", "-p", "2023", "-s", "done"], "items, funding and notes are recorded by quarter"),
    ]
    for args, message in cases:
        result = cli("record", *args, cwd=repo)
        assert result.code == 1 and message in result.err, (args, result.err)
    assert not (plan_copy / "progress").exists() or not list((plan_copy / "progress").iterdir())


def test_a_year_file_holds_no_items(cli, plan_copy: Path) -> None:
    (plan_copy / "progress").mkdir()
    (plan_copy / "progress" / "2023.yaml").write_text(
        "period: 2023\nitems:\n  2.a:\n    status: done\ncriteria:\n  25:\n    status: đạt\n", encoding="utf-8"
    )
    result = cli("--plan", str(plan_copy), "check")
    assert result.code == 1
    assert "2023.yaml:2:1: error[PER003]: items are recorded by quarter, not in the file for 2023" in result.err
    assert "2023.yaml:6:3: error[REF004]: there is no criterion 25" in result.err


def test_a_year_file_holds_no_funding_and_says_so_in_vietnamese(cli, plan_copy: Path) -> None:
    (plan_copy / "progress").mkdir()
    (plan_copy / "progress" / "2023-H1.yaml").write_text(
        "period: 2023-H1\nfunding:\n  von-doanh-nghiep: 500 triệu\n", encoding="utf-8"
    )
    result = cli("--lang", "vi", "--plan", str(plan_copy), "check")
    assert result.code == 1
    assert (
        "2023-H1.yaml:2:1: lỗi[PER003]: mục 'funding' chỉ được ghi trong tệp quý, không ghi trong tệp của 2023-H1"
        in result.err
    )


def test_verdicts_make_criteria_status_and_reports_say_dat_n_of_19_with_their_basis(cli, plan_copy: Path) -> None:
    import json

    (plan_copy / "progress").mkdir()
    (plan_copy / "progress" / "2023.yaml").write_text(
        "period: 2023\ncriteria:\n  2:\n    status: đạt\n  10:\n    status: chưa đạt\n    basis: appraised\n",
        encoding="utf-8",
    )
    doc = json.loads(cli("--plan", str(plan_copy), "criteria", "--level", "ntm", "--format", "json").out)
    by_id = {c["id"]: c for c in doc["criteria"]}
    assert (by_id[2]["status"], by_id[2]["basis"]) == ("met", "self-assessed")
    assert (by_id[10]["status"], by_id[10]["basis"]) == ("not-met", "appraised")
    assert "theo Bộ tiêu chí 2021–2025 (Nông thôn mới): đạt 1/19, chưa đạt 1, chưa đánh giá 17" in doc["assessment"]
    text = cli("--plan", str(plan_copy), "--lang", "vi", "criteria", "--level", "ntm").out
    assert "đạt (xã tự đánh giá)" in text and "chưa đạt (cấp trên thẩm định)" in text
    default = json.loads(cli("--plan", str(plan_copy), "criteria", "--format", "json").out)
    assert default["level"] == "kieu-mau"  # the plan's target: NTM and nâng cao are recognised
    assert [r["text"] for r in default["recognitions"]][1].startswith(
        "công nhận đạt chuẩn Nông thôn mới nâng cao năm 2020"
    )
    report = cli("--plan", str(plan_copy), "report", "year", "2023", "--level", "ntm", "-o", "-").out
    assert "Đạt (xã tự đánh giá)" in report and "đạt 1/19, chưa đạt 1, chưa đánh giá 17" in report


def test_no_set_is_shipped_for_2026(plan_copy: Path) -> None:
    from ntmplan.criteria_data import set_for
    from ntmplan.loader import load_plan
    from ntmplan.models.period import Period
    from ntmplan.queries.criteria import evaluate

    assert set_for(2025) is not None and set_for(2026) is None
    plan, _ = load_plan(plan_copy, use_cache=False)
    assert plan is not None
    report = evaluate(plan, None, "ntm", Period.parse("2026-Q1"))
    assert report.criteria == [] and report.no_set is not None
    assert "chưa có bộ tiêu chí nào cho năm 2026" in report.no_set and "51/2025/QĐ-TTg" in report.no_set


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("đạt", True),
        ("dat", True),
        ("ĐẠT", True),
        ("chưa đạt", False),
        ("chua dat", False),
        ("khong dat", False),
        ("co", True),
        ("dạtt", None),
        ("tốt", None),
    ],
)
def test_verdict_words_with_or_without_diacritics(text: str, answer: bool | None) -> None:
    from ntmplan.models.numbers import parse_yes_no

    assert parse_yes_no(text) is answer
