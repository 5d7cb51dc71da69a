"""Checks and queries on tiny plans written in the test itself (tests/inline_plan.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from inline_plan import DEFAULTS, component, diagnostics, load, write_plan
from ntmplan.errors import UsageError
from ntmplan.models.period import Period
from ntmplan.queries.items import select_items
from ntmplan.queries.progress import NO_REPORT


def test_the_default_inline_plan_checks_clean(tmp_path: Path) -> None:
    plan = load(write_plan(tmp_path))
    assert [c.item_id(i) for c, i in plan.items()] == ["1.a", "1.b", "2.a"]
    assert plan.funding.total == 10_000_000_000


def test_shares_that_do_not_make_100_are_located_at_sources(tmp_path: Path) -> None:
    funding = {**DEFAULTS["funding"], "sources": [{"id": "xa", "name": "Ngân sách xã", "share": 90}]}
    diags = diagnostics(write_plan(tmp_path, funding=funding))
    assert [(d.code, d.location.path.name, d.location.line) for d in diags] == [("FUND002", "funding.yaml", 3)]
    assert "90%" in diags[0].message


def test_a_schedule_off_the_total_and_outside_the_years(tmp_path: Path) -> None:
    funding = {**DEFAULTS["funding"], "schedule": {2021: 4_000_000_000, 2030: 5_000_000_000}}
    diags = diagnostics(write_plan(tmp_path, funding=funding))
    found = sorted((d.code, d.location.line) for d in diags)
    # safe_dump writes total, intro, sources: and two sources of 3 lines each, then schedule: at line 10
    assert found == [("FUND003", 10), ("PER001", 12)]
    assert "9.000.000.000" in next(d.message for d in diags if d.code == "FUND003")


def test_items_by_status_component_and_unit(tmp_path: Path) -> None:
    root = write_plan(
        tmp_path,
        components=[component(1, "Quy hoạch", "a", "b"), component(2, "Giao thông", "a", "b")],
        progress={
            "2023-Q2": {"items": {"1.a": {"status": "in-progress", "percent": 50}}},
            "2023-Q3": {"items": {"1.a": {"status": "done"}, "2.b": {"status": "in-progress", "percent": 40}}},
        },
    )
    plan = load(root)
    q2, q3 = Period.parse("2023-Q2"), Period.parse("2023-Q3")
    assert [(s.id, s.status) for s in select_items(plan, q2, status="in-progress")] == [("1.a", "in-progress")]
    assert [s.id for s in select_items(plan, q3, status="done")] == ["1.a"]
    assert [s.id for s in select_items(plan, q3, status=NO_REPORT)] == ["1.b", "2.a"]
    # dia-chinh leads component 2 only; van-hoa leads 1 and supports 2
    assert [s.id for s in select_items(plan, q3, unit="dia-chinh")] == ["2.a", "2.b"]
    assert [s.id for s in select_items(plan, q3, unit="van-hoa", component=2)] == ["2.a", "2.b"]
    with pytest.raises(UsageError, match="no component 3"):
        select_items(plan, q3, component=3)
