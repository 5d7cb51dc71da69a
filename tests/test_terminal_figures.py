"""Numbers and periods on the terminal follow --lang; reports stay Vietnamese whatever --lang says."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from conftest import DATA, ROOT
from ntmplan.i18n import figures
from ntmplan.models.period import Period

FIXTURE = DATA / "report-fixture"


@pytest.mark.parametrize(
    ("text", "vi", "en"),
    [
        ("2025-Q4", "quý IV năm 2025", "Q4 2025"),
        ("2025-H1", "6 tháng đầu năm 2025", "H1 2025"),
        ("2025", "năm 2025", "2025"),
    ],
)
def test_period_labels(text: str, vi: str, en: str) -> None:
    period = Period.parse(text)
    assert (figures.period_label(period, "vi"), figures.period_label(period, "en")) == (vi, en)


def test_figures_in_either_language() -> None:
    assert (figures.amount(60_000_000_000, "vi"), figures.amount(60_000_000_000, "en")) == (
        "60.000.000.000",
        "60,000,000,000",
    )
    assert (figures.percent(Fraction(69, 10), lang="vi"), figures.percent(Fraction(69, 10), lang="en")) == (
        "6,9%",
        "6.9%",
    )
    assert figures.number(Decimal("1234.5"), lang="en") == "1,234.5" and figures.percent(None, lang="en") == "—"
    assert figures.amount_short(1_250_000_000, "en") == "1.25 tỷ"
    # the plan's unit is its own text: only the number's marks follow the language
    assert figures.measure(Decimal("2.5"), "number", "km, đường", "en") == "2.5 km, đường"
    assert figures.bound("<=", Decimal("1.5"), "percent", None, "en") == "≤ 1.5%"
    assert figures.bound("<=", Decimal("1.5"), "percent", None, "vi") == "≤ 1,5%"


def test_english_terminal_has_english_marks_and_periods(cli, repo: Path) -> None:
    status = cli("--lang", "en", "status", cwd=repo, vi_check=False).out
    assert "Reporting period: 2023-Q3 (Q3 2023)" in status
    assert "Funds mobilised: 2,200,000,000 / 60,000,000,000 đồng (3.7% of plan;" in status
    assert "quý" not in status and "60.000.000.000" not in status and "3,7%" not in status
    funding = cli("--lang", "en", "funding", "--period", "2023-Q3", cwd=repo, vi_check=False).out
    assert "18,000,000,000" in funding and "11.1%" in funding and "11,1%" not in funding
    vi = cli("--lang", "vi", "status", cwd=repo, vi_check=False).out
    assert "Kỳ báo cáo: 2023-Q3 (quý III năm 2023)" in vi
    assert "2.200.000.000 / 60.000.000.000 đồng (3,7% kế hoạch" in vi


def test_reports_keep_vietnamese_figures_in_english(cli, repo: Path) -> None:
    report = cli("--lang", "en", "report", "quarter", "2023-Q3", "-o", "-", cwd=repo).out
    assert report == cli("--lang", "vi", "report", "quarter", "2023-Q3", "-o", "-", cwd=repo).out
    assert "60.000.000.000" in report and "quý III năm 2023" in report and "60,000,000,000" not in report


def test_rollup_text_in_english(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("make_communes", ROOT / "tools" / "make_communes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "make_communes", module)
    spec.loader.exec_module(module)
    module.make_communes(tmp_path, 2, seed=7, years=(2021, 2022))
    en = cli("--lang", "en", "rollup", "--period", "2022-H1", cwd=tmp_path, vi_check=False).out
    assert en.startswith("2 communes — H1 2022 — New rural criteria")
    assert "%" in en and not [w for w in en.split() if w.endswith("%") and "," in w]
    vi = cli("--lang", "vi", "rollup", "--period", "2022-H1", cwd=tmp_path, vi_check=False).out
    assert vi.startswith("2 xã — 6 tháng đầu năm 2022 — tiêu chí NTM")
    assert not [w for w in vi.split() if w.endswith("%") and "." in w]


def test_the_income_condition_reads_its_figures_as_written(cli, plan_copy: Path) -> None:
    """Kiểu mẫu K2: the income and the threshold it needs (the nâng cao one × 1,10) as figures are
    written, in the terminal's language and in the report (it said '72.5' and '1.1E+2')."""
    (plan_copy / "criteria.yaml").write_text(
        "indicators:\n"
        "  - id: '10.1'\n"
        "    criterion: 10\n"
        "    name: Thu nhập bình quân đầu người khu vực nông thôn\n"
        "    kind: number\n"
        "    unit: triệu đồng/người/năm\n"
        "    direction: '>='\n"
        "    thresholds:\n"
        "      - level: nang-cao\n"
        "        value: 100\n"
        "        source: Quyết định …/QĐ-UBND của UBND tỉnh\n",
        encoding="utf-8",
    )
    repo = plan_copy.parent
    assert cli("record", "indicator", "10.1", "-p", "2023-Q3", "-v", "72,5", cwd=repo).code == 0
    vi = cli("--lang", "vi", "criteria", "--level", "kieu-mau", cwd=repo, vi_check=False)
    en = cli("--lang", "en", "criteria", "--level", "kieu-mau", cwd=repo, vi_check=False)
    assert re.search(r"thu nhập 72,5; cần ≥ 110(?![,.\d])", " ".join(vi.out.split()))
    assert re.search(r"income 72\.5; needs ≥ 110(?![,.\d])", " ".join(en.out.split()))
    report = cli("report", "quarter", "2023-Q3", "-o", "-", cwd=repo)
    assert "E+" not in report.out and "72.5" not in report.out


def test_diff_and_history_in_either_language(cli, plan_copy: Path) -> None:
    repo = plan_copy.parent
    for quarter, percent in (("2023-Q2", "12,5"), ("2023-Q3", "40")):
        assert (
            cli("record", "progress", "2.a", "-p", quarter, "-s", "in-progress", "--percent", percent, cwd=repo).code
            == 0
        )
        assert (
            cli("record", "funding", "ngan-sach-dia-phuong", "-a", "1.250.000.000", "-p", quarter, cwd=repo).code == 0
        )
    en = cli("--lang", "en", "diff", cwd=repo, vi_check=False).out
    vi = cli("--lang", "vi", "diff", cwd=repo, vi_check=False).out
    assert "2023-Q3 1,250,000,000" in en and "in progress 12.5% → in progress 40%" in en
    assert "2023-Q3 1.250.000.000" in vi and "đang thực hiện 12,5% → đang thực hiện 40%" in vi
    assert "12.5%" in cli("--lang", "en", "history", "2.a", cwd=repo, vi_check=False).out
    assert "12,5%" in cli("--lang", "vi", "history", "2.a", cwd=repo, vi_check=False).out
