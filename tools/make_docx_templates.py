"""Build the Word templates in templates/ (report.docx, plan.docx) with python-docx.

    python tools/make_docx_templates.py

The .docx files are committed so that a person can open and restyle them in Word; this
script is how they were made, so that they can be rebuilt and reviewed. The layout follows
Nghị định 30/2020/NĐ-CP, Phụ lục I (see shared/reference, §6): A4 portrait; margins top and
bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; body 14 pt, justified, first-line
indent 1,27 cm, 6 pt after each paragraph; Quốc hiệu 12 pt bold and Tiêu ngữ 13 pt bold with
a rule beneath (12/13 rather than 13/14 so that the Quốc hiệu stays on one line); the issuer
bold with a short rule beneath; number 13 pt; place and date italic; BÁO CÁO and its summary
bold and centred; signer block and Nơi nhận (12 pt bold italic label, 11 pt list); page
numbers centred in the top margin from page 2.

The Jinja tags are docxtpl's: ``{%p … %}`` on a paragraph of its own repeats paragraphs,
``{%tr … %}`` repeats table rows.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from ntmplan.queries.status import BUCKETS  # noqa: E402  (the one order of the status columns)
from ntmplan.reports.context import STATE_NAMES  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "templates"
PERCENT = "\u2060%"  # a word joiner before %: "100%" never breaks
FONT = "Times New Roman"
TEXT_WIDTH = Mm(210 - 30 - 15)


def set_font(run_or_style, size: float | None = None, bold: bool | None = None, italic: bool | None = None) -> None:
    font = run_or_style.font
    font.name = FONT
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if italic is not None:
        font.italic = italic
    rpr = run_or_style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)


def new_document() -> Document:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)
    section.different_first_page_header_footer = True  # no page number on page 1
    normal = doc.styles["Normal"]
    set_font(normal, 14)
    fmt = normal.paragraph_format
    fmt.space_before, fmt.space_after = Pt(0), Pt(6)
    fmt.line_spacing = 1.1
    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt.first_line_indent = Cm(1.27)
    for name in ("Table Grid",):
        set_font(doc.styles[name], 12)
    vietnamese(doc)
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    header.paragraph_format.first_line_indent = Cm(0)
    page_field(header)
    return doc


def vietnamese(doc) -> None:
    """Vietnamese as the language of every run (so Word checks spelling in Vietnamese)."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    targets = [doc.styles["Normal"].element.get_or_add_rPr()]
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is not None and rpr_default.find(qn("w:rPr")) is not None:
            targets.append(rpr_default.find(qn("w:rPr")))
    for rpr in targets:
        for old in rpr.findall(qn("w:lang")):
            rpr.remove(old)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "vi-VN")
        lang.set(qn("w:eastAsia"), "vi-VN")
        lang.set(qn("w:bidi"), "ar-SA")
        rpr.append(lang)


def page_field(paragraph) -> None:
    run = paragraph.add_run()
    set_font(run, 13)
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, None), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            t = OxmlElement("w:t")
            t.text = "2"
            run._r.append(t)


def para(
    container,
    text: str = "",
    *,
    size: float = 14,
    bold: bool = False,
    italic: bool = False,
    align=WD_ALIGN_PARAGRAPH.JUSTIFY,
    indent: bool = True,
    after: float = 6,
    before: float = 0,
):
    p = container.add_paragraph()
    p.alignment = align
    fmt = p.paragraph_format
    fmt.first_line_indent = Cm(1.27) if indent else Cm(0)
    fmt.space_after, fmt.space_before = Pt(after), Pt(before)
    if text:
        set_font(p.add_run(text), size, bold, italic)
    return p


def tag(container, text: str):
    """A paragraph holding only a docxtpl block tag; docxtpl removes it when rendering."""
    return para(container, text, indent=False, after=0)


def centred(container, text: str, size: float = 14, bold: bool = False, italic: bool = False, after: float = 0):
    return para(
        container, text, size=size, bold=bold, italic=italic, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=after
    )


def rule(container, width_cm: float, cell_width_cm: float) -> None:
    """A short solid line, centred: an empty paragraph with a bottom border, narrowed by indents."""
    p = para(container, "", size=2, indent=False, after=0)
    side = max((cell_width_cm - width_cm) / 2, 0)
    p.paragraph_format.left_indent = Cm(side)
    p.paragraph_format.right_indent = Cm(side)
    ppr = p._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)
    run = p.add_run("")
    set_font(run, 2)


def widths(table, cms: list[float]) -> None:
    """Fixed column widths that Word and LibreOffice both honour (grid, cells, fixed layout)."""
    table.autofit = False
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for i, cm in enumerate(cms):
        table.columns[i].width = Cm(cm)
        for cell in table.columns[i].cells:
            cell.width = Cm(cm)


def no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def first_paragraph(cell):
    p = cell.paragraphs[0]
    p.paragraph_format.first_line_indent = Cm(0)
    p.paragraph_format.space_after = Pt(0)
    return p


def national_header(doc, number_expr: str, place_date_expr: str, issuer_expr: str) -> None:
    left_w, right_w = 6.2, 10.3
    table = doc.add_table(rows=2, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(table)
    widths(table, [left_w, right_w])
    left, right = table.cell(0, 0), table.cell(0, 1)
    p = first_paragraph(left)
    p.add_run("{%p for line in " + issuer_expr + " %}")
    centred(left, "{{ line }}", 13, bold=True)
    tag(left, "{%p endfor %}")
    rule(left, 2.2, left_w)
    p = first_paragraph(right)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), 12, bold=True)
    centred(right, "Độc lập - Tự do - Hạnh phúc", 13, bold=True)
    rule(right, 5.6, right_w)
    p = first_paragraph(table.cell(1, 0))
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(6)
    set_font(p.add_run(number_expr), 13)
    p = first_paragraph(table.cell(1, 1))
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(6)
    set_font(p.add_run(place_date_expr), 14, italic=True)


def signature(doc, authority: str, position: str, name: str, recipients: str) -> None:
    table = doc.add_table(rows=1, cols=2)
    no_borders(table)
    widths(table, [8.0, 8.5])
    left, right = table.cell(0, 0), table.cell(0, 1)
    p = first_paragraph(left)
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    p.paragraph_format.space_before = Pt(12)
    set_font(p.add_run("Nơi nhận:"), 12, bold=True, italic=True)
    tag(left, "{%p for x in " + recipients + " %}")
    para(left, "- {{ x }}", size=11, indent=False, after=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    tag(left, "{%p endfor %}")
    p = first_paragraph(right)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(12)
    set_font(p.add_run(authority), 14, bold=True)
    centred(right, position, 14, bold=True)
    for _ in range(4):
        centred(right, "", 14)
    centred(right, name, 14, bold=True)


def grid(
    doc,
    headers: list[tuple[str, float]],
    cells: list[str],
    loop: str,
    total: list[str] | None = None,
    right: frozenset[int] = frozenset(),
    size: float = 12,
):
    """A bordered table: header row, one looping row (``loop`` is the for-expression), a total row.

    ``right`` are the columns of figures (right-aligned); ``size`` is the font size in points.
    """
    rows = 4 + (1 if total else 0)
    table = doc.add_table(rows=rows, cols=len(headers))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(table, [w for _, w in headers])

    def fill(cell, text: str, bold: bool = False, align=WD_ALIGN_PARAGRAPH.LEFT) -> None:
        p = first_paragraph(cell)
        p.alignment = align
        set_font(p.add_run(text), size, bold=bold)

    for i, (title, _) in enumerate(headers):
        fill(table.cell(0, i), title, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    fill(table.cell(1, 0), "{%tr for " + loop + " %}")

    def align(i: int):  # noqa: ANN202
        return WD_ALIGN_PARAGRAPH.RIGHT if i in right else WD_ALIGN_PARAGRAPH.LEFT

    for i, text in enumerate(cells):
        fill(table.cell(2, i), text, align=align(i))
    fill(table.cell(3, 0), "{%tr endfor %}")
    if total:
        for i, text in enumerate(total):
            fill(table.cell(4, i), text, bold=True, align=align(i))
    for index, row in enumerate(table.rows):
        properties = row._tr.get_or_add_trPr()
        properties.append(OxmlElement("w:cantSplit"))  # a row never splits across pages
        if index == 0:
            properties.append(OxmlElement("w:tblHeader"))  # the header row repeats on every page
        for cell in row.cells:
            for p in cell.paragraphs:
                # rows keep with the next: the total row and the line after the table stay with it
                p.paragraph_format.keep_with_next = True
    para(doc, "", after=0).paragraph_format.keep_with_next = True
    return table


def bullets(doc, expr: str, empty: str) -> None:
    tag(doc, "{%p if " + expr + " %}")
    tag(doc, "{%p for s in " + expr + " %}")
    para(doc, "- {{ s|clause(loop.last) }}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p else %}")
    para(doc, empty)
    tag(doc, "{%p endif %}")


def heading(doc, text: str, italic: bool = False) -> None:
    para(doc, text, bold=True, italic=italic, before=6).paragraph_format.keep_with_next = True


def opening(doc, number: str, place_date: str, issuer: str, kind: str, title: str) -> None:
    """The national header, then the document type and its summary with a rule beneath."""
    national_header(doc, number, place_date, issuer)
    centred(doc, kind, 14, bold=True).paragraph_format.space_before = Pt(18)
    centred(doc, title, 14, bold=True)
    rule(doc, 5.0, TEXT_WIDTH.cm)
    para(doc, "", after=6)


def build_report() -> Document:
    doc = new_document()
    opening(
        doc,
        "{{ r.number }}",
        "{{ r.place }}, {{ r.date|date_long }}",
        "r.issuer_lines",
        "{{ r.title }}",
        "{{ r.subject }}",
    )
    para(doc, "{{ r.intro }}")
    tag(doc, "{%p if r.missing_note %}")
    para(doc, "{{ r.missing_note }}", italic=True)
    tag(doc, "{%p endif %}")
    heading(doc, "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")
    bullets(doc, "r.direction", "Chưa ghi nhận nội dung chỉ đạo, điều hành trong kỳ.")
    heading(doc, "II. KẾT QUẢ THỰC HIỆN")
    heading(doc, "1. Tiến độ thực hiện các nội dung thành phần")
    grid(
        doc,
        [("TT", 1.0), ("Nội dung thành phần", 5.5), ("Số ND", 1.3)] + [(STATE_NAMES[b], 1.74) for b in BUCKETS],
        ["{{ c.number }}", "{{ c.short_title }}", "{{ c.items|length }}"]
        + ["{{ c.counts['" + b + "'] }}" for b in BUCKETS],
        "c in r.components",
        ["", "Tổng cộng", "{{ r.items_total }}"] + ["{{ r.totals['" + b + "'] }}" for b in BUCKETS],
        right=frozenset({0, 2, 3, 4, 5, 6, 7}),
    )
    tag(doc, "{%p for c in r.components if c.reported %}")
    heading(doc, "1.{{ loop.index }}. Nội dung thành phần số {{ c.number|two_digits }}: {{ c.title }}", italic=True)
    tag(doc, "{%p for i in c.reported %}")
    p = para(doc, "")
    set_font(p.add_run("{{ i.letter }}) {{ i.text }} "), 14)
    set_font(
        p.add_run(
            "{{ i.status_name }}{% if i.percent is not none %} ({{ i.percent|number }}" + PERCENT + "){% endif %}."
        ),
        14,
        italic=True,
    )
    set_font(
        p.add_run(
            "{% if i.result %} Kết quả: {{ i.result }}.{% endif %}"
            "{% if i.reason %} Nguyên nhân: {{ i.reason }}.{% endif %}"
            "{% if r.with_notes and i.note %} Ghi chú: {{ i.note }}."
            "{% endif %}{% if i.earlier %} (Số liệu {{ i.earlier }}.){% endif %}"
        ),
        14,
    )
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")
    heading(doc, "2. Kết quả thực hiện các tiêu chí")
    grid(
        doc,
        [("TT", 1.0), ("Tiêu chí", 4.9), ("Chỉ tiêu, giá trị so với ngưỡng", 7.1), ("Đánh giá", 3.5)],
        ["{{ c.number }}", "{{ c.name }}", "{{ c.detail or '—' }}", "{{ c.status_name }}"],
        "c in r.criteria",
        right=frozenset({0}),
    )
    para(doc, "{{ r.criteria_summary }}.")
    heading(doc, "3. Kết quả huy động nguồn lực")
    grid(
        doc,
        [
            ("TT", 1.0),
            ("Nguồn vốn", 3.4),
            ("Tỷ lệ", 1.6),
            ("Kế hoạch (đồng)", 3.0),
            ("Trong kỳ (đồng)", 2.9),
            ("Lũy kế (đồng)", 2.9),
            ("% kế hoạch", 1.5),
        ],
        [
            "{{ loop.index }}",
            "{{ f.name }}",
            "{{ f.share }}",
            "{{ f.planned|amount }}",
            "{{ f.in_period|amount }}",
            "{{ f.to_date|amount }}",
            "{{ f.percent }}",
        ],
        "f in r.funding",
        [
            "",
            "{{ r.funding_total.name }}",
            "{{ r.funding_total.share }}",
            "{{ r.funding_total.planned|amount }}",
            "{{ r.funding_total.in_period|amount }}",
            "{{ r.funding_total.to_date|amount }}",
            "{{ r.funding_total.percent }}",
        ],
        right=frozenset({0, 2, 3, 4, 5, 6}),
        size=11,
    )
    para(doc, "{{ r.funding_sentence }}")
    tag(doc, "{%p if chart %}")
    centred(doc, "{{ chart }}", 12)
    tag(doc, "{%p endif %}")
    heading(doc, "III. ĐÁNH GIÁ CHUNG")
    tag(doc, "{%p for s in r.assessment %}")
    para(doc, "{{ s }}")
    tag(doc, "{%p endfor %}")
    para(doc, "{{ r.progress_summary }}")
    heading(doc, "IV. TỒN TẠI, HẠN CHẾ")
    bullets(doc, "r.shortcomings", "Chưa ghi nhận tồn tại, hạn chế trong kỳ.")
    heading(doc, "V. NHIỆM VỤ TRỌNG TÂM {{ r.next_period_label|upper }}")
    bullets(doc, "r.next_tasks", "Tiếp tục thực hiện các nội dung của {{ r.plan_reference }}.")
    heading(doc, "VI. ĐỀ XUẤT, KIẾN NGHỊ")
    bullets(doc, "r.proposals", "Không có.")
    para(doc, "{{ r.closing }}")
    signature(doc, "{{ r.signer_authority }}", "{{ r.signer_position }}", "{{ r.signer_name }}", "r.recipients")
    return doc


def build_review() -> Document:
    """Sơ kết (report review FROM..TO) and tổng kết (report final): years run down the rows, so a
    range of any length fits the page."""
    doc = new_document()
    opening(
        doc,
        "{{ r.head.number }}",
        "{{ r.head.place }}, {{ r.head.date|date_long }}",
        "r.head.issuer_lines",
        "{{ r.title }}",
        "{{ r.subject }}",
    )
    para(doc, "{{ r.intro }}")
    tag(doc, "{%p if r.empty_note %}")
    para(doc, "{{ r.empty_note }}", italic=True)
    tag(doc, "{%p endif %}")
    heading(doc, "I. KẾT QUẢ THỰC HIỆN MỤC TIÊU, CHỈ TIÊU")
    heading(doc, "1. Mục tiêu về mức đạt chuẩn")
    grid(
        doc,
        [("Mức đạt chuẩn", 4.5), ("Năm", 1.5), ("Kế hoạch", 2.5), ("Kết quả", 8.0)],
        ["{{ m.level }}", "{{ m.year }}", "{{ m.state }}", "{{ m.outcome or '—' }}"],
        "m in r.milestones",
        right=frozenset({1}),
    )
    tag(doc, "{%p if r.targets %}")
    heading(doc, "2. Chỉ tiêu của kế hoạch qua các năm")
    grid(
        doc,
        [("Chỉ tiêu", 4.5), ("Mục tiêu", 4.0), ("Kết quả qua các năm", 8.0)],
        [
            "{{ t.name }}",
            "{{ t.aim }}",
            "{% for v in t.values %}Năm {{ r.years[loop.index0] }}: {{ v }}{% if not loop.last %}; {% endif %}"
            "{% endfor %}",
        ],
        "t in r.targets",
    )
    tag(doc, "{%p endif %}")
    heading(doc, "{{ 3 if r.targets else 2 }}. Tiến độ thực hiện qua các năm")
    grid(
        doc,
        [
            ("Năm", 1.4),
            ("Hoàn thành trong năm", 2.0),
            ("Hoàn thành lũy kế", 2.0),
            ("Đang thực hiện", 1.9),
            ("Vướng mắc", 1.7),
            ("Tiêu chí đạt", 1.7),
            ("Vốn trong năm (đồng)", 2.9),
            ("Lũy kế (đồng)", 2.9),
        ],
        [
            "{{ y.year }}",
            "{{ y.done_in_year if y.has_data else 'Chưa có số liệu' }}",
            "{{ y.done if y.has_data else '' }}",
            "{{ y.in_progress if y.has_data else '' }}",
            "{{ y.blocked if y.has_data else '' }}",
            "{{ (y.criteria_met|string + '/' + y.criteria_total|string) if y.has_data else '' }}",
            "{{ y.mobilised|amount if y.has_data else '' }}",
            "{{ y.to_date|amount if y.has_data else '' }}",
        ],
        "y in r.year_lines",
        right=frozenset({0, 1, 2, 3, 4, 5, 6, 7}),
        size=11,
    )
    tag(doc, "{%p for y in r.year_lines if y.missing %}")
    para(doc, "- Năm {{ y.year }}: chưa có số liệu {{ y.missing|join(', ') }}.")
    tag(doc, "{%p endfor %}")
    heading(doc, "II. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG THÀNH PHẦN")
    grid(
        doc,
        [("TT", 1.0), ("Nội dung thành phần", 11.0), ("Số ND", 2.0), ("Hoàn thành", 2.5)],
        ["{{ c[0] }}", "{{ c[1] }}", "{{ c[2] }}", "{{ c[3] }}"],
        "c in r.components",
        right=frozenset({0, 2, 3}),
    )
    tag(doc, "{%p if r.done_items %}")
    tag(doc, "{%p for i in r.done_items %}")
    p = para(doc, "")
    set_font(p.add_run("{{ i.component }}.{{ i.letter }}) {{ i.text }} "), 14)
    set_font(p.add_run("Hoàn thành{% if i.when %} ({{ i.when }}){% endif %}."), 14, italic=True)
    set_font(p.add_run("{% if i.result %} Kết quả: {{ i.result }}.{% endif %}"), 14)
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p else %}")
    para(doc, "Chưa có nội dung cụ thể nào hoàn thành đến hết năm {{ r.last }}.")
    tag(doc, "{%p endif %}")
    heading(doc, "III. KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ QUA CÁC NĂM")
    para(doc, "Các tiêu chí được đánh giá theo mức {{ r.criteria_level }}.")
    grid(
        doc,
        [
            ("TT", 1.0),
            ("Tiêu chí", 3.8),
            ("Đánh giá qua các năm", 6.2),
            ("Căn cứ đánh giá (năm {{ r.basis_year }})", 5.5),
        ],
        [
            "{{ c.number }}",
            "{{ c.name }}",
            "{% for s in c.states %}{{ r.years[loop.index0] }}: {{ s }}{% if not loop.last %}; {% endif %}{% endfor %}",
            "{{ c.basis }}",
        ],
        "c in r.criteria",
        right=frozenset({0}),
        size=11,
    )
    para(
        doc,
        "Đánh giá ghi “(thẩm định)” là kết quả cấp trên thẩm định, “(tự đánh giá)” là kết quả xã tự đánh giá đã ghi "
        "nhận; các đánh giá khác tính theo số liệu và ngưỡng của năm đó.",
    )
    heading(doc, "IV. KẾT QUẢ HUY ĐỘNG NGUỒN LỰC")
    heading(doc, "1. Vốn huy động theo năm", italic=True)
    grid(
        doc,
        [("Năm", 2.0), ("Trong năm (đồng)", 4.5), ("Lũy kế (đồng)", 4.5), ("% kế hoạch", 2.5)],
        [
            "{{ y.year }}",
            "{{ y.mobilised|amount if y.has_data else 'Chưa có số liệu' }}",
            "{{ y.to_date|amount if y.has_data else '' }}",
            "{{ y.percent if y.has_data else '' }}",
        ],
        "y in r.year_lines",
        right=frozenset({0, 1, 2, 3}),
    )
    heading(doc, "2. Theo nguồn vốn: từng năm và lũy kế so với kế hoạch", italic=True)
    per_year = (
        "{% for v in s.per_year %}{{ r.years[loop.index0] }}: {{ 'chưa có số liệu' if v is none else v|amount }}"
        "{% if not loop.last %}; {% endif %}{% endfor %}"
    )
    grid(
        doc,
        [
            ("TT", 0.9),
            ("Nguồn vốn", 3.3),
            ("Kế hoạch (đồng)", 3.0),
            ("Từng năm (đồng)", 4.6),
            ("Lũy kế (đồng)", 3.0),
            ("% kế hoạch", 1.7),
        ],
        ["{{ loop.index }}", "{{ s.name }}", "{{ s.planned|amount }}", per_year, "{{ s.to_date|amount }}"]
        + ["{{ s.percent }}"],
        "s in r.sources",
        [
            "",
            "{{ r.funding_total.name }}",
            "{{ r.funding_total.planned|amount }}",
            per_year.replace("s.per_year", "r.funding_total.per_year"),
            "{{ r.funding_total.to_date|amount }}",
            "{{ r.funding_total.percent }}",
        ],
        right=frozenset({0, 2, 4, 5}),
        size=11,
    )
    para(doc, "{{ r.funding_sentence }}")
    heading(doc, "V. BÀI HỌC KINH NGHIỆM")
    bullets(doc, "r.lessons", "Chưa ghi nhận bài học kinh nghiệm trong {{ r.range_label }}.")
    heading(doc, "VI. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN TIẾP THEO")
    tag(doc, "{%p if r.next_tasks %}")
    para(doc, "{{ r.next_source }}:")
    tag(doc, "{%p endif %}")
    bullets(doc, "r.next_tasks", "Chưa ghi nhận nhiệm vụ cho giai đoạn tiếp theo.")
    para(doc, "{{ r.closing }}")
    signature(
        doc, "{{ r.head.signer_authority }}", "{{ r.head.signer_position }}", "{{ r.head.signer_name }}", "r.recipients"
    )
    return doc


def build_plan() -> Document:
    doc = new_document()
    opening(
        doc,
        "Số: {{ h.number }}",
        "{{ h.place }}, {{ h.date|date_long }}",
        "d.issuer.lines",
        "{{ h.kind }}",
        "{{ h.title }}",
    )
    tag(doc, "{%p for basis in d.legal_bases %}")
    para(doc, "{{ basis.text }}", italic=True)
    tag(doc, "{%p endfor %}")
    para(doc, "{{ d.preamble }}")

    def paragraphs(expr: str) -> None:
        tag(doc, "{%p for x in " + expr + " %}")
        para(doc, "{{ x }}")
        tag(doc, "{%p endfor %}")

    heading(doc, "I. MỤC ĐÍCH, YÊU CẦU")
    heading(doc, "1. Mục đích")
    paragraphs("o.purposes")
    heading(doc, "2. Yêu cầu")
    paragraphs("o.requirements")
    heading(doc, "II. MỤC TIÊU")
    heading(doc, "1. Mục tiêu chung")
    paragraphs("o.general")
    heading(doc, "2. Mục tiêu cụ thể đến năm {{ h.end_year }}")
    paragraphs("o.specific")
    heading(doc, "III. NỘI DUNG")
    tag(doc, "{%p for c in plan.components %}")
    heading(doc, "{{ c.number }}. Nội dung thành phần số {{ c.number|two_digits }}:")
    para(doc, "{{ c.title }}")
    para(doc, "{{ c.number }}.1. Nội dung cụ thể: {{ c.items|length|two_digits }} nội dung", italic=True)
    tag(doc, "{%p for item in c.items %}")
    para(doc, "{{ item.letter }}) {{ item.text }}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")
    heading(doc, "IV. NGUỒN LỰC THỰC HIỆN")
    para(doc, "{{ plan.funding.intro }}")
    tag(doc, "{%p for s in plan.funding.sources %}")
    share = "{{ s.share|number }}" + PERCENT
    para(doc, "- {{ s.name }}: {% if s.wording %}{{ s.wording }}{% else %}" + share + "{% endif %}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p for m in plan.funding.mechanisms %}")
    heading(doc, "{{ loop.index }}. {{ m.title }}")
    tag(doc, "{%p for point in m.points %}")
    para(doc, "- {{ point }}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")
    heading(doc, "V. MỘT SỐ GIẢI PHÁP TRỌNG TÂM THỰC HIỆN CHƯƠNG TRÌNH")
    tag(doc, "{%p for s in plan.solutions %}")
    heading(doc, "{{ loop.index }}. {{ s.title }}")
    tag(doc, "{%p for x in s.paragraphs %}")
    para(doc, "{{ x }}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")
    heading(doc, "VI. TỔ CHỨC THỰC HIỆN")
    tag(doc, "{%p for u in plan.units %}")
    heading(doc, "{{ u.number }}. {{ u.name }}")
    tag(doc, "{%p for duty in u.duties %}")
    para(doc, "{% if u.bullets %}- {% endif %}{{ duty }}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")
    para(doc, "{{ d.closing }}")
    signature(doc, "{{ d.signer.authority }}", "{{ d.signer.position }}", "{{ d.signer.name }}", "d.recipients")
    return doc


def main() -> None:
    for name, build in (("report.docx", build_report), ("review.docx", build_review), ("plan.docx", build_plan)):
        doc = build()
        # the rendered file gets the report's own properties; the template carries none
        props = doc.core_properties
        props.author = props.title = props.subject = props.comments = props.keywords = props.last_modified_by = ""
        props.language = "vi-VN"
        doc.save(OUT / name)
        print(f"wrote {OUT / name}")


if __name__ == "__main__":
    main()
