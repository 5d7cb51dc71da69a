"""Issue 11 point 1: public result vs private note, clearing fields, status and percent that
agree, per-period free text, and 6-month/annual aggregation of quarters."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import DATA

FIXTURE = DATA / "report-fixture"


@pytest.fixture
def repo(plan_copy: Path) -> Path:
    return plan_copy.parent


@pytest.fixture
def reported(plan_copy: Path) -> Path:
    shutil.copytree(FIXTURE / "progress", plan_copy / "progress", dirs_exist_ok=True)
    return plan_copy.parent


def progress_text(repo: Path, period: str = "2023-Q3") -> str:
    return (repo / "plan" / "progress" / f"{period}.yaml").read_text(encoding="utf-8")


def test_result_is_printed_and_note_is_private(cli, reported: Path) -> None:
    out = cli("report", "quarter", "2023-Q3", "-o", "-", cwd=reported).out
    assert "Kết quả: Hoàn thành 1,2 km đường trục thôn Phú Lộc" in out
    assert "Nguyên nhân: Chờ huyện phê duyệt quy hoạch vùng" in out
    assert "Còn nợ nhà thầu" not in out and "Ghi chú" not in out
    with_notes = cli("report", "quarter", "2023-Q3", "--with-notes", "-o", "-", cwd=reported).out
    assert "Ghi chú: Còn nợ nhà thầu 120 triệu, chưa công khai" in with_notes


def test_word_report_keeps_notes_private(cli, reported: Path) -> None:
    from docx import Document

    assert cli("report", "year", "2023", "--format", "docx", cwd=reported).code == 0
    doc = Document(str(reported / "reports" / "bao-cao-2023.docx"))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Nguyên nhân: Chờ huyện phê duyệt quy hoạch vùng." in text
    assert "Còn nợ nhà thầu" not in text and "Nhà thầu xin lùi" not in text
    assert "Lưu ý: chưa có số liệu quý I năm 2023, quý IV năm 2023" in text
    assert "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" in text and "III. ĐÁNH GIÁ CHUNG" in text


def test_record_result_reason_note_then_clear(cli, repo: Path) -> None:
    args = ("record", "progress", "2.a", "-p", "2023-Q3")
    assert (
        cli(*args, "-s", "in-progress", "--percent", "40", "--result", "Xong 1 km", "--note", "hỏi lại", cwd=repo).code
        == 0
    )
    assert "    result: Xong 1 km\n    note: hỏi lại\n" in progress_text(repo)
    cleared = cli(*args, "--note", "", cwd=repo)
    assert cleared.code == 0, cleared.err
    assert cleared.err.endswith("— 2.a: in-progress; cleared note\n")
    assert "\n    note:" not in progress_text(repo)
    assert cli(*args, "--clear", "result", "--clear", "percent", cwd=repo).code == 0
    assert progress_text(repo).endswith("items:\n  2.a:\n    status: in-progress\n")
    assert cli("check", cwd=repo).code == 0


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            ["-s", "done", "--percent", "40"],
            "ntmplan: refused: 2.a: status done and 40% disagree: a done item is at 100% "
            "(give a --percent that fits the status, or --clear percent)",
        ),
        (
            ["-s", "not-started", "--percent", "5"],
            "ntmplan: refused: 2.a: status not-started and 5% disagree: an item not started is at 0% "
            "(give a --percent that fits the status, or --clear percent)",
        ),
        (
            ["-s", "in-progress", "--percent", "100"],
            "ntmplan: refused: 2.a: status in-progress and 100% disagree: an item at 100% is done "
            "(give a --percent that fits the status, or --clear percent)",
        ),
        (
            ["-s", "blocked"],
            "ntmplan: refused: 2.a: a blocked item needs its reason (nguyên nhân vướng mắc) "
            '(give --reason "…" (printed in reports), or --force to record it without one)',
        ),
        (["--note", "x"], "ntmplan: refused: 2.a has no entry in 2023-Q3 yet: give its --status"),
        (
            ["-s", "done", "--clear", "colour"],
            "ntmplan: refused: --clear: 'colour' is not a field that can be cleared; expected one of percent, result, reason, note",
        ),
        (
            ["-s", "done", "--note", "x", "--clear", "note"],
            "ntmplan: refused: --clear: 'note' is both given and cleared",
        ),
    ],
)
def test_contradicting_records_are_refused(cli, repo: Path, extra: list[str], message: str) -> None:
    result = cli("record", "progress", "2.a", "-p", "2023-Q3", *extra, cwd=repo)
    assert (result.code, result.err.strip()) == (1, message)
    assert not (repo / "plan" / "progress").exists()


def test_done_over_an_earlier_percent_is_refused_until_the_percent_follows(cli, repo: Path) -> None:
    args = ("record", "progress", "2.a", "-p", "2023-Q3")
    assert cli(*args, "-s", "in-progress", "--percent", "40", cwd=repo).code == 0
    before = progress_text(repo)
    assert cli(*args, "-s", "done", cwd=repo).code == 1
    assert progress_text(repo) == before
    assert cli(*args, "-s", "done", "--percent", "100", cwd=repo).code == 0


def test_blocked_with_reason_or_force(cli, repo: Path) -> None:
    args = ("record", "progress", "1.b", "-p", "2023-Q3", "-s", "blocked")
    assert cli(*args, "--reason", "Chờ phê duyệt", cwd=repo).code == 0
    assert "    status: blocked\n    reason: Chờ phê duyệt\n" in progress_text(repo)
    forced = cli("record", "progress", "2.b", "-p", "2023-Q3", "-s", "blocked", "--force", cwd=repo)
    assert forced.code == 0, forced.err
    check = cli("check", cwd=repo)
    assert check.code == 0
    assert "warning[PROG002]: 2.b is blocked without a reason" in check.err


@pytest.mark.parametrize(
    ("kind", "key"),
    [
        ("direction", "direction"),
        ("assessment", "assessment"),
        ("shortcoming", "shortcomings"),
        ("task", "next_tasks"),
        ("proposal", "proposals"),
        ("lesson", "lessons"),
    ],
)
def test_free_text_is_recorded_into_its_list(cli, repo: Path, kind: str, key: str) -> None:
    assert cli("record", kind, "Dòng thứ nhất", "-p", "2023-Q3", cwd=repo).code == 0
    assert cli("record", kind, "Dòng thứ hai", "-p", "2023-Q3", cwd=repo).code == 0
    assert progress_text(repo).endswith(f"{key}:\n  - Dòng thứ nhất\n  - Dòng thứ hai\n")


def test_free_text_is_printed_in_its_section(cli, repo: Path) -> None:
    for kind, text in (("direction", "Họp Ban chỉ đạo"), ("assessment", "Cơ bản đạt kế hoạch quý")):
        assert cli("record", kind, text, "-p", "2023-Q3", cwd=repo).code == 0
    out = cli("report", "quarter", "2023-Q3", "-o", "-", cwd=repo).out
    direction = out.index("## I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")
    assessment = out.index("## III. ĐÁNH GIÁ CHUNG")
    assert direction < out.index("- Họp Ban chỉ đạo") < out.index("## II.")
    assert assessment < out.index("Cơ bản đạt kế hoạch quý") < out.index("## IV.")


def test_half_year_takes_next_tasks_from_its_last_quarter_only(cli, repo: Path) -> None:
    progress = repo / "plan" / "progress"
    progress.mkdir()
    (progress / "2023-Q1.yaml").write_text(
        "period: 2023-Q1\nnext_tasks: [Nhiệm vụ quý II]\nshortcomings: [Hạn chế quý I]\nproposals: [Đề xuất quý I]\n",
        encoding="utf-8",
    )
    (progress / "2023-Q2.yaml").write_text(
        "period: 2023-Q2\nshortcomings: [Hạn chế quý II]\nproposals: [Đề xuất quý II]\n", encoding="utf-8"
    )
    result = cli("report", "half", "2023-H1", "-o", "-", cwd=repo)
    assert result.code == 0 and result.err == ""
    out = result.out
    assert "Nhiệm vụ quý II" not in out
    for line in ("- Hạn chế quý I", "- Hạn chế quý II", "- Đề xuất quý I", "- Đề xuất quý II"):
        assert line in out
    (progress / "2023-Q2.yaml").write_text(
        "period: 2023-Q2\nnext_tasks: [Nhiệm vụ 6 tháng cuối năm]\n", encoding="utf-8"
    )
    assert "- Nhiệm vụ 6 tháng cuối năm" in cli("report", "half", "2023-H1", "-o", "-", cwd=repo).out


def test_a_year_without_a_quarter_warns_and_says_so(cli, reported: Path) -> None:
    result = cli("report", "year", "2023", "-o", "-", cwd=reported)
    assert result.code == 0
    assert result.err == (
        "ntmplan: warning: no progress recorded for quý I năm 2023, quý IV năm 2023: the report says so\n"
    )
    assert (
        "> *Lưu ý: chưa có số liệu quý I năm 2023, quý IV năm 2023; báo cáo tổng hợp từ các quý đã có số liệu.*"
        in result.out
    )


def test_record_refusals_of_status_rules_speak_vietnamese(cli, plan_copy) -> None:
    blocked = cli(
        "--lang", "vi", "--plan", str(plan_copy), "record", "progress", "2.b", "-p", "2023-Q3", "-s", "blocked"
    )
    assert blocked.code == 1
    assert "2.b: nội dung vướng mắc cần ghi nguyên nhân (ghi --reason" in blocked.err
    done = cli(
        "--lang",
        "vi",
        "--plan",
        str(plan_copy),
        "record",
        "progress",
        "2.a",
        "-p",
        "2023-Q3",
        "-s",
        "done",
        "--percent",
        "40",
    )
    assert done.code == 1
    assert "2.a: tình trạng hoàn thành và tỷ lệ 40% không khớp: nội dung đã hoàn thành thì đạt 100%" in done.err
    assert "disagree" not in done.err and "needs its reason" not in blocked.err
