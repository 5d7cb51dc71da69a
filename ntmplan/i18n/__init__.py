"""Terminal text in Vietnamese (default) and English.

Plan content and reports are always Vietnamese; this catalogue covers the labels the
terminal views print around them. Diagnostics are English, as their codes are.
"""

from __future__ import annotations

_CATALOGUE: dict[str, tuple[str, str]] = {
    # key: (vi, en)
    "plan": ("Kế hoạch", "Plan"),
    "period_years": ("Giai đoạn", "Years"),
    "issued": ("Ban hành", "Issued"),
    "signer": ("Người ký", "Signed by"),
    "reporting_period": ("Kỳ báo cáo", "Reporting period"),
    "no_period": (
        "chưa có kỳ báo cáo nào — ghi tiến độ bằng `ntmplan record`",
        "no period reported yet — record progress with `ntmplan record`",
    ),
    "periods_recorded": ("Các kỳ đã ghi", "Periods recorded"),
    "objectives": ("Mục tiêu", "Objectives"),
    "milestone": ("Mốc", "Milestone"),
    "year": ("Năm", "Year"),
    "state": ("Trạng thái", "State"),
    "achieved": ("đã đạt", "achieved"),
    "target": ("phấn đấu", "target"),
    "targets": ("Chỉ tiêu của kế hoạch", "The plan's targets"),
    "latest": ("Giá trị mới nhất", "Latest value"),
    "no_data": ("chưa có số liệu", "no data"),
    "components": ("Nội dung thành phần", "Components"),
    "component": ("Nội dung", "Component"),
    "items": ("Số ND", "Items"),
    "short-not-started": ("Chưa TK", "Not started"),
    "short-in-progress": ("Đang TH", "Doing"),
    "short-done": ("Xong", "Done"),
    "short-blocked": ("Vướng", "Blocked"),
    "short-no-report": ("Chưa BC", "No report"),
    "item": ("Nội dung cụ thể", "Item"),
    "lead": ("Chủ trì", "Leads"),
    "support": ("Phối hợp", "Supports"),
    "units": ("Đơn vị thực hiện", "Units"),
    "unit": ("Đơn vị", "Unit"),
    "funding": ("Nguồn vốn", "Funding"),
    "source": ("Nguồn", "Source"),
    "share": ("Tỷ lệ", "Share"),
    "planned": ("Kế hoạch", "Planned"),
    "mobilised_period": ("Trong kỳ", "In period"),
    "mobilised_to_date": ("Lũy kế", "To date"),
    "mobilised": ("Đã huy động", "Mobilised"),
    "pct_plan": ("% KH", "% of plan"),
    "remaining": ("Còn lại", "Remaining"),
    "total": ("Tổng", "Total"),
    "status": ("Tình trạng", "Status"),
    "not-started": ("Chưa triển khai", "Not started"),
    "in-progress": ("Đang thực hiện", "In progress"),
    "done": ("Hoàn thành", "Done"),
    "blocked": ("Vướng mắc", "Blocked"),
    "no-report": ("Chưa báo cáo", "Not reported"),
    "attention": ("Cần chú ý", "Needs attention"),
    "funding_line": ("Huy động vốn", "Funds mobilised"),
    "no_money": ("chưa ghi nhận khoản huy động nào", "no money recorded yet"),
    "what_if": ("Phân bổ giả định cho tổng", "What-if split of"),
    "duties": ("Nhiệm vụ", "Duties"),
    "criteria": ("Tiêu chí", "Criteria"),
    "indicator": ("Chỉ tiêu", "Indicator"),
    "value": ("Giá trị", "Value"),
    "threshold": ("Ngưỡng", "Threshold"),
    "met": ("đạt", "met"),
    "not-met": ("chưa đạt", "not met"),
    "no-data": ("chưa có số liệu", "no data"),
    "no-threshold": ("chưa có ngưỡng", "no threshold"),
    "written": ("Đã ghi", "Wrote"),
}


def t(key: str, lang: str = "vi") -> str:
    vi, en = _CATALOGUE[key]
    return en if lang == "en" else vi
