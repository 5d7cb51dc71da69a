"""The command line as a user meets it: exit codes, exact messages, no tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import PLAN, ROOT


def test_check_on_the_real_plan_is_clean(cli) -> None:
    result = cli("--plan", str(PLAN), "check")
    assert (result.code, result.out, result.err) == (0, "", "plan OK: no errors, no warnings\n")


def test_check_finds_the_plan_folder_in_the_current_directory(cli) -> None:
    assert cli("check", cwd=ROOT).code == 0


def test_check_json_and_github_formats(cli, plan_copy: Path) -> None:
    funding = plan_copy / "funding.yaml"
    funding.write_text(
        funding.read_text(encoding="utf-8").replace("    share: 30\n", "    share: 25\n"), encoding="utf-8"
    )
    result = cli("check", "--format", "json", cwd=plan_copy.parent)
    assert result.code == 1
    doc = json.loads(result.out)
    assert doc["errors"] == 1
    assert doc["diagnostics"] == [
        {
            "path": "plan/funding.yaml",
            "line": 7,
            "column": 1,
            "severity": "error",
            "code": "FUND002",
            "message": "shares sum to 95%, expected 100%",
            "hint": "the shares of all sources together must make 100",
        }
    ]
    gh = cli("check", "--format", "github", cwd=plan_copy.parent)
    assert gh.err == (
        "::error file=plan/funding.yaml,line=7,col=1,title=FUND002::shares sum to 95%25, expected 100%25 "
        "(hint: the shares of all sources together must make 100)\n"
    )


def test_check_text_shows_source_line_caret_and_hint(cli, plan_copy: Path) -> None:
    target = plan_copy / "components.yaml"
    target.write_text(
        target.read_text(encoding="utf-8").replace("  - number: 4\n    title:", "  - number: 4\n    titel:"),
        encoding="utf-8",
    )
    result = cli("check", cwd=plan_copy.parent)
    assert result.code == 1
    assert result.err.splitlines()[4:9] == [
        "plan/components.yaml:58:5: error[SCHEMA002]: unknown key 'titel'",
        " 58 |     titel: Giảm nghèo bền vững",
        "    |     ^",
        "  = hint: did you mean 'title'?",
        "2 error(s), 0 warning(s)",
    ]


def test_status_on_a_plan_without_progress_says_so(cli) -> None:
    result = cli("--plan", str(PLAN), "--lang", "vi", "status")
    assert result.code == 0
    out = result.out
    assert "Kế hoạch 39/KH-UBND — xã Cẩm Đông, huyện Cẩm Giàng, tỉnh Hải Dương" in out
    assert "Kỳ báo cáo: chưa có kỳ báo cáo nào" in out
    assert "Nông thôn mới kiểu mẫu: phấn đấu 2022" in out
    assert "60.000.000.000" in out and "21.000.000.000" in out
    assert "Traceback" not in result.err


def test_status_in_english(cli) -> None:
    out = cli("--plan", str(PLAN), "--lang", "en", "status").out
    assert "Reporting period: no period reported yet" in out


def test_status_json_has_the_same_data(cli) -> None:
    result = cli("--plan", str(PLAN), "status", "--format", "json")
    doc = json.loads(result.out)
    assert doc["period"] is None
    assert doc["identity"]["number"] == "39/KH-UBND"
    assert [c["items"] for c in doc["components"]] == [2, 11, 8, 2, 2, 2, 7, 6, 5, 2, 5]
    assert doc["items_by_status"]["no-report"] == 52
    assert [s["planned"] for s in doc["funding"]["sources"]] == [
        3 * 10**9,
        18 * 10**9,
        6 * 10**9,
        21 * 10**9,
        9 * 10**9,
        3 * 10**9,
    ]
    assert {u["id"]: u["leads"] for u in doc["units"]}["tram-y-te"] == [5]


def test_items_filters(cli) -> None:
    doc = json.loads(cli("--plan", str(PLAN), "items", "--component", "2", "--format", "json").out)
    assert [i["id"] for i in doc["items"]] == [
        "2.a",
        "2.b",
        "2.c",
        "2.d",
        "2.đ",
        "2.e",
        "2.f",
        "2.g",
        "2.h",
        "2.i",
        "2.k",
    ]
    doc = json.loads(cli("--plan", str(PLAN), "items", "--unit", "tu-phap", "--format", "json").out)
    assert {i["component"] for i in doc["items"]} == {8}
    bad = cli("--plan", str(PLAN), "items", "--component", "12")
    assert (bad.code, bad.err) == (2, "ntmplan: error: --component: there is no component 12\n")


def test_units_list_and_one_unit(cli) -> None:
    listing = cli("--plan", str(PLAN), "units").out
    assert "Đài truyền thanh xã" in listing
    one = cli("--plan", str(PLAN), "units", "cong-an").out
    assert "10. Công an xã" in one and "Giữ vững quốc phòng, an ninh và trật tự xã hội." in one
    bad = cli("--plan", str(PLAN), "units", "khong-co")
    assert bad.code == 2 and bad.err.startswith("ntmplan: error: no unit 'khong-co'; units: dia-chinh-nong-nghiep,")


def test_usage_errors_exit_2_with_a_message(cli) -> None:
    result = cli("--plan", str(PLAN), "status", "--period", "2023-Q7")
    assert (result.code, result.err) == (
        2,
        "ntmplan: error: --period: '2023-Q7': a year has quarters 1 to 4; "
        "expected a period such as 2023-Q3, Q3/2023, quý III/2023, 2023-H1, 6 tháng đầu năm 2023 or năm 2023\n",
    )
    result = cli("--plan", str(PLAN), "status", "--period", "2030")
    assert (result.code, result.err) == (2, "ntmplan: error: --period: 2030 is outside the plan's years 2021–2025\n")
    result = cli("no-such-command")
    assert result.code == 2 and "No such command 'no-such-command'" in result.err


def test_no_plan_directory(cli, tmp_path: Path) -> None:
    result = cli("status", cwd=tmp_path)
    assert result.code == 2
    assert result.err.startswith("ntmplan: error: no plan directory at 'plan' or above it.")


def test_plan_from_environment(cli, monkeypatch) -> None:
    monkeypatch.setenv("NTMPLAN_PLAN", str(PLAN))
    assert cli("check").code == 0


def test_invalid_plan_gives_diagnostics_not_a_traceback(cli, plan_copy: Path) -> None:
    (plan_copy / "units.yaml").write_bytes(b"units:\n\t- id: x\n")
    result = cli("status", cwd=plan_copy.parent)
    assert result.code == 1
    assert result.err.startswith(
        "plan/units.yaml:2:1: error[YAML001]: found character '\\t' that cannot start any token"
    )
    assert "Traceback" not in result.err


def test_every_command_has_help_and_is_in_the_readme(cli) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    from ntmplan.cli import commands  # noqa: F401
    from ntmplan.cli.app import app

    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    names += [g.name for g in app.registered_groups]
    assert names
    for name in names:
        result = cli(name, "--help")
        assert result.code == 0 and "Usage:" in result.out, name
        assert f"ntmplan {name}" in readme, name
