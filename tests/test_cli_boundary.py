"""The CLI boundary (issue 12): Click shows usage errors in the chosen language (exit 2), an
ntmplan error is its message and exit code, anything else one line and exit 70 — a traceback
only with --debug; the run's state lives in the context, not in a module global."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PLAN, ROOT

CLI_LANG = "vi"


def _broken_status(*args: object, **kwargs: object) -> None:
    raise RuntimeError("a bug in the status query")


def test_an_unexpected_error_is_one_line_and_exit_70(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ntmplan.queries.status.status", _broken_status)
    r = cli("--plan", str(PLAN), "status", vi_check=False)
    assert r.code == 70
    assert r.err == (
        "ntmplan: lỗi nội bộ: RuntimeError: a bug in the status query\n"
        "Chạy lại với --debug để xem chi tiết, và hãy báo lỗi này.\n"
    )
    assert "Traceback" not in r.err and r.out == ""


def test_debug_lets_the_traceback_through(monkeypatch: pytest.MonkeyPatch) -> None:
    from ntmplan.cli.app import main

    monkeypatch.setattr("ntmplan.queries.status.status", _broken_status)
    monkeypatch.setattr(sys, "argv", ["ntmplan", "--debug", "--plan", str(PLAN), "status"])
    with pytest.raises(RuntimeError, match="a bug in the status query"):
        main()


def test_no_command_prints_the_help_once(cli) -> None:
    r = cli(vi_check=False)
    assert r.code == 2
    assert r.out == ""
    assert r.err.startswith("Cách dùng: ntmplan [OPTIONS] COMMAND [ARGS]...\n\n  Theo dõi kế hoạch")
    assert "Lỗi" not in r.err  # the help page is not an error message (it was printed as "Lỗi: Cách dùng: …")
    assert r.err.count("Cách dùng:") == 1


def test_a_usage_error_in_a_subcommand_is_in_vietnamese(cli) -> None:
    r = cli("--plan", str(PLAN), "items", "--bogus", vi_check=False)
    assert (r.code, r.out) == (2, "")
    assert r.err == (
        "Cách dùng: ntmplan items [OPTIONS]\n"
        "Xem 'ntmplan items --help' để biết cách dùng.\n"
        "\n"
        "Lỗi: Không có tùy chọn --bogus\n"
    )
    r = cli("--lang", "en", "record", "progress", "2.a", vi_check=False)
    assert r.code == 2
    assert r.err.endswith("Error: Missing option '--period' / '-p'.\n")


def test_a_bad_level_is_a_usage_error_in_every_command(cli) -> None:
    for args in (["status"], ["criteria"], ["diff"], ["rollup", "--plans", str(PLAN)]):
        r = cli("--plan", str(PLAN), *args, "--level", "xx", vi_check=False)
        assert r.code == 2, args
        assert r.err.endswith(
            "Lỗi: Giá trị không hợp lệ cho '--level': 'xx' không thuộc 'ntm', 'nang-cao', 'kieu-mau'.\n"
        )


def test_as_of_with_a_writing_command_is_refused_in_vietnamese(cli) -> None:
    r = cli("--plan", str(PLAN), "--as-of", "HEAD", "record", "progress", "2.a", "-p", "2023-Q3", "-s", "done")
    assert (r.code, r.err) == (
        2,
        "ntmplan: lỗi: --as-of đọc kế hoạch ở một phiên bản cũ; lệnh 'record' không dùng được\n",
    )


def test_two_runs_in_one_process_do_not_share_state(cli, plan_copy: Path) -> None:
    assert (
        cli("--plan", str(plan_copy), "--lang", "en", "check", vi_check=False).err
        == "plan OK: no errors, no warnings\n"
    )
    # no --plan, no --lang: nothing is left over from the run before
    r = cli("check", cwd=plan_copy.parent.parent, vi_check=False)
    assert r.code == 2 and r.err.startswith("ntmplan: lỗi: không có thư mục kế hoạch")


def test_the_command_modules_import_no_cycle() -> None:
    """cli/app.py (the entry point) imports the command modules; they never import it back."""
    code = (
        "import sys\n"
        "import ntmplan.cli.commands, ntmplan.cli.many, ntmplan.cli.tooling, ntmplan.cli.views\n"
        "print(sorted(m for m in sys.modules if m == 'ntmplan.cli.app'))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout == "[]\n"


def test_the_criteria_count_is_worded_in_one_place_in_either_language(cli, plan_copy: Path) -> None:
    """The summary line of status --full comes from the catalogue in the chosen language (it was the
    library's Vietnamese sentence in English too); the report's and JSON's Vietnamese is the same text."""
    from ntmplan.i18n import criteria_summary

    assert cli("--plan", str(plan_copy), "record", "progress", "2.a", "-p", "2023-Q3", "-s", "done").code == 0
    en = cli("--plan", str(plan_copy), "--lang", "en", "status", "--full", vi_check=False).out
    assert "Criteria (Model new rural): met 0/4 conditions, 2 no data, 2 no threshold" in en
    vi = cli("--plan", str(plan_copy), "--lang", "vi", "status", "--full", vi_check=False).out
    assert "Tiêu chí (Nông thôn mới kiểu mẫu): đạt 0/4 điều kiện, 2 chưa có số liệu, 2 chưa có ngưỡng" in vi
    doc = json.loads(cli("--plan", str(plan_copy), "criteria", "--format", "json").out)
    assert doc["summary"] == criteria_summary(doc["counts"], 4, "conditions", "vi")


def test_a_recognition_is_worded_from_its_data_in_either_language() -> None:
    from ntmplan.criteria_eval import RecognitionLine
    from ntmplan.i18n import recognition_text

    dated = RecognitionLine("nang-cao", 2020, "2016–2020", "12/QĐ-UBND", "05/10/2020")
    assert dated.text == (
        "công nhận đạt chuẩn Nông thôn mới nâng cao năm 2020 (Quyết định số 12/QĐ-UBND ngày 05/10/2020), "
        "theo Bộ tiêu chí giai đoạn 2016–2020"
    )
    undated = RecognitionLine("ntm", 2017, "2016–2020", "7/QĐ-UBND")
    assert (
        undated.text
        == "công nhận đạt chuẩn Nông thôn mới năm 2017 (Quyết định số 7/QĐ-UBND), theo Bộ tiêu chí giai đoạn 2016–2020"
    )
    # English said "(decision 7/QĐ-UBND of )" when the decision had no date
    assert recognition_text(undated, "en") == (
        "recognised as New rural in 2017 (decision 7/QĐ-UBND), under the criteria set of 2016–2020"
    )


@pytest.mark.parametrize(
    ("args", "built"),
    [
        (["--plan", "x", "status", "--full"], ["status"]),
        (["--plan", "status", "check"], ["check"]),  # a plan folder named like a command is the option's value
        (["--plan=status", "--no-color", "record", "progress", "2.a"], ["record"]),
        (["--lang", "en", "--help", "status"], None),  # the root's help lists every command
        (["statu"], None),  # Click's "did you mean" needs every name
        ([], None),
    ],
)
def test_a_run_builds_only_the_subcommand_it_runs(args: list[str], built: list[str] | None) -> None:
    """Typer builds every registered subcommand's Click command on every run; a run that names
    one builds only it (start-up), anything else the whole application."""
    import typer

    from ntmplan.cli.app import _with_only

    every = list(typer.main.get_command(_with_only(["--help"])).commands)  # type: ignore[attr-defined]
    assert len(every) == 15
    names = list(typer.main.get_command(_with_only(args)).commands)  # type: ignore[attr-defined]
    assert names == (built or every)


def test_a_plan_folder_named_like_a_command(cli, plan_copy: Path) -> None:
    folder = plan_copy.parent / "status"
    plan_copy.rename(folder)
    r = cli("--plan", "status", "check", cwd=folder.parent)
    assert r.code == 0 and r.out == ""
