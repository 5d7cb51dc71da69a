"""One folder per invalid case under tests/data/invalid, each with its exact diagnostics.

A case copies the real plan, applies the text edits of its case.yaml, lays the files of
its plan/ folder over the copy (raw bytes: some are deliberately not UTF-8), and runs
``ntmplan check``. expected.txt holds the first line of every diagnostic, paths relative
to the plan folder. ``pytest --update-golden`` rewrites them (review the diff!).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from conftest import DATA, lay_over

CASES = sorted(p for p in (DATA / "invalid").iterdir() if p.is_dir())


def build(case: Path, plan: Path) -> None:
    spec = YAML(typ="safe").load((case / "case.yaml").read_text(encoding="utf-8"))
    for edit in spec.get("edits", []):
        target = plan / edit["file"]
        text = target.read_text(encoding="utf-8")
        assert text.count(edit["replace"]) >= 1, f"{case.name}: the text to replace is not in {edit['file']}"
        target.write_text(text.replace(edit["replace"], edit["with"], 1), encoding="utf-8")
    for name in spec.get("delete", []):
        (plan / name).unlink()
    lay_over(case / "plan", plan)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_invalid_case(case: Path, plan_copy: Path, cli, update_golden: bool) -> None:
    build(case, plan_copy)
    result = cli("--plan", ".", "check", cwd=plan_copy)
    firsts = [line for line in result.err.splitlines() if "]: " in line and not line.startswith(" ")]
    expected_file = case / "expected.txt"
    if update_golden:
        expected_file.write_text("\n".join(firsts) + "\n", encoding="utf-8")
    expected = expected_file.read_text(encoding="utf-8").splitlines()
    assert firsts == expected
    has_error = any("error[" in line for line in expected)
    assert result.code == (1 if has_error else 0)
    assert "Traceback" not in result.err


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 20
