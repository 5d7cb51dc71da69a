"""``ntmplan site``: a static, offline dashboard for the Ban chỉ đạo meeting.

Like a report, the site shows an item's public result and the reason it is blocked, never the
officers' private note.

The pages are rendered through the same sandboxed Jinja environment as the reports (data
only, every value escaped — here for HTML), from the same query results the CLI prints as
JSON. Charts are inline SVG whose geometry is computed here; no script, font or style is
fetched from anywhere: the folder opens as it is, projected or printed on A4.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import escape

from .. import vn
from ..models import Plan
from ..models.criteria import CriteriaSet
from ..models.period import Period
from ..models.progress import STATUS_NAMES
from ..queries.criteria import LEVELS, evaluate
from ..queries.funding import funding_report
from ..queries.progress import NO_REPORT, item_states
from ..queries.status import status
from .env import make_env, render_template, search_path

PAGES: list[tuple[str, str]] = [
    ("index.html", "Tổng quan"),
    ("items.html", "Nội dung cụ thể"),
    ("units.html", "Đơn vị"),
    ("timelines.html", "Diễn biến"),
    ("funding.html", "Kinh phí"),
    ("criteria.html", "Tiêu chí"),
]

# Status is told by a symbol and a word, and only then by colour (Okabe–Ito, safe for colour blindness).
STATUS_ORDER = ["done", "in-progress", "blocked", "not-started", NO_REPORT]
STATUS_LOOK: dict[str, dict[str, str]] = {
    "done": {"symbol": "✓", "label": STATUS_NAMES["done"], "color": "#009E73"},
    "in-progress": {"symbol": "◐", "label": STATUS_NAMES["in-progress"], "color": "#0072B2"},
    "blocked": {"symbol": "✕", "label": STATUS_NAMES["blocked"], "color": "#D55E00"},
    "not-started": {"symbol": "○", "label": STATUS_NAMES["not-started"], "color": "#E69F00"},
    NO_REPORT: {"symbol": "–", "label": "Chưa báo cáo", "color": "#999999"},
}
VERDICT_LOOK: dict[str, dict[str, str]] = {
    "met": {"symbol": "✓", "label": "Đạt", "color": "#009E73"},
    "not-met": {"symbol": "✕", "label": "Chưa đạt", "color": "#D55E00"},
    "no-data": {"symbol": "?", "label": "Chưa có số liệu", "color": "#999999"},
    "no-threshold": {"symbol": "–", "label": "Chưa có ngưỡng", "color": "#999999"},
}
LEVEL_LABELS = {"ntm": "Nông thôn mới", "nang-cao": "NTM nâng cao", "kieu-mau": "NTM kiểu mẫu"}


@dataclass(frozen=True)
class Site:
    files: dict[str, bytes]


def _html_escape(text: str) -> str:
    return str(escape(text))


def _value_text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "đạt" if value else "không đạt"
    return vn.number(value)


def _stacked(by_status: dict[str, int], total: int) -> list[dict[str, Any]]:
    """Segments of a 100-wide bar, one per status that has items."""
    segments, x = [], 0.0
    for key in STATUS_ORDER:
        n = by_status.get(key, 0)
        if n and total:
            width = 100 * n / total
            segments.append({"status": key, "count": n, "x": round(x, 3), "width": round(width, 3)} | STATUS_LOOK[key])
            x += width
    return segments


def _quarters(plan: Plan, upto: Period | None) -> list[Period]:
    if upto is None:
        return []
    return [Period.quarter(y, q) for y in plan.years for q in range(1, 5) if Period.quarter(y, q).ends_by(upto)]


def _funding_chart(plan: Plan, upto: Period | None) -> dict[str, Any]:
    """Cumulative money mobilised by quarter against the planned total (and yearly schedule)."""
    total = plan.funding.total
    quarters = _quarters(plan, upto)
    cumulative = [(q, funding_report(plan, q).to_date) for q in quarters]
    top = max([total, *(v for _, v in cumulative)]) or 1
    width, height, left, bottom, right, top_pad = 680, 260, 70, 40, 10, 16
    plot_w, plot_h = width - left - right, height - bottom - top_pad
    n = max(len(cumulative), 1)
    step = plot_w / n
    bars = []
    for i, (q, value) in enumerate(cumulative):
        h = plot_h * value / top
        bars.append(
            {
                "x": round(left + i * step + step * 0.15, 2),
                "y": round(top_pad + plot_h - h, 2),
                "w": round(step * 0.7, 2),
                "h": round(h, 2),
                "label": str(q),
                "short": f"{q.year % 100:02d}Q{q.number}",
                "value": value,
                "label_x": round(left + i * step + step / 2, 2),
            }
        )
    schedule = []
    if plan.funding.schedule and cumulative:
        running = 0
        for i, (q, _) in enumerate(cumulative):
            if q.last_quarter == 4:
                running += plan.funding.schedule.get(q.year, 0)
                schedule.append(
                    {"x": round(left + (i + 1) * step, 2), "y": round(top_pad + plot_h - plot_h * running / top, 2)}
                )
    ticks = [{"y": round(top_pad + plot_h - plot_h * f, 2), "value": int(top * f)} for f in (0, 0.25, 0.5, 0.75, 1)]
    return {
        "width": width,
        "height": height,
        "left": left,
        "right_x": width - right,
        "base_y": top_pad + plot_h,
        "plan_y": round(top_pad + plot_h - plot_h * total / top, 2),
        "bars": bars,
        "schedule": schedule,
        "ticks": ticks,
        "rows": [
            {"period": str(q), "to_date": v, "percent": vn.percent(v * 100 / total) if total else "—"}
            for q, v in cumulative
        ],  # fmt: skip
    }


def site_context(plan: Plan, national: CriteriaSet, period: Period | None, level: str) -> dict[str, Any]:
    s = status(plan, national, period, level)
    period = s.period
    states = item_states(plan, period)
    lead_of = {c.number: [u.name for u in plan.units if c.number in u.leads] for c in plan.components}
    items = [
        {
            "id": st.id,
            "component": st.component,
            "text": st.text,
            "status": st.status,
            "percent": st.percent,
            "result": st.result,
            "reason": st.reason,
            "reported_in": str(st.reported_in) if st.reported_in else None,
            "leads": lead_of.get(st.component, []),
        }
        | {"look": STATUS_LOOK[st.status]}
        for st in states
    ]
    by_id = {i["id"]: i for i in items}
    components = [
        {
            "number": c.number,
            "title": c.title,
            "items": c.items,
            "by_status": c.by_status,
            "segments": _stacked(c.by_status, c.items),
            "done_percent": vn.percent(100 * c.by_status.get("done", 0) / c.items) if c.items else "—",
            "leads": c.leads,
        }
        for c in s.components
    ]
    units = []
    for unit in plan.units:
        rows = []
        for comp in plan.components:
            role = "chủ trì" if comp.number in unit.leads else "phối hợp" if comp.number in unit.supports else None
            if role is None:
                continue
            rows.append(
                {
                    "number": comp.number,
                    "title": comp.title,
                    "role": role,
                    "items": [by_id[comp.item_id(it)] for it in comp.items],
                }
            )
        units.append({"id": unit.id, "number": unit.number, "name": unit.name, "components": rows})
    timelines = []
    for comp, item in plan.items():
        key = comp.item_id(item)
        entries = []
        for progress in plan.progress:
            if period is not None and not progress.period.ends_by(period):
                continue
            found = next(
                (v for k, v in progress.items.items() if (p := plan.item(k)) and p[0].item_id(p[1]) == key), None
            )
            if found is not None:
                entries.append(
                    {
                        "period": str(progress.period),
                        "status": found.status,
                        "look": STATUS_LOOK[found.status],
                        "percent": float(found.percent) if found.percent is not None else None,
                        "result": found.result,
                        "reason": found.reason,
                    }
                )
        if entries:
            timelines.append({"id": key, "text": item.text, "entries": entries})
    grids = {lv: evaluate(plan, national, lv, period) for lv in LEVELS}
    criteria = []
    for i, crit in enumerate(grids["ntm"].criteria):
        indicators = []
        for ind in crit.indicators:
            cells = []
            for lv in LEVELS:
                rep = grids[lv]
                same = [k for k in rep.criteria if k.id == crit.id]
                res = next((x for x in same[0].indicators if x.id == ind.id), None) if same else None
                if res is None:
                    cells.append({"level": lv, "look": VERDICT_LOOK["no-threshold"], "basis": "không áp dụng"})
                    continue
                basis = "chưa có ngưỡng được xác nhận"
                if res.threshold is not None and res.kind == "yes-no":
                    basis = "yêu cầu: đạt"
                elif res.threshold is not None:
                    basis = f"ngưỡng {vn.bound(res.direction, res.threshold, res.kind, res.unit)}"
                    if res.threshold is not None and res.threshold_source:
                        basis += f" ({res.threshold_source})"
                cells.append({"level": lv, "status": res.status, "look": VERDICT_LOOK[res.status], "basis": basis})
            indicators.append(
                {
                    "id": ind.id,
                    "name": ind.name,
                    "value": _value_text(ind.value),
                    "value_period": str(ind.value_period) if ind.value_period else None,
                    "cells": cells,
                }
            )
        criteria.append(
            {
                "id": crit.id,
                "name": crit.name,
                "cells": [
                    {"level": lv, "look": VERDICT_LOOK[grids[lv].criteria[i].status]}
                    if i < len(grids[lv].criteria)
                    else {"level": lv, "look": VERDICT_LOOK["no-threshold"]}
                    for lv in LEVELS
                ],
                "indicators": indicators,
            }
        )
    fund = s.funding
    return {
        "identity": {
            "commune": s.identity.commune,
            "district": s.identity.district,
            "province": s.identity.province,
            "number": s.identity.number,
            "title": s.identity.title,
            "date": s.identity.date,
            "years": f"{s.identity.start_year}–{s.identity.end_year}",
        },
        "period": str(period) if period else None,
        "period_label": period.label_vi if period else None,
        "periods": [str(p) for p in s.periods],
        "status_order": STATUS_ORDER,
        "status_look": STATUS_LOOK,
        "verdict_look": VERDICT_LOOK,
        "items_by_status": s.items_by_status,
        "items_total": len(states),
        "overall_segments": _stacked(s.items_by_status, len(states)),
        "milestones": [{"name": m.name, "year": m.year, "state": m.state} for m in s.milestones],
        "components": components,
        "items": items,
        "units": units,
        "timelines": timelines,
        "funding": {
            "total": fund.total,
            "planned": fund.planned,
            "mobilised": fund.mobilised,
            "to_date": fund.to_date,
            "percent_of_plan": vn.percent(fund.percent_of_plan) if fund.percent_of_plan is not None else "—",
            "sources": [
                {
                    "id": src.id,
                    "name": src.name,
                    "share": src.share,
                    "planned": src.planned,
                    "mobilised": src.mobilised,
                    "to_date": src.to_date,
                    "remaining": src.remaining,
                    "percent_of_plan": vn.percent(src.percent_of_plan) if src.percent_of_plan is not None else "—",
                    "bar": min(100.0, round(float(src.percent_of_plan or 0), 2)),
                }
                for src in fund.sources
            ],
        },
        "chart": _funding_chart(plan, period),
        "criteria_level": level,
        "criteria_summary": s.criteria.summary,
        "levels": [{"id": lv, "label": LEVEL_LABELS[lv], "summary": grids[lv].summary} for lv in LEVELS],
        "criteria": criteria,
        "conditions": [
            {
                "id": c.id,
                "text": c.text,
                "look": VERDICT_LOOK.get(c.status, VERDICT_LOOK["no-data"]),
                "detail": c.detail,
            }
            for c in grids["kieu-mau"].conditions
        ],
    }


ROLLUP_PAGE = ("rollup.html", "Các xã")


def render_site(
    plan: Plan,
    national: CriteriaSet,
    period: Period | None,
    level: str = "ntm",
    templates: Path | None = None,
    rollup: dict[str, Any] | None = None,
) -> Site:
    """The pages; ``rollup`` (the JSON of ``ntmplan rollup``) adds the workspace's page."""
    env = make_env(search_path(plan.root, templates), escape=_html_escape)
    context = site_context(plan, national, period, level)
    pages = PAGES + [ROLLUP_PAGE] if rollup is not None else PAGES
    if rollup is not None:
        context["rollup"] = rollup
        context["rollup_level"] = LEVEL_LABELS.get(str(rollup.get("level")), rollup.get("level"))
    files = {}
    for name, title in pages:
        html = render_template(env, f"site/{name}.j2", site=context, page=name, page_title=title, pages=pages)
        files[name] = html.encode("utf-8")
    return Site(files)
