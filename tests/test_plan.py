"""The real plan: it checks clean, holds the whole of Kế hoạch 39, and round-trips."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import PLAN
from ntmplan import load_plan
from ntmplan.yamlio import dump_text, read_yaml

PLAN_FILES = sorted(PLAN.rglob("*.yaml"))


def test_plan_checks_clean() -> None:
    plan, diags = load_plan(PLAN)
    assert diags == []
    assert plan is not None


def test_plan_holds_the_structure_of_the_document() -> None:
    plan, _ = load_plan(PLAN)
    assert plan is not None
    assert plan.document.header.number == "39/KH-UBND"
    assert [c.number for c in plan.components] == list(range(1, 12))
    assert [len(c.items) for c in plan.components] == [2, 11, 8, 2, 2, 2, 7, 6, 5, 2, 5]
    assert len(plan.items()) == 52
    assert [plan.components[1].item_id(i) for i in plan.components[1].items][4] == "2.đ"
    assert len(plan.units) == 15
    assert len(plan.solutions) == 5
    assert len(plan.document.legal_bases) == 4
    assert plan.funding.total == 60_000_000_000
    assert [int(s.share) for s in plan.funding.sources] == [5, 30, 10, 35, 15, 5]
    assert plan.document.signer.name == "Đỗ Văn Quyên"


def test_structured_data_read_from_the_text() -> None:
    plan, _ = load_plan(PLAN)
    assert plan is not None
    cited = [c.number for b in plan.document.legal_bases for c in b.cites]
    assert "318/QĐ-TTg" in cited and "1290/KH-UBND" in cited and "18/NQ-HĐND" in cited
    milestones = {m.level: (m.year, m.state) for m in plan.objectives.milestones}
    assert milestones == {"ntm": (2017, "achieved"), "nang-cao": (2020, "achieved"), "kieu-mau": (2022, "target")}
    (income,) = plan.objectives.targets
    assert (income.value, income.unit, income.year) == (85, "triệu đồng/người/năm", 2025)
    lead = plan.unit("dia-chinh-nong-nghiep")
    assert lead is not None and lead.leads == [2, 3, 11]
    # every component has a unit that leads it
    led = {n for u in plan.units for n in u.leads}
    assert led == set(range(1, 12))


def test_page_break_splits_are_joined() -> None:
    plan, _ = load_plan(PLAN)
    assert plan is not None
    found = plan.item("3.d")
    assert found is not None and "trong đó, ưu tiên hỗ trợ" in found[1].text
    assert "thông minh" in plan.components[7].title and "NTM, tăng cường" in plan.components[7].title


@pytest.mark.parametrize("path", PLAN_FILES, ids=[p.name for p in PLAN_FILES])
def test_every_plan_file_round_trips_byte_identical(path: Path) -> None:
    doc, diags = read_yaml(path)
    assert doc is not None and diags == []
    assert dump_text(doc.tree, doc.newline).encode("utf-8") == path.read_bytes()


@pytest.mark.parametrize("path", PLAN_FILES, ids=[p.name for p in PLAN_FILES])
def test_every_plan_file_starts_with_a_comment(path: Path) -> None:
    assert path.read_text(encoding="utf-8").startswith("# ")


def test_bom_and_crlf_are_accepted_and_kept(plan_copy: Path) -> None:
    target = plan_copy / "funding.yaml"
    text = target.read_text(encoding="utf-8").replace("\n", "\r\n")
    target.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    plan, diags = load_plan(plan_copy)
    assert plan is not None and diags == []
    doc, _ = read_yaml(target)
    assert doc is not None and doc.bom and doc.newline == "\r\n"
    assert dump_text(doc.tree, doc.newline) == text


def test_amounts_may_be_written_as_people_write_them(plan_copy: Path) -> None:
    target = plan_copy / "funding.yaml"
    for written in ("60 tỷ", "60 tỷ đồng", "60000000000", "'60.000.000.000'"):
        text = target.read_text(encoding="utf-8")
        import re

        target.write_text(re.sub(r"(?m)^total: .*$", f"total: {written}", text), encoding="utf-8")
        plan, diags = load_plan(plan_copy)
        assert plan is not None, diags
        assert plan.funding.total == 60_000_000_000


def test_every_model_field_is_described() -> None:
    """Descriptions document the YAML and feed the hint of a missing key."""
    import importlib
    import inspect

    from pydantic import BaseModel

    missing = []
    for name in ("amount", "components", "criteria", "document", "funding", "plan", "progress", "units"):
        module = importlib.import_module(f"ntmplan.models.{name}")
        for cls in vars(module).values():
            if inspect.isclass(cls) and issubclass(cls, BaseModel) and cls.__module__ == module.__name__:
                missing += [f"{cls.__name__}.{f}" for f, info in cls.model_fields.items() if not info.description]
    assert missing == []
