"""`ntmplan record`: edits that keep the file as a person wrote it, refuse what is wrong,
and never lose or half-write a change."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT


def git(repo: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@t",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@t",
    }
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def repo(plan_copy: Path) -> Path:
    root = plan_copy.parent
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "plan")
    return root


def changed_lines(repo: Path) -> list[str]:
    diff = git(repo, "diff", "-U0")
    return [line for line in diff.splitlines() if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def test_recording_an_item_twice_is_a_one_line_diff_and_keeps_comments(cli, repo: Path) -> None:
    first = cli(
        "record", "progress", "2.a", "--period", "2023-Q3", "--status", "in-progress", "--percent", "40", cwd=repo
    )
    assert first.code == 0, first.err
    assert first.err == "Wrote: plan/progress/2023-Q3.yaml (new file) — 2.a: in-progress (40%)\n"
    target = repo / "plan" / "progress" / "2023-Q3.yaml"
    text = target.read_text(encoding="utf-8")
    assert text.startswith(
        "# yaml-language-server: $schema=../schema/progress.schema.json\n"
        "# Tiến độ quý III năm 2023 — Kế hoạch 39/KH-UBND, xã Cẩm Đông.\n"
    )
    assert text.endswith("period: 2023-Q3\nitems:\n  2.a:\n    status: in-progress\n    percent: 40\n")
    target.write_text(text.replace("  2.a:\n", "  # đường trục xã, thôn Phú Lộc\n  2.a:\n"), encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "q3")
    second = cli("record", "progress", "2.a", "--period", "2023-Q3", "--status", "done", "--percent", "100", cwd=repo)
    assert second.code == 0
    assert changed_lines(repo) == [
        "-    status: in-progress",
        "-    percent: 40",
        "+    status: done",
        "+    percent: 100",
    ]
    assert "# đường trục xã, thôn Phú Lộc" in target.read_text(encoding="utf-8")
    assert cli("check", cwd=repo).code == 0


def test_status_in_vietnamese_words(cli, repo: Path) -> None:
    assert cli("record", "progress", "2.a", "-p", "2023-Q3", "-s", "Hoàn thành", cwd=repo).code == 0
    target = repo / "plan" / "progress" / "2023-Q3.yaml"
    assert "    status: done\n" in target.read_text(encoding="utf-8")
    target.write_text(
        target.read_text(encoding="utf-8").replace("status: done", "status: Đang thực hiện"), encoding="utf-8"
    )
    doc = json.loads(cli("items", "-c", "2", "--format", "json", cwd=repo).out)
    assert doc["items"][0]["status"] == "in-progress"


def test_telex_item_ids_and_item_order(cli, repo: Path) -> None:
    for item in ("2.dd", "1.b", "2.a"):
        assert cli("record", "progress", item, "-p", "Q3/2023", "-s", "done", cwd=repo).code == 0
    text = (repo / "plan" / "progress" / "2023-Q3.yaml").read_text(encoding="utf-8")
    assert text.index("  1.b:") < text.index("  2.a:") < text.index("  2.đ:")


BAD_RECORDS = [
    (
        ["progress", "2.z", "-p", "2023-Q3", "-s", "done"],
        "ntmplan: refused: there is no item 2.z (item ids look like 2.a or 2.đ (telex 2.dd); see `ntmplan items`)",
    ),
    (
        ["progress", "2.a", "-p", "2027-Q1", "-s", "done"],
        "ntmplan: refused: --period: 2027-Q1 is outside the plan's years 2021–2025",
    ),
    (
        ["progress", "2.a", "-p", "2023-Q3", "-s", "finished"],
        "ntmplan: refused: --status: 'finished' is not a status; expected one of not-started, in-progress, done, blocked "
        "(or in Vietnamese: chưa triển khai, đang thực hiện, hoàn thành, vướng mắc)",
    ),
    (
        ["progress", "2.a", "-p", "2023-Q3", "-s", "done", "--percent", "140"],
        "ntmplan: refused: --percent: 140 is outside 0–100",
    ),
    (
        ["indicator", "3.2", "-p", "2023-Q3", "-v", "85"],
        "ntmplan: refused: --value: indicator 3.2 takes đạt or không đạt, not the number 85",
    ),
    (
        ["indicator", "3.1", "-p", "2023-Q3", "-v", "đạt"],
        "ntmplan: refused: --value: indicator 3.1 takes a percentage from 0 to 100 (85 or 85,5%), not the yes/no word 'đạt'",
    ),
    (
        ["funding", "ngan-sach-xa", "-p", "2023-Q3", "-a", "5 triệu"],
        "ntmplan: refused: there is no funding source 'ngan-sach-xa' (sources: ngan-sach-tw-tinh, ngan-sach-dia-phuong, "
        "von-long-ghep, von-tin-dung, von-doanh-nghiep, dong-gop-nhan-dan)",
    ),
    (
        ["funding", "ngan-sach-dia-phuong", "-p", "2023-Q3", "-a", "12 tỷ tỷ"],
        "ntmplan: refused: --amount: '12 tỷ tỷ' is not an amount; expected an amount in đồng such as 60000000000, "
        "60.000.000.000, 60 tỷ, 1,25 tỷ or 750 triệu",
    ),
    (
        ["indicator", "10.1", "-p", "2023-Q3", "-v", "1e30"],
        "ntmplan: refused: --value: '1e30': write the number in full, not with an exponent; "
        "indicator 10.1 takes a number in triệu đồng/người/năm",
    ),
    (
        ["indicator", "10.1", "-p", "2023-Q3", "-v", "Infinity"],
        "ntmplan: refused: --value: 'Infinity' is not a number; indicator 10.1 takes a number in triệu đồng/người/năm",
    ),
    (
        ["indicator", "10.1", "-p", "2023-Q3", "-v", "sNaN"],
        "ntmplan: refused: --value: 'sNaN' is not a number; indicator 10.1 takes a number in triệu đồng/người/năm",
    ),
    (
        ["progress", "2.a", "-p", "2023-Q3", "-s", "done", "--percent", "NaN"],
        "ntmplan: refused: --percent: 'NaN' is not a number; expected a number such as 72,5, 1.250, 1.250,5 or 85% "
        "(the dot groups thousands, the comma is the decimal mark)",
    ),
    (
        ["progress", "2.a", "-p", "2023", "-s", "done"],
        "ntmplan: refused: --period: items, funding and notes are recorded by quarter, not for 2023 "
        "(e.g. --period 2023-Q3; a year or half-year takes only indicator values and verdicts)",
    ),
]


@pytest.mark.parametrize(
    ("args", "message"), BAD_RECORDS, ids=[" ".join(a[:2]) + f" #{i}" for i, (a, _) in enumerate(BAD_RECORDS)]
)
def test_refused_records_exit_1_and_touch_nothing(cli, repo: Path, args: list[str], message: str) -> None:
    assert cli("record", "progress", "1.a", "-p", "2023-Q3", "-s", "done", cwd=repo).code == 0
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "q3")
    result = cli("record", *args, cwd=repo)
    assert (result.code, result.err.strip()) == (1, message)
    assert git(repo, "status", "--porcelain") == ""


def test_criteria_and_funding_reflect_what_was_recorded(cli, repo: Path) -> None:
    assert cli("record", "indicator", "3.1", "-p", "2023-Q3", "-v", "85", cwd=repo).code == 0
    assert cli("record", "indicator", "3.2", "-p", "2023-Q3", "-v", "đạt", cwd=repo).code == 0
    assert cli("record", "funding", "ngan-sach-dia-phuong", "-p", "2023-Q3", "-a", "1,25 tỷ", cwd=repo).code == 0
    text = (repo / "plan" / "progress" / "2023-Q3.yaml").read_text(encoding="utf-8")
    assert "funding:\n  ngan-sach-dia-phuong:\n    amount: 1.250.000.000\n" in text
    doc = json.loads(cli("criteria", "--level", "ntm", "--format", "json", cwd=repo).out)
    three = next(c for c in doc["criteria"] if c["id"] == 3)
    assert three["status"] == "met"
    assert [(i["id"], i["status"], i["value"]) for i in three["indicators"]] == [
        ("3.1", "met", 85),
        ("3.2", "met", True),
    ]
    assert doc["summary"] == "đạt 1/19 tiêu chí, 18 chưa có ngưỡng"
    assert cli("record", "indicator", "3.1", "-p", "2023-Q4", "-v", "70", cwd=repo).code == 0
    doc = json.loads(cli("criteria", "--level", "ntm", "--format", "json", cwd=repo).out)
    three = next(c for c in doc["criteria"] if c["id"] == 3)
    assert (three["status"], three["indicators"][0]["status"], doc["period"]) == ("not-met", "not-met", "2023-Q4")
    money = json.loads(cli("funding", "--format", "json", cwd=repo).out)
    assert money["sources"][1]["to_date"] == 1_250_000_000
    assert cli("check", cwd=repo).code == 0


def test_nothing_without_a_threshold_is_met(cli, repo: Path) -> None:
    assert cli("record", "indicator", "11.1", "-p", "2023-Q3", "-v", "0", cwd=repo).code == 0
    assert cli("record", "indicator", "10.1", "-p", "2023-Q3", "-v", "90", cwd=repo).code == 0
    doc = json.loads(cli("criteria", "--level", "ntm", "--format", "json", cwd=repo).out)
    statuses = {i["id"]: i["status"] for c in doc["criteria"] for i in c["indicators"]}
    assert statuses["11.1"] == statuses["10.1"] == "no-threshold"
    status = cli("status", cwd=repo).out
    assert "Thu nhập bình quân của người dân nông thôn: ≥ 85 triệu đồng/người/năm (2025)" in status
    assert "Latest value: 90 (2023-Q3)" in status


def test_province_thresholds_from_the_plan(cli, repo: Path) -> None:
    (repo / "plan" / "criteria.yaml").write_text(
        "# Ngưỡng theo hướng dẫn của tỉnh\n"
        "indicators:\n"
        "  - id: '11.1'\n    criterion: 11\n    name: Tỷ lệ nghèo đa chiều\n    kind: percent\n    direction: '<='\n"
        "    thresholds:\n      - level: ntm\n        value: 2\n        source: Quyết định mẫu của UBND tỉnh (kiểm thử)\n",
        encoding="utf-8",
    )
    assert cli("check", cwd=repo).code == 0
    assert cli("record", "indicator", "11.1", "-p", "2023-Q3", "-v", "1,5", cwd=repo).code == 0
    doc = json.loads(cli("criteria", "--level", "ntm", "--format", "json", cwd=repo).out)
    eleven = next(c for c in doc["criteria"] if c["id"] == 11)
    assert (eleven["status"], eleven["indicators"][0]["threshold"]) == ("met", 2)


def test_kieu_mau_conditions(cli, repo: Path) -> None:
    assert cli("record", "indicator", "km.thon-thong-minh", "-p", "2023-Q3", "-v", "1", cwd=repo).code == 0
    doc = json.loads(cli("criteria", "--level", "kieu-mau", "--format", "json", cwd=repo).out)
    conditions = {c["id"]: c["status"] for c in doc["conditions"]}
    assert conditions == {"K1": "no-threshold", "K2": "no-threshold", "K3": "met", "K4": "no-data"}
    assert doc["status"] == "no-threshold"


def test_a_file_changed_on_disk_during_a_record_is_not_overwritten(cli, repo: Path, monkeypatch) -> None:
    import ntmplan.edits as edits

    assert cli("record", "progress", "2.a", "-p", "2023-Q3", "-s", "in-progress", cwd=repo).code == 0
    target = repo / "plan" / "progress" / "2023-Q3.yaml"
    real = edits._check_edit

    def meanwhile(*args, **kwargs):  # someone saves the file in an editor while we validate
        result = real(*args, **kwargs)
        target.write_text(target.read_text(encoding="utf-8") + "# sửa tay\n", encoding="utf-8")
        return result

    monkeypatch.setattr(edits, "_check_edit", meanwhile)
    result = cli("record", "progress", "2.a", "-p", "2023-Q3", "-s", "done", cwd=repo)
    assert result.code == 1
    assert "changed on disk while recording; nothing was written" in result.err
    text = target.read_text(encoding="utf-8")
    assert "status: in-progress" in text and text.endswith("# sửa tay\n")


def test_concurrent_records_keep_every_change(repo: Path) -> None:
    items = ["1.a", "1.b", "2.a", "2.b", "2.c", "2.d"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "ntmplan", "record", "progress", item, "-p", "2024-Q1", "-s", "done"],
            cwd=repo,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for item in items
    ]
    codes = [p.wait(timeout=60) for p in procs]
    assert codes == [0] * len(items), [p.stderr.read() for p in procs if p.stderr]
    text = (repo / "plan" / "progress" / "2024-Q1.yaml").read_text(encoding="utf-8")
    for item in items:
        assert f"  {item}:\n    status: done\n" in text


def test_record_text_lists(cli, repo: Path) -> None:
    assert cli("record", "shortcoming", "Tiến độ giải ngân còn chậm", "-p", "2023-Q3", cwd=repo).code == 0
    assert cli("record", "task", "Hoàn thành đường trục thôn", "-p", "2023-Q3", cwd=repo).code == 0
    assert cli("record", "proposal", "Đề nghị huyện hỗ trợ vốn", "-p", "2023-Q3", cwd=repo).code == 0
    text = (repo / "plan" / "progress" / "2023-Q3.yaml").read_text(encoding="utf-8")
    assert "shortcomings:\n  - Tiến độ giải ngân còn chậm\n" in text
    assert "next_tasks:\n  - Hoàn thành đường trục thôn\n" in text
    assert "proposals:\n  - Đề nghị huyện hỗ trợ vốn\n" in text


def test_a_windows_file_keeps_its_bom_and_line_endings(cli, repo: Path) -> None:
    target = repo / "plan" / "progress" / "2023-Q3.yaml"
    target.parent.mkdir(exist_ok=True)
    target.write_bytes(
        b"\xef\xbb\xbf"
        + "# Ghi chép quý III\r\nperiod: 2023-Q3\r\nitems:\r\n  2.a:\r\n    status: in-progress\r\n".encode()
    )
    assert cli("record", "progress", "2.a", "-p", "2023-Q3", "-s", "done", cwd=repo).code == 0
    assert target.read_bytes() == b"\xef\xbb\xbf" + (
        "# Ghi chép quý III\r\nperiod: 2023-Q3\r\nitems:\r\n  2.a:\r\n    status: done\r\n".encode()
    )


def test_latest_values_as_of_a_half_year(cli, repo: Path) -> None:
    assert cli("record", "indicator", "10.1", "-p", "2023-Q2", "-v", "80", cwd=repo).code == 0
    assert cli("record", "indicator", "10.1", "-p", "2023-Q3", "-v", "90", cwd=repo).code == 0
    h1 = json.loads(cli("status", "--period", "2023-H1", "--format", "json", cwd=repo).out)
    assert (h1["targets"][0]["latest"], h1["targets"][0]["latest_period"]) == (80, "2023-Q2")
    year = json.loads(cli("status", "--period", "2023", "--format", "json", cwd=repo).out)
    assert year["targets"][0]["latest"] == 90


def test_funding_short_form_is_read_and_kept(cli, repo: Path) -> None:
    target = repo / "plan" / "progress" / "2023-Q3.yaml"
    target.parent.mkdir(exist_ok=True)
    target.write_text("period: 2023-Q3\nfunding:\n  ngan-sach-dia-phuong: 1.250.000.000\n", encoding="utf-8")
    doc = json.loads(cli("funding", "--format", "json", cwd=repo).out)
    assert doc["sources"][1]["to_date"] == 1_250_000_000
    assert cli("record", "funding", "ngan-sach-dia-phuong", "-p", "2023-Q3", "-a", "2 tỷ", cwd=repo).code == 0
    assert target.read_text(encoding="utf-8") == "period: 2023-Q3\nfunding:\n  ngan-sach-dia-phuong: 2.000.000.000\n"


def test_a_breakdown_added_to_the_short_form_keeps_the_total(cli, repo: Path) -> None:
    target = repo / "plan" / "progress" / "2023-Q3.yaml"
    target.parent.mkdir(exist_ok=True)
    target.write_text("period: 2023-Q3\nfunding:\n  ngan-sach-dia-phuong: 1.250.000.000\n", encoding="utf-8")
    assert (
        cli("record", "funding", "ngan-sach-dia-phuong", "-p", "2023-Q3", "-a", "1 tỷ", "-c", "2", cwd=repo).code == 0
    )
    assert target.read_text(encoding="utf-8") == (
        "period: 2023-Q3\nfunding:\n  ngan-sach-dia-phuong:\n"
        "    amount: 1.250.000.000\n    components:\n      2: 1.000.000.000\n"
    )
    over = cli("record", "funding", "ngan-sach-dia-phuong", "-p", "2023-Q3", "-a", "2 tỷ", "-c", "7", cwd=repo)
    assert (
        over.code == 1
        and "error[FUND003]: the components of 'ngan-sach-dia-phuong' add up to more than its amount" in over.err
    )


def test_a_refused_record_points_into_the_edit_it_refused(cli, repo: Path) -> None:
    target = repo / "plan" / "progress" / "2023-Q3.yaml"
    target.parent.mkdir(exist_ok=True)
    before = "period: 2023-Q3\nfunding:\n  von-long-ghep:\n    components:\n      2: 5 tỷ\n"
    target.write_text(before, encoding="utf-8")
    result = cli("record", "funding", "von-long-ghep", "-p", "2023-Q3", "-a", "1 tỷ", cwd=repo)
    assert result.code == 1
    assert result.err.splitlines()[:3] == [
        "plan/progress/2023-Q3.yaml:6:13: error[FUND003]: the components of 'von-long-ghep' add up to more than its amount",
        " 6 |     amount: 1.000.000.000",
        "   |             ^",
    ]
    assert target.read_text(encoding="utf-8") == before


def test_a_cleared_field_is_said_in_vietnamese(cli, repo: Path) -> None:
    args = ("record", "progress", "2.a", "-p", "2023-Q3")
    assert cli(*args, "-s", "in-progress", "--percent", "40", "--note", "Đang thi công", cwd=repo).code == 0
    said = cli("--lang", "vi", *args, "--percent", "50", "--clear", "note", cwd=repo)
    assert said.code == 0, said.err
    assert said.err.endswith("— 2.a: đang thực hiện (50%); đã xóa note\n")
    said = cli("--lang", "vi", *args, "--clear", "percent", cwd=repo)
    assert said.err.endswith("— 2.a: đang thực hiện; đã xóa percent\n")
