"""Whatever a tired officer types, loading gives diagnostics, never an exception."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import PLAN
from ntmplan import load_plan

FILES = ["funding.yaml", "units.yaml", "objectives.yaml", "document.yaml"]
PROGRESS = (
    "period: 2023-Q3\nitems:\n  2.a:\n    status: in-progress\n    percent: 40\n    note: Đang thi công\n"
    "funding:\n  ngan-sach-dia-phuong:\n    amount: 1.250.000.000\nindicators:\n  '3.1':\n    value: 85\n"
)
SNIPPETS = [
    s.encode("utf-8")
    for s in [
        ":",
        "\t",
        "'",
        '"',
        "-",
        " ",
        "&a",
        "*a",
        "!!python/object:os.system",
        "{",
        "[",
        "]",
        "\n",
        "  ",
        "1.250",
        "~",
        "null",
        "2022-02-30",
        "e\u0302",
        "%",
        "#",
        "|",
        ">",
        "? ",
        "<<: *a",
        "\ufeff",
        # issue 8: line-like and control characters, conflicts, directives, deep nesting
        "\u2028",
        "\x85",
        "\x00",
        "\x1b[31m",
        "\n<<<<<<< HEAD\n",
        "%YAML 1.1\n---\n",
        "[" * 150,
        "- " * 150,
        "!!set {a}",
    ]
] + [b"\xff", b"\xc3", b"\r\n"]


@st.composite
def mutations(draw: st.DrawFn) -> tuple[str, bytes]:
    rel = draw(st.sampled_from([*FILES, "progress/2023-Q3.yaml"]))
    text = PROGRESS.encode() if rel.startswith("progress") else (PLAN / rel).read_bytes()
    for _ in range(draw(st.integers(1, 3))):
        pos = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:pos] + draw(st.sampled_from(SNIPPETS)) + text[pos:]
        else:
            text = text[:pos] + text[pos + draw(st.integers(1, 12)) :]
    return rel, text


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(mutations())
def test_mutated_plans_give_diagnostics_not_exceptions(case: tuple[str, bytes]) -> None:
    rel, data = case
    plan, diags = load_plan(PLAN, {rel: data}, use_cache=False)
    assert plan is not None or any(d.is_error for d in diags)
    for d in diags:
        assert d.location.whole_file or (d.location.line >= 1 and d.location.column >= 1)
