"""JSON Schemas of the plan files: valid for plan/, refusing the invalid cases, pointed at by each file."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from ruamel.yaml import YAML
from test_invalid_cases import CASES, build

from conftest import PLAN
from ntmplan.schema import KINDS, kind_of, modeline, schema_for, schema_text


def as_json(value: Any) -> Any:
    """YAML data as an editor's YAML server sees it: string keys, dates as text."""
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def load(path: Path) -> Any:
    return as_json(YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8-sig")))


def errors(kind: str, data: Any) -> list[str]:
    validator = jsonschema.Draft202012Validator(schema_for(kind))
    return [f"{'.'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]


def test_every_schema_is_a_valid_json_schema() -> None:
    for kind in KINDS:
        jsonschema.Draft202012Validator.check_schema(schema_for(kind))


def test_plan_files_are_valid_and_name_their_schema() -> None:
    files = sorted(PLAN.glob("*.yaml")) + sorted(PLAN.glob("progress/*.yaml"))
    assert len(files) >= 6
    for path in files:
        rel = path.relative_to(PLAN).as_posix()
        assert errors(kind_of(rel) or "", load(path)) == [], rel
        assert path.read_text(encoding="utf-8").splitlines()[0] == modeline(rel)


def test_shipped_schemas_are_up_to_date() -> None:
    for kind in KINDS:
        shipped = PLAN / "schema" / f"{kind}.schema.json"
        assert shipped.read_text(encoding="utf-8") == schema_text(kind), f"run: ntmplan schema ({kind})"


def test_descriptions_are_vietnamese() -> None:
    progress = schema_for("progress")
    item = progress["$defs"]["ItemProgress"]["properties"]
    assert item["percent"]["description"] == "Mức hoàn thành, 0–100"
    assert progress["properties"]["shortcomings"]["description"] == "Tồn tại, hạn chế"
    text = json.dumps([schema_for(k) for k in KINDS], ensure_ascii=False)
    assert '"title": "' not in text.replace('"title": "ntmplan:', "")  # pydantic's English titles are gone


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        (60000000000, True),
        ("60.000.000.000", True),
        ("60 tỷ", True),
        ("1,25 tỷ", True),
        ("750 triệu", True),
        ("1 tỷ 250 triệu", True),
        ("999.999.999.997 đồng", True),
        (-5, False),
        ("12 tỷ tỷ", False),
        ("1.5", False),
        ("sáu mươi tỷ", False),
    ],
)
def test_amounts_accept_integers_and_vietnamese_text(value: Any, ok: bool) -> None:
    data = load(PLAN / "funding.yaml") | {"total": value}
    assert (errors("funding", data) == []) is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [("2023-Q3", True), ("Q3/2023", True), ("quý III/2023", True), ("quý 3 năm 2023", True), (2023, True),
     ("2023-Q5", False), ("third quarter", False), ("2023/3", False)],
)  # fmt: skip
def test_periods_are_patterned_strings(value: Any, ok: bool) -> None:
    assert (errors("progress", {"period": value}) == []) is ok


def test_progress_shapes() -> None:
    good = {
        "period": "2023-Q3",
        "items": {"2.a": {"status": "Hoàn thành", "percent": "85,5"}, "2.b": {"status": "blocked"}},
        "funding": {"von-doanh-nghiep": "500 triệu", "ngan-sach-dia-phuong": {"amount": 1250, "components": {"2": 5}}},
        "indicators": {"3.1": {"value": "85,5"}, "3.2": {"value": "đạt"}, "17.1": {"value": True}},
    }
    assert errors("progress", good) == []
    bad = {"period": "2023-Q3", "items": {"2.a": {"status": "finished", "percent": 140, "titel": "x"}}}
    found = errors("progress", bad)
    assert any("'finished' is not one of" in e for e in found)
    assert "items.2.a.percent: 140 is not valid under any of the given schemas" in found
    assert any("'titel' was unexpected" in e for e in found)


SCHEMA_CODE = re.compile(r"^(?P<file>[^:]+):\d+:\d+: error\[(?P<code>SCHEMA00[123]|FUND001)\]")


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_invalid_cases_are_refused_by_the_schema(case: Path, plan_copy: Path) -> None:
    """Each file the checker refuses for its shape (SCHEMA001–003, FUND001) the schema refuses too."""
    wanted = {
        m["file"]
        for line in (case / "expected.txt").read_text(encoding="utf-8").splitlines()
        if (m := SCHEMA_CODE.match(line))
    }
    if not wanted:
        pytest.skip("no schema-level error in this case")
    build(case, plan_copy)
    for rel in sorted(wanted):
        try:
            data = load(plan_copy / rel)
        except ValueError:  # e.g. 2022-02-30: not even a date to YAML; the editor shows the YAML error
            continue
        assert errors(kind_of(rel) or "", data), f"{case.name}: the schema accepts {rel}"


def test_schema_command_writes_every_kind(cli, plan_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "schemas"
    result = cli("--plan", str(plan_copy), "schema", "-o", str(out))
    assert result.code == 0, result.err
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{k}.schema.json" for k in KINDS)
    assert json.loads((out / "funding.schema.json").read_text(encoding="utf-8"))["$id"] == "funding.schema.json"
    assert cli("--plan", str(plan_copy), "schema", "-o", str(plan_copy / "units.yaml")).code == 2


def test_record_keeps_and_writes_the_schema_line(cli, plan_copy: Path) -> None:
    assert (
        cli("--plan", str(plan_copy), "record", "progress", "2.a", "--period", "2023-Q3", "--status", "done").code == 0
    )
    created = plan_copy / "progress" / "2023-Q3.yaml"
    assert (
        created.read_text(encoding="utf-8").splitlines()[0]
        == "# yaml-language-server: $schema=../schema/progress.schema.json"
    )
    assert (
        cli(
            "--plan",
            str(plan_copy),
            "record",
            "progress",
            "2.b",
            "--period",
            "2023-Q3",
            "--status",
            "blocked",
            "--force",
        ).code
        == 0
    )
    text = created.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../schema/progress.schema.json"
    assert errors("progress", load(created)) == []
    # an edit of a plan file through the round-trip writer keeps its first line too
    from ntmplan.yamlio import dump_text, parse_yaml

    path = plan_copy / "funding.yaml"
    doc, _ = parse_yaml(path, path.read_bytes())
    assert doc is not None
    doc.tree["total"] = "61 tỷ"
    assert dump_text(doc.tree).splitlines()[0] == modeline("funding.yaml")


def test_pre_commit_hook_runs_ntmplan_check(cli, plan_copy: Path) -> None:
    from conftest import ROOT

    hooks = YAML(typ="safe", pure=True).load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = hooks
    assert hook["id"] == "ntmplan-check" and hook["language"] == "python" and hook["pass_filenames"] is False
    assert re.search(hook["files"], "plan/progress/2023-Q3.yaml")
    program, *args = hook["entry"].split()
    assert program == "ntmplan"
    # pre-commit runs the entry at the root of the plan repository, where plan/ is
    assert cli(*args, cwd=plan_copy.parent).code == 0
    (plan_copy / "funding.yaml").write_text("total: 60 tỷ\n", encoding="utf-8")
    assert cli(*args, cwd=plan_copy.parent).code == 1
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "    hooks: [{id: ntmplan-check}]" in readme
