"""Issue 8, points 1, 5 and 13: templates cannot act, reports cannot replace what is not a report,
plan text cannot change a report's structure."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from conftest import DATA, PLAN

FIXTURE = DATA / "report-fixture"


def own_templates(repo: Path, **files: str) -> Path:
    folder = repo / "templates"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name.replace("_", ".")).write_text(text, encoding="utf-8")
    return folder


# -- point 1: templates receive data and can do nothing else ------------------------------------


@pytest.mark.parametrize(
    "code",
    [
        "{{ plan.root.joinpath('{target}').write_text('pwn') }}",
        "{{ plan.root }}",
        "{{ plan.document.header.title.upper() }}",
        "{{ plan.components.append(1) }}",
        "{{ plan.__class__.__mro__ }}",
        "{{ plan.document.header.date.replace(year=1) }}",
        "{{ cycler.__init__.__globals__ }}",
    ],
)
def test_a_plan_template_cannot_reach_objects_or_files(cli, repo: Path, tmp_path: Path, code: str) -> None:
    target = tmp_path / "pwned"
    own_templates(repo, plan_md_j2=code.replace("{target}", str(target)) + "\n")
    result = cli("report", "plan", "-o", "-", "--plan-templates", cwd=repo)
    assert result.code == 2, result
    assert result.out == ""
    assert result.err.startswith("ntmplan: error: the template plan.md.j2 cannot be rendered: line 1: ")
    assert not target.exists()


def test_templates_read_data_with_dots_and_subscripts(cli, repo: Path) -> None:
    own_templates(
        repo,
        plan_md_j2="{{ plan.document.header.number }} {{ plan['components'][1]['items'] | length }} "
        "{% for c in plan.components if c.number < 3 %}{{ loop.index }}:{{ c.items[0].letter }} {% endfor %}"
        "{{ plan.document.header.date | date_long }}\n",
    )
    result = cli("report", "plan", "-o", "-", "--plan-templates", cwd=repo)
    assert result.code == 0, result.err
    assert result.out == "39/KH-UBND 11 1:a 2:a ngày 27 tháng 9 năm 2022\n"


def test_a_runtime_error_in_a_template_is_a_usage_error_with_its_line(cli, repo: Path) -> None:
    own_templates(repo, report_md_j2="{{ r.title }}\n\n{{ 1/0 }}\n")
    result = cli("report", "quarter", "2023-Q3", "-o", "-", "--plan-templates", cwd=repo)
    assert result.code == 2
    assert result.err == (
        "ntmplan: error: the template report.md.j2 cannot be rendered: line 3: ZeroDivisionError: division by zero\n"
    )


def test_include_cannot_follow_a_link_or_leave_the_folder(cli, repo: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT", encoding="utf-8")
    folder = own_templates(repo, report_md_j2="{% include 'part.md' %}\n")
    (folder / "part.md").symlink_to(secret)
    linked = cli("report", "quarter", "2023-Q3", "-o", "-", "--plan-templates", cwd=repo)
    assert linked.code == 2 and "SECRET" not in linked.out + linked.err
    assert "templates/part.md is a symbolic link" in linked.err
    (folder / "report.md.j2").write_text("{% include '../../secret.txt' %}\n", encoding="utf-8")
    up = cli("report", "quarter", "2023-Q3", "-o", "-", "--plan-templates", cwd=repo)
    assert up.code == 2 and "SECRET" not in up.out + up.err
    assert "template name '../../secret.txt' leaves the templates folder" in up.err


def test_a_template_that_is_a_link_is_refused(cli, repo: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.j2"
    elsewhere.write_text("SECRET-CONTENT\n", encoding="utf-8")
    folder = repo / "templates"
    folder.mkdir()
    (folder / "report.md.j2").symlink_to(elsewhere)
    result = cli("report", "quarter", "2023-Q3", "-o", "-", "--plan-templates", cwd=repo)
    assert result.code == 2 and "SECRET" not in result.out
    assert "report.md.j2 is a symbolic link" in result.err


def word_template(path: Path, text: str) -> None:
    from docx import Document

    doc = Document()
    doc.add_paragraph(text)
    doc.save(str(path))


def test_a_word_template_cannot_use_the_chart_to_write_files(cli, repo: Path, tmp_path: Path) -> None:
    target = tmp_path / "overwritten.docx"
    folder = own_templates(repo)
    word_template(folder / "report.docx", "{{ chart.tpl.save('" + str(target) + "') }}")
    result = cli("report", "quarter", "2023-Q3", "--format", "docx", "--plan-templates", cwd=repo)
    assert result.code == 2, result
    assert "the template report.docx cannot be rendered" in result.err
    assert not target.exists()
    assert not (repo / "reports" / "bao-cao-2023-Q3.docx").exists()


def test_a_word_template_still_gets_its_chart(cli, repo: Path) -> None:
    from docx import Document

    folder = own_templates(repo)
    word_template(folder / "report.docx", "{{ r.period_label }} {{ chart }}")
    result = cli("report", "quarter", "2023-Q3", "--format", "docx", "--plan-templates", cwd=repo)
    assert result.code == 0, result.err
    doc = Document(str(repo / "reports" / "bao-cao-2023-Q3.docx"))
    assert doc.paragraphs[0].text.strip() == "quý III năm 2023"
    assert len(doc.inline_shapes) == 1


# -- point 5: a report replaces only an ordinary report -----------------------------------------


def test_a_report_never_replaces_a_plan_file(cli, repo: Path) -> None:
    funding = repo / "plan" / "funding.yaml"
    before = funding.read_bytes()
    for extra in ([], ["--force"]):
        result = cli("report", "quarter", "2023-Q3", "-o", "plan/funding.yaml", "--format", "md", *extra, cwd=repo)
        assert result.code in (1, 2)
        assert funding.read_bytes() == before
    inside = cli("report", "quarter", "2023-Q3", "-o", "plan/progress/new.md", "--force", cwd=repo)
    assert inside.code == 1 and "inside the plan folder" in inside.err
    assert not (repo / "plan" / "progress" / "new.md").exists()


def test_a_fifo_a_link_and_a_folder_are_not_replaced(cli, repo: Path, tmp_path: Path) -> None:
    fifo = repo / "pipe.md"
    os.mkfifo(fifo)
    result = cli("report", "quarter", "2023-Q3", "-o", "pipe.md", "--force", cwd=repo)
    assert result.code == 1 and "it is a FIFO, not a report" in result.err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    link = repo / "link.md"
    link.symlink_to(tmp_path / "victim.md")
    result = cli("report", "quarter", "2023-Q3", "-o", "link.md", "--force", cwd=repo)
    assert result.code == 1 and "it is a symbolic link" in result.err
    assert link.is_symlink() and not (tmp_path / "victim.md").exists()


def test_a_device_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    from ntmplan.cli.report_files import OutputRefused, check_target

    if not Path("/dev/null").exists():
        pytest.skip("no /dev/null")
    with pytest.raises(OutputRefused, match="it is a device"):
        check_target(Path("/dev/null"), tmp_path, force=True, default=False)


def test_a_read_only_report_is_not_replaced_even_with_force(cli, repo: Path) -> None:
    report = repo / "bc.md"
    report.write_text("signed copy\n", encoding="utf-8")
    report.chmod(0o444)
    result = cli("report", "quarter", "2023-Q3", "-o", "bc.md", "--force", cwd=repo)
    assert result.code == 1 and "the file is read-only" in result.err
    assert report.read_text(encoding="utf-8") == "signed copy\n"


def test_an_existing_report_needs_force(cli, repo: Path) -> None:
    report = repo / "bc.md"
    report.write_text("edited in Word\n", encoding="utf-8")
    refused = cli("report", "quarter", "2023-Q3", "-o", "bc.md", cwd=repo)
    assert refused.code == 1 and "bc.md exists (edited by hand?); pass --force to replace it" in refused.err
    assert report.read_text(encoding="utf-8") == "edited in Word\n"
    assert not (repo / "bc-nguon-von.png").exists()
    forced = cli("report", "quarter", "2023-Q3", "-o", "bc.md", "--force", cwd=repo)
    assert forced.code == 0 and "(replaced the existing file)" in forced.err
    assert report.read_text(encoding="utf-8").startswith("| **ỦY BAN NHÂN DÂN**")


@pytest.mark.parametrize(
    ("args", "existing"),
    [
        (["quarter", "2023-Q3", "-o", "bc.docx"], "bc.docx"),
        (["quarter", "2023-Q3"], "reports/bao-cao-2023-Q3.md"),  # the default name
        (["quarter", "2023-Q3", "-o", "bc.md"], "bc-nguon-von.png"),  # the chart beside it
        (["plan", "--format", "docx"], "reports/ke-hoach-39.docx"),
        (["review", "2021..2023", "-o", "sk.docx"], "sk.docx"),
    ],
)
def test_a_refused_report_is_refused_before_it_is_rendered(cli, repo: Path, monkeypatch, args, existing) -> None:
    """An existing file without --force: the user is told at once, not after the report (a Word
    file with its chart) has been made for nothing."""
    import ntmplan.reports.render as render

    (repo / existing).parent.mkdir(exist_ok=True)
    (repo / existing).write_text("edited in Word\n", encoding="utf-8")
    monkeypatch.setattr(render, "render_report", lambda *a, **k: pytest.fail("rendered before refusing"))
    refused = cli("report", *args, cwd=repo)
    assert refused.code == 1 and f"{existing} exists (edited by hand?); pass --force" in refused.err
    assert (repo / existing).read_text(encoding="utf-8") == "edited in Word\n"


# -- issue 11 point 3: the format follows the name; folders are not invented -------------------


def test_the_format_follows_the_output_name(cli, repo: Path) -> None:
    word = cli("report", "quarter", "2023-Q3", "-o", "bc-q3.docx", cwd=repo)
    assert word.code == 0, word.err
    assert (repo / "bc-q3.docx").read_bytes()[:2] == b"PK"
    clash = cli("report", "quarter", "2023-Q3", "-o", "bc.docx", "--format", "md", cwd=repo)
    assert clash.code == 2 and "is a docx file name but --format is md" in clash.err
    unknown = cli("report", "quarter", "2023-Q3", "-o", "bc.txt", cwd=repo)
    assert unknown.code == 2 and "cannot tell the format from the name" in unknown.err
    told = cli("report", "quarter", "2023-Q3", "-o", "bc.txt", "--format", "md", cwd=repo)
    assert told.code == 0 and (repo / "bc.txt").read_text(encoding="utf-8").startswith("| **ỦY BAN")


def test_a_missing_folder_is_an_error_except_the_default(cli, repo: Path) -> None:
    missing = cli("report", "quarter", "2023-Q3", "-o", "bao-cao/q3.md", cwd=repo)
    assert missing.code == 2 and "the folder bao-cao/ does not exist" in missing.err
    assert not (repo / "bao-cao").exists()
    default = cli("report", "quarter", "2023-Q3", cwd=repo)
    assert default.code == 0 and (repo / "reports" / "bao-cao-2023-Q3.md").is_file()


# -- point 13: plan text cannot change a report's structure -------------------------------------

INJECTED = "Đang làm\n# Tiêu đề giả\n| 1 | giả | 9 |\n- mục giả\n    mã\n---\n$x^2$"


def test_newlines_in_plan_text_cannot_add_markdown_structure(cli, repo: Path) -> None:
    ok = cli("record", "progress", "2.a", "--period", "2023-Q3", "--status", "done", "--result", INJECTED, cwd=repo)
    assert ok.code == 0, ok.err
    out = cli("report", "quarter", "2023-Q3", "-o", "-", cwd=repo).out
    assert "Tiêu đề giả" in out
    lines = out.splitlines()
    assert not any(line.startswith(("# Tiêu", "| 1 | giả", "- mục", "    mã", "---", "$x")) for line in lines)
    (line,) = [x for x in lines if "Tiêu đề giả" in x]
    assert line.startswith("- a) ")
    assert line.endswith(r"Kết quả: Đang làm \# Tiêu đề giả \| 1 \| giả \| 9 \| - mục giả     mã --- \$x^2\$")


def test_a_dollar_in_a_name_is_text_in_the_chart(cli, repo: Path) -> None:
    funding = repo / "plan" / "funding.yaml"
    text = funding.read_text(encoding="utf-8")
    funding.write_text(text.replace("name: Vốn lồng ghép", r"name: $\frac{1}{ Vốn $x^2$ lồng ghép", 1), "utf-8")
    result = cli("report", "quarter", "2023-Q3", "-o", "bc.docx", cwd=repo)
    assert result.code == 0, result.err
    out = cli("report", "quarter", "2023-Q3", "-o", "-", cwd=repo).out
    assert r"\$\\frac\{1\}\{ Vốn \$x^2\$ lồng ghép" in out


def test_chart_labels_are_wrapped_in_full_with_vietnamese_decimals() -> None:
    from ntmplan.reports.chart import _tick, wrap

    name = "Vốn tín dụng (Dự nợ cho vay trên địa bàn xã giai đoạn 2021 - 2025)"
    lines = wrap(name).split("\n")
    assert len(lines) > 1 and " ".join(lines).replace("\u00a0", " ") == name
    assert "2021\u00a0-\u00a02025)" in lines[-1]
    assert (_tick(2.5, None), _tick(10.0, None), _tick(12.25, None)) == ("2,5", "10", "12,25")


def test_a_rollup_report_stays_out_of_every_member_plan(cli, tmp_path: Path) -> None:
    """The roll-up report goes through the same write-or-refuse as a plan's report: no file of
    any member plan, whatever the options."""
    for name in ("a", "b"):
        shutil.copytree(PLAN, tmp_path / "communes" / name / "plan")
    (tmp_path / "ntmplan-workspace.yaml").write_text(
        "name: Hai xã\n"
        "issuer:\n"
        "  lines: [ỦY BAN NHÂN DÂN, HUYỆN THỬ]\n"
        "  abbreviation: UBND\n"
        "  place: Thử\n"
        "  signer: {authority: TM. ỦY BAN NHÂN DÂN, position: CHỦ TỊCH, name: Trần Văn Bình}\n"
        "  recipients: [Lưu VT.]\n"
        "plans:\n"
        "  - communes/a/plan\n"
        "  - communes/b/plan\n",
        encoding="utf-8",
    )
    inside = tmp_path / "communes" / "b" / "plan" / "bc.md"
    result = cli("report", "rollup", "2023-Q3", "-o", str(inside), "--force", cwd=tmp_path)
    assert result.code == 1, result.err
    assert f"inside the plan folder {inside.parent}" in result.err
    assert not inside.exists()
    clash = cli("report", "rollup", "2023-Q3", "-o", "bc.xlsx", "--format", "md", cwd=tmp_path)
    assert clash.code == 2 and "-o bc.xlsx is a xlsx file name but --format is md" in clash.err
    written = cli("report", "rollup", "2023-Q3", "-o", "bc.md", cwd=tmp_path)
    assert written.code == 0, written.err
    assert (tmp_path / "bc.md").is_file()
