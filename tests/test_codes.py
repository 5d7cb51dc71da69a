"""Every diagnostic code the package emits is registered, documented, and used."""

from __future__ import annotations

import re

from conftest import ROOT
from ntmplan.errors import CODES


def test_codes_in_the_source_are_registered_and_registered_codes_are_used() -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "ntmplan").rglob("*.py") if p.name != "errors.py")
    used = set(re.findall(r'"([A-Z]{3,6}\d{3})"', source))
    assert used == set(CODES)


def test_codes_are_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"\b([A-Z]{3,6}\d{3})\b", readme))
    for family, low, high in re.findall(r"\b([A-Z]{3,6})(\d{3})–(\d{3})\b", readme):
        documented |= {f"{family}{n:03d}" for n in range(int(low), int(high) + 1)}
    assert set(CODES) <= documented
