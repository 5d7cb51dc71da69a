"""Records that never lose each other, never write through links or over read-only files, and
a cache that can neither run code nor stop a record (issue 8, points 3, 4, 5 for progress, 13)."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

ITEMS = ["1.a", "1.b", "2.a", "2.b", "2.c", "2.d", "2.đ", "3.a"]


def _record(repo: Path, item: str, cache: Path, user: list[str] | None = None) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NTMPLAN_CACHE_DIR": str(cache), "HOME": str(cache)}
    cmd = [sys.executable, "-m", "ntmplan", "--plan", str(repo / "plan"), "record", "progress", item]
    return subprocess.Popen(
        [*(user or []), *cmd, "-p", "2024-Q1", "-s", "done"],
        cwd=repo,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _all_recorded(repo: Path, procs: list[subprocess.Popen[bytes]]) -> None:
    codes = [p.wait(timeout=60) for p in procs]
    assert codes == [0] * len(procs), [p.stderr.read() for p in procs if p.stderr]
    text = (repo / "plan" / "progress" / "2024-Q1.yaml").read_text(encoding="utf-8")
    for item in ITEMS:
        assert f"  {item}:\n    status: done\n" in text


def test_parallel_records_with_different_cache_folders_lose_nothing(plan_copy: Path, tmp_path: Path) -> None:
    repo = plan_copy.parent
    procs = [_record(repo, item, tmp_path / f"cache-{n}") for n, item in enumerate(ITEMS)]
    _all_recorded(repo, procs)
    assert (plan_copy / ".ntmplan.lock").exists()
    assert ".ntmplan.lock" in (plan_copy / ".gitignore").read_text(encoding="utf-8").splitlines()


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("setpriv") is None,
    reason="needs root and setpriv to run records as another user",
)
def test_parallel_records_by_two_users_lose_nothing() -> None:
    """root and nobody record into one shared (world-writable) plan folder at once."""
    import tempfile

    tmp_path = Path(tempfile.mkdtemp(prefix="ntmplan-shared-"))  # pytest's own tmp folders are private to root
    try:
        _two_users(tmp_path)
    finally:
        shutil.rmtree(tmp_path)


def _two_users(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shutil.copytree(ROOT / "plan", shared / "plan")
    (shared / "plan" / "progress").mkdir()
    for path in [shared, *shared.rglob("*")]:
        path.chmod(0o777 if path.is_dir() else 0o666)
    tmp_path.chmod(0o755)
    nobody = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    procs = []
    for n, item in enumerate(ITEMS):
        cache = tmp_path / f"cache-{n}"
        cache.mkdir(mode=0o700)
        if n % 2:
            shutil.chown(cache, "nobody", "nogroup")
        procs.append(_record(shared, item, cache, nobody if n % 2 else None))
    _all_recorded(shared, procs)


def test_an_unusable_cache_folder_only_turns_the_cache_off(cli, plan_copy: Path, tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    for folder in (blocker / "cache", tmp_path / "missing" / "deeper", Path("/proc/no-such-folder")):
        monkeypatch.setenv("NTMPLAN_CACHE_DIR", str(folder))
        result = cli("--plan", str(plan_copy), "record", "progress", "2.a", "-p", "2023-Q3", "-s", "done")
        assert result.code == 0, result.err
        assert cli("--plan", str(plan_copy), "status").code == 0


def _stored(plan: Path) -> tuple[str, Path]:
    from ntmplan import cache
    from ntmplan.loader import discover, load_plan

    loaded, diags = load_plan(plan, use_cache=False)
    key = cache.fingerprint(plan, discover(plan))
    assert loaded is not None and key is not None
    cache.put(plan, key, (loaded, diags))
    return key, cache.cache_dir() / cache._entry_name(plan)


def _from_disk(plan: Path, key: str) -> object:
    """What the cache holds on disk (not what this process remembers of it)."""
    from ntmplan import cache

    cache._recent.clear()
    return cache.get(plan, key)


def test_a_cache_folder_others_can_write_is_not_trusted(plan_copy: Path, tmp_path: Path, monkeypatch) -> None:

    folder = tmp_path / "shared-cache"
    monkeypatch.setenv("NTMPLAN_CACHE_DIR", str(folder))
    key, entry = _stored(plan_copy)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700 and stat.S_IMODE(entry.stat().st_mode) == 0o600
    assert _from_disk(plan_copy, key) is not None
    folder.chmod(0o777)
    assert _from_disk(plan_copy, key) is None
    folder.chmod(0o700)
    entry.chmod(0o666)
    assert _from_disk(plan_copy, key) is None
    entry.chmod(0o600)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        shutil.chown(folder, "nobody")
        assert _from_disk(plan_copy, key) is None


def test_the_cache_is_never_read_or_written_through_a_link(plan_copy: Path, tmp_path: Path, monkeypatch) -> None:

    monkeypatch.setenv("NTMPLAN_CACHE_DIR", str(tmp_path / "cache"))
    key, entry = _stored(plan_copy)
    real = tmp_path / "elsewhere.json"
    entry.rename(real)
    entry.symlink_to(real)
    assert _from_disk(plan_copy, key) is None  # a link is not followed, even to a good entry
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    entry.unlink()
    entry.symlink_to(victim)
    _stored(plan_copy)
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not entry.is_symlink()


def test_the_key_is_checked_before_anything_is_decoded(plan_copy: Path, tmp_path: Path, monkeypatch) -> None:
    from ntmplan import cache

    monkeypatch.setenv("NTMPLAN_CACHE_DIR", str(tmp_path / "cache"))
    key, entry = _stored(plan_copy)
    monkeypatch.setattr(cache, "decode", lambda body: pytest.fail("decoded an entry of another key"))
    assert _from_disk(plan_copy, "0" * 64) is None


@pytest.mark.parametrize(
    "payload",
    [
        {"$data": "subprocess:Popen", "v": {"args": ["touch", "PWNED"]}},
        {"$model": "os:system", "v": {}, "set": []},
        {"$enum": "ntmplan.cache:os.system", "v": "touch PWNED"},
        {"$data": "ntmplan.cache:Path", "v": {}},
        {"$nope": 1},
    ],
)
def test_the_cache_builds_nothing_but_ntmplan_values(
    plan_copy: Path, tmp_path: Path, monkeypatch, payload: dict[str, object]
) -> None:
    from ntmplan import cache

    monkeypatch.setenv("NTMPLAN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    key, entry = _stored(plan_copy)
    entry.write_bytes(b"ntmplan-cache 2 " + key.encode() + b"\n" + json.dumps([payload]).encode())
    assert _from_disk(plan_copy, key) is None
    with pytest.raises(Exception):  # noqa: B017 - any refusal will do; building the object would not raise
        cache.decode(json.dumps(payload))
    assert not (tmp_path / "PWNED").exists()


def test_the_cache_is_fresh_after_a_record(cli, plan_copy: Path, monkeypatch) -> None:
    import ntmplan.loader as loader

    assert cli("--plan", str(plan_copy), "record", "progress", "2.a", "-p", "2023-Q3", "-s", "done").code == 0

    def no_parsing(*args, **kwargs):  # the next command must come from the cache
        raise AssertionError("the plan was parsed again after a record")

    monkeypatch.setattr(loader, "read_plan", no_parsing)
    result = cli("--plan", str(plan_copy), "items", "--status", "done", "--period", "2023-Q3")
    assert result.code == 0, result.err
    assert "2.a" in result.out


def test_the_cache_key_follows_the_code(tmp_path: Path) -> None:
    from ntmplan import cache

    package = tmp_path / "pkg"
    package.mkdir()
    source = package / "models.py"
    source.write_text("x = 1\n", encoding="utf-8")
    before = cache.identity_of(package)
    os.utime(source, ns=(source.stat().st_atime_ns, source.stat().st_mtime_ns + 1_000_000))
    assert cache.identity_of(package) != before


def test_a_read_only_progress_file_is_not_replaced(cli, plan_copy: Path) -> None:
    assert cli("--plan", str(plan_copy), "record", "progress", "2.a", "-p", "2023-Q3", "-s", "done").code == 0
    target = plan_copy / "progress" / "2023-Q3.yaml"
    before = target.read_bytes()
    target.chmod(0o444)
    result = cli("--plan", str(plan_copy), "record", "progress", "2.a", "-p", "2023-Q3", "-s", "blocked")
    assert result.code == 1
    assert "progress/2023-Q3.yaml is read-only; nothing was written" in result.err
    assert "make it writable (chmod u+w) to record into it" in result.err
    assert target.read_bytes() == before and stat.S_IMODE(target.stat().st_mode) == 0o444


def test_a_progress_file_that_is_a_link_is_not_written_through(cli, plan_copy: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text("period: 2023-Q3\n", encoding="utf-8")
    (plan_copy / "progress").mkdir()
    (plan_copy / "progress" / "2023-Q3.yaml").symlink_to(outside)
    result = cli("--plan", str(plan_copy), "record", "progress", "2.a", "-p", "2023-Q3", "-s", "done")
    assert result.code == 1
    assert outside.read_text(encoding="utf-8") == "period: 2023-Q3\n"


def test_a_lock_file_planted_as_a_link_is_refused(cli, plan_copy: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("keep", encoding="utf-8")
    (plan_copy / ".ntmplan.lock").symlink_to(victim)
    result = cli("--plan", str(plan_copy), "record", "progress", "2.a", "-p", "2023-Q3", "-s", "done")
    assert result.code == 1
    assert "cannot lock the plan" in result.err and ".ntmplan.lock" in result.err
    assert victim.read_text(encoding="utf-8") == "keep"


def test_temporary_files_of_a_killed_record_are_cleaned_up(cli, plan_copy: Path) -> None:
    progress = plan_copy / "progress"
    progress.mkdir()
    leftover = progress / ".2023-Q3.yaml.k1ll3d.tmp"
    leftover.write_text("half a fi", encoding="utf-8")
    assert cli("--plan", str(plan_copy), "record", "progress", "2.a", "-p", "2023-Q3", "-s", "done").code == 0
    assert sorted(p.name for p in progress.iterdir()) == ["2023-Q3.yaml"]
    assert cli("--plan", str(plan_copy), "check").code == 0


def test_an_alias_is_expanded_before_a_record_edits_it(cli, plan_copy: Path) -> None:
    progress = plan_copy / "progress"
    progress.mkdir()
    (progress / "2023-Q3.yaml").write_text(
        "period: 2023-Q3\nitems:\n  2.a: &s\n    status: in-progress\n    percent: 40\n  2.b: *s\n", encoding="utf-8"
    )
    assert (
        cli(
            "--plan", str(plan_copy), "record", "progress", "2.a", "-p", "2023-Q3", "-s", "done", "--percent", "100"
        ).code
        == 0
    )
    text = (progress / "2023-Q3.yaml").read_text(encoding="utf-8")
    assert text == (
        "period: 2023-Q3\nitems:\n  2.a:\n    status: done\n    percent: 100\n"
        "  2.b:\n    status: in-progress\n    percent: 40\n"
    )
    # and the other way round: editing the alias leaves the anchored node alone
    (progress / "2023-Q3.yaml").write_text(
        "period: 2023-Q3\nitems:\n  2.a: &s\n    status: in-progress\n  2.b: *s\n", encoding="utf-8"
    )
    assert (
        cli("--plan", str(plan_copy), "record", "progress", "2.b", "-p", "2023-Q3", "-s", "blocked", "--force").code
        == 0
    )
    result = cli("--plan", str(plan_copy), "items", "--period", "2023-Q3", "--format", "json")
    statuses = {i["id"]: i.get("status") for i in json.loads(result.out)["items"] if i["id"] in ("2.a", "2.b")}
    assert statuses == {"2.a": "in-progress", "2.b": "blocked"}


def test_the_lock_file_is_ignored_by_git(cli, plan_copy: Path) -> None:
    (plan_copy / ".gitignore").unlink()
    assert cli("--plan", str(plan_copy), "record", "progress", "2.a", "-p", "2023-Q3", "-s", "done").code == 0
    lines = (plan_copy / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert lines[1:] == [".ntmplan.lock", ".*.tmp"]
    (plan_copy / ".gitignore").write_text("*.docx", encoding="utf-8")  # the user's own, no final newline
    (plan_copy / ".ntmplan.lock").unlink()
    assert cli("--plan", str(plan_copy), "record", "progress", "2.b", "-p", "2023-Q3", "-s", "done").code == 0
    assert (plan_copy / ".gitignore").read_text(encoding="utf-8") == "*.docx\n.ntmplan.lock\n.*.tmp\n"


def test_a_record_checks_the_edited_file_against_the_cached_plan(cli, plan_copy: Path, monkeypatch) -> None:
    """With the plan cached, a record reads only the file it edits, and ends where a full read
    of every file would: the same plan, the same diagnostics."""
    import ntmplan.loader as loader
    from ntmplan import cache

    (plan_copy / "progress").mkdir()
    (plan_copy / "progress" / "2023-Q2.yaml").write_text(
        "period: 2023-Q2\nitems:\n  2.a:\n    status: in-progress\n    note: Cafe\u0301\n", encoding="utf-8"
    )  # a warning (TEXT001) in a file the record does not touch must stay
    assert cli("--plan", str(plan_copy), "status").code == 0  # caches the plan
    real_read = loader.read_plan
    monkeypatch.setattr(loader, "read_plan", lambda *a, **k: pytest.fail("every file was read again"))
    result = cli("--plan", str(plan_copy), "record", "progress", "2.b", "-p", "2023-Q3", "-s", "done")
    assert result.code == 0, result.err
    refused = cli(
        "--plan", str(plan_copy), "record", "progress", "2.c", "-p", "2023-Q3", "-s", "done", "--percent", "x"
    )
    assert refused.code == 1
    monkeypatch.setattr(loader, "read_plan", real_read)
    full_plan, full_diags, _ = loader.check_plan(plan_copy)
    key = cache.fingerprint(plan_copy, loader.discover(plan_copy))
    stored = _from_disk(plan_copy, key)
    assert stored is not None and full_plan is not None
    assert stored[0] == full_plan and stored[1] == full_diags
    assert [d.code for d in full_diags] == ["TEXT001"]
