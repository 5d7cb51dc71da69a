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


@pytest.fixture
def history_repo(plan_copy: Path, cli) -> Path:
    """A plan repository with three commits of progress: Q3 twice (two authors), then Q4."""
    root = plan_copy.parent
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "Kế hoạch 39", date="2023-09-01T08:00:00+07:00")

    def run(*args: str) -> None:
        result = cli(*args, cwd=root)
        assert result.code == 0, result.err

    run("record", "progress", "2.a", "-p", "2023-Q3", "-s", "in-progress", "--percent", "40")
    run("record", "funding", "ngan-sach-dia-phuong", "-p", "2023-Q3", "--amount", "1 tỷ")
    run("record", "indicator", "3.1", "-p", "2023-Q3", "--value", "70")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "Quý III: tiến độ", date="2023-10-05T09:00:00+07:00")
    run("record", "progress", "2.a", "-p", "2023-Q3", "-s", "in-progress", "--percent", "60")
    run("record", "progress", "2.b", "-p", "2023-Q3", "-s", "done", "--result", "Xong 2 km")
    git(root, "add", "-A")
    git(
        root,
        "commit",
        "-qm",
        "Quý III: sửa theo báo cáo thôn",
        author="Trần Thị Bình",
        date="2023-10-07T15:30:00+07:00",
    )
    run("record", "progress", "2.a", "-p", "2023-Q4", "-s", "done", "--result", "Hoàn thành đường trục thôn")
    run("record", "progress", "2.b", "-p", "2023-Q4", "-s", "blocked", "--note", "Sạt lở")
    run("record", "progress", "1.a", "-p", "2023-Q4", "-s", "blocked")
    run("record", "funding", "ngan-sach-dia-phuong", "-p", "2023-Q4", "--amount", "2,5 tỷ")
    run("record", "indicator", "3.1", "-p", "2023-Q4", "--value", "85")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "Quý IV", date="2024-01-08T10:00:00+07:00")
    return root


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
    assert "chưa có kỳ báo cáo nào" in cli("--as-of", "HEAD~3", "status", cwd=history_repo).out
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
