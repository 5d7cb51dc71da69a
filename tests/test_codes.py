"""Every diagnostic code is declared once (ntmplan.errors.Code), documented from there, used,
and shown by at least one case that a user could meet."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from conftest import DATA, PLAN, ROOT
from ntmplan.checks import run_checks
from ntmplan.errors import Code, Diagnostic, Severity

# Codes that no plan folder can produce on `check` alone, and the test that shows each.
SHOWN_ELSEWHERE = {
    "REC001": "tests/test_record.py::test_a_file_changed_on_disk_during_a_record_is_not_overwritten (a record-time code)",
    "CHECK001": "test_a_check_that_raises_becomes_a_diagnostic_naming_it (a bug in ntmplan, not in a plan)",
}


def _expected_lines() -> list[str]:
    files = [*(DATA / "invalid").glob("*/expected.txt"), *(DATA / "adversarial").glob("*/expected.txt")]
    return [line for f in files for line in f.read_text(encoding="utf-8").splitlines()]


def test_codes_in_the_source_are_declared_and_declared_codes_are_used() -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "ntmplan").rglob("*.py") if p.name != "errors.py")
    used = set(re.findall(r'"([A-Z]{3,6}\d{3})"', source))
    assert used == {c.value for c in Code}


def test_the_readme_table_is_generated_from_the_declarations() -> None:
    spec = importlib.util.spec_from_file_location("codes_table", ROOT / "tools" / "codes_table.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert tool.rewritten(readme) == readme, "run: python tools/codes_table.py"
    for code in Code:
        assert f"| {code.value} | {code.severity.value} |" in readme


def test_every_code_has_a_case() -> None:
    shown = {m for line in _expected_lines() for m in re.findall(r"\[([A-Z]{3,6}\d{3})\]", line)}
    missing = {c.value for c in Code} - shown - set(SHOWN_ELSEWHERE)
    assert not missing, f"add a case under tests/data/invalid/ for {sorted(missing)}"


def test_cases_show_each_code_with_its_declared_severity() -> None:
    for line in _expected_lines():
        for severity, code in re.findall(r"(error|warning)\[([A-Z]{3,6}\d{3})\]", line):
            assert Code[code].severity == Severity(severity), line


def test_a_check_that_raises_becomes_a_diagnostic_naming_it() -> None:
    from ntmplan import load_plan
    from ntmplan.criteria_data import national_criteria
    from ntmplan.loader import read_plan

    plan, _ = load_plan(PLAN, use_cache=False)
    assert plan is not None
    sources, _ = read_plan(PLAN)

    def check_that_breaks(*args: object) -> list[Diagnostic]:
        raise ZeroDivisionError("division by zero")

    found = run_checks(plan, sources.locate, national_criteria(), [check_that_breaks])
    assert [(d.code, d.is_error) for d in found] == [("CHECK001", True)]
    assert "check_that_breaks" in found[0].message and "ZeroDivisionError" in found[0].message
    assert found[0].location.whole_file and found[0].location.path == Path(PLAN)
