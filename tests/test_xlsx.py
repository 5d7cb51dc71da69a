"""Excel annexes: every report kind writes its tables, one sheet each, with real numbers in
Vietnamese number formats, a title row, a frozen header, widths that fit and an A4 setup.
The files are read back with openpyxl and their cells compared."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from conftest import DATA

FIXTURE = DATA / "report-fixture"


def test_quarterly_annexes_read_back(cli, repo: Path) -> None:
    result = cli("report", "quarter", "2023-Q3", "--format", "xlsx", "--date", "2023-10-05", cwd=repo)
    assert (result.code, result.err) == (0, "Wrote: reports/bao-cao-2023-Q3.xlsx\n")
    book = load_workbook(repo / "reports" / "bao-cao-2023-Q3.xlsx")
    assert book.sheetnames == ["Tiến độ", "Nội dung cụ thể", "Tiêu chí", "Nguồn vốn"]
    assert book.properties.creator == "UBND xã Cẩm Đông"

    progress = book["Tiến độ"]
    assert progress["A1"].value == "Phụ biểu 01. Tiến độ thực hiện các nội dung thành phần — quý III năm 2023"
    assert progress["A2"].value == "(Kèm theo Báo cáo số       /BC-UBND ngày 05/10/2023 của UBND xã Cẩm Đông)"
    header = [c.value for c in progress[4]]
    assert header == [
        "TT",
        "Nội dung thành phần",
        "Số nội dung",
        "Chưa triển khai",
        "Đang thực hiện",
        "Hoàn thành",
        "Vướng mắc",
        "Chưa báo cáo",
    ]
    assert progress.freeze_panes == "A5"
    assert [c.value for c in progress[6]][:3] == [
        2,
        "Phát triển hạ tầng kinh tế - xã hội, cơ bản đồng bộ, hiện đại, đảm bảo kết nối nông thôn - đô thị và kết nối các vùng miền",
        11,
    ]
    total = [c.value for c in progress[16]]
    assert total == [None, "Tổng cộng", 52, 0, 1, 2, 1, 48]
    assert progress["D16"].number_format == "[$-42A]#,##0" and progress["D16"].font.b

    items = book["Nội dung cụ thể"]
    rows = {r[0]: r for r in items.iter_rows(min_row=5, values_only=True)}
    assert rows["2.a"][2:] == ("Hoàn thành", 1.0, "Hoàn thành 1,2 km đường trục thôn Phú Lộc")
    assert rows["1.b"][4] == "Nguyên nhân: Chờ huyện phê duyệt quy hoạch vùng"
    assert rows["2.đ"][3] == 0.6 and items["D7"].number_format == "[$-42A]0.0%"
    assert all("nhà thầu" not in str(v) for r in rows.values() for v in r)  # notes stay private

    funding = book["Nguồn vốn"]
    assert [c.value for c in funding[4]] == [
        "TT",
        "Nguồn vốn",
        "Tỷ lệ cơ cấu",
        "Kế hoạch (đồng)",
        "Trong kỳ (đồng)",
        "Lũy kế (đồng)",
        "% kế hoạch",
    ]
    local = [c.value for c in funding[6]]
    assert local == [
        2,
        "Vốn ngân sách địa phương",
        0.3,
        18_000_000_000,
        1_250_000_000,
        2_000_000_000,
        pytest.approx(2_000_000_000 / 18_000_000_000, abs=1e-6),
    ]
    assert funding["D6"].number_format == "[$-42A]#,##0" and isinstance(funding["D6"].value, int)
    assert [c.value for c in funding[11]][:6] == [None, "Tổng cộng", 1, 60_000_000_000, 1_450_000_000, 2_200_000_000]

    criteria = book["Tiêu chí"]
    assert [c.value for c in criteria[5]][:2] == [1, "Quy hoạch"]
    assert len(list(criteria.iter_rows(min_row=5, max_row=23))) == 19

    for ws in book.worksheets:
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert ws.print_title_rows == "$4:$4"
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
        widths = [ws.column_dimensions[c].width for c in "AB"]
        assert all(6 <= w <= 62 for w in widths)


def test_the_widest_text_sets_a_column_width_and_long_text_wraps(cli, repo: Path) -> None:
    assert cli("report", "year", "2023", "-o", "bc.xlsx", cwd=repo).code == 0
    book = load_workbook(repo / "bc.xlsx")
    ws = book["Nguồn vốn"]
    assert ws.column_dimensions["B"].width >= len("Vốn ngân sách địa phương")
    items = book["Nội dung cụ thể"]
    assert items.column_dimensions["B"].width == 60 and items["B5"].alignment.wrap_text


def test_notes_go_into_the_annex_only_with_notes(cli, repo: Path) -> None:
    assert cli("report", "quarter", "2023-Q3", "-o", "bc.xlsx", "--with-notes", cwd=repo).code == 0
    items = load_workbook(repo / "bc.xlsx")["Nội dung cụ thể"]
    assert items["F4"].value == "Ghi chú (nội bộ)"
    assert "Còn nợ nhà thầu 120 triệu, chưa công khai" in [r[5] for r in items.iter_rows(min_row=5, values_only=True)]


@pytest.mark.parametrize(("kind", "period"), [("half", "2023-H2"), ("year", "2023"), ("plan", None)])
def test_every_report_kind_has_annexes(cli, repo: Path, kind: str, period: str | None) -> None:
    args = ["report", kind, *([period] if period else []), "-o", "out.xlsx"]
    result = cli(*args, cwd=repo)
    assert result.code == 0, result.err
    book = load_workbook(repo / "out.xlsx")
    if kind == "plan":
        assert book.sheetnames == ["Nội dung", "Nguồn vốn"]
        assert [c.value for c in book["Nguồn vốn"][11]] == [None, "Tổng cộng", 1, 60_000_000_000]
        assert book["Nội dung"]["A5"].value == "1" and book["Nội dung"]["A6"].value == "1.a"
    else:
        assert "Nguồn vốn" in book.sheetnames and "Tiêu chí" in book.sheetnames


def test_xlsx_cannot_go_to_stdout_and_the_name_decides(cli, repo: Path) -> None:
    result = cli("report", "quarter", "2023-Q3", "--format", "xlsx", "-o", "-", cwd=repo)
    assert (result.code, result.err.strip()) == (
        2,
        "ntmplan: error: -o -: an Excel file cannot be printed; give a file name",
    )
    result = cli("report", "quarter", "2023-Q3", "--format", "docx", "-o", "bc.xlsx", cwd=repo)
    assert result.code == 2 and "is a xlsx file name but --format is docx" in result.err


def test_sheet_names_are_valid_and_unique() -> None:
    from ntmplan.reports.xlsx import sheet_name

    taken: set[str] = set()
    assert sheet_name("Vốn [theo] năm: 2021/2025?", taken) == "Vốn -theo- năm- 2021-2025-"
    assert sheet_name("A" * 40, taken) == "A" * 31
    assert sheet_name("A" * 40, taken) == "A" * 27 + " (2)"
