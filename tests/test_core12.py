"""core12 builds plain values from libyaml's nodes itself: ruamel's values, or it steps aside."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ntmplan.loader import load_plan
from ntmplan.yamlio import core12, fast_parse, locate, read_yaml

pytestmark = pytest.mark.skipif(not core12.available(), reason="needs PyYAML with libyaml")


@pytest.mark.parametrize(
    "text",
    [
        "1: a\n2022-01-01: b\nfalse: c\n~: d\n1.5: e\n",  # keys that are not text keep their type
        "a: [1, {b: 2.50, c: [x, 'y', \"z\"]}]\n",
        "a: {b: null, c: Null, d: ~, e: TRUE, f: False}\n",
        "a: |\n  two\n  lines\n",
        "'': 1\n",
    ],
)
def test_values_and_their_types_are_the_round_trip_parsers(tmp_path: Path, text: str) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    slow, _ = read_yaml(path)
    fast = fast_parse(path, text.encode("utf-8"))
    assert fast is not None and slow is not None
    assert repr(fast.data) == repr(slow.data)


@pytest.mark.parametrize("text", ["? [a]\n: b\n", "a: !!str 5\n", "a: 0x1F\n"])
def test_what_core12_does_not_build_it_leaves_to_ruamel(text: str) -> None:
    """A key that is a list, a tag, a whole number not written plainly."""
    with pytest.raises(core12.Unsupported):
        core12.load(text, 1000)


@pytest.mark.parametrize(
    "text",
    [
        "note: Tre\u0302n\n",
        "Tre\u0302n: 1\n",
        "1: a\n1.0: b\n",  # one key to Python
        "a: yes\n<<:\n  a: yes\na: yes\n",  # beside a merge key, ruamel's safe loader misses the duplicate
    ],
)
def test_what_the_careful_path_reports_goes_to_it(tmp_path: Path, text: str) -> None:
    """Text not in NFC (a warning), a duplicate key (an error): the careful path says where."""
    with pytest.raises(core12.Refused):
        core12.load(text, 1000)
    assert fast_parse(tmp_path / "x.yaml", text.encode("utf-8")) is None  # the careful path warns where


def test_a_merge_key_is_read_on_the_careful_path(tmp_path: Path) -> None:
    """Which has no place for a key a merge brought in: the mapping's is given (it raised KeyError)."""
    text = "b: 2\n<<: {a: 1}\n"
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    assert fast_parse(path, text.encode("utf-8")) is None
    slow, diags = read_yaml(path)
    assert slow is not None and diags == [] and slow.data == {"b": 2, "a": 1}
    assert locate(slow.tree, ("a",)) == (1, 1)


def test_every_value_and_text_key_spends_the_budget() -> None:
    text = "a: [1, 2]\nb: c\n"  # the mapping, a, the list, 1, 2, b, c: seven
    assert core12.load(text, 7) == {"a": [1, 2], "b": "c"}
    with pytest.raises(core12.Refused):
        core12.load(text, 6)


KEYS = ["a", "b", "1", "'1'", "true", "~", "2022-01-01", "1.5", "Tre\u0302n", "'x y'", "<<", "="]
SCALARS = [
    *["yes", "on", "0755", "1_000", "0x1F", "0o17", "0b11", "1:30", ".inf", "-.inf", ".nan", "~", "", "+5"],
    *["-0.5", "1e3", "1.", ".5", "'1.5'", "2023-Q3", "60.000.000.000", "2022-09-27", "2022-02-30", "null", "True"],
    *["FALSE", "-0", "007", "x: y", "'it''s'", '"\\u00e9"', '"e\\u0301"', "Tre\u0302n", "[1, 2.50, b]", "{d: -0.5}"],
    *["!!str 5", "&x 1", "*x", "|\n  two\n  lines", "[a, [b, {c: 1}]]", "{1: a, '1': b}", "- 1"],
]


@given(
    st.lists(
        st.tuples(st.sampled_from(KEYS), st.sampled_from(SCALARS), st.booleans(), st.sampled_from(KEYS)),
        min_size=1,
        max_size=6,
    )
)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_whatever_the_fast_path_reads_the_careful_path_reads_alike(
    tmp_path: Path, lines: list[tuple[str, str, bool, str]]
) -> None:
    """A file the fast path reads has no diagnostic on the careful path, and the same values."""
    text = "".join(
        f"{key}:\n  {inner}: {value}\n" if nested else f"{key}: {value}\n" for key, value, nested, inner in lines
    )
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    fast = fast_parse(path, text.encode("utf-8"))
    if fast is None:
        return
    slow, diags = read_yaml(path)
    assert slow is not None and diags == []
    assert repr(fast.data) == repr(slow.data)


def test_a_merge_key_in_a_plan_file_is_checked_not_a_crash(plan_copy: Path) -> None:
    """It raised KeyError ("internal error") on the careful path; beside one, a duplicate key went
    unreported on the fast path (ruamel's safe loader kept the last value)."""
    doc = plan_copy / "document.yaml"
    text = doc.read_text(encoding="utf-8")
    doc.write_text(text + "<<: {zz_extra: 1}\n", encoding="utf-8")
    _, diags = load_plan(plan_copy, use_cache=False)
    assert [(d.code, d.message) for d in diags if d.is_error] == [("SCHEMA002", "unknown key 'zz_extra'")]
    doc.write_text(text + "<<: {zz: 1}\nissuer: {}\n", encoding="utf-8")
    _, diags = load_plan(plan_copy, use_cache=False)
    assert [d.code for d in diags if d.is_error] == ["YAML002"]
