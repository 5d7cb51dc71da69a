"""Record's hints speak of fields; the CLI names the option (in either language)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntmplan import edits
from ntmplan.errors import RecordRefused
from ntmplan.loader import load_plan

CASES = [
    (
        ["progress", "2.a", "-p", "2023", "-s", "done"],
        "(e.g. --period 2023-Q3; a year or half-year",
        "(ví dụ --period 2023-Q3; năm hoặc 6 tháng",
    ),
    (["progress", "2.a", "-p", "2023-Q3", "--note", "x"], "give its --status", "hãy ghi cả --status"),
    (
        ["progress", "2.a", "-p", "2023-Q3", "-s", "done", "--percent", "50"],
        "(give a --percent that fits the status, or --clear percent)",
        "(ghi --percent phù hợp với tình trạng, hoặc --clear percent)",
    ),
    (
        ["progress", "2.a", "-p", "2023-Q3", "-s", "blocked"],
        '(give --reason "…" (printed in reports), or --force to record it without one)',
        '(ghi --reason "…", được in trong báo cáo, hoặc --force để ghi',
    ),
    (
        ["indicator", "3.1", "-p", "2023"],
        "give --value (the figure) or --status (đạt / chưa đạt), or both",
        "hãy ghi --value (số liệu) hoặc --status (đạt / chưa đạt), hoặc cả hai",
    ),
    (
        ["indicator", "3.1", "-p", "2023", "--value", "5", "--basis", "appraised"],
        "--basis and --source describe a verdict: give --status too",
        "--basis và --source mô tả một kết luận: hãy ghi cả --status",
    ),
]


@pytest.mark.parametrize(("args", "english", "vietnamese"), CASES)
def test_the_hint_names_the_option(cli, plan_copy: Path, args: list[str], english: str, vietnamese: str) -> None:
    for lang, expected in (("en", english), ("vi", vietnamese)):
        r = cli("--lang", lang, "--plan", str(plan_copy), "record", *args)
        assert r.code == 1
        assert expected in r.err, r.err


def test_the_library_names_fields_not_options(plan_copy: Path) -> None:
    plan = load_plan(plan_copy, use_cache=False)[0]
    assert plan is not None
    tries = [
        lambda: edits.record_progress(plan, "2.a", "2023", "done"),
        lambda: edits.record_progress(plan, "2.a", "2023-Q3", None, note="x"),
        lambda: edits.record_indicator(plan, "3.1", "2023"),
        lambda: edits.record_indicator(plan, "3.1", "2023", value="5", basis="appraised"),
    ]
    for attempt in tries:
        with pytest.raises(RecordRefused) as refused:
            attempt()
        text = str(refused.value)
        assert "--" not in text and "{" not in text, text
        assert refused.value.refers
        named = refused.value.worded(lambda ref: f"<{ref}>")
        assert all(f"<{ref}>" in named for ref in refused.value.refers), named


def test_the_status_ids_are_listed_as_typed_in_either_language(cli, plan_copy: Path) -> None:
    for lang in ("en", "vi"):
        r = cli("--lang", lang, "--plan", str(plan_copy), "record", "progress", "2.a", "-p", "2023-Q3", "-s", "xx")
        assert r.code == 1
        assert "not-started, in-progress, done, blocked (" in r.err, r.err  # ids, not their names


def test_a_count_is_recognised_only_as_digits() -> None:
    from ntmplan.i18n import tr

    assert tr("done, blocked", "vi") == "done, blocked"
    assert tr("blocked", "vi") == "vướng mắc"


def test_init_workspace_and_export_name_fields_the_cli_names_options(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from ntmplan.errors import UsageError
    from ntmplan.init import new_plan
    from ntmplan.many.export import export
    from ntmplan.many.workspace import Members, load_members

    with pytest.raises(UsageError) as empty:
        new_plan(" ", "Y", None, "2026-2030")
    assert (str(empty.value), empty.value.field) == ("the name is empty", "commune")
    with pytest.raises(UsageError) as nowhere:
        load_members(None, None, tmp_path)
    assert "--" not in str(nowhere.value) and nowhere.value.refers == ("workspace", "plans")
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if not installed
    with pytest.raises(UsageError) as parquet:
        export(Members([], None), tmp_path / "out", "parquet")
    assert str(parquet.value).startswith("format parquet needs pyarrow")

    r = cli("init", str(tmp_path / "x"), "--commune", "X", "--province", "a\tb", "--years", "2026-2030")
    assert r.code == 2 and "--province: the name contains a control character" in r.err, r.err
    r = cli("rollup", cwd=tmp_path)
    assert r.code == 2 and "pass --workspace FILE or --plans 'GLOB' (e.g. --plans 'communes/*')" in r.err, r.err
    r = cli("--lang", "vi", "rollup", cwd=tmp_path)
    assert "hãy dùng --workspace TỆP hoặc --plans 'MẪU'" in r.err, r.err
