"""``status`` as one screen, and the text views at 80 and 120 columns (goldens: ``pytest --update-golden``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import DATA

FIXTURE = DATA / "report-fixture"
GOLDEN = DATA / "golden" / "screen"


def wide_lines(text: str, width: int) -> list[str]:
    return [line for line in text.splitlines() if len(line.rstrip()) > width]


def test_status_is_one_screen_at_80_columns(cli, repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    out = cli("--lang", "vi", "status", cwd=repo).out
    lines = out.splitlines()
    assert len(lines) <= 40, out
    assert not wide_lines(out, 80)
    assert not re.search(r"\d[.,]?…", out), "a number is cut"
    assert "Kỳ báo cáo: 2023-Q3 (quý III năm 2023)" in out
    assert "█ Xong 2  ▓ Đang TH 1  ✗ Vướng 1  ░ Chưa TK 0  · Chưa BC 48" in out
    assert "Nông thôn mới kiểu mẫu: quá hạn 2022" in out  # a target year passed in a 2023 period
    assert "Nông thôn mới: đã đạt 2017" in out
    assert "2.200.000.000 / 60.000.000.000 đồng (3,7% kế hoạch; đã qua 55%" in out
    assert "Thay đổi so với 2023-Q2" in out and "mới hoàn thành: 2.a" in out and "mới vướng mắc: 1.b" in out
    assert "huy động thêm 1.450.000.000 đồng" in out
    attention = out[out.index("Cần chú ý") :]
    assert re.search(r"1\.b +✗ Rà soát, .*… — Chờ huyện phê duyệt quy hoạch vùng", attention)
    assert "Chưa báo cáo 2 quý liền (48): 1.a, 2.b" in attention
    assert "Đơn vị thực hiện" not in out  # the static tables are in --full


def test_status_full_keeps_the_tables(cli, repo: Path) -> None:
    out = cli("status", "--full", cwd=repo).out
    assert "Units" in out and "Components" in out and "21,000,000,000" in out
    assert "Not st.: not started" in out  # abbreviated headings come with a legend
    assert "Phát triển hạ tầng kinh tế - xã hội, cơ bản đồng bộ," in out  # more than three words at 120 columns


def test_a_period_with_nothing_recorded_says_so(cli, repo: Path) -> None:
    out = cli("status", "--period", "2024-Q1", cwd=repo).out
    assert "nothing is recorded for 2024-Q1; periods recorded: 2023-Q2, 2023-Q3" in out
    assert "Reporting period: 2024-Q1" in out
    out = cli("status", "--period", "2023-Q3", cwd=repo).out
    assert "nothing is recorded" not in out


def test_changes_need_a_previous_quarter(cli, repo: Path) -> None:
    out = cli("status", "--period", "2023-Q2", cwd=repo).out
    assert "Changes since" not in out and "Milestones and targets" in out


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("width", [80, 120])
def test_status_matches_golden(
    cli, repo: Path, monkeypatch: pytest.MonkeyPatch, update_golden: bool, lang: str, width: int
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    out = cli("--lang", lang, "status", cwd=repo, vi_check=False).out
    assert not wide_lines(out, width)
    golden = GOLDEN / f"status-{lang}-{width}.txt"
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")


VIEWS = {
    "funding": ["funding"],
    "funding-period": ["funding", "--period", "2023-Q3"],
    "funding-year": ["funding", "--by", "year"],
    "funding-component": ["funding", "--by", "component"],
    "criteria": ["criteria"],
    "items": ["items", "--period", "2023-Q3"],
    "units": ["units"],
}


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("view", sorted(VIEWS))
def test_views_match_golden(
    cli, repo: Path, monkeypatch: pytest.MonkeyPatch, update_golden: bool, view: str, lang: str, width: int
) -> None:
    """Whole at 80 and 120 columns: no line wider, no number cut; names wrap or end with "…"."""
    monkeypatch.setenv("COLUMNS", str(width))
    result = cli("--lang", lang, *VIEWS[view], cwd=repo, vi_check=False)
    assert result.code == 0, result.err
    out = result.out
    assert not wide_lines(out, width)
    assert not re.search(r"\d[.,]?…", out), "a number is cut"
    golden = GOLDEN / f"{view}-{lang}-{width}.txt"
    if update_golden:
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")


def test_nothing_to_attend_to_is_said(cli, plan_copy: Path) -> None:
    """Every item reported in the last two quarters and none blocked: the screen says so, rather
    than a heading with nothing under it."""
    from ntmplan import load_plan

    plan, _ = load_plan(plan_copy, use_cache=False)
    assert plan is not None
    (plan_copy / "progress").mkdir()
    for quarter in ("2023-Q2", "2023-Q3"):
        entries = "".join(f"  {c.item_id(i)}:\n    status: in-progress\n" for c, i in plan.items())
        (plan_copy / "progress" / f"{quarter}.yaml").write_text(
            f"period: {quarter}\nitems:\n{entries}", encoding="utf-8"
        )
    vi = cli("--lang", "vi", "status", cwd=plan_copy.parent, vi_check=False).out
    en = cli("--lang", "en", "status", cwd=plan_copy.parent, vi_check=False).out
    assert "\nCần chú ý: không có nội dung vướng mắc hay chậm báo cáo\n" in vi
    assert "\nNeeds attention: no item blocked or late in reporting\n" in en
