"""Many communes: the workspace, ``ntmplan rollup`` and its summary cache."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from conftest import ROOT, Result
from ntmplan.models.period import Period
from probe import imported

Cli = Callable[..., Result]


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_communes", ROOT / "tools" / "make_communes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_communes"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def _generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("workspace")
    _generator().make_communes(out, 6, seed=7, years=(2021, 2022), broken=1)
    return out


@pytest.fixture
def workspace(_generated: Path, tmp_path: Path) -> Path:
    """Six generated two-year communes (the last one broken) and their workspace file."""
    target = tmp_path / "ws"
    shutil.copytree(_generated, target)
    return target


def _json(result: Result) -> dict[str, object]:
    data: dict[str, object] = json.loads(result.out)
    return data


def test_the_generator_is_deterministic(tmp_path: Path) -> None:
    gen = _generator()
    assert gen.commune_files(3, seed=1) == gen.commune_files(3, seed=1)
    assert gen.commune_files(3, seed=1) != gen.commune_files(4, seed=1)
    files = gen.commune_files(0, seed=0)
    assert len([f for f in files if f.startswith("progress/")]) >= 8
    for index in range(60):  # no empty mapping left behind ("items:" with nothing under it is an error)
        for rel, text in gen.commune_files(index, seed=0).items():
            lines = text.splitlines()
            for key, after in zip(lines, [*lines[1:], ""], strict=True):
                assert not (key.endswith(":") and not key.startswith(" ") and not after.startswith(" ")), (
                    index,
                    rel,
                    key,
                )


def test_rollup_lists_every_commune_and_the_broken_one(cli: Cli, workspace: Path) -> None:
    result = cli("rollup", "--format", "json", cwd=workspace)
    assert result.code == 1  # one plan does not check: said by the exit code, the output is complete
    data = _json(result)
    rows = data["communes"]
    assert isinstance(rows, list) and len(rows) == 6
    broken = [r for r in rows if r["errors"]]
    assert [r["id"] for r in broken] == ["communes/xa-00006"]
    assert "error[FUND002]" in broken[0]["first_diagnostic"]
    assert broken[0]["first_diagnostic"].startswith("communes/xa-00006/funding.yaml:")
    good = [r for r in rows if not r["errors"]]
    assert all(r["items"] > 0 and r["planned"] > 0 and isinstance(r["mobilised"], int) for r in good)
    total = data["total"]
    assert isinstance(total, dict)
    assert total["communes"] == 6 and total["broken"] == 1
    assert total["mobilised"] == sum(r["mobilised"] for r in good)
    assert f"{total['recognised']['ntm']}/6 xã đã đạt chuẩn Nông thôn mới" in total["sentences"]
    assert data["period"] == "2022-Q4"
    assert "1 of 6 plans do not check" in result.err


def test_rollup_numbers_agree_with_status_of_each_commune(cli: Cli, workspace: Path) -> None:
    rows = _json(cli("rollup", "--format", "json", "--period", "2022-Q2", cwd=workspace))["communes"]
    assert isinstance(rows, list)
    first = rows[0]
    status = _json(cli("--plan", str(workspace / first["id"]), "status", "--period", "2022-Q2", "--format", "json"))
    assert first["items_done"] == status["items_by_status"]["done"]
    assert first["items_blocked"] == status["items_by_status"]["blocked"]
    assert first["mobilised"] == status["funding"]["to_date"]
    assert first["criteria_met"] == status["criteria"]["counts"]["met"]


def test_csv_columns_are_stable(cli: Cli, workspace: Path) -> None:
    result = cli("rollup", "--format", "csv", cwd=workspace)
    table = list(csv.reader(io.StringIO(result.out)))
    assert table[0] == [
        "id",
        "commune",
        "recognised",
        "level_met",
        "criteria_met",
        "criteria_not_met",
        "criteria_not_assessed",
        "items",
        "items_done",
        "done_percent",
        "items_blocked",
        "planned",
        "mobilised",
        "mobilised_percent",
        "last_period",
        "late",
        "errors",
        "first_diagnostic",
        "province",
        "merged_into",
        "cohort",
    ]
    assert len(table) == 7
    assert table[1][11].isdigit()  # money as integer đồng


def test_sort_filter_and_groups(cli: Cli, workspace: Path) -> None:
    data = _json(cli("rollup", "--format", "json", "--sort", "-items_done", "--where", "errors=0", cwd=workspace))
    rows = data["communes"]
    assert isinstance(rows, list) and len(rows) == 5
    done = [r["items_done"] for r in rows]
    assert done == sorted(done, reverse=True)
    assert data["total"]["communes"] == 5  # type: ignore[index]
    grouped = _json(cli("rollup", "--format", "json", "--group-by", "province", cwd=workspace))
    groups = grouped["groups"]
    assert isinstance(groups, dict) and sum(g["communes"] for g in groups.values()) == 6
    bad = cli("rollup", "--group-by", "huyen", cwd=workspace)
    assert bad.code == 2 and "no group 'huyen'" in bad.err
    bad = cli("rollup", "--sort", "nope", cwd=workspace)
    assert bad.code == 2 and "no column 'nope'" in bad.err


def test_text_output_names_the_broken_plan(cli: Cli, workspace: Path) -> None:
    result = cli("rollup", "--period", "2022", cwd=workspace)
    assert result.code == 1
    assert "✗ communes/xa-00006: 2 error(s)" in result.out
    assert "Total: 6 communes (1 with an invalid plan) · recognised New rural " in " ".join(result.out.split())
    assert "Commune" in result.out and "Items done" in result.out
    vi = cli("--lang", "vi", "rollup", "--period", "2022", cwd=workspace)
    assert vi.code == 1
    assert "✗ communes/xa-00006: 2 lỗi" in vi.out
    assert "Tổng: 6 xã" in vi.out and "6 xã — năm 2022 — tiêu chí NTM" in vi.out


def test_warm_rollup_comes_from_the_summary_cache_and_sees_edits(
    cli: Cli, workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ntmplan.many import summaries

    monkeypatch.setattr(summaries, "POOL_FROM", 2)  # cold plans are read by a pool of processes
    cold = cli("rollup", "--format", "json", cwd=workspace)
    folder = Path(os.environ["NTMPLAN_CACHE_DIR"]) / "summaries"
    entries = sorted(p for p in folder.glob("*.json") if not p.name.startswith("workspace-"))
    assert len(entries) == 6
    assert json.loads(entries[0].read_text(encoding="utf-8"))["summary"]  # data, not pickle
    assert len(list(folder.glob("workspace-*.json"))) == 1  # the checked workspace file, as data
    warm = cli("rollup", "--format", "json", cwd=workspace)
    assert warm.out == cold.out
    # a warm read parses no YAML at all: neither a plan nor the workspace file
    import ntmplan.loader
    from ntmplan.many import workspace as workspace_module

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a warm roll-up read YAML")

    monkeypatch.setattr(ntmplan.loader, "load_plan", refuse)
    monkeypatch.setattr(workspace_module, "read_workspace", refuse)
    assert cli("rollup", "--format", "json", cwd=workspace).out == cold.out
    monkeypatch.undo()
    # an edited workspace file is read again
    ws_file = workspace / "ntmplan-workspace.yaml"
    ws_file.write_text(ws_file.read_text(encoding="utf-8").replace("cohort:", "dot:"), encoding="utf-8")
    regrouped = _json(cli("rollup", "--format", "json", "--group-by", "dot", cwd=workspace))
    groups = regrouped["groups"]
    assert isinstance(groups, dict) and sum(g["communes"] for g in groups.values()) == 6
    monkeypatch.setenv("NTMPLAN_CACHE_DIR", str(folder.parent))
    # an edit is seen: the file's identity changed
    first = workspace / "communes" / "xa-00001"
    assert (
        cli("--plan", str(first), "record", "funding", _source(first), "--period", "2022-Q4", "--amount", "7 tỷ").code
        == 0
    )
    after = _json(cli("rollup", "--format", "json", cwd=workspace))
    before = _json(cold)
    assert after["communes"][0]["mobilised"] != before["communes"][0]["mobilised"]  # type: ignore[index]
    assert _json(cli("rollup", "--format", "json", "--no-cache", cwd=workspace)) == after
    monkeypatch.setenv("NTMPLAN_NO_CACHE", "1")
    assert _json(cli("rollup", "--format", "json", cwd=workspace)) == after


def _source(root: Path) -> str:
    line = next(x for x in (root / "funding.yaml").read_text(encoding="utf-8").splitlines() if x.startswith("  - id: "))
    return line.split(": ")[1]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_world_writable_cache_folder_is_not_used(
    cli: Cli, workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared-cache"
    (shared / "summaries").mkdir(parents=True)
    os.chmod(shared / "summaries", 0o777)
    monkeypatch.setenv("NTMPLAN_CACHE_DIR", str(shared))
    assert cli("rollup", "--plans", "communes/xa-00001", cwd=workspace).code == 0
    assert list((shared / "summaries").iterdir()) == []
    linked = tmp_path / "linked-cache"
    linked.mkdir()
    (linked / "summaries").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.setenv("NTMPLAN_CACHE_DIR", str(linked))
    assert cli("rollup", "--plans", "communes/xa-00001", cwd=workspace).code == 0
    assert list((tmp_path / "elsewhere").iterdir()) == []


def test_plans_glob_instead_of_a_workspace_file(cli: Cli, workspace: Path) -> None:
    (workspace / "ntmplan-workspace.yaml").unlink()
    result = cli("rollup", "--plans", "communes/xa-0000[1-3]", "--format", "json", cwd=workspace)
    assert result.code == 0
    assert [r["id"] for r in _json(result)["communes"]] == [  # type: ignore[attr-defined]
        "communes/xa-00001",
        "communes/xa-00002",
        "communes/xa-00003",
    ]
    none = cli("rollup", cwd=workspace)
    assert none.code == 2 and "ntmplan-workspace.yaml" in none.err


def test_a_bad_workspace_file_is_located(cli: Cli, workspace: Path) -> None:
    path = workspace / "ntmplan-workspace.yaml"
    path.write_text("plans:\n  - path: communes/*\n    group: {a: b}\n", encoding="utf-8")
    result = cli("rollup", cwd=workspace)
    assert result.code == 1
    assert "ntmplan-workspace.yaml:3:5: error[SCHEMA002]" in result.err
    path.write_text("plans:\n  - communes/nowhere\n  - communes/xa-00001\n", encoding="utf-8")
    result = cli("rollup", "--format", "json", cwd=workspace)
    assert result.code == 1
    rows = _json(result)["communes"]
    assert isinstance(rows, list) and rows[0]["errors"] == 1 and "FILE001" in rows[0]["first_diagnostic"]


def test_export_csv_tables_with_stable_columns(cli: Cli, workspace: Path) -> None:
    from ntmplan.queries.tidy import TABLES

    result = cli("export", "-o", "out", cwd=workspace)
    assert result.code == 1  # the broken plan is named and left out; the others are exported
    assert "not exported: communes/xa-00006" in result.err
    assert f"5 communes → out{os.sep} (" in result.err
    out = workspace / "out"
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.csv" for t in TABLES)
    for table, columns in TABLES.items():
        with (out / f"{table}.csv").open(encoding="utf-8") as fh:
            header = next(csv.reader(fh))
        assert header == [name for name, _ in columns]
    with (out / "communes.csv").open(encoding="utf-8") as fh:
        communes = list(csv.DictReader(fh))
    assert [c["commune_id"] for c in communes] == [f"communes/xa-0000{i}" for i in range(1, 6)]
    assert all(c["planned_total"].isdigit() for c in communes)
    with (out / "progress.csv").open(encoding="utf-8") as fh:
        periods = {r["period"] for r in csv.DictReader(fh)}
    assert periods <= {f"{y}-Q{q}" for y in (2021, 2022) for q in range(1, 5)} and periods
    with (out / "funding_mobilised.csv").open(encoding="utf-8") as fh:
        assert all(r["amount"].isdigit() for r in csv.DictReader(fh))


def test_export_jsonl_and_the_one_plan(cli: Cli, plan_copy: Path) -> None:
    result = cli("--plan", str(plan_copy), "export", "-o", str(plan_copy.parent / "out"), "--format", "jsonl")
    assert result.code == 0, result.err
    lines = (plan_copy.parent / "out" / "funding_plan.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert [r["planned"] for r in rows] == [n * 1_000_000_000 for n in (3, 18, 6, 21, 9, 3)]
    assert set(rows[0]) == {"commune_id", "source_id", "source", "share_percent", "planned"}


def test_export_parquet_reads_back(cli: Cli, workspace: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    assert cli("export", "-o", "pq", "--format", "parquet", cwd=workspace).code == 1
    table = pq.read_table(workspace / "pq" / "funding_mobilised.parquet")
    assert table.column_names == ["commune_id", "period", "source_id", "amount"]
    assert str(table.schema.field("amount").type) == "int64"
    csv_out = cli("export", "-o", "c", cwd=workspace)
    assert csv_out.code == 1
    with (workspace / "c" / "funding_mobilised.csv").open(encoding="utf-8") as fh:
        expected = [(r["commune_id"], r["period"], r["source_id"], int(r["amount"])) for r in csv.DictReader(fh)]
    got = list(zip(*(table.column(c).to_pylist() for c in table.column_names), strict=True))
    assert got == expected
    verdicts = pq.read_table(workspace / "pq" / "verdicts.parquet")
    assert set(verdicts.column("status").to_pylist()) <= {"met", "not-met", "no-data", "no-threshold"}


def test_rollup_report_markdown_word_and_excel(cli: Cli, workspace: Path) -> None:
    md = cli("report", "rollup", "2022-Q4", "-o", "-", "--group-by", "province", "--date", "2023-01-05", cwd=workspace)
    assert md.code == 1  # the broken plan is listed in the report, and said by the exit code
    text = md.out
    assert "**ỦY BAN NHÂN DÂN**<br>**TỈNH THỬ NGHIỆM**" in text  # the issuer is the workspace's data
    assert "*Thử Nghiệm, ngày 05 tháng 01 năm 2023*" in text
    assert "Tổng hợp kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới quý IV năm 2022" in text
    assert "/6 xã đã đạt chuẩn Nông thôn mới nâng cao." in text
    # the diagnostic in the report's language (Markdown escapes the brackets)
    assert "- communes/xa-00006: 2 lỗi — communes/xa-00006/funding.yaml:3:1: lỗi\\[FUND002\\]: tổng tỷ lệ" in text
    assert "## Phụ lục 2. Tổng hợp theo province" in text
    assert "huyện" not in text.lower()
    assert "**Trần Văn Bình**" in text
    word = cli("report", "rollup", "2022-Q4", "-o", "bc.docx", cwd=workspace)
    assert word.code == 1 and (workspace / "bc.docx").is_file()
    from docx import Document

    body = "\n".join(p.text for p in Document(str(workspace / "bc.docx")).paragraphs)
    assert "BÁO CÁO" in body and "quý IV năm 2022" in body and "{{" not in body
    excel = cli("report", "rollup", "2022-Q4", "-o", "bc.xlsx", "--group-by", "province", cwd=workspace)
    assert excel.code == 1
    from openpyxl import load_workbook

    book = load_workbook(workspace / "bc.xlsx")
    assert book.sheetnames == ["Phụ lục 1", "Phụ lục 2", "Phụ lục 3"]
    sheet = book["Phụ lục 1"]
    headers = [c.value for c in sheet[3]]
    assert headers[1] == "Xã" and headers[11] == "Vốn huy động lũy kế (đồng)"
    assert isinstance(sheet.cell(row=4, column=12).value, int)  # money stays a number Excel can sum
    assert sheet.max_row == 3 + 5


def test_rollup_report_needs_an_issuer(cli: Cli, workspace: Path) -> None:
    path = workspace / "ntmplan-workspace.yaml"
    text = path.read_text(encoding="utf-8")
    start, end = text.index("issuer:"), text.index("plans:")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    result = cli("report", "rollup", "2022-Q4", "-o", "-", cwd=workspace)
    assert result.code == 2 and "add 'issuer:'" in result.err


@pytest.mark.parametrize("years", [(2021, 2022), (2025, 2026)])  # the second crosses into a year with no set
def test_summary_criteria_are_those_of_the_criteria_view_every_quarter(tmp_path: Path, years: tuple[int, int]) -> None:
    """The summary evaluates the criteria once per distinct input; every quarter must still say what
    ``criteria`` says as of it, at every level, including a quarter where only a verdict was recorded."""
    from ntmplan.criteria_data import national_criteria
    from ntmplan.loader import load_plan
    from ntmplan.queries.criteria import LEVELS, MET, NOT_MET, evaluate
    from ntmplan.queries.rollup import summarise

    root = tmp_path / "xa"
    for rel, text in _generator().commune_files(1, seed=0, years=years).items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    assert "criteria:" in (root / "progress" / f"{years[0]}-Q3.yaml").read_text(encoding="utf-8")  # verdicts alone
    plan, diags = load_plan(root, use_cache=False)
    assert plan is not None, diags
    summary = summarise(plan, national_criteria())
    seen = set()
    for quarter, data in summary["quarters"].items():
        for level in LEVELS:
            report = evaluate(plan, national_criteria(), level, Period.parse(quarter))
            states = [c.status for c in (report.conditions or report.criteria)]
            expected = {
                "met": report.counts[MET],
                "not_met": report.counts[NOT_MET],
                "total": len(states),
                "level_met": int(report.status == MET),
            }
            assert data["criteria"][level] == expected, (quarter, level)
            seen.add(expected["met"])
    assert len(seen) > 2  # the verdicts move the counts


def test_a_warm_rollup_imports_no_model_parser_or_check(cli: Cli, workspace: Path, tmp_path: Path) -> None:
    """Run as a user runs it (a fresh process), after a first roll-up stored the summaries and the
    checked workspace file: the second reads JSON only."""
    env = {**os.environ, "NTMPLAN_CACHE_DIR": str(tmp_path / "cache")}
    argv = ["ntmplan", "rollup", "--format", "json"]
    first = subprocess.run([sys.executable, "-m", "ntmplan", *argv[1:]], env=env, cwd=workspace, capture_output=True)
    assert first.returncode == 1, first.stderr  # the broken commune
    heavy = ("ntmplan.models.", "ntmplan.validate", "ntmplan.yamlio", "ntmplan.checks", "ntmplan.criteria_eval")
    done = imported(argv[1:], (*heavy, "ruamel", "yaml", "rich"), env, workspace)
    assert done.code == 1, done.err
    assert done.modules == ["ntmplan.models.period"]
    assert done.out.strip() == first.stdout.decode("utf-8").strip()  # the same roll-up


def test_every_count_is_out_of_all_communes_and_says_how_many_were_not_read(cli: Cli, workspace: Path) -> None:
    """N in "x/N xã" is every commune of the workspace: the one whose plan does not check stays in
    it, and text, JSON, CSV and the report say the same."""
    import re

    data = _json(cli("rollup", "--format", "json", "--group-by", "province", cwd=workspace))
    total = data["total"]
    assert isinstance(total, dict)
    assert (total["communes"], total["broken"], total["readable"]) == (6, 1, 5)
    sentences = total["sentences"]
    assert sentences[0] == "Tổng số 6 xã, trong đó 1 xã có kế hoạch chưa hợp lệ, chưa tổng hợp được kết quả"
    assert {m for s in sentences for m in re.findall(r"\d+/(\d+) xã", s)} == {"6"}
    groups = data["groups"]
    assert isinstance(groups, dict)
    hit = [g for g in groups.values() if g["broken"]]
    assert len(hit) == 1 and hit[0]["sentences"][0].startswith(f"Tổng số {hit[0]['communes']} xã, trong đó 1 xã")
    assert all(not g["sentences"][0].startswith("Tổng số") for g in groups.values() if not g["broken"])
    rows = list(csv.DictReader(io.StringIO(cli("rollup", "--format", "csv", cwd=workspace).out)))
    assert len(rows) == 6 and sum(r["errors"] != "0" for r in rows) == 1
    text = cli("--lang", "vi", "rollup", cwd=workspace).out
    assert "Tổng: 6 xã (1 xã kế hoạch chưa hợp lệ) · đã đạt chuẩn NTM " in " ".join(text.split())
    assert f"NTM {total['recognised']['ntm']}/6" in text
    md = cli("report", "rollup", "2022-Q4", "-o", "-", "--date", "2023-01-05", cwd=workspace)
    intro = next(line for line in md.out.splitlines() if line.startswith("Trên cơ sở"))
    assert "của 5/6 xã" in intro and "kế hoạch của 1 xã chưa hợp lệ" in intro
    assert "- Tổng số 6 xã, trong đó 1 xã có kế hoạch chưa hợp lệ, chưa tổng hợp được kết quả." in md.out
    assert {m for m in re.findall(r"\d+/(\d+) xã", md.out)} == {"6"}


def test_the_workspace_commands_refuse_in_vietnamese(cli: Cli, workspace: Path, tmp_path: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    cases = [
        (("rollup", "--where", "items"), workspace, "không có dạng CỘT=GIÁ_TRỊ"),
        (("export", "-o", str(afile)), workspace, "là một tệp; hãy chỉ một thư mục"),
        (("rollup", "--workspace", str(tmp_path / "none.yaml")), workspace, "không có tệp"),
        (("rollup",), tmp_path, "không có ntmplan-workspace.yaml ở thư mục này hay thư mục cha"),
        (("rollup", "--plans", "zz*", "--plans", "yy*"), tmp_path, "không thư mục kế hoạch nào khớp 'zz*', 'yy*'"),
    ]
    for args, cwd, said in cases:
        result = cli("--lang", "vi", *args, cwd=cwd)
        assert result.code == 2 and said in result.err, (args, result.err)
        assert not [w for w in (" no ", " is ", "give", "matches", " file") if w in result.err], result.err
    warned = cli("--lang", "vi", "rollup", "--plans", "communes/*", "--plans", "zz*", "--format", "json", cwd=workspace)
    assert "ntmplan: cảnh báo: 'zz*' không khớp thư mục kế hoạch nào" in warned.err
    exported = cli("--lang", "vi", "export", "-o", str(tmp_path / "out"), cwd=workspace)
    assert exported.code == 1 and "ntmplan: không xuất: communes/xa-00006: " in exported.err
    assert "lỗi[FUND002]" in exported.err
    assert f"5 xã → {tmp_path / 'out'}{os.sep} (" in exported.err


def test_the_closing_message_is_whole_at_80_columns(cli, workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a terminal, a message longer than its width is wrapped between words, not cut by it."""
    import sys

    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    r = cli("--lang", "vi", "rollup", cwd=workspace, vi_check=False)
    assert r.code == 1
    shown = r.err.rpartition("\x1b[K")[2]  # the progress line is cleared before the message
    tail = shown[shown.index("ntmplan: 1/6") :]
    assert all(len(line) <= 80 for line in shown.splitlines()), shown
    assert " ".join(line.strip() for line in tail.splitlines()) == (
        "ntmplan: 1/6 kế hoạch không qua kiểm tra; các kế hoạch còn lại vẫn được tổng hợp "
        "(chạy `ntmplan --plan DIR check` cho từng kế hoạch)"
    )
    assert tail.splitlines()[1].startswith("  ")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_rollup_table_is_whole_at_80_columns(
    cli: Cli, workspace: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """One line per commune at 80 columns: a long name is cut with an ellipsis, every figure and the
    last period stay whole (the names used to wrap onto a second line)."""
    long_name = "Thị trấn Nông trường Sông Con mở rộng"
    document = workspace / "communes" / "xa-00002" / "document.yaml"
    text = document.read_text(encoding="utf-8")
    document.write_text(text.replace("commune: 'Hưng Lâm 2'", f"commune: '{long_name}'"), encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "80")
    out = cli("--lang", lang, "rollup", cwd=workspace, vi_check=False).out
    assert not [line for line in out.splitlines() if len(line) > 80], out
    lines = out.splitlines()
    at = [n for n, line in enumerate(lines) if line.rstrip().endswith("2022-Q4")]
    assert at == list(range(at[0], at[0] + 5)), out  # five readable communes, one line each, nothing between
    rows = [lines[n] for n in at]
    assert long_name not in out
    (cut,) = [row for row in rows if row.split("…")[0] and long_name.startswith(row.split("…")[0])]
    assert cut.index("…") >= 6 and "%" in cut
    assert all(re.search(r"\d+[.,]\d%", row) for row in rows)  # the percentages whole


def test_a_cold_rollup_of_plans_that_check_loads_no_round_trip_parser(workspace: Path, tmp_path: Path) -> None:
    """The workspace file and every plan file are read on the fast path: ruamel (the careful path,
    which a broken file needs to say where) is not even imported."""
    good = workspace / "good.yaml"
    good.write_text("name: Năm xã\nplans:\n  - communes/xa-0000[1-5]\n", encoding="utf-8")
    env = {**os.environ, "NTMPLAN_CACHE_DIR": str(tmp_path / "cache")}
    done = imported(["rollup", "--no-cache", "--workspace", str(good), "--format", "json"], ("ruamel",), env, workspace)
    assert done.code == 0, done.err
    assert done.modules == []
    assert len(json.loads(done.out)["communes"]) == 5


def test_an_existing_rollup_report_is_refused_before_the_plans_are_read(
    cli, workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ntmplan.cli.many as many

    (workspace / "th.docx").write_text("signed\n", encoding="utf-8")
    monkeypatch.setattr(many, "build_rollup", lambda *a, **k: pytest.fail("rolled up before refusing"))
    refused = cli("report", "rollup", "2022-Q4", "-o", "th.docx", cwd=workspace)
    assert refused.code == 1 and "th.docx exists (edited by hand?); pass --force" in refused.err
    assert (workspace / "th.docx").read_text(encoding="utf-8") == "signed\n"
