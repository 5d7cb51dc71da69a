"""Issue 8 point 10: plan text never drives the terminal. Escape sequences and other control
characters in plan data are shown written out (ESC as ``\\x1b``) wherever they reach the screen,
and Rich markup or emoji codes in plan text print as written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result
from ntmplan.cli.output import json_text, terminal_safe

# In YAML double quotes: ESC [31m (red), a C1 CSI (U+009B) clearing the screen, an OSC setting
# the window title, a right-to-left override, and Rich markup and an emoji code.
HOSTILE = '"\\e[31mCông an\\x9b2J xã \\e]0;pwn\\x07 \\u202e [red]hộ[/red] :smile:"'
RAW = ("\x1b", "\x9b", "\u202e")


def _hostile_plan(plan: Path) -> None:
    units = plan / "units.yaml"
    text = units.read_text(encoding="utf-8")
    units.write_text(text.replace("name: Công an xã", f"name: {HOSTILE}", 1), encoding="utf-8")
    comps = plan / "components.yaml"
    text = comps.read_text(encoding="utf-8")
    old = "text: Tiếp tục hoàn thiện và nâng cao hệ thống hạ tầng giao thông trên địa bàn xã."
    assert old in text
    comps.write_text(text.replace(old, f"text: {HOSTILE}", 1), encoding="utf-8")


def _shown_safely(r: Result) -> None:
    screen = r.out + r.err
    for char in RAW:
        assert char not in screen, f"{char!r} reached the terminal:\n{screen}"
    assert "\\x1b[31m" in screen.replace("\\[", "[")  # a Markdown report escapes the bracket its own way
    assert "\\x9b2J" in screen
    assert "\\u202e" in screen
    assert "[red]hộ[/red]" in screen.replace("\\[", "[").replace("\\]", "]")
    assert ":smile:" in screen


@pytest.mark.parametrize(
    "args",
    [
        ("units",),
        ("units", "cong-an"),
        ("items",),
        ("items", "--component", "2"),
        ("status",),
        ("report", "quarter", "2023-Q3", "-o", "-"),
    ],
)
def test_plan_text_reaches_the_screen_escaped(
    cli: Callable[..., Result], plan_copy: Path, args: tuple[str, ...]
) -> None:
    _hostile_plan(plan_copy)
    assert cli("--plan", str(plan_copy), "check").code == 0  # written with YAML escapes: a valid plan
    if args[0] in ("status", "report"):
        cli(
            "--plan",
            str(plan_copy),
            "record",
            "progress",
            "2.a",
            "--period",
            "2023-Q3",
            "--status",
            "blocked",
            "--reason",
            "chờ vốn",
        )
    r = cli("--plan", str(plan_copy), *args)
    assert r.code == 0, r.err
    _shown_safely(r)


def test_record_confirmation_and_refusal_are_escaped(cli: Callable[..., Result], plan_copy: Path) -> None:
    r = cli(
        "--plan",
        str(plan_copy),
        "record",
        "progress",
        "2.a",
        "--period",
        "2023-Q3",
        "--status",
        "in-progress",
        "--result",
        "\x1b[2J[red]xong[/red]",
    )
    assert r.code == 0, r.err
    assert "\x1b" not in r.out + r.err
    # the file holds what was typed; the screen shows it written out
    saved = (plan_copy / "progress" / "2023-Q3.yaml").read_text(encoding="utf-8")
    assert "\\e[2J" in saved or "\\x1B[2J" in saved or "\\x1b[2J" in saved
    r = cli("--plan", str(plan_copy), "history", "2.a")
    assert r.code == 0, r.err
    assert "\x1b" not in r.out and "\\x1b[2J[red]xong[/red]" in r.out


def test_check_excerpt_of_a_raw_escape_is_escaped(cli: Callable[..., Result], plan_copy: Path) -> None:
    units = plan_copy / "units.yaml"
    text = units.read_text(encoding="utf-8")
    units.write_text(text.replace("name: Công an xã", "name: \x1b[31mCông an xã", 1), encoding="utf-8")
    r = cli("--plan", str(plan_copy), "check")
    assert r.code == 1
    assert "\x1b" not in r.err
    lines = r.err.splitlines()
    excerpt = next(i for i, line in enumerate(lines) if "\\x1b[31mCông an xã" in line)
    caret = lines[excerpt + 1].index("^")
    assert lines[excerpt][caret:].startswith("\\x1b")  # the caret points at the escaped character
    r = cli("--plan", str(plan_copy), "check", "--format", "github")
    assert "\x1b" not in r.err


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain Việt text", "plain Việt text"),
        ("tab\tand\nnewline stay", "tab\tand\nnewline stay"),
        ("\x1b[31mred", "\\x1b[31mred"),
        ("\x9b2J", "\\x9b2J"),
        ("bell\x07 back\x08 cr\r del\x7f nul\x00", "bell\\x07 back\\x08 cr\\x0d del\\x7f nul\\x00"),
        ("\u202eabc\u2066", "\\u202eabc\\u2066"),
        ("line\u2028sep", "line\\u2028sep"),
        ("[red]x[/red]", "[red]x[/red]"),  # markup is the consoles' business, not an escape
    ],
)
def test_terminal_safe(text: str, shown: str) -> None:
    assert terminal_safe(text) == shown


def test_json_keeps_the_value_and_escapes_c1() -> None:
    import json

    value = {"name": "\x1b[31m\x9b2J\u202ehộ"}
    text = json_text(value)
    assert not any(c in text for c in RAW)
    assert json.loads(text) == value
