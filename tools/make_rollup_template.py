"""Build templates/rollup.docx, the Word template of ``ntmplan report rollup``.

    python tools/make_rollup_template.py

It is laid out with the helpers of tools/make_docx_templates.py (Nghị định 30/2020: A4,
margins 20/20/30/15 mm, Times New Roman 14 pt, national header, signer block and Nơi nhận),
so that the roll-up report looks like the commune reports; the annex tables follow.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_docx_templates import OUT, bullets, grid, heading, new_document, opening, para, signature, tag  # noqa: E402


def build_rollup():  # noqa: ANN201 - a python-docx Document
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
    heading(doc, "I. KẾT QUẢ CHUNG")
    tag(doc, "{%p for s in r.summary %}")
    para(doc, "- {{ s }}.")
    tag(doc, "{%p endfor %}")
    para(doc, "{{ r.progress_sentence }}")
    para(doc, "{{ r.money_sentence }}")
    heading(doc, "II. CÁC XÃ CHƯA BÁO CÁO KỲ NÀY")
    bullets(doc, "r.late", "Tất cả các xã đã báo cáo.")
    tag(doc, "{%p if r.failed %}")
    heading(doc, "III. KẾ HOẠCH CHƯA TỔNG HỢP ĐƯỢC")
    para(doc, "Kế hoạch của các xã sau chưa hợp lệ nên chưa được tổng hợp; đề nghị các xã kiểm tra và hoàn thiện:")
    tag(doc, "{%p for s in r.failed %}")
    para(doc, "- {{ s }}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endif %}")
    para(doc, "{{ r.closing }}")
    signature(doc, "{{ r.signer_authority }}", "{{ r.signer_position }}", "{{ r.signer_name }}", "r.recipients")
    heading(doc, "{{ r.communes_title }}")
    grid(
        doc,
        [
            ("TT", 0.8),
            ("Xã", 2.4),
            ("Đã đạt chuẩn", 2.2),
            ("TC đạt", 1.1),
            ("Chưa đạt", 1.1),
            ("Chưa ĐG", 1.1),
            ("% hoàn thành", 1.4),
            ("Vướng mắc", 1.1),
            ("Vốn lũy kế (đồng)", 2.4),
            ("% KH", 1.2),
            ("Kỳ BC", 1.3),
        ],
        [
            "{{ c[0] }}",
            "{{ c[1] }}",
            "{{ c[2] }}",
            "{{ c[3] }}",
            "{{ c[4] }}",
            "{{ c[5] }}",
            "{{ c[8] }}",
            "{{ c[9] }}",
            "{{ c[11] }}",
            "{{ c[12] }}",
            "{{ c[13] }}",
        ],
        "c in r.communes_rows",
        right=frozenset({0, 3, 4, 5, 6, 7, 8, 9}),
        size=9,
    )
    tag(doc, "{%p if r.groups_rows %}")
    heading(doc, "{{ r.groups_title }}")
    grid(
        doc,
        [
            ("{{ r.group_by }}", 2.6),
            ("Số xã", 1.1),
            ("Đạt chuẩn NTM", 1.4),
            ("NTM nâng cao", 1.4),
            ("NTM kiểu mẫu", 1.4),
            ("Đủ tiêu chí", 1.3),
            ("% hoàn thành", 1.5),
            ("Vốn lũy kế (đồng)", 2.6),
            ("% KH", 1.3),
            ("Chưa BC", 1.2),
        ],
        [
            "{{ g[0] }}",
            "{{ g[1] }}",
            "{{ g[2] }}",
            "{{ g[3] }}",
            "{{ g[4] }}",
            "{{ g[5] }}",
            "{{ g[6] }}",
            "{{ g[8] }}",
            "{{ g[9] }}",
            "{{ g[10] }}",
        ],
        "g in r.groups_rows",
        right=frozenset({1, 2, 3, 4, 5, 6, 7, 8, 9}),
        size=9,
    )
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if r.failed_rows %}")
    heading(doc, "{{ r.failed_title }}")
    grid(
        doc,
        [("TT", 0.8), ("Thư mục", 4.0), ("Số lỗi", 1.3), ("Lỗi đầu tiên", 10.4)],
        ["{{ f[0] }}", "{{ f[1] }}", "{{ f[2] }}", "{{ f[3] }}"],
        "f in r.failed_rows",
        right=frozenset({0, 2}),
        size=9,
    )
    tag(doc, "{%p endif %}")
    return doc


def main() -> None:
    doc = build_rollup()
    doc.core_properties.author = "ntmplan"
    doc.core_properties.title = "rollup.docx"
    doc.save(OUT / "rollup.docx")
    print(f"wrote {OUT / 'rollup.docx'}")


if __name__ == "__main__":
    main()
