"""The README's YAML examples are what a newcomer copies: each one must check clean in a plan."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def readme_yaml(first_line: str) -> str:
    """The README's ```yaml block whose first line is ``first_line``."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```yaml\n(.*?)^```", readme, flags=re.M | re.S)
    (block,) = [b for b in blocks if b.startswith(first_line)]
    return block


@pytest.mark.parametrize(
    ("first_line", "file"),
    [
        ("indicators:", "criteria.yaml"),  # a province's thresholds, incl. by_year
        ("period: 2023-Q3", "progress/2023-Q3.yaml"),  # a progress file written by hand
    ],
)
def test_a_readme_example_checks_clean(cli, plan_copy: Path, first_line: str, file: str) -> None:
    target = plan_copy / file
    target.parent.mkdir(exist_ok=True)
    target.write_text(readme_yaml(first_line), encoding="utf-8")
    result = cli("check", cwd=plan_copy.parent)
    assert result.code == 0, result.err
    assert result.err.startswith("plan OK: no errors"), result.err
