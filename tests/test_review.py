"""Review reports: the sơ kết over a range of years (``report review 2021..2023``) and the tổng
kết of the plan's whole period (``report final``), in Markdown (golden), Word and Excel (read back).

The fixture tests/data/review-fixture holds the report fixture's quarters of 2023 plus 2021-Q4
and 2022-Q4 (a verdict appraised by the district, lessons, an income figure); 2024 and 2025 have
no data, so the final review shows them as such.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

DATA = Path(__file__).parent / "data"
FIXTURE = DATA / "review-fixture"
GOLDEN = DATA / "golden"


@pytest.mark.parametrize(
    ("args", "golden"),
    [(["review", "2021..2023"], "so-ket-2021-2023.md"), (["final"], "tong-ket-2021-2025.md")],
)
def test_review_markdown_matches_golden(cli, repo: Path, update_golden: bool, args: list[str], golden: str) -> None:
    result = cli("report", *args, "--date", "2025-12-15", "-o", "-", cwd=repo)
    assert result.code == 0, result.err
    path = GOLDEN / golden
    if update_golden:
        path.write_text(result.out, encoding="utf-8")
    assert result.out == path.read_text(encoding="utf-8")


def test_final_review_says_what_each_year_did(cli, repo: Path) -> None:
    result = cli("report", "final", "--date", "2025-12-15", "-o", "-", cwd=repo)
    out = result.out
    # a year without data is said, on the terminal and in the report, never shown as zero progress
    assert result.err.splitlines() == [
        "ntmplan: warning: no progress recorded in 2024: the review says so",
        "ntmplan: warning: no progress recorded in 2025: the review says so",
    ]
    assert "| 2024 | Chưa có số liệu | | | | | | | |" in out
    assert "| 2021 | 1 | 1 | 1 | 0 | 0/19 | 2.500.000.000 | 2.500.000.000 | 4,2% |" in out
    assert "| 2022 | 1 | 2 | 1 | 0 | 1/19 | 1.300.000.000 | 3.800.000.000 | 6,3% |" in out
    # the income target year by year
    assert "| ≥ 85 triệu đồng/người/năm (năm 2025) | 62 | 70,5 | Chưa có số liệu trong năm | Chưa có số liệu |" in out
    # a recorded verdict with its basis; computed ones say they are computed
    assert "| 3 | Thủy lợi và phòng, chống thiên tai | Chưa có ngưỡng | Đạt (thẩm định) | Đạt (thẩm định) |" in out
    assert "cấp trên thẩm định, quý IV năm 2022, Văn bản số 45/UBND-NN" in out
    # money by source and year, cumulative against the plan's 60 tỷ
    assert "**60.000.000.000** | **2.500.000.000** | **1.300.000.000** | **2.200.000.000** |" in out
    assert "(Sáu mươi tỷ đồng)" in out
    # lessons from every quarter, once each; the direction says where it comes from
    assert out.count("Công khai, minh bạch các khoản đóng góp của nhân dân") == 1
    assert "Nhiệm vụ trọng tâm ghi nhận trong báo cáo quý III năm 2023:" in out
    assert "- 7.b) Thu gom" in out and "*hoàn thành (quý IV năm 2022)*" in out
    # the private note never reaches a review
    assert "Còn nợ nhà thầu" not in out


def test_a_review_inside_the_data_warns_of_nothing(cli, repo: Path) -> None:
    result = cli("report", "review", "2022..2023", "--date", "2023-12-20", "-o", "-", cwd=repo)
    assert (result.code, result.err) == (0, "")
    assert "**Sơ kết 2 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2022 - 2023**" in (
        result.out
    )
    # 2022 counts only what was completed in 2022, after 2021's completions
    assert "| 2022 | 1 | 2 |" in result.out


def test_a_review_of_one_year_is_named_by_its_year(cli, repo: Path) -> None:
    out = cli("report", "review", "2022..2022", "--date", "2023-01-10", "-o", "-", cwd=repo).out
    assert "**Sơ kết thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2022**" in out
    assert "giai đoạn 2022 - 2022" not in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["review"], "a review needs a range of years, e.g. 2021..2023"),
        (["review", "2021-Q3"], "'2021-Q3' is not a range of years; write it as 2021..2025"),
        (["review", "2023..2021"], "the range 2023..2021 runs backwards; write it as 2021..2023"),
        (["review", "2019..2023"], "the range 2019..2023 is outside the plan's years 2021–2025"),
        (["review", "2024..2026"], "the range 2024..2026 is outside the plan's years 2021–2025"),
        (["final", "2021..2025"], "the final review takes no period: it covers the plan's years 2021–2025"),
    ],
)
def test_bad_review_ranges_are_refused(cli, repo: Path, args: list[str], message: str) -> None:
    result = cli("report", *args, "--date", "2025-12-15", cwd=repo)
    assert (result.code, result.err.strip()) == (2, f"ntmplan: error: {message}")
    assert not (repo / "reports").exists()


def test_refusals_read_in_vietnamese(cli, repo: Path) -> None:
    result = cli("--lang", "vi", "report", "review", "2023..2021", cwd=repo)
    assert result.code == 2
    assert "khoảng năm 2023..2021 bị ngược; hãy viết 2021..2023" in result.err


def test_final_review_as_word(cli, repo: Path) -> None:
    result = cli("report", "final", "--format", "docx", "--date", "2025-12-15", "--number", "45", cwd=repo)
    assert result.code == 0, result.err
    assert result.err.splitlines()[-1] == "Wrote: reports/tong-ket-2021-2025.docx"
    doc = Document(str(repo / "reports" / "tong-ket-2021-2025.docx"))
    paragraphs = [p.text.replace("\u2060", "") for p in doc.paragraphs]
    headings = [p for p in paragraphs if p[:3] in ("I. ", "II.", "III", "IV.", "V. ", "VI.")]
    assert headings == [
        "I. KẾT QUẢ THỰC HIỆN MỤC TIÊU, CHỈ TIÊU",
        "II. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG THÀNH PHẦN",
        "III. KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ QUA CÁC NĂM",
        "IV. KẾT QUẢ HUY ĐỘNG NGUỒN LỰC",
        "V. BÀI HỌC KINH NGHIỆM",
        "VI. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN TIẾP THEO",
    ]
    assert (
        "Tổng kết thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025" in paragraphs
    )
    assert "- Phát huy vai trò của Mặt trận và các đoàn thể;" in paragraphs
    cells = [[c.text.replace("\u2060", "") for c in row.cells] for t in doc.tables for row in t.rows]
    assert ["Số: 45/BC-UBND", "Cẩm Đông, ngày 15 tháng 12 năm 2025"] in cells
    assert ["2024", "Chưa có số liệu", "", "", "", "", "", ""] in cells
    assert ["2022", "1.300.000.000", "3.800.000.000", "6,3%"] in cells
    row = next(r for r in cells if r[:2] == ["3", "Thủy lợi và phòng, chống thiên tai"])
    assert row[2] == "2021: Chưa có ngưỡng; 2022: Đạt (thẩm định); 2023: Đạt (thẩm định); 2024: Chưa có số liệu; " + (
        "2025: Chưa có số liệu"
    )
    assert [
        "",
        "Tổng cộng",
        "60.000.000.000",
        "2021: 2.500.000.000; 2022: 1.300.000.000; 2023: 2.200.000.000; 2024: chưa có số liệu; 2025: chưa có số liệu",
        "6.000.000.000",
        "10,0%",
    ] in cells
    assert doc.core_properties.title.startswith("Tổng kết thực hiện")


def test_a_plan_may_restyle_its_review(cli, repo: Path, tmp_path: Path) -> None:
    own = tmp_path / "mine"
    own.mkdir()
    (own / "review.md.j2").write_text("{{ r.subject }} — {{ r.years | length }} năm\n", encoding="utf-8")
    result = cli("report", "review", "2021..2023", "--templates", str(own), "-o", "-", cwd=repo)
    assert (
        result.out
        == "Sơ kết 3 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2023 — 3 năm\n"
    )


def test_final_review_as_excel(cli, repo: Path) -> None:
    result = cli("report", "final", "-o", "tk.xlsx", "--date", "2025-12-15", cwd=repo)
    assert result.code == 0, result.err
    book = load_workbook(repo / "tk.xlsx")
    assert book.sheetnames == ["Theo năm", "Nội dung hoàn thành", "Tiêu chí", "Vốn theo năm"]
    years = book["Theo năm"]
    rows = [list(row) for row in years.iter_rows(values_only=True) if isinstance(row[0], int)]
    assert [r[0] for r in rows] == [2021, 2022, 2023, 2024, 2025]
    assert rows[0][:9] == [2021, 1, 1, 1, 0, 0, 2_500_000_000, 2_500_000_000, 0.041667]
    assert rows[3] == [2024, None, None, None, None, None, None, None, None, "Chưa có số liệu"]
    assert all(isinstance(v, int) for v in rows[1][:8])
    money = book["Vốn theo năm"]
    header = next(list(row) for row in money.iter_rows(values_only=True) if row[0] == "TT")
    assert header[:5] == ["TT", "Nguồn vốn", "Kế hoạch (đồng)", "Năm 2021 (đồng)", "Năm 2022 (đồng)"]
    total = next(row for row in money.iter_rows(values_only=True) if row[1] == "Tổng cộng")
    assert total[2:] == (60_000_000_000, 2_500_000_000, 1_300_000_000, 2_200_000_000, None, None, 6_000_000_000, 0.1)
    criteria = [list(row) for row in book["Tiêu chí"].iter_rows(values_only=True) if row[0] == 3]
    assert criteria[0][2:5] == ["Chưa có ngưỡng", "Đạt (thẩm định)", "Đạt (thẩm định)"]
    done = [row for row in book["Nội dung hoàn thành"].iter_rows(values_only=True) if isinstance(row[0], int)]
    assert [r[1] for r in done] == ["1.a", "2.a", "7.a", "7.b"]
