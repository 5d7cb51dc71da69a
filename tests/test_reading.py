"""Reading plan folders: what no text and no folder can do to the numbers or to the run."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import PLAN
from ntmplan import load_plan
from ntmplan.models import Plan
from ntmplan.yamlio import parse_yaml

# Every character Python, libyaml or ruamel may take for the end of a line, bar \n itself.
LINE_LIKE = ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\r"]

# A progress file with text fields among numbers written every way (250.000 is a YAML float).
FIELDS = ["Đang thi công đoạn 2", "Chờ vốn tỉnh", "Hoàn thành, đã nghiệm thu"]
PROGRESS = (
    "period: 2023-Q3\n"
    "items:\n"
    "  2.a:\n    status: in-progress\n    percent: 40\n    note: {0}\n"
    "  2.b:\n    status: in-progress\n    percent: 10\n    note: '{1}'\n"
    '  3.a:\n    status: done\n    percent: 100\n    note: "{2}"\n'
    "funding:\n"
    "  ngan-sach-tw-tinh:\n    amount: 999.000.000\n"
    "  ngan-sach-dia-phuong:\n    amount: 250.000\n"
    "  von-long-ghep: 1,25 tỷ\n"
)


def numbers(plan: Plan) -> list[object]:
    progress = plan.progress[0]
    found: list[object] = [plan.funding.total, *(s.share for s in plan.funding.sources)]
    found += [(k, v.percent) for k, v in sorted(progress.items.items())]
    found += [(k, v.amount) for k, v in sorted(progress.funding.items())]
    return found


def _load(fields: list[str]) -> tuple[Plan | None, list]:
    text = PROGRESS.format(*fields)
    return load_plan(PLAN, {"progress/2023-Q3.yaml": text.encode("utf-8")}, use_cache=False)


BASELINE, _ = _load(FIELDS)


def test_the_baseline_reads_as_written() -> None:
    assert BASELINE is not None
    amounts = {k: v.amount for k, v in BASELINE.progress[0].funding.items()}
    assert amounts == {
        "ngan-sach-tw-tinh": Decimal(999_000_000),
        "ngan-sach-dia-phuong": Decimal(250_000),
        "von-long-ghep": Decimal(1_250_000_000),
    }


@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(
    field=st.integers(0, len(FIELDS) - 1),
    where=st.floats(0, 1),
    chars=st.lists(st.sampled_from(LINE_LIKE), min_size=1, max_size=3),
    slow=st.booleans(),
)
@example(field=0, where=0.5, chars=["\u2028", "\u2028"], slow=False)  # the reported case: 250.000 read as 999.000.000
@example(field=0, where=0.5, chars=["\x85"], slow=True)
def test_a_line_like_character_in_text_never_changes_a_number(
    field: int, where: float, chars: list[str], slow: bool
) -> None:
    assert BASELINE is not None
    fields = list(FIELDS)
    at = round(where * len(fields[field]))
    fields[field] = fields[field][:at] + "".join(chars) + fields[field][at:]
    if slow:  # text that is not NFC sends the file to the round-trip parser
        fields[(field + 1) % len(fields)] += " Tre\u0302n"
    plan, diags = _load(fields)
    if plan is None:  # refused — then with a located error, never silently
        assert any(d.is_error and d.location.line >= 1 for d in diags)
        return
    assert numbers(plan) == numbers(BASELINE)


def test_an_unreadable_progress_folder_is_a_diagnostic(plan_copy: Path, cli, monkeypatch: pytest.MonkeyPatch) -> None:
    (plan_copy / "progress").mkdir()
    real = Path.iterdir

    def iterdir(self: Path):  # permissions cannot stop root, who runs the suite in CI containers
        if self.name == "progress":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    result = cli("--plan", str(plan_copy), "check")
    assert result.code == 1
    assert "error[FILE002]: cannot read the folder progress/: Permission denied" in result.err
    assert "Traceback" not in result.err


def test_an_unreadable_plan_folder_is_a_diagnostic(plan_copy: Path, cli, monkeypatch: pytest.MonkeyPatch) -> None:
    real = Path.iterdir

    def iterdir(self: Path):
        if self == plan_copy:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    result = cli("--plan", str(plan_copy), "check")
    assert result.code == 1
    assert "error[FILE002]: cannot read the plan folder: Permission denied" in result.err


def test_a_plan_folder_whose_name_is_not_utf8(tmp_path: Path, cli) -> None:
    import os

    target = tmp_path / os.fsdecode(b"k\xe9-hoach")
    shutil.copytree(PLAN, target)
    (target / "progress").mkdir()
    (target / "progress" / os.fsdecode(b"2023-Q3\xff.yaml")).write_text("period: 2023-Q3\n", encoding="utf-8")
    result = cli("--plan", str(target), "check")
    assert result.code == 1
    assert "k\\xe9-hoach/progress/2023-Q3\\xff.yaml: error[PER002]" in result.err
    (target / "progress" / os.fsdecode(b"2023-Q3\xff.yaml")).unlink()
    for _ in range(2):  # cold, then from the cache (whose key hashes the path)
        assert cli("--plan", str(target), "status").code == 0
    result = cli(
        "--plan", str(target), "record", "progress", "2.a", "-p", "2023-Q3", "-s", "in-progress", "--percent", "10"
    )
    assert result.code == 0, result.err


def test_a_large_file_is_not_blamed_on_aliases(monkeypatch: pytest.MonkeyPatch) -> None:
    from ntmplan.yamlio import read

    monkeypatch.setattr(read, "MAX_NODES", 50)
    big = "values:\n" + "".join(f"  - {i}\n" for i in range(500))
    doc, diags = parse_yaml(Path("big.yaml"), big.encode())
    assert doc is not None and diags == []
    bomb = (
        "a: &a [1, 1, 1, 1, 1, 1, 1, 1]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b]\n"
    )
    doc, diags = parse_yaml(Path("bomb.yaml"), bomb.encode())
    assert doc is None and [d.code for d in diags] == ["YAML004"]
    assert "aliases (*name) expand the file" in diags[0].message


def test_a_link_inside_the_plan_folder_is_followed(plan_copy: Path, cli) -> None:
    (plan_copy / "nguon").mkdir()
    (plan_copy / "units.yaml").rename(plan_copy / "nguon" / "units.yaml")
    (plan_copy / "units.yaml").symlink_to("nguon/units.yaml")
    result = cli("--plan", str(plan_copy), "check")
    assert result.code == 0, result.err
