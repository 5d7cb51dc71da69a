"""--as-of, history and diff, in a real temporary git repository."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest


def git(repo: Path, *args: str, author: str = "Nguyễn Văn An", date: str = "2023-10-05T09:00:00+07:00") -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": author,
        "GIT_AUTHOR_EMAIL": "can-bo@xa.vn",
        "GIT_COMMITTER_NAME": author,
        "GIT_COMMITTER_EMAIL": "can-bo@xa.vn",
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_DATE": date,
    }
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True).stdout


Q3_FIRST = """period: 2023-Q3
items:
  2.a:
    status: in-progress
    percent: 40
funding:
  ngan-sach-dia-phuong: 1 tỷ
indicators:
  '3.1':
    value: 70
"""
Q3_SECOND = Q3_FIRST.replace("percent: 40", "percent: 60") + ""
Q3_SECOND = Q3_SECOND.replace("funding:", "  2.b:\n    status: done\n    result: Xong 2 km\nfunding:")
Q4 = """period: 2023-Q4
items:
  2.a:
    status: done
    result: Hoàn thành đường trục thôn
  2.b:
    status: blocked
    reason: Sạt lở
  1.a:
    status: blocked
    reason: Chờ vốn
funding:
  ngan-sach-dia-phuong: 2,5 tỷ
indicators:
  '3.1':
    value: 85
"""


@pytest.fixture(scope="module")
def _origin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A plan repository with four commits: the plan, Q3 twice (two authors), then Q4."""
    import shutil

    from conftest import PLAN

    root = tmp_path_factory.mktemp("history") / "repo"
    shutil.copytree(PLAN, root / "plan")
    progress = root / "plan" / "progress"
    progress.mkdir()
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "Kế hoạch 39", date="2023-09-01T08:00:00+07:00")
    steps = [
        ("2023-Q3", Q3_FIRST, "Quý III: tiến độ", "Nguyễn Văn An", "2023-10-05T09:00:00+07:00"),
        ("2023-Q3", Q3_SECOND, "Quý III: sửa theo báo cáo thôn", "Trần Thị Bình", "2023-10-07T15:30:00+07:00"),
        ("2023-Q4", Q4, "Quý IV", "Nguyễn Văn An", "2024-01-08T10:00:00+07:00"),
    ]
    for quarter, text, message, author, date in steps:
        (progress / f"{quarter}.yaml").write_text(text, encoding="utf-8")
        git(root, "add", "-A")
        git(root, "commit", "-qm", message, author=author, date=date)
    return root


@pytest.fixture
def history_repo(_origin: Path, tmp_path: Path) -> Path:
    """A private copy of the repository (with its .git), for tests that change it."""
    import shutil

    target = tmp_path / "history-repo"
    shutil.copytree(_origin, target)
    return target


def tree_state(root: Path) -> tuple[str, list[tuple[str, float]]]:
    files = sorted((str(p.relative_to(root)), p.stat().st_mtime) for p in root.rglob("*") if ".git" not in p.parts)
    return git(root, "status", "--porcelain"), files


def test_as_of_reads_a_past_revision_and_leaves_the_work_tree(cli, history_repo: Path) -> None:
    before = tree_state(history_repo)
    now = json.loads(cli("items", "-c", "2", "--format", "json", cwd=history_repo).out)
    then = json.loads(cli("--as-of", "HEAD~1", "items", "-c", "2", "--format", "json", cwd=history_repo).out)
    first = json.loads(
        cli("--as-of", "HEAD~2", "items", "-c", "2", "--period", "2023-Q3", "--format", "json", cwd=history_repo).out
    )
    status = {i["id"]: i["status"] for i in now["items"]}
    assert status["2.a"] == "done" and status["2.b"] == "blocked"
    status_then = {i["id"]: (i["status"], i["percent"]) for i in then["items"]}
    assert status_then["2.a"] == ("in-progress", 60) and status_then["2.b"][0] == "done"
    assert {i["id"]: i["percent"] for i in first["items"]}["2.a"] == 40
    # a plan at its first commit has no progress at all
    assert cli("--as-of", "HEAD~3", "check", cwd=history_repo).code == 0
    assert "no period reported yet" in cli("--as-of", "HEAD~3", "status", cwd=history_repo).out
    assert tree_state(history_repo) == before


def test_as_of_refusals(cli, history_repo: Path, tmp_path: Path, plan_copy: Path) -> None:
    bad = cli("--as-of", "no-such-rev", "status", cwd=history_repo)
    assert bad.code == 2 and "'no-such-rev' is not a commit" in bad.err and "Traceback" not in bad.err
    assert cli("--as-of", "--help", "status", cwd=history_repo).code == 2
    record = cli("--as-of", "HEAD~1", "record", "progress", "2.a", "-p", "2023-Q3", "-s", "done", cwd=history_repo)
    assert record.code == 2 and "--as-of" in record.err
    loose = tmp_path / "loose"
    import shutil

    shutil.copytree(plan_copy, loose / "plan")
    outside = cli("--as-of", "HEAD", "status", cwd=loose)
    assert outside.code == 2 and "not in a git repository" in outside.err


def test_history_shows_each_recorded_change_with_its_commit(cli, history_repo: Path) -> None:
    result = cli("history", "2.a", "--format", "json", cwd=history_repo)
    assert result.code == 0, result.err
    doc = json.loads(result.out)
    assert doc["id"] == "2.a" and doc["in_git"] is True
    rows = [(e["period"], e["status"], e["percent"], e["result"], e["commit"]["author"], e["commit"]["subject"])
            for e in doc["entries"]]  # fmt: skip
    assert rows == [
        ("2023-Q3", "in-progress", 40, None, "Nguyễn Văn An", "Quý III: tiến độ"),
        ("2023-Q3", "in-progress", 60, None, "Trần Thị Bình", "Quý III: sửa theo báo cáo thôn"),
        ("2023-Q4", "done", None, "Hoàn thành đường trục thôn", "Nguyễn Văn An", "Quý IV"),
    ]
    assert doc["entries"][1]["commit"]["date"] == "2023-10-07T15:30:00+07:00"
    text = cli("--lang", "vi", "history", "2.dd", cwd=history_repo)  # telex id; 2.dd is 2.đ, never recorded
    assert text.code == 0 and "chưa có tiến độ nào được ghi" in text.out
    screen = cli("--lang", "vi", "history", "2.a", cwd=history_repo).out
    assert "Trần Thị Bình" in screen and "07/10/2023" in screen and "đang thực hiện" in screen


def test_history_marks_uncommitted_changes_and_works_without_git(cli, history_repo: Path, tmp_path: Path) -> None:
    assert cli("record", "progress", "2.a", "-p", "2024-Q1", "-s", "blocked", "--force", cwd=history_repo).code == 0
    doc = json.loads(cli("history", "2.a", "--format", "json", cwd=history_repo).out)
    assert doc["entries"][-1]["period"] == "2024-Q1" and doc["entries"][-1]["commit"] is None
    assert doc["entries"][-1]["committed"] is False
    # as of the first Q3 commit, the item had one change
    then = json.loads(cli("--as-of", "HEAD~2", "history", "2.a", "--format", "json", cwd=history_repo).out)
    assert [(e["percent"], e["committed"]) for e in then["entries"]] == [(40, True)]
    import shutil

    shutil.rmtree(history_repo / ".git")
    plain = json.loads(cli("history", "2.a", "--format", "json", cwd=history_repo).out)
    assert plain["in_git"] is False
    assert [(e["period"], e["status"]) for e in plain["entries"]] == [
        ("2023-Q3", "in-progress"),
        ("2023-Q4", "done"),
        ("2024-Q1", "blocked"),
    ]
    bad = cli("history", "12.a", cwd=history_repo)
    assert bad.code == 2 and "no item '12.a'" in bad.err


def test_diff_defaults_to_the_last_two_reported_quarters(cli, history_repo: Path) -> None:
    result = cli("diff", "--format", "json", cwd=history_repo)
    assert result.code == 0, result.err
    d = json.loads(result.out)
    assert (d["before"], d["after"]) == ("2023-Q3", "2023-Q4")
    assert [(c["id"], c["before"], c["after"]) for c in d["newly_done"]] == [("2.a", "in-progress", "done")]
    assert [(c["id"], c["before"]) for c in d["newly_blocked"]] == [("1.a", "no-report")]
    assert [(c["id"], c["before"], c["after"]) for c in d["reopened"]] == [("2.b", "done", "blocked")]
    ns = next(m for m in d["money"] if m["id"] == "ngan-sach-dia-phuong")
    assert (ns["mobilised_before"], ns["mobilised_after"], ns["to_date_after"]) == (
        1_000_000_000,
        2_500_000_000,
        3_500_000_000,
    )
    assert d["mobilised_after"] == 2_500_000_000
    ind = next(v for v in d["indicators"] if v["id"] == "3.1")
    assert (ind["value_before"], ind["value_after"]) == (70, 85)
    assert (ind["status_before"], ind["status_after"]) == ("not-met", "met")  # 3.1 irrigated area ≥ 80 % (confirmed)
    assert any(c["id"] == "3" for c in d["criteria"])
    # the same figures as funding --format json
    funding = json.loads(cli("funding", "--period", "2023-Q4", "--format", "json", cwd=history_repo).out)
    assert funding["mobilised"] == d["mobilised_after"] and funding["to_date"] == d["to_date_after"]
    text = cli("--lang", "vi", "diff", "2023-Q3", "2023-Q4", cwd=history_repo)
    assert text.code == 0 and "Mới hoàn thành: 1" in text.out and "Mở lại (trước đã hoàn thành): 1" in text.out
    assert "2.b  hoàn thành → vướng mắc" in text.out
    assert "lũy kế 3.500.000.000" in text.out
    english = cli("diff", "2023-Q3", "2023-Q4", cwd=history_repo)
    assert "Changes from 2023-Q3 to 2023-Q4" in english.out and "2.b  done → blocked" in english.out
    assert "to date 3,500,000,000" in english.out  # English marks on the English terminal


def test_diff_is_whole_at_80_columns(cli, history_repo: Path, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    text = cli("--lang", "vi", "diff", "2023-Q3", "2023-Q4", cwd=history_repo).out
    assert max(len(line.rstrip()) for line in text.splitlines()) <= 80
    assert "\n  2.b  hoàn thành → vướng mắc" in text  # an entry keeps its indent when it wraps
    assert all(line.startswith("  ") for line in text.split("Mới hoàn thành: 1\n")[1].split("\n\n")[0].splitlines())
    assert "Tiêu chí (Nông thôn mới): " in text


def test_diff_refusals(cli, history_repo: Path) -> None:
    assert cli("diff", "2023-Q4", "2023-Q3", cwd=history_repo).code == 2
    assert cli("diff", "2040-Q1", "2040-Q2", cwd=history_repo).code == 2
    assert cli("diff", "--level", "xyz", cwd=history_repo).code == 2
    empty = cli("--as-of", "HEAD~3", "diff", cwd=history_repo)
    assert empty.code == 2 and "no period reported yet" in empty.err
    one = json.loads(cli("--as-of", "HEAD~2", "diff", "--format", "json", cwd=history_repo).out)
    assert (one["before"], one["after"]) == ("2023-Q2", "2023-Q3")


def test_a_report_is_remade_as_of_a_revision_exactly_as_from_that_revision(
    cli, history_repo: Path, tmp_path: Path
) -> None:
    """--as-of gives the same report as a copy of the plan taken from that commit."""
    import tarfile

    archive = tmp_path / "then.tar"
    git(history_repo, "archive", "-o", str(archive), "HEAD~1", "plan")
    then = tmp_path / "then"
    with tarfile.open(archive) as tar:
        tar.extractall(then, filter="data")
    args = ["report", "quarter", "2023-Q3", "--date", "2023-10-08", "-o", "-"]
    expected = cli("--plan", str(then / "plan"), *args)
    remade = cli("--as-of", "HEAD~1", *args, cwd=history_repo)
    assert expected.code == 0 and remade.code == 0, remade.err
    assert remade.out == expected.out
    assert "Xong 2 km" in remade.out  # HEAD~1 holds the corrected Q3
    first = cli("--as-of", "HEAD~2", *args, cwd=history_repo)
    assert first.code == 0 and "Xong 2 km" not in first.out  # the first Q3 commit did not have it yet
