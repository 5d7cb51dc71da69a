"""Issue 11, points 2 and 4: the document's own fields, and Word files that look finished."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from conftest import DATA

FIXTURE = DATA / "report-fixture"
SIGNERS = """
signers:
  - id: chu-tich
    authority: TM. ỦY BAN NHÂN DÂN XÃ
    position: CHỦ TỊCH
    name: Đỗ Văn Quyên
  - id: pho-chu-tich
    authority: KT. CHỦ TỊCH
    position: PHÓ CHỦ TỊCH
    name: Trần Thị Phó
report_recipients:
  quarter:
    - UBND huyện (để b/c);
    - 'Lưu: VP.'
"""


def md(cli, repo: Path, *args: str) -> str:
    result = cli("report", *args, "-o", "-", cwd=repo)
    assert result.code == 0, result.err
    return result.out


@pytest.mark.parametrize("number", ["12", "12/BC-UBND", " 12 ", "Số: 12/BC-UBND"])
def test_a_number_with_or_without_its_symbol(cli, repo: Path, number: str) -> None:
    out = md(cli, repo, "quarter", "2023-Q3", "--number", number)
    assert "| Số: 12/BC-UBND |" in out and "BC-UBND/BC-UBND" not in out


def test_a_number_that_is_not_one_is_refused(cli, repo: Path) -> None:
    result = cli("report", "quarter", "2023-Q3", "--number", "mười hai", "-o", "-", cwd=repo)
    assert result.code == 2
    assert "--number: 'mười hai' is not a document number; write it as 12 or 12/BC-UBND" in result.err


@pytest.mark.parametrize("date", ["05/10/2023", "5/10/2023", "2023-10-05"])
def test_dates_as_offices_write_them(cli, repo: Path, date: str) -> None:
    assert "*Cẩm Đông, ngày 05 tháng 10 năm 2023*" in md(cli, repo, "quarter", "2023-Q3", "--date", date)


def add_signers(repo: Path) -> None:
    doc = repo / "plan" / "document.yaml"
    text = doc.read_text(encoding="utf-8")
    doc.write_text(text + SIGNERS, encoding="utf-8")


def test_the_signer_and_recipients_of_each_report(cli, repo: Path) -> None:
    add_signers(repo)
    default = md(cli, repo, "quarter", "2023-Q3")
    assert "**TM. ỦY BAN NHÂN DÂN XÃ**<br>**CHỦ TỊCH**<br><br><br>**Đỗ Văn Quyên**" in default
    deputy = md(cli, repo, "quarter", "2023-Q3", "--signer", "pho-chu-tich")
    assert "**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br><br>**Trần Thị Phó**" in deputy
    assert "**Nơi nhận:**<br>- UBND huyện (để b/c);<br>- Lưu: VP. |" in deputy
    year = md(cli, repo, "year", "2023", "--signer", "Trần Thị Phó")
    assert "**Trần Thị Phó**" in year
    assert "- UBND, VPĐP NTM huyện (để b/c);" in year  # no list for annual reports: the plan's
    unknown = cli("report", "quarter", "2023-Q3", "--signer", "ke-toan", "-o", "-", cwd=repo)
    assert unknown.code == 2
    assert "--signer: no signer 'ke-toan' in plan/document.yaml; the signers are chu-tich (CHỦ TỊCH" in unknown.err


def test_signer_ids_are_unique(cli, repo: Path) -> None:
    add_signers(repo)
    doc = repo / "plan" / "document.yaml"
    doc.write_text(doc.read_text(encoding="utf-8").replace("id: pho-chu-tich", "id: chu-tich"), encoding="utf-8")
    result = cli("check", cwd=repo)
    assert result.code == 1 and "signer id chu-tich is listed more than once" in result.err


HEADING = re.compile(r"^(?:#+ |\*\*)?((?:[IVX]+|\d+(?:\.\d+)*)\.) ")


def headings(lines: list[str]) -> list[str]:
    return [m[1] for line in lines if (m := HEADING.match(line))]


def test_heading_numbers_never_collide(cli, repo: Path) -> None:
    out = md(cli, repo, "quarter", "2023-Q3")
    found = headings(out.splitlines())
    assert found == ["I.", "II.", "1.", "1.1.", "1.2.", "1.3.", "2.", "3.", "III.", "IV.", "V.", "VI."]
    assert "#### 1.2. Nội dung thành phần số 02: Phát triển hạ tầng" in out


def table_headers_md(text: str) -> list[list[str]]:
    lines = text.splitlines()
    return [
        [c.strip() for c in line.strip("| ").split(" | ")]
        for line, below in zip(lines, lines[1:], strict=False)
        if below.startswith("|---")
    ]


def test_markdown_and_word_have_the_same_sections_and_columns(cli, repo: Path) -> None:
    text = md(cli, repo, "quarter", "2023-Q3")
    assert cli("report", "quarter", "2023-Q3", "-o", "bc.docx", cwd=repo).code == 0
    doc = Document(str(repo / "bc.docx"))
    paragraphs = [p.text for p in doc.paragraphs]
    assert headings(paragraphs) == headings(text.splitlines())
    word_tables = [[c.text for c in t.rows[0].cells] for t in doc.tables if len(t.columns) > 2]
    md_tables = [h for h in table_headers_md(text) if len(h) > 2]
    assert word_tables == md_tables


def test_word_report_looks_finished(cli, repo: Path) -> None:
    add_signers(repo)
    args = ("report", "quarter", "2023-Q3", "-o", "bc.docx", "--date", "5/10/2023", "--number", "12")
    assert cli(*args, cwd=repo).code == 0
    doc = Document(str(repo / "bc.docx"))
    props = doc.core_properties
    assert props.title == "Kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới quý III năm 2023"
    assert (props.author, props.language) == ("UBND xã Cẩm Đông", "vi-VN")
    assert props.created is not None and props.created.date() == dt.date(2023, 10, 5)
    langs = {el.get(qn("w:val")) for el in doc.styles.element.iter(qn("w:lang"))}
    assert langs == {"vi-VN"}
    grids = [t for t in doc.tables if len(t.columns) > 2]
    assert len(grids) == 3
    for table in grids:
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
        assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)
        assert all(p.paragraph_format.keep_with_next for p in table.rows[-1].cells[1].paragraphs)
    texts = [p.text for p in doc.paragraphs]
    for heading in ("II. KẾT QUẢ THỰC HIỆN", "IV. TỒN TẠI, HẠN CHẾ", "1.2. Nội dung thành phần số 02"):
        (p,) = [p for p in doc.paragraphs if p.text.startswith(heading)]
        assert p.paragraph_format.keep_with_next, heading
    assert "- Tiến độ giải ngân vốn đầu tư công còn chậm;" in texts
    assert "- Một số hộ chưa phân loại rác tại nguồn." in texts
    assert any("(100\u2060%)" in t for t in texts)
    assert not any('"' in t for t in texts)
