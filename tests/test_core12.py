"""core12 builds plain values from libyaml's nodes itself: ruamel's values, or it steps aside."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntmplan.yamlio import core12, fast_parse, read_yaml

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


@pytest.mark.parametrize("text", ["1: a\n1.0: b\n", "1: a\ntrue: b\n", "? [a]\n: b\n", "a: !!str 5\n", "<<: {a: 1}\n"])
def test_what_core12_does_not_build_it_leaves_to_ruamel(text: str) -> None:
    """A duplicate key (1 and 1.0 are one key), a key that is a list, a tag, a merge key."""
    with pytest.raises(core12.Unsupported):
        core12.load(text, 1000)


@pytest.mark.parametrize("text", ["note: Tre\u0302n\n", "Tre\u0302n: 1\n"])
def test_text_not_in_nfc_goes_to_the_careful_path(tmp_path: Path, text: str) -> None:
    with pytest.raises(core12.Refused):
        core12.load(text, 1000)
    assert fast_parse(tmp_path / "x.yaml", text.encode("utf-8")) is None  # the careful path warns where


def test_every_value_and_text_key_spends_the_budget() -> None:
    text = "a: [1, 2]\nb: c\n"  # the mapping, a, the list, 1, 2, b, c: seven
    assert core12.load(text, 7) == {"a": [1, 2], "b": "c"}
    with pytest.raises(core12.Refused):
        core12.load(text, 6)
