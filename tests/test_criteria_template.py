"""A province's thresholds through `criteria template`, and a whole set a plan supplies (issue 10, points 6–7)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
from ruamel.yaml import YAML

from ntmplan.schema import modeline, schema_for

INVENTED_SET = Path(__file__).parent / "data" / "criteria" / "invented-set-2026.yaml"


def _indicator(report: dict, ind_id: str) -> dict:  # type: ignore[type-arg]
    for criterion in report["criteria"]:
        for ind in criterion["indicators"]:
            if ind["id"] == ind_id:
                return ind  # type: ignore[no-any-return]
    raise AssertionError(f"no indicator {ind_id}")


def _fill(text: str, ind_id: str, value: str, source: str | None) -> str:
    """Fill the first (ntm) threshold of ``ind_id`` in the template's text, as an officer would."""
    start = text.index(f'- id: "{ind_id}"')
    at = text.index("value:", start)
    text = text[:at] + f"value: {value}" + text[at + len("value:") :]
    src = text.index("source:  #", at)
    end = text.index("\n", src)
    return text[:src] + (f"source: {source}" if source else "source:") + text[end:]


def test_template_as_written_is_clean_and_changes_no_judgement(cli, plan_copy: Path) -> None:
    before = cli("criteria", "--level", "ntm", "--format", "json", cwd=plan_copy.parent)
    result = cli("criteria", "template", cwd=plan_copy.parent)
    assert result.code == 0, result.err
    text = (plan_copy / "criteria.yaml").read_text(encoding="utf-8")
    assert "# Tiêu chí 19. Quốc phòng và an ninh" in text and "source:  # văn bản quy định ngưỡng này" in text
    assert "# ntmplan đã có (nông thôn mới): >= 80" in text  # the shipped threshold is said, not copied
    assert text.splitlines()[0] == modeline("criteria.yaml")
    assert list(jsonschema.Draft202012Validator(schema_for("criteria")).iter_errors(YAML().load(text))) == []
    check = cli("check", cwd=plan_copy.parent)
    assert check.code == 0, check.out + check.err
    after = cli("criteria", "--level", "ntm", "--format", "json", cwd=plan_copy.parent)
    assert after.code == 0 and json.loads(after.out) == json.loads(before.out)


def test_a_filled_threshold_with_its_source_judges_the_indicator(cli, plan_copy: Path) -> None:
    assert cli("record", "indicator", "10.1", "--period", "2023", "--value", "72,5", cwd=plan_copy.parent).code == 0
    assert cli("criteria", "template", "--level", "ntm", cwd=plan_copy.parent).code == 0
    path = plan_copy / "criteria.yaml"
    report = json.loads(cli("criteria", "--level", "ntm", "--format", "json", cwd=plan_copy.parent).out)
    assert _indicator(report, "10.1")["status"] == "no-threshold"
    template = path.read_text(encoding="utf-8")
    path.write_text(_fill(template, "10.1", "70", "Quyết định số 1/QĐ-UBND (kiểm thử)"), encoding="utf-8")
    report = json.loads(cli("criteria", "--level", "ntm", "--format", "json", cwd=plan_copy.parent).out)
    assert _indicator(report, "10.1")["status"] == "met"
    path.write_text(_fill(template, "10.1", "80", "Quyết định số 1/QĐ-UBND (kiểm thử)"), encoding="utf-8")
    report = json.loads(cli("criteria", "--level", "ntm", "--format", "json", cwd=plan_copy.parent).out)
    assert _indicator(report, "10.1")["status"] == "not-met"


def test_a_threshold_without_its_source_is_crit003(cli, plan_copy: Path) -> None:
    assert cli("criteria", "template", cwd=plan_copy.parent).code == 0
    path = plan_copy / "criteria.yaml"
    path.write_text(_fill(path.read_text(encoding="utf-8"), "10.1", "70", None), encoding="utf-8")
    result = cli("check", cwd=plan_copy.parent)
    assert result.code == 1
    assert "CRIT003" in result.out + result.err and "10.1" in result.out + result.err


def test_template_never_overwrites_nor_writes_over_another_plan_file(cli, plan_copy: Path) -> None:
    path = plan_copy / "criteria.yaml"
    path.write_text("indicators: []\n", encoding="utf-8")
    result = cli("criteria", "template", cwd=plan_copy.parent)
    assert result.code == 1 and "exists" in result.err
    assert path.read_text(encoding="utf-8") == "indicators: []\n"
    result = cli("criteria", "template", "-o", str(plan_copy / "progress" / "2023.yaml"), cwd=plan_copy.parent)
    assert result.code == 1 and "is not criteria.yaml" in result.err
    assert not (plan_copy / "progress" / "2023.yaml").exists()
    elsewhere = plan_copy.parent / "nguong-tinh.yaml"
    assert cli("criteria", "template", "-o", str(elsewhere), cwd=plan_copy.parent).code == 0
    assert elsewhere.read_text(encoding="utf-8").startswith("# Ngưỡng tiêu chí của tỉnh")
    assert not [p for p in plan_copy.parent.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_criteria_stays_a_command_with_its_options(cli, plan_copy: Path) -> None:
    plain = cli("criteria", cwd=plan_copy.parent)
    assert plain.code == 0 and "Criteria" in plain.out
    result = cli("criteria", "--level", "nang-cao", "--period", "2023-Q3", "--format", "json", cwd=plan_copy.parent)
    assert result.code == 0 and json.loads(result.out)["level"] == "nang-cao"


def test_a_plan_may_supply_a_whole_set_for_years_none_is_shipped(cli, plan_copy: Path) -> None:
    from ntmplan.criteria_eval import evaluate
    from ntmplan.loader import load_plan
    from ntmplan.models.period import Period

    shutil.copy(INVENTED_SET, plan_copy / "criteria.yaml")
    document = plan_copy / "document.yaml"
    document.write_text(document.read_text(encoding="utf-8").replace("end_year: 2025", "end_year: 2026"), "utf-8")
    (plan_copy / "progress").mkdir(exist_ok=True)
    (plan_copy / "progress" / "2026-Q1.yaml").write_text(
        "period: 2026-Q1\nindicators:\n  t1.1:\n    value: 60\n", "utf-8"
    )
    check = cli("check", cwd=plan_copy.parent)
    assert check.code == 0, check.out + check.err
    plan, _ = load_plan(plan_copy, use_cache=False)
    assert plan is not None
    report = evaluate(plan, None, "ntm", Period.parse("2026-Q1"))
    assert report.no_set is None and report.set_years == "2026–2030"
    assert [c.id for c in report.criteria] == [1, 2]
    assert report.criteria[0].status == "met" and report.criteria[1].status != "met"
    # the shipped set still judges its own years, untouched by the supplied one
    old = evaluate(plan, None, "ntm", Period.parse("2023-Q3"))
    assert old.criteria_set == "318/QĐ-TTg" and len(old.criteria) == 19
    assert all(i.id != "t1.1" for c in old.criteria for i in c.indicators)
