"""`--help` of every command, against golden files (``pytest --update-golden`` rewrites them)."""

from __future__ import annotations

import pytest

from conftest import DATA

COMMANDS = [
    [],
    ["check"],
    ["status"],
    ["items"],
    ["units"],
    ["funding"],
    ["criteria"],
    ["criteria", "template"],
    ["report"],
    ["record"],
    ["record", "progress"],
    ["record", "indicator"],
    ["record", "funding"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=["-".join(a) or "ntmplan" for a in COMMANDS])
def test_help_matches_golden(cli, args: list[str], update_golden: bool) -> None:
    result = cli(*args, "--help")
    assert result.code == 0
    golden = DATA / "golden" / "help" / (("-".join(args) or "ntmplan") + ".txt")
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(result.out, encoding="utf-8")
    assert result.out == golden.read_text(encoding="utf-8")
