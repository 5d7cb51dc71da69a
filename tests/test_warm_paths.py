"""What a warm run reads and imports: the cache answers `check` without building the plan."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from probe import imported


def _with_warning(plan: Path) -> None:
    (plan / "progress").mkdir(exist_ok=True)
    (plan / "progress" / "2023-Q2.yaml").write_text(
        "period: 2023-Q2\nitems:\n  2.a:\n    status: in-progress\n    note: Cafe\u0301\n", encoding="utf-8"
    )  # a warning (TEXT001): the plan is cached with it


def test_check_from_the_cache_prints_the_stored_diagnostics(cli, plan_copy: Path, monkeypatch) -> None:
    import ntmplan.loader as loader
    from ntmplan import cache

    _with_warning(plan_copy)
    first = cli("--plan", str(plan_copy), "check")
    cache._recent.clear()  # what is on disk, not what this process remembers
    monkeypatch.setattr(loader, "check_plan", lambda *a, **k: (_ for _ in ()).throw(AssertionError("not cached")))
    second = cli("--plan", str(plan_copy), "check")
    assert (second.code, second.out, second.err) == (first.code, first.out, first.err)
    assert "TEXT001" in second.err and second.code == 0


def test_the_stored_diagnostics_are_those_of_a_full_check(plan_copy: Path) -> None:
    from ntmplan import cache, loader

    _with_warning(plan_copy)
    _, diags, _ = loader.check_plan(plan_copy)
    loader.load_plan(plan_copy)  # stores the plan and its diagnostics
    cache._recent.clear()
    assert loader.plan_diagnostics(plan_copy) == diags
    assert [d.code for d in diags] == ["TEXT001"]


def test_a_changed_file_is_checked_again(plan_copy: Path) -> None:
    from ntmplan import cache, loader

    loader.load_plan(plan_copy)
    cache._recent.clear()
    units = plan_copy / "units.yaml"
    units.write_text(units.read_text(encoding="utf-8") + "bogus: 1\n", encoding="utf-8")
    assert any(d.is_error for d in loader.plan_diagnostics(plan_copy))


def test_a_warm_check_builds_no_model_and_imports_no_parser(plan_copy: Path, tmp_path: Path) -> None:
    """Run as a user runs it (a fresh process), after a first run filled the cache."""
    env = {**os.environ, "NTMPLAN_CACHE_DIR": str(tmp_path / "cache")}
    cmd = [sys.executable, "-m", "ntmplan", "--plan", str(plan_copy), "check"]
    subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, check=True)
    done = imported(
        ["--plan", str(plan_copy), "check"], ("ntmplan.models.", "ruamel", "yaml", "ntmplan.checks", "rich"), env, ROOT
    )
    assert done.code == 0, done.err
    assert done.modules == ["ntmplan.models.period"]


def test_a_warning_is_located_without_the_round_trip_parser(plan_copy: Path, monkeypatch) -> None:
    """PROG002 (a warning) in a file read on the fast path: located from libyaml's nodes, at the
    place the round-trip parser gives."""
    import ntmplan.yamlio
    from ntmplan import loader
    from ntmplan.yamlio import locate

    (plan_copy / "progress").mkdir()
    (plan_copy / "progress" / "2023-Q3.yaml").write_text(
        "period: 2023-Q3\nitems:\n  2.a:\n    status: done\n  2.b:\n    status: blocked\n", encoding="utf-8"
    )
    real = ntmplan.yamlio.parse_yaml
    monkeypatch.setattr(ntmplan.yamlio, "parse_yaml", lambda *a, **k: pytest.fail("parsed with positions"))
    _, fast, _ = loader.check_plan(plan_copy)
    monkeypatch.setattr(ntmplan.yamlio, "parse_yaml", real)
    found = [(d.location.path.name, d.location.line, d.location.column) for d in fast if d.code == "PROG002"]
    path = plan_copy / "progress" / "2023-Q3.yaml"
    doc, _ = real(path, path.read_bytes())
    assert doc is not None
    assert found == [("2023-Q3.yaml", *locate(doc.tree, ("items", "2.b", "status")))] == [("2023-Q3.yaml", 6, 13)]


def _paths(data: object, prefix: tuple[object, ...] = ()):  # type: ignore[no-untyped-def]
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for n, value in enumerate(data):
            yield from _paths(value, (*prefix, n))


def test_libyaml_positions_are_the_round_trip_positions() -> None:
    """Every key path of the shipped plan and of the invalid cases, a missing key below each, the
    key or the value: the node locator answers as the round-trip locator does, or defers to it."""
    from ntmplan.yamlio import locate, parse_yaml
    from ntmplan.yamlio.locate import compose, locate_node

    compared = 0
    for path in sorted([*(ROOT / "plan").rglob("*.yaml"), *(ROOT / "tests/data/invalid").rglob("*.yaml")]):
        doc, _ = parse_yaml(path, path.read_bytes()) if path.is_file() else (None, [])
        if doc is None:
            continue
        nodes = compose(doc.text)
        for loc in _paths(doc.data):
            for query in (loc, (*loc, "missing")):
                for at_key in (False, True):
                    found = locate_node(nodes, query, at_key=at_key)
                    assert found in (None, locate(doc.tree, query, at_key=at_key)), (path, query, at_key)
                    compared += found is not None
    assert compared > 2000


def test_a_plan_from_the_cache_is_the_plan_built_by_pydantic(plan_copy: Path) -> None:
    """Decoding builds the models without model_construct: the same values, the same fields set,
    equal to the plan just checked, down to each item's progress."""
    from ntmplan import cache, loader

    _with_warning(plan_copy)
    plan, diags, read = loader.check_plan(plan_copy)
    assert plan is not None
    again = cache.decode(__import__("json").dumps(cache.encode((plan, diags, read))))
    assert again == (plan, diags, read)
    pairs = [(plan, again[0])]
    while pairs:
        a, b = pairs.pop()
        assert type(a) is type(b)
        if hasattr(a, "model_fields_set"):
            assert (a.model_fields_set, a.__pydantic_extra__, a.__pydantic_private__) == (
                b.model_fields_set,
                b.__pydantic_extra__,
                b.__pydantic_private__,
            )
            fields = type(a).model_fields
            assert [k for k in a.__dict__ if k in fields] == list(b.__dict__) == list(fields)  # and no index kept
            pairs += [(getattr(a, n), getattr(b, n)) for n in type(a).model_fields]
        elif isinstance(a, (list, tuple)):
            pairs += list(zip(a, b, strict=True))
        elif isinstance(a, dict):
            pairs += [(a[k], b[k]) for k in a]


def test_a_cold_check_of_plain_files_imports_no_round_trip_parser(plan_copy: Path, tmp_path: Path) -> None:
    env = {**os.environ, "NTMPLAN_NO_CACHE": "1"}
    done = imported(["--plan", str(plan_copy), "check"], ("ruamel", "yaml"), env, ROOT)
    assert done.code == 0, done.err
    assert {m.split(".")[0] for m in done.modules} == {"yaml"}  # PyYAML's C loader, not ruamel


def test_a_record_stores_the_other_quarters_as_they_were_read(cli, plan_copy: Path, monkeypatch) -> None:
    """Each quarter is a line of the cache entry; a record re-encodes only the quarter it changed
    (the others' lines are reused from the entry read), and the entry decodes to the checked plan."""
    from ntmplan import cache, loader

    (plan_copy / "progress").mkdir()
    for quarter in ("2023-Q2", "2023-Q3"):
        (plan_copy / "progress" / f"{quarter}.yaml").write_text(
            f"period: {quarter}\nitems:\n  2.a:\n    status: in-progress\n    percent: 10\n", encoding="utf-8"
        )
    assert cli("--plan", str(plan_copy), "status").code == 0
    entry = cache.cache_dir() / cache._entry_name(plan_copy)
    before = entry.read_bytes().split(b"\n")
    cache._recent.clear()
    real, encoded = cache.encode, []

    def counting(value: object) -> object:
        out = real(value)
        if isinstance(out, dict) and str(out.get("$model", "")).endswith(":Progress"):
            encoded.append(value)  # encoded in full (not a reference to its line)
        return out

    monkeypatch.setattr(cache, "encode", counting)
    assert cli("--plan", str(plan_copy), "record", "progress", "2.a", "-p", "2023-Q3", "--percent", "20").code == 0
    monkeypatch.setattr(cache, "encode", real)
    after = entry.read_bytes().split(b"\n")
    assert after[3] == before[3] and after[4] != before[4]  # lines: key, head, count, 2023-Q2, 2023-Q3, plan
    assert [str(p.period) for p in encoded] == ["2023-Q3"]  # type: ignore[attr-defined]
    cache._recent.clear()
    plan, diags, _ = loader.check_plan(plan_copy)
    assert cache.get(plan_copy, cache.fingerprint(plan_copy, loader.discover(plan_copy)))[:2] == (plan, diags)


def test_a_warm_status_is_the_status_and_builds_no_model(plan_copy: Path, tmp_path: Path) -> None:
    """``status`` keeps its answer beside the plan: run again on the same files (a fresh process,
    as a user runs it) it prints the same screen and the same warning without building the plan."""
    _with_warning(plan_copy)
    env = {**os.environ, "NTMPLAN_CACHE_DIR": str(tmp_path / "cache"), "COLUMNS": "80", "NO_COLOR": "1"}
    env.pop("NTMPLAN_NO_CACHE", None)
    cmd = [sys.executable, "-m", "ntmplan", "--plan", str(plan_copy), "status"]
    cold = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True)
    assert cold.returncode == 0 and "TEXT001" in cold.stderr and "2023" in cold.stdout, cold.stderr
    warm = imported(["--plan", str(plan_copy), "status"], ("pydantic", "ntmplan.models.", "yaml", "ruamel"), env, ROOT)
    assert (warm.code, warm.out.rstrip("\n"), warm.err) == (cold.returncode, cold.stdout.rstrip("\n"), cold.stderr)
    assert warm.modules == ["ntmplan.models.period"]


def test_a_kept_status_answers_only_the_same_question_of_the_same_files(cli, plan_copy: Path) -> None:
    from ntmplan import cache

    repo = plan_copy.parent
    assert cli("record", "progress", "2.a", "-p", "2023-Q2", "-s", "in-progress", cwd=repo).code == 0
    first = cli("status", "--format", "json", cwd=repo)
    cache._recent.clear()  # what is on disk, not what this process remembers
    assert cli("status", "--format", "json", cwd=repo).out == first.out
    other = cli("status", "--format", "json", "--period", "2023-Q1", cwd=repo)
    assert '"period": "2023-Q1"' in other.out and other.out != first.out
    assert cli("record", "progress", "2.a", "-p", "2023-Q2", "-s", "done", cwd=repo).code == 0
    cache._recent.clear()
    after = cli("status", "--format", "json", cwd=repo)
    assert '"done": 1' in after.out and '"done": 1' not in first.out
    bad = cli("status", "--period", "2031-Q1", cwd=repo)  # outside the plan's years: refused, never kept
    assert bad.code == 2
    cache._recent.clear()
    assert cli("status", "--period", "2031-Q1", cwd=repo).code == 2


def test_a_kept_status_is_worded_in_the_language_asked(cli, plan_copy: Path, monkeypatch) -> None:
    """The kept answer is data: its sentences are worded when shown, in the language of the run."""
    from ntmplan import cache

    repo = plan_copy.parent
    assert cli("record", "progress", "2.a", "-p", "2023-Q2", "-s", "blocked", "--reason", "Chờ vốn", cwd=repo).code == 0
    args = ("status", "--full", "--level", "kieu-mau")
    cli("--lang", "vi", *args, cwd=repo, vi_check=False)  # made and kept in Vietnamese
    cache._recent.clear()
    kept = cli("--lang", "en", *args, cwd=repo, vi_check=False)
    monkeypatch.setenv("NTMPLAN_NO_CACHE", "1")
    made = cli("--lang", "en", *args, cwd=repo, vi_check=False)
    assert kept.out == made.out and "conditions" in kept.out
