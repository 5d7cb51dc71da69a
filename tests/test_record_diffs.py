"""Golden before/after files: a record into an ordinary hand-written file changes the lines it
must and no other (its indentation, dash layout, line endings and long lines are its own)."""

from __future__ import annotations

import difflib
import shlex
from pathlib import Path

import pytest

from conftest import DATA

CASES = sorted(p for p in (DATA / "record-diffs").iterdir() if p.is_dir())
EXPECTED_CHANGES = {  # lines removed, lines added
    "indent-4-spaces": (1, 1),
    "indent-4-spaces-new-item": (0, 4),
    "dash-at-column-0": (1, 1),
    "dash-at-column-0-append": (0, 1),
    "mixed-line-endings": (1, 1),
    "note-longer-than-4096": (1, 1),
    # the blank line and comment before the next section stay before it (they were written after
    # the new key, or dropped with the cleared field, when the parser's attachment decided)
    "comment-before-next-section": (0, 1),
    "clear-keeps-blank-line": (1, 0),
    "new-item-before-a-comment": (0, 2),
}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_record_changes_only_its_lines(cli, plan_copy: Path, case: Path, update_golden: bool) -> None:
    target = plan_copy / "progress" / "2023-Q3.yaml"
    target.parent.mkdir(exist_ok=True)
    before = (case / "before.yaml").read_bytes()
    target.write_bytes(before)
    args = shlex.split((case / "record.txt").read_text(encoding="utf-8"))
    result = cli("--plan", str(plan_copy), "record", *args)
    assert result.code == 0, result.err
    after = target.read_bytes()
    if update_golden:
        (case / "after.yaml").write_bytes(after)
    assert after == (case / "after.yaml").read_bytes()
    old, new = before.decode().splitlines(keepends=True), after.decode().splitlines(keepends=True)
    diff = [line for line in difflib.ndiff(old, new) if line[:1] in "+-"]
    changes = (sum(1 for line in diff if line[0] == "-"), sum(1 for line in diff if line[0] == "+"))
    assert changes == EXPECTED_CHANGES[case.name], diff
    assert cli("--plan", str(plan_copy), "check").code == 0
