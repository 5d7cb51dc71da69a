"""The libyaml fast path gives the same values as the round-trip path, or steps aside."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import PLAN
from ntmplan.yamlio import fast_parse, read_yaml
from ntmplan.yamlio.read import SourceFloat

FILES = sorted(PLAN.rglob("*.yaml"))


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_fast_and_slow_paths_agree(path: Path) -> None:
    slow, diags = read_yaml(path)
    assert slow is not None and diags == []
    fast = fast_parse(path, path.read_bytes())
    if fast is not None:
        assert fast.data == slow.data


def test_the_big_files_take_the_fast_path() -> None:
    for name in ("components.yaml", "units.yaml", "document.yaml"):
        path = PLAN / name
        assert fast_parse(path, path.read_bytes()) is not None, name


@pytest.mark.parametrize(
    "text",
    [
        "a: !!str 5\n",  # a tag: refused, and located, on the slow path
        "a: &x [1]\nb: *x\n",  # anchors and aliases
        "note: Tre\u0302n\n",  # not NFC: the slow path warns where
        "a: 1\na: 2\n",  # a duplicate key
        "a: [1\n",  # a syntax error
        "- 1\n",  # not a mapping
        "",  # empty
    ],
)
def test_the_fast_path_steps_aside(tmp_path: Path, text: str) -> None:
    path = tmp_path / "x.yaml"
    assert fast_parse(path, text.encode("utf-8")) is None


@pytest.mark.parametrize("text", ["amount: 250.000\n", "a: 1.5\nb: [2.25, 1e3]\nc: {d: -0.5}\n"])
def test_a_float_keeps_its_written_text_on_the_fast_path(tmp_path: Path, text: str) -> None:
    path = tmp_path / "x.yaml"
    fast = fast_parse(path, text.encode("utf-8"))
    slow, _ = read_yaml_text(path, text)
    assert fast is not None and slow is not None and fast.data == slow.data
    assert _texts(fast.data) == _texts(slow.data) != []


def read_yaml_text(path: Path, text: str) -> tuple[object, object]:
    path.write_text(text, encoding="utf-8")
    return read_yaml(path)


def _texts(value: object) -> list[str]:
    """Every float's written text, in order."""
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return [value.source_text] if isinstance(value, SourceFloat) else []


def test_non_utf8_steps_aside(tmp_path: Path) -> None:
    assert fast_parse(tmp_path / "x.yaml", b"a: \xe9t\xe9\n") is None


def test_the_shipped_criteria_take_the_fast_path() -> None:
    from ntmplan.criteria_data import DATA

    fast = fast_parse(DATA, DATA.read_bytes())
    slow, _ = read_yaml(DATA)
    assert fast is not None and slow is not None and fast.data == slow.data


@pytest.mark.parametrize(
    "text",
    [
        "a: yes\n",  # YAML 1.2: text, not true
        "a: on\n",
        "a: 0755\n",
        "a: 1_000\n",
        "a: 0x1F\n",
        "a: 1:30\n",  # not sexagesimal
        "a: .inf\n",
        "a: ~\nb:\n",
        "a: +5\n",
        "a: -0.5\n",
        "a: 1e3\n",
        "a: '1.5'\n",
        "<<: {a: 1}\n",
        "a: 2023-Q3\n",
        "a: 60.000.000.000\n",
        "d: 2022-09-27\n",
        "%YAML 1.1\n---\na: yes\n",
    ],
)
def test_libyaml_core_12_values_are_ruamels(tmp_path: Path, text: str) -> None:
    """PyYAML's C loader (YAML 1.1 by default) gives exactly the round-trip parser's values, or steps aside."""
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    slow, _ = read_yaml(path)
    fast = fast_parse(path, text.encode("utf-8"))
    if fast is not None:
        assert slow is not None and repr(fast.data) == repr(slow.data)
