"""A tiny valid plan built from Python data, for unit tests of checks and queries.

    root = write_plan(tmp_path, components=[component(1, "Quy hoạch", "a", "b")],
                      progress={"2023-Q3": {"items": {"1.a": {"status": "done"}}}})
    plan = load(root)                      # the Plan (the test fails on any error)
    diags = diagnostics(root)              # or every diagnostic of a plan meant to be wrong

Each file has a short default that checks clean; a keyword replaces one file's data
(``document=``, ``objectives=``, ``components=``, ``funding=``, ``solutions=``, ``units=``), and
``progress`` maps a period ("2023-Q3", "2023") to its file's data without the ``period`` line.
Tests written this way say in their own lines what the plan holds, so they do not depend on
the wording of the shipped Cẩm Đông plan. Every value goes through YAML as a user would write it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from ntmplan.errors import Diagnostic
from ntmplan.loader import load_plan
from ntmplan.models import Plan

START, END = 2021, 2025


def component(number: int, title: str, *letters: str) -> dict[str, Any]:
    """A component with one item per letter, each item's text naming it."""
    return {
        "number": number,
        "title": title,
        "items": [{"letter": letter, "text": f"Nội dung {number}.{letter}"} for letter in letters],
    }


def _document(start: int, end: int) -> dict[str, Any]:
    return {
        "issuer": {
            "lines": ["ỦY BAN NHÂN DÂN", "XÃ THỬ NGHIỆM"],
            "abbreviation": "UBND",
            "commune": "Xã Thử Nghiệm",
            "province": "Tỉnh Mẫu",
        },
        "header": {
            "kind": "KẾ HOẠCH",
            "number": "1/KH-UBND",
            "place": "Thử Nghiệm",
            "date": dt.date(start, 1, 5),
            "title": f"Xây dựng nông thôn mới giai đoạn {start} - {end}",
            "start_year": start,
            "end_year": end,
        },
        "legal_bases": [{"text": "Căn cứ Luật Tổ chức chính quyền địa phương"}],
        "preamble": "Ủy ban nhân dân xã ban hành Kế hoạch như sau:",
        "closing": "Trên đây là Kế hoạch của Ủy ban nhân dân xã.",
        "recipients": ["Lưu: VT."],
        "signer": {"authority": "TM. ỦY BAN NHÂN DÂN", "position": "CHỦ TỊCH", "name": "Nguyễn Văn A"},
    }


DEFAULTS: dict[str, Any] = {
    "objectives": {
        "purposes": ["Nâng cao đời sống"],
        "requirements": ["Đúng tiến độ"],
        "general": ["Đạt chuẩn nông thôn mới"],
        "specific": ["Đạt 19 tiêu chí"],
        "milestones": [],
        "targets": [],
    },
    "components": [component(1, "Quy hoạch", "a", "b"), component(2, "Giao thông", "a")],
    "funding": {
        "total": 10_000_000_000,
        "intro": "Dự kiến huy động khoảng 10 tỷ đồng",
        "sources": [
            {"id": "trung-uong", "name": "Ngân sách trung ương", "share": 60},
            {"id": "xa", "name": "Ngân sách xã", "share": 40},
        ],
    },
    "solutions": [{"title": "Tuyên truyền", "paragraphs": ["Tuyên truyền sâu rộng"]}],
    "units": [
        {
            "id": "van-hoa",
            "number": 1,
            "name": "Công chức Văn hóa - Xã hội",
            "duties": ["Tuyên truyền"],
            "leads": [1],
            "supports": [2],
        },
        {
            "id": "dia-chinh",
            "number": 2,
            "name": "Công chức Địa chính",
            "duties": ["Giao thông"],
            "leads": [2],
            "supports": [],
        },
    ],
}

_WRAPPED = {"components": "components", "solutions": "solutions", "units": "units"}
"""Files whose data is one list under a key of the file's own name."""


def _dump(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def write_plan(
    folder: Path,
    *,
    years: tuple[int, int] = (START, END),
    progress: dict[str, dict[str, Any]] | None = None,
    **files: Any,
) -> Path:
    """Write the plan into ``folder/plan`` and return that folder."""
    unknown = set(files) - {"document", *DEFAULTS}
    if unknown:
        raise TypeError(f"no plan file {sorted(unknown)}")
    root = folder / "plan"
    data = {"document": _document(*years), **DEFAULTS, **files}
    for name, value in data.items():
        _dump(root / f"{name}.yaml", {_WRAPPED[name]: value} if name in _WRAPPED else value)
    for period, body in (progress or {}).items():
        _dump(root / "progress" / f"{period}.yaml", {"period": period, **body})
    return root


def diagnostics(root: Path) -> list[Diagnostic]:
    """Every diagnostic of the plan in ``root`` (read without the cache)."""
    return load_plan(root, use_cache=False)[1]


def load(root: Path) -> Plan:
    """The plan in ``root``; the test fails with the diagnostics if it does not check clean."""
    plan, diags = load_plan(root, use_cache=False)
    assert plan is not None and not diags, [f"{d.code}: {d.message}" for d in diags]
    return plan
