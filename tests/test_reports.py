"""Reports from a fixture plan with two recorded quarters (2023-Q2, 2023-Q3).

Markdown is compared with golden files (``pytest --update-golden`` rewrites them); Word
files are read back with python-docx and checked for their text, page and fonts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt

from conftest import DATA

FIXTURE = DATA / "report-fixture"
GOLDEN = DATA / "golden"
NOTE = "<Đông> & \u201csân\u201d {{ 7*7 }} [draft] *nháp*"  # as printed: straight quotes become typographic


@pytest.mark.parametrize(("kind", "period"), [("quarter", "2023-Q3"), ("year", "2023")])
def test_markdown_report_matches_golden(cli, repo: Path, update_golden: bool, kind: str, period: str) -> None:
    result = cli("report", kind, period, "--date", "2023-10-05", "-o", "-", cwd=repo)
    assert result.code == 0, result.err
    golden = GOLDEN / f"bao-cao-{period}.md"
    if update_golden:
        golden.write_text(result.out, encoding="utf-8")
    assert result.out == golden.read_text(encoding="utf-8")


def test_quarterly_markdown_carries_what_the_district_needs(cli, repo: Path) -> None:
    out = cli("report", "quarter", "2023-Q3", "--date", "2023-10-05", "-o", "-", cwd=repo).out
    for expected in (
        "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**",
        "Số:       /BC-UBND",
        "*Cẩm Đông, ngày 05 tháng 10 năm 2023*",
        "# BÁO CÁO",
        "quý III năm 2023",
        "Kết quả: Hoàn thành 1,2 km đường trục thôn Phú Lộc",
        "1.250.000.000",
        "**Nơi nhận:**",
        "**TM. ỦY BAN NHÂN DÂN XÃ**<br>**CHỦ TỊCH**",
        "**Đỗ Văn Quyên**",
        "## V. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2023",
    ):
        assert expected in out, expected


def test_user_text_is_escaped_in_markdown(cli, repo: Path) -> None:
    out = cli("report", "quarter", "2023-Q3", "-o", "-", cwd=repo).out
    assert r"Kết quả: \<Đông\> & “sân” \{\{ 7\*7 \}\} \[draft\] \*nháp\*" in out


def test_half_year_aggregates_its_quarters(cli, repo: Path) -> None:
    out = cli("report", "half", "2023-H2", "--date", "2024-01-05", "-o", "-", cwd=repo).out
    assert "6 tháng cuối năm 2023" in out and "NHIỆM VỤ TRỌNG TÂM 6 THÁNG ĐẦU NĂM 2024" in out
    h1 = cli("report", "half", "2023-H1", "-o", "-", cwd=repo).out
    # H1 holds Q2 only: 750 triệu in the period, and Q3's money is not in it yet
    assert "| 2 | Vốn ngân sách địa phương | 30% | 18.000.000.000 | 750.000.000 | 750.000.000 | 4,2% |" in h1
    assert "Một số hộ chưa phân loại rác tại nguồn" not in h1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["quarter", "2023-Q7"],
            "ntmplan: error: '2023-Q7': a year has quarters 1 to 4; expected a period such as "
            "2023-Q3, Q3/2023, quý III/2023, 2023-H1, 6 tháng đầu năm 2023 or năm 2023",
        ),
        (
            ["quarter", "2023-H1"],
            "ntmplan: error: 2023-H1 is not a quarter; a quarter report takes a period such as 2023-Q3",
        ),
        (["quarter"], "ntmplan: error: a quarter report needs a period, e.g. 2023-Q3"),
        (["year", "2030"], "ntmplan: error: 2030 is outside the plan's years 2021–2025"),
        (
            ["quarter", "2023-Q3", "--date", "5 tháng 10"],
            "ntmplan: error: --date: '5 tháng 10' is not a date; write it as 05/10/2023 or 2023-10-05",
        ),
        (
            ["quarter", "2023-Q3", "--date", "31/02/2023"],
            "ntmplan: error: --date: '31/02/2023' is not a date of the calendar",
        ),
        (
            ["quarter", "2023-Q3", "--format", "docx", "-o", "-"],
            "ntmplan: error: -o -: a Word file cannot be printed; give a file name",
        ),
    ],
)
def test_bad_report_requests_are_refused_cleanly(cli, repo: Path, args: list[str], message: str) -> None:
    result = cli("report", *args, cwd=repo)
    assert (result.code, result.err.strip()) == (2, message)
    assert not (repo / "reports").exists()


def test_markdown_report_file_has_its_chart_beside_it(cli, repo: Path) -> None:
    result = cli("report", "quarter", "2023-Q3", cwd=repo)
    assert result.err.strip() == "Wrote: reports/bao-cao-2023-Q3.md"
    md = (repo / "reports" / "bao-cao-2023-Q3.md").read_text(encoding="utf-8")
    assert "![Vốn huy động so với kế hoạch theo nguồn](bao-cao-2023-Q3-nguon-von.png)" in md
    assert (repo / "reports" / "bao-cao-2023-Q3-nguon-von.png").read_bytes().startswith(b"\x89PNG")


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts).replace("\u2060", "")  # the word joiner that keeps "100%" whole


def test_word_report_text_page_and_fonts(cli, repo: Path) -> None:
    result = cli("report", "quarter", "2023-Q3", "--format", "docx", "--date", "2023-10-05", cwd=repo)
    assert (result.code, result.err.strip()) == (0, "Wrote: reports/bao-cao-2023-Q3.docx")
    path = repo / "reports" / "bao-cao-2023-Q3.docx"
    text = docx_text(path)
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ỦY BAN NHÂN DÂN",
        "XÃ CẨM ĐÔNG",
        "Số:       /BC-UBND",
        "Cẩm Đông, ngày 05 tháng 10 năm 2023",
        "BÁO CÁO",
        "quý III năm 2023",
        "Kết quả: Hoàn thành 1,2 km đường trục thôn Phú Lộc",
        "1.250.000.000",
        "Nơi nhận:",
        "- UBND, VPĐP NTM huyện (để b/c);",
        "TM. ỦY BAN NHÂN DÂN XÃ",
        "CHỦ TỊCH",
        "Đỗ Văn Quyên",
        NOTE,
    ):
        assert expected in text, expected
    assert "{{" not in text.replace(NOTE, "") and "{%" not in text
    doc = Document(str(path))
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert 20 <= round(section.top_margin.mm) <= 25 and 20 <= round(section.bottom_margin.mm) <= 25
    assert 30 <= round(section.left_margin.mm) <= 35 and 15 <= round(section.right_margin.mm) <= 20
    assert section.different_first_page_header_footer
    normal = doc.styles["Normal"].font
    assert normal.name == "Times New Roman" and Pt(13) <= normal.size <= Pt(14)
    fonts = {r.font.name for p in doc.paragraphs for r in p.runs if r.text.strip()}
    assert fonts <= {"Times New Roman", None}
    assert len(doc.inline_shapes) == 1  # the funding chart


def test_half_year_and_annual_word_reports(cli, repo: Path) -> None:
    for args, name in ((["half", "2023-H2"], "bao-cao-2023-H2.docx"), (["year", "2023"], "bao-cao-2023.docx")):
        assert cli("report", *args, "--format", "docx", cwd=repo).code == 0
        text = docx_text(repo / "reports" / name)
        assert ("6 tháng cuối năm 2023" if "half" in args else "năm 2023") in text


def test_plan_document_as_word(cli, repo: Path) -> None:
    assert cli("report", "plan", "--format", "docx", cwd=repo).code == 0
    text = docx_text(repo / "reports" / "ke-hoach-39.docx")
    for expected in (
        "Số: 39/KH-UBND",
        "Cẩm Đông, ngày 27 tháng 9 năm 2022",
        "KẾ HOẠCH",
        "2.1. Nội dung cụ thể: 11 nội dung",
        "đ) Triển khai thực hiện cơ chế, chính sách",
        "- Vốn tín dụng (Dự nợ cho vay trên địa bàn xã giai đoạn 2021 - 2025): dự kiến khoảng 35%;",
        "15. Đề nghị Ủy ban MTTQ xã và các tổ chức đoàn thể xã",
        "Đỗ Văn Quyên",
    ):
        assert expected in text, expected


def test_a_custom_word_template_directory(cli, repo: Path, tmp_path: Path) -> None:
    empty = tmp_path / "mine"
    empty.mkdir()
    (empty / "report.md.j2").write_text("{{ r.title }} {{ r.period_label }}\n", encoding="utf-8")
    out = cli("report", "quarter", "2023-Q3", "--templates", str(empty), "-o", "-", cwd=repo).out
    assert out == "BÁO CÁO quý III năm 2023\n"
    bad = cli("report", "quarter", "2023-Q3", "--templates", str(tmp_path / "none"), cwd=repo)
    assert bad.code == 2 and "is not a directory" in bad.err


def test_template_code_in_a_template_cannot_escape_the_sandbox(cli, repo: Path, tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "report.md.j2").write_text("{{ r.__class__.__mro__ }}\n", encoding="utf-8")
    result = cli("report", "quarter", "2023-Q3", "--templates", str(mine), "-o", "-", cwd=repo)
    assert result.code == 2 and result.out == ""
    assert result.err.startswith("ntmplan: error: the template report.md.j2 cannot be rendered: ")


def test_an_unwritable_report_is_a_clear_error(cli, repo: Path) -> None:
    (repo / "reports").mkdir()
    (repo / "reports" / "bao-cao-2023-Q3.md").mkdir()  # a folder where the file should go
    result = cli("report", "quarter", "2023-Q3", cwd=repo)
    assert result.code == 1
    assert result.err.startswith("ntmplan: error: refused to write reports/bao-cao-2023-Q3.md: it is a folder")
