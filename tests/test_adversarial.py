"""The adversarial corpus: one folder per case under tests/data/adversarial (see its README)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from conftest import DATA, lay_over

ROOT = DATA / "adversarial"
CASES = sorted(p for p in ROOT.iterdir() if p.is_dir())


def spec_of(case: Path) -> dict[str, Any]:
    spec = YAML(typ="safe").load((case / "case.yaml").read_text(encoding="utf-8"))
    assert isinstance(spec, dict) and spec.get("description"), f"{case.name}: case.yaml needs a description"
    return spec


def build(case: Path, plan: Path) -> dict[str, Any]:
    """Apply the case to ``plan`` (a copy of the real plan); return its spec."""
    spec = spec_of(case)
    (plan / "progress").mkdir(exist_ok=True)
    for edit in spec.get("edits", []):
        target = plan / edit["file"]
        text = target.read_text(encoding="utf-8")
        assert edit["replace"] in text, f"{case.name}: the text to replace is not in {edit['file']}"
        target.write_text(text.replace(edit["replace"], edit["with"], 1), encoding="utf-8", newline="")
    for name in spec.get("delete", []):
        target = plan / name
        target.rmdir() if target.is_dir() else target.unlink()
    for where, entries in ((plan, spec.get("files", [])), (plan.parent / "outside", spec.get("outside", []))):
        for entry in entries:
            name = entry["file"]
            if entry.get("byte_name"):  # U+0080–U+00FF in the name stand for single bytes: a name that is not UTF-8
                name = os.fsdecode(name.encode("latin-1"))
            target = where / name
            target.parent.mkdir(parents=True, exist_ok=True)
            text = entry.get("text", "") + entry.get("repeat", "") * entry.get("times", 0) + entry.get("after", "")
            target.write_bytes(text.encode("utf-8", "surrogateescape"))
    lay_over(case / "plan", plan)
    for link in spec.get("symlinks", []):
        target = plan / link["file"]
        if target.exists() or target.is_symlink():
            shutil.rmtree(target) if target.is_dir() and not target.is_symlink() else target.unlink()
        target.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(link["target"], target)
    return spec


def diagnostic_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if "]: " in line and not line.startswith(" ")]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_adversarial_case(case: Path, plan_copy: Path, cli, update_golden: bool) -> None:
    spec = build(case, plan_copy)
    before = {name: (plan_copy / name).read_bytes() for name in spec.get("unchanged", [])}
    result = cli("--plan", ".", *spec.get("run", ["check"]), cwd=plan_copy)
    output = result.out + result.err
    firsts = diagnostic_lines(result.err)
    expected_file = case / "expected.txt"
    if update_golden:
        expected_file.write_text("".join(line + "\n" for line in firsts), encoding="utf-8")
    expected = expected_file.read_text(encoding="utf-8").splitlines() if expected_file.exists() else []
    assert firsts == expected
    has_error = any("error[" in line for line in expected)
    assert result.code == spec.get("exit", 1 if has_error else 0), output
    assert result.code != 70 and "Traceback" not in output
    for text in spec.get("present", []):
        assert text in output, f"{text!r} not shown"
    for text in spec.get("absent", []):
        assert text not in output, f"{text!r} shown"
    for name, data in before.items():
        assert (plan_copy / name).read_bytes() == data, f"{name} changed"
