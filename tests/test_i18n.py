"""The catalogue: every entry in both languages, every code and --help text covered, and
every diagnostic of the invalid cases recognised (so it prints in Vietnamese)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import PLAN, english_words
from ntmplan.errors import CODES
from ntmplan.i18n import HELP, Msg, match, t, tr
from ntmplan.i18n.catalogue import CATALOGUE
from ntmplan.words import CriterionState, ItemStatus, Level, MilestoneState

PARAM = re.compile(r"\{(\w+)\}")


def test_every_entry_exists_in_both_languages_with_the_same_parameters() -> None:
    for key, (vi, en) in CATALOGUE.items():
        assert vi.strip() and en.strip(), key
        assert set(PARAM.findall(vi)) <= set(PARAM.findall(en)), key
        letters = re.sub(r"[^\w]|\d|_", "", PARAM.sub("", en))
        assert vi != en or not letters, f"{key} is not translated: {en!r}"
        params = {name: "X" for name in PARAM.findall(en)}
        assert t(key, "vi", **params) and t(key, "en", **params)


def test_every_diagnostic_code_has_its_sentence_in_both_languages() -> None:
    for code in CODES:
        keys = [k for k in CATALOGUE if k == code or k.startswith(code + ".")]
        assert keys, f"{code} has no entry in ntmplan/i18n/catalogue.py"


def test_english_template_round_trips_through_the_vietnamese() -> None:
    message = Msg("REF002", id="2.z")
    assert message == "there is no item 2.z" and tr(message, "vi") == "không có nội dung cụ thể 2.z"
    assert tr("--period: there is no component 99", "vi") == "--period: không có nội dung 99"
    assert tr("shares sum to 95%, expected 100%", "vi") == "tổng tỷ lệ là 95%, cần 100%"
    assert tr("a sentence nobody wrote down", "vi") == "a sentence nobody wrote down"


@pytest.mark.parametrize("kind", [ItemStatus, CriterionState, Level, MilestoneState])
def test_domain_words_have_both_names(kind) -> None:  # type: ignore[no-untyped-def]
    for member in kind:
        assert member.vi and member.en and kind.read(member.vi) is member and kind.read(member.value) is member


def test_every_help_text_has_its_vietnamese() -> None:
    import typer

    from ntmplan.cli import commands  # noqa: F401
    from ntmplan.cli.app import app

    missing = []

    def walk(command: object) -> None:
        texts = [getattr(command, "help", None)] + [getattr(p, "help", None) for p in getattr(command, "params", [])]
        missing.extend(" ".join(x.split()) for x in texts if x and " ".join(x.split()) not in HELP)
        for sub in (getattr(command, "commands", None) or {}).values():
            walk(sub)

    walk(typer.main.get_command(app))
    assert not missing, "--help text without Vietnamese in HELP: " + "; ".join(missing)


def test_every_invalid_case_prints_in_vietnamese(tmp_path: Path) -> None:
    from test_invalid_cases import CASES, build

    from ntmplan.loader import load_plan

    unknown = []
    for case in CASES:
        plan = tmp_path / case.name / "plan"
        shutil.copytree(PLAN, plan)
        build(case, plan)
        _, diags = load_plan(plan)
        for d in diags:
            for text in (d.message, d.hint):
                if text and (match(text) is None or english_words(tr(text, "vi"))):
                    unknown.append(f"{case.name} {d.code}: {text}")
    assert not unknown, "sentences without a catalogue entry:\n" + "\n".join(unknown)


def test_a_component_that_is_not_a_number_is_a_vietnamese_usage_error(cli, plan_copy) -> None:
    result = cli("--lang", "vi", "--plan", str(plan_copy), "items", "--component", "2a")
    assert result.code == 2
    assert "'2a' không phải một số nguyên (ví dụ 2)" in result.err
    assert "valid" not in result.err


def test_criteria_history_in_english_says_what_the_vietnamese_says(cli, plan_copy) -> None:
    from ntmplan import load_plan
    from ntmplan.criteria_eval import evaluate
    from ntmplan.i18n import word

    plan, _ = load_plan(plan_copy)
    assert plan is not None
    report = evaluate(plan)
    for r in report.recognitions:  # the catalogue's Vietnamese form is the reports' own line
        vi = t(
            "criteria.recognition", "vi", level=word(r.level, Level, "vi"), year=r.year, decision="", set=r.criteria_set
        )
        assert vi == r.text
    out = cli("--lang", "en", "--plan", str(plan_copy), "criteria").out
    assert "recognised as Advanced new rural in 2020, under the criteria set of 2016–2020" in out
    assert "công nhận" not in out and "chưa đánh giá" not in out
