"""A record into a large file edits the item's own lines (yamlio.splice) and writes exactly what
the round trip of the whole file writes; any file it cannot cut safely takes the whole round trip."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import pytest

from conftest import DATA

CASES = sorted(p for p in (DATA / "record-diffs").iterdir() if p.is_dir())
EXISTING = {
    "indent-4-spaces",
    "dash-at-column-0",
    "mixed-line-endings",
    "note-longer-than-4096",
    "comment-before-next-section",
    "clear-keeps-blank-line",
}
"""The cases that record into an item already in the file (the others add one: the whole round trip)."""

PLAIN = (
    "period: 2023-Q3\n"
    "items:\n"
    "  # đường trục xã\n"
    "  2.a:\n"
    "    status: in-progress\n"
    "    percent: 40\n"
    "    # ghi chú của cán bộ\n"
    "    note: Đang thi công   \n"
    "\n"
    "  2.b:\n"
    "    status: done\n"
    "# vốn\n"
    "funding:\n"
    "  ngan-sach-dia-phuong:\n"
    "    amount: 1.250.000.000\n"
)


def _record(cli, plan: Path, text: bytes, args: list[str], monkeypatch, *, whole: bool) -> tuple[int, bytes, bool]:
    """Record into a copy of ``plan`` whose 2023-Q3 file is ``text``: exit code, the file after,
    and whether the entry was cut out (``whole`` forbids it: the round trip of the whole file)."""
    from ntmplan import edits

    target = plan / "progress" / "2023-Q3.yaml"
    target.parent.mkdir(exist_ok=True)
    target.write_bytes(text)
    real = edits._splice
    taken: list[bool] = []

    def spy(*a, **k):
        if whole:
            return None
        taken.append(True)  # a refusal raised by the edit of the cut-out entry counts as taken
        found = real(*a, **k)
        taken[-1] = found is not None
        return found

    monkeypatch.setattr(edits, "_splice", spy)
    result = cli("--plan", str(plan), "record", *args)
    monkeypatch.setattr(edits, "_splice", real)
    return result.code, target.read_bytes(), any(taken)


def _both(cli, plan_copy: Path, tmp_path: Path, text: bytes, args: list[str], monkeypatch) -> bool:
    other = tmp_path / "other" / "plan"
    shutil.copytree(plan_copy, other)
    code, cut, spliced = _record(cli, plan_copy, text, args, monkeypatch, whole=False)
    code_whole, whole, _ = _record(cli, other, text, args, monkeypatch, whole=True)
    assert (code, cut) == (code_whole, whole)
    return spliced


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_golden_records_are_the_same_either_way(cli, plan_copy, tmp_path, monkeypatch, case: Path) -> None:
    args = shlex.split((case / "record.txt").read_text(encoding="utf-8"))
    text = (case / "before.yaml").read_bytes()
    spliced = _both(cli, plan_copy, tmp_path, text, args, monkeypatch)
    assert spliced == (case.name in EXISTING and args[0] == "progress")


@pytest.mark.parametrize(
    "args",
    [
        ["progress", "2.a", "-p", "2023-Q3", "--percent", "60"],
        ["progress", "2.a", "-p", "2023-Q3", "-s", "done", "--percent", "100"],
        ["progress", "2.a", "-p", "2023-Q3", "--clear", "note"],
        ["progress", "2.a", "-p", "2023-Q3", "--result", "Xong 2 km: nền, móng"],
        ["progress", "2.b", "-p", "2023-Q3", "--note", "Đã nghiệm thu"],
        ["progress", "2.A", "-p", "2023-Q3", "-s", "blocked", "--reason", "Chờ vốn"],
    ],
    ids=["percent", "status", "clear", "result-with-colon", "last-entry", "blocked"],
)
def test_an_entry_among_comments_and_blank_lines(cli, plan_copy, tmp_path, monkeypatch, args) -> None:
    assert _both(cli, plan_copy, tmp_path, PLAIN.encode(), args, monkeypatch)


def test_a_refusal_is_the_same_either_way(cli, plan_copy, tmp_path, monkeypatch) -> None:
    args = ["progress", "2.a", "-p", "2023-Q3", "-s", "done", "--percent", "40"]
    assert _both(cli, plan_copy, tmp_path, PLAIN.encode(), args, monkeypatch)
    assert (plan_copy / "progress" / "2023-Q3.yaml").read_bytes() == PLAIN.encode()


@pytest.mark.parametrize(
    "text",
    [
        PLAIN.replace("  2.a:\n    status: in-progress\n", "  2.a: &a\n    status: in-progress\n"),  # an anchor
        PLAIN.replace("  2.b:\n    status: done\n", "  2.b: *x\n").replace("  2.a:\n", "  2.a: &x\n"),  # an alias
        PLAIN.replace("  2.b:\n    status: done\n", "  2.b: {status: done}\n"),  # flow style beside it
        PLAIN + "items:\n  2.c:\n    status: done\n",  # the key twice
        PLAIN.replace("  2.b:\n", "  02.a:\n"),  # the item twice, spelled two ways
        PLAIN.replace("Đang thi công", "Cafe\u0301"),  # a warning inside the entry (NFC)
        "\ufeff" + PLAIN.replace("\n", "\r\n"),  # a BOM and CRLF: cut, and kept
        PLAIN.replace("  2.b:\n    status: done\n", "  2.b:\n    status: done\n    note: |\n      một\n\n      hai\n"),
        PLAIN.replace("    note: Đang thi công   \n", '    note: "Đang thi\n      công"\n'),  # in the entry itself
    ],
    ids=["anchor", "alias", "flow-sibling", "items-twice", "item-twice", "warning", "bom-crlf", "block", "quoted"],
)
def test_unusual_files_give_what_the_round_trip_gives(cli, plan_copy, tmp_path, monkeypatch, text: str) -> None:
    args = ["progress", "2.a", "-p", "2023-Q3", "--percent", "60"]
    _both(cli, plan_copy, tmp_path, text.encode("utf-8"), args, monkeypatch)


def test_find_entry_cuts_from_the_key_to_the_next_key() -> None:
    from ntmplan.yamlio.splice import find_entry

    entry = find_entry(PLAIN, "items", lambda key: key == "2.a")
    assert entry is not None and entry.key == "2.a"
    body = "  2.a:\n    status: in-progress\n    percent: 40\n    # ghi chú của cán bộ\n    note: Đang thi công   \n\n"
    assert entry.text == "items:\n" + body
    assert entry.replaced(entry.text) == PLAIN
    last = find_entry(PLAIN, "items", lambda key: key == "2.b")
    assert last is not None and last.text == "items:\n  2.b:\n    status: done\n# vốn\n"
    assert find_entry(PLAIN, "items", lambda key: key == "9.z") is None
    assert find_entry(PLAIN.replace("  2.b:\n", "  '2.b':\n"), "items", lambda key: key == "2.b") is not None


def test_a_piece_with_a_line_at_column_0_is_not_put_back() -> None:
    from ntmplan.yamlio.splice import find_entry

    entry = find_entry(PLAIN, "items", lambda key: key == "2.a")
    assert entry is not None
    assert entry.replaced("items:\n  2.a:\n    status: done\nfunding: {}\n") is None
    assert entry.replaced("items:\n  2.a:\n    status: done\n") is not None
