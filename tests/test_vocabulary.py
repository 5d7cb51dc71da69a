"""Issue 9 point 4: one vocabulary for `record`, the filters and hand-edited YAML (ntmplan.words),
amounts and words without diacritics, sources by number, units by name, and "did you mean"."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from conftest import PLAN, Result
from ntmplan.loader import load_plan
from ntmplan.models import Plan
from ntmplan.models.amount import parse_amount
from ntmplan.models.progress import normalise_status
from ntmplan.words import RECORDABLE, ItemStatus, suggest


@cache
def _plan() -> Plan:
    plan, _ = load_plan(PLAN, use_cache=False)
    assert plan is not None
    return plan


STATUS_WORDS = [
    ("done", "done"),
    ("Done", "done"),
    ("hoàn thành", "done"),
    ("Hoàn thành", "done"),
    ("hoan thanh", "done"),
    ("HOAN THANH", "done"),
    ("xong", "done"),
    ("đã xong", "done"),
    ("in-progress", "in-progress"),
    ("in progress", "in-progress"),
    ("đang thực hiện", "in-progress"),
    ("dang thuc hien", "in-progress"),
    ("đang triển khai", "in-progress"),
    ("blocked", "blocked"),
    ("vướng mắc", "blocked"),
    ("vuong mac", "blocked"),
    ("not-started", "not-started"),
    ("chưa triển khai", "not-started"),
    ("chua trien khai", "not-started"),
    ("no-report", "no-report"),
    ("chưa báo cáo", "no-report"),
]


@pytest.mark.parametrize(("typed", "status"), STATUS_WORDS)
def test_status_words(typed: str, status: str) -> None:
    assert ItemStatus.read(typed) == status
    # hand-edited YAML and record read the same table (no-report is not something one records)
    assert normalise_status(typed) == (status if status != "no-report" else typed.strip())


@pytest.mark.parametrize("typed", ["finished", "hoàn", "", "done!"])
def test_not_a_status(typed: str) -> None:
    assert ItemStatus.read(typed) is None
    assert normalise_status(typed) not in [s.value for s in RECORDABLE]


SUGGESTIONS = [
    ("hoan thnah", "hoàn thành"),
    ("hoàn thàn", "hoàn thành"),
    ("vuong mc", "vướng mắc"),
    ("dang thuc hein", "đang thực hiện"),
    ("blokced", "blocked"),
    ("chua trien kai", "chưa triển khai"),
]


@pytest.mark.parametrize(("typed", "meant"), SUGGESTIONS)
def test_status_suggestions(typed: str, meant: str) -> None:
    assert ItemStatus.read(typed) is None
    assert ItemStatus.suggest(typed, RECORDABLE) == meant


@pytest.mark.parametrize("typed", ["xyz", "tiền", "12"])
def test_no_suggestion_for_what_is_far(typed: str) -> None:
    assert ItemStatus.suggest(typed) is None


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("2a", "2.a"), ("2 a", "2.a"), ("2-a", "2.a"), ("02a", "2.a"), ("2dd", "2.đ"), ("11đ", "11.đ"), ("2z", None)],
)
def test_item_id_suggestions(typed: str, meant: str | None) -> None:
    assert _plan().near_item(typed) == meant


@pytest.mark.parametrize(
    ("typed", "unit"),
    [("cong-an", "cong-an"), ("10", "cong-an"), ("Công an xã", "cong-an"), ("cong an xa", "cong-an"), ("x", None)],
)
def test_units_by_id_number_or_name(typed: str, unit: str | None) -> None:
    found = _plan().unit(typed)
    assert (found.id if found else None) == unit


@pytest.mark.parametrize(
    ("typed", "source"),
    [
        ("ngan-sach-dia-phuong", "ngan-sach-dia-phuong"),
        ("1", "ngan-sach-tw-tinh"),
        ("2", "ngan-sach-dia-phuong"),
        ("6", "dong-gop-nhan-dan"),
        ("7", None),
        ("0", None),
    ],
)
def test_sources_by_id_or_number(typed: str, source: str | None) -> None:
    found = _plan().source(typed)
    assert (found.id if found else None) == source


def test_sources_by_name_with_or_without_diacritics() -> None:
    plan = _plan()
    for source in plan.funding.sources:
        assert plan.source(source.name) == source
        assert plan.source(source.name.upper()) == source
    assert plan.near_source("ngan-sach-dia-phuon") == "ngan-sach-dia-phuong"


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("350 triệu", 350_000_000),
        ("350 trieu", 350_000_000),
        ("1,5 tỷ", 1_500_000_000),
        ("1,5 ty", 1_500_000_000),
        ("1,5 ti", 1_500_000_000),
        ("1 ty 250 trieu", 1_250_000_000),
        ("350 trieu dong", 350_000_000),
        ("20 nghin", 20_000),
        ("7 trd", 7_000_000),
    ],
)
def test_amounts_without_diacritics(typed: str, amount: int) -> None:
    assert parse_amount(typed) == amount


def test_suggest_compares_without_diacritics() -> None:
    assert suggest("percen", ["status", "percent", "result", "reason", "note"]) == "percent"
    assert suggest("cong an", ["cong-an", "Công an xã", "quan-su"]) in ("cong-an", "Công an xã")
    assert suggest("zzz", ["cong-an"]) is None


# --- on the command line -------------------------------------------------------------------


@pytest.mark.parametrize("word", ["vướng mắc", "vuong mac", "blocked", "Vướng mắc"])
def test_items_status_filter_takes_every_spelling(cli: Callable[..., Result], plan_copy: Path, word: str) -> None:
    p = str(plan_copy)
    assert (
        cli("--plan", p, "record", "progress", "2.a", "-p", "2023-Q3", "-s", "vướng", "--reason", "chờ vốn").code == 0
    )
    r = cli("--plan", p, "items", "--status", word, "--period", "2023-Q3", "--format", "json")
    assert r.code == 0, r.err
    assert [i["id"] for i in json.loads(r.out)["items"]] == ["2.a"]


def test_record_takes_words_and_the_file_keeps_ids(cli: Callable[..., Result], plan_copy: Path) -> None:
    p = str(plan_copy)
    assert cli("--plan", p, "record", "progress", "2.a", "-p", "2023-Q3", "-s", "xong").code == 0
    assert cli("--plan", p, "record", "progress", "2.b", "-p", "2023-Q3", "-s", "dang thuc hien").code == 0
    r = cli("--plan", p, "record", "funding", "2", "-p", "2023-Q3", "--amount", "1,5 ty")
    assert r.code == 0, r.err
    assert "ngan-sach-dia-phuong: 1.500.000.000" in r.err
    text = (plan_copy / "progress" / "2023-Q3.yaml").read_text(encoding="utf-8")
    assert "status: done" in text and "status: in-progress" in text
    assert "ngan-sach-dia-phuong:" in text and "1.500.000.000" in text


def test_hand_edited_yaml_status_words(cli: Callable[..., Result], plan_copy: Path) -> None:
    (plan_copy / "progress").mkdir(exist_ok=True)
    (plan_copy / "progress" / "2023-Q3.yaml").write_text(
        "period: 2023-Q3\nitems:\n  2.a:\n    status: hoan thanh\n  2.b:\n    status: Vướng mắc\n    reason: chờ\n",
        encoding="utf-8",
    )
    assert cli("--plan", str(plan_copy), "check").code == 0
    r = cli("--plan", str(plan_copy), "items", "--status", "done", "--period", "2023-Q3", "--format", "json")
    assert [i["id"] for i in json.loads(r.out)["items"]] == ["2.a"]


@pytest.mark.parametrize(
    ("yaml_item", "shown"),
    [
        ("    status: hoan thnah\n", "did you mean 'hoàn thành'?"),
        ("    status: done\n    percen: 100\n", "did you mean 'percent'?"),
    ],
)
def test_hand_edited_yaml_near_misses(cli: Callable[..., Result], plan_copy: Path, yaml_item: str, shown: str) -> None:
    (plan_copy / "progress").mkdir(exist_ok=True)
    (plan_copy / "progress" / "2023-Q3.yaml").write_text(
        f"period: 2023-Q3\nitems:\n  2.a:\n{yaml_item}", encoding="utf-8"
    )
    r = cli("--plan", str(plan_copy), "check")
    assert r.code == 1
    assert shown in r.err


@pytest.mark.parametrize(
    ("args", "code", "shown"),
    [
        (("record", "progress", "2a", "-p", "2023-Q3", "-s", "done"), 1, "did you mean '2.a'?"),
        (("record", "progress", "2.a", "-p", "2023-Q3", "-s", "hoan thnah"), 1, "did you mean 'hoàn thành'?"),
        (("record", "funding", "ngan-sach-dia-phuon", "-p", "2023-Q3", "--amount", "1"), 1, "did you mean"),
        (("items", "--status", "hoan thnah"), 2, "did you mean 'hoàn thành'?"),
        (("items", "--unit", "Cong an"), 2, "did you mean"),
        (("units", "cong-ann"), 2, "did you mean 'cong-an'?"),
    ],
)
def test_near_misses_get_a_suggestion(
    cli: Callable[..., Result], plan_copy: Path, args: tuple[str, ...], code: int, shown: str
) -> None:
    r = cli("--plan", str(plan_copy), *args)
    assert r.code == code, r.err
    assert shown in r.err


def test_units_by_name_on_the_command_line(cli: Callable[..., Result]) -> None:
    by_name = cli("--plan", str(PLAN), "items", "--unit", "Công an xã", "--format", "json")
    by_id = cli("--plan", str(PLAN), "items", "--unit", "cong-an", "--format", "json")
    assert by_name.code == 0 and json.loads(by_name.out) == json.loads(by_id.out)
    r = cli("--plan", str(PLAN), "units", "cong an xa")
    assert r.code == 0 and "Công an xã" in r.out


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize(
    ("command", "forms"),
    [
        (("record", "progress"), ["hoàn thành", "xong", "vướng mắc", "chưa triển khai", "đang thực hiện"]),
        (("items",), ["hoàn thành", "xong", "vướng mắc", "chưa báo cáo", "Công an xã"]),
        (("record", "funding"), ["1,25 ty", "350 trieu"]),
    ],
)
def test_help_lists_the_accepted_forms(
    cli: Callable[..., Result], command: tuple[str, ...], forms: list[str], lang: str
) -> None:
    r = cli("--lang", lang, *command, "--help")
    assert r.code == 0
    flat = " ".join(r.out.split())
    for form in forms:
        assert form in flat, f"{form!r} not in {command} --help ({lang})"


def test_readme_lists_every_status_word() -> None:
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| status | also accepted") :]
    for member in ItemStatus:
        row = next(line for line in table.splitlines() if line.startswith(f"| `{member.value}` |"))
        for spelling in (member.vi.lower(), *member.aliases):
            if spelling.lower() not in (member.value, member.en.lower()):
                assert spelling in row, f"{spelling!r} ({member.value}) is accepted but not in the README"
