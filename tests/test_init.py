"""ntmplan init: a new commune's plan, then check lists its blanks as located warnings."""

from __future__ import annotations

import re
from pathlib import Path

from ruamel.yaml import YAML

from conftest import ROOT


def test_init_then_check_lists_the_blanks_as_warnings(cli, tmp_path: Path) -> None:
    made = cli(
        "init", "xa-moi", "--commune", "Tân Trường", "--province", "Hải Phòng", "--years", "2026-2030", cwd=tmp_path
    )
    assert made.code == 0, made.err
    repo = tmp_path / "xa-moi"
    assert sorted(p.name for p in (repo / "plan").glob("*.yaml")) == [
        "components.yaml", "document.yaml", "funding.yaml", "objectives.yaml", "solutions.yaml", "units.yaml",
    ]  # fmt: skip
    assert (
        (repo / "README.md")
        .read_text(encoding="utf-8")
        .startswith("# Kế hoạch xây dựng nông thôn mới — xã Tân Trường, tỉnh Hải Phòng, giai đoạn 2026-2030\n")
    )
    assert "site/" in (repo / ".gitignore").read_text(encoding="utf-8")
    assert not (repo / ".git").exists()
    check = cli("check", cwd=repo)
    assert check.code == 0, check.err  # blanks are warnings, not errors
    firsts = [line for line in check.err.splitlines() if "]: " in line and not line.startswith(" ")]
    assert all("warning[BLANK001]" in line for line in firsts)
    assert "plan/document.yaml:13:11: warning[BLANK001]: header.number is still to be filled in" in check.err
    assert (
        "plan/funding.yaml:5:8: warning[BLANK001]: total is still to be filled in (the planned total is 0 đồng)"
        in check.err
    )
    assert check.err.rstrip().endswith(f"0 error(s), {len(firsts)} warning(s)")
    assert len(firsts) == 20
    doc = YAML(typ="safe", pure=True).load((repo / "plan" / "document.yaml").read_text(encoding="utf-8"))
    assert "district" not in doc["issuer"] and doc["issuer"]["commune"] == "Tân Trường"
    assert doc["header"]["start_year"] == 2026 and doc["header"]["end_year"] == 2030
    status = cli("status", cwd=repo)
    assert status.code == 0 and "xã Tân Trường, tỉnh Hải Phòng" in status.out and "huyện" not in status.out


def test_init_speaks_vietnamese_by_default(cli, tmp_path: Path) -> None:
    made = cli("--lang", "vi", "init", "x", "--commune", "A", "--province", "B", "--years", "2026-2030", cwd=tmp_path)
    assert made.code == 0
    assert made.err.splitlines() == [
        f"Đã ghi: x/ ({sum(1 for p in (tmp_path / 'x').rglob('*') if p.is_file())} tệp)",
        "Tiếp theo: cd x && ntmplan check   (liệt kê những chỗ còn để trống cần điền)",
    ]


def test_filling_every_blank_makes_the_check_clean(cli, tmp_path: Path) -> None:
    assert cli("init", "x", "--commune", "A", "--province", "B", "--years", "2026-2030", cwd=tmp_path).code == 0
    for path in (tmp_path / "x" / "plan").glob("*.yaml"):
        text = re.sub(r'"CẦN ĐIỀN: ([^"]*)"', r'"Đã điền \1"', path.read_text(encoding="utf-8"))
        path.write_text(text.replace("total: 0 ", "total: 45 tỷ "), encoding="utf-8")
    check = cli("check", cwd=tmp_path / "x")
    assert check.code == 0 and check.err == "plan OK: no errors, no warnings\n"


def test_init_with_district_and_git(cli, tmp_path: Path) -> None:
    made = cli(
        "init", "cam-dong", "--commune", "Cẩm Đông", "--district", "Cẩm Giàng", "--province", "Hải Dương",
        "--years", "2026–2030", "--git", cwd=tmp_path,
    )  # fmt: skip
    assert made.code == 0, made.err
    repo = tmp_path / "cam-dong"
    assert (repo / ".git").is_dir()
    assert 'district: "Cẩm Giàng"' in (repo / "plan" / "document.yaml").read_text(encoding="utf-8")
    assert "xã Cẩm Đông, huyện Cẩm Giàng, tỉnh Hải Dương" in cli("status", cwd=repo).out


def test_init_refusals_leave_nothing_behind(cli, tmp_path: Path) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("x", encoding="utf-8")
    args = ["--commune", "A", "--province", "B"]
    refused = cli("init", "full", *args, "--years", "2026-2030", cwd=tmp_path)
    assert refused.code == 2 and "already exists and is not empty" in refused.err
    assert cli("init", "y", *args, "--years", "2030-2026", cwd=tmp_path).code == 2
    assert cli("init", "y", *args, "--years", "năm sau", cwd=tmp_path).code == 2
    assert cli("init", "y", "--commune", " ", "--province", "B", "--years", "2026-2030", cwd=tmp_path).code == 2
    assert cli("init", "y", *args, cwd=tmp_path).code == 2  # --years is required
    assert sorted(p.name for p in tmp_path.iterdir()) == ["full"]
    assert [p.name for p in (tmp_path / "full").iterdir()] == ["keep.txt"]


def test_readme_quick_start_for_a_second_commune_is_three_commands(cli, tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("#### A second commune in three commands", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    commands = block.strip().splitlines()
    assert len(commands) == 3
    import shlex

    cwd = tmp_path
    for line in commands:
        words = shlex.split(line.split("#")[0])
        if words[0] == "cd":
            cwd = cwd / words[1]
            continue
        assert words[0] == "ntmplan"
        result = cli(*words[1:], cwd=cwd)
        assert result.code == 0, (line, result.err)
    assert "warning[BLANK001]" in result.err
