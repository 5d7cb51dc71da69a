"""Commands over many communes: ``rollup``, ``export`` and the roll-up report's plumbing."""

from __future__ import annotations

import datetime as dt
import os
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from ..errors import ExitCode, UsageError
from ..i18n import t, tr
from ..words import Level
from .base import app, out, parse_period, plan_dir, state
from .options import PlansOpt, WorkspaceOpt, level_option, period_option
from .output import echo

if TYPE_CHECKING:
    from ..many.workspace import Members
    from ..models.period import Period
    from ..queries.rollup import Rollup

NoCacheOpt = Annotated[
    bool, typer.Option("--no-cache", help="Read every plan cold (also NTMPLAN_NO_CACHE=1)", show_default=False)
]


class RollupFmt(str, Enum):
    text = "text"
    json = "json"
    csv = "csv"


def members(workspace: Path | None, plans: list[str] | None, use_cache: bool = True) -> Members:
    from ..many.workspace import load_members

    found = load_members(workspace, plans, use_cache=use_cache)
    for warning in found.warnings:
        echo(tr(f"ntmplan: warning: {warning}"), err=True)
    return found


class _Progress:
    """``đã đọc 120/3000 kế hoạch`` on a terminal's stderr; silent when piped or asked to be."""

    def __init__(self, quiet: bool) -> None:
        self.on = not quiet and sys.stderr.isatty()
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if self.on and (done % 25 == 0 or done == total):
            sys.stderr.write("\r" + t("rollup.progress", done=done, total=total))
            sys.stderr.flush()
            self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def build_rollup(
    found: Members, period: str | None, level: str, group_by: str | None, use_cache: bool, quiet: bool
) -> Rollup:
    """Read every member's summary (streamed) and make the roll-up as of ``period``."""
    from ..many.summaries import summaries
    from ..queries.rollup import rollup, row

    if group_by is not None and group_by not in found.group_keys:
        known = ", ".join(found.group_keys) or "none"
        raise UsageError(f"--group-by: no group '{group_by}' in the workspace (groups: {known})")
    wanted = parse_period(period) or _latest_quarter(found)
    if wanted is None:
        raise UsageError("no commune has recorded any progress yet; give --period")
    progress = _Progress(quiet)
    rows = []
    try:
        for index, member, summary in summaries(found.members, use_cache, progress):
            rows.append((index, row(member.id, member.groups, summary, wanted, level)))
    finally:
        progress.close()
    ordered = [r for _, r in sorted(rows, key=lambda pair: pair[0])]
    return rollup(ordered, wanted, level, group_by)


def _latest_quarter(found: Members) -> Period | None:
    """The latest quarter any commune has a progress file for (from the folders' names only)."""
    from ..loader import _QUARTER_FILE, PROGRESS_DIR
    from ..models.period import Period

    latest: Period | None = None
    for member in found.members:
        try:
            names = os.listdir(member.root / PROGRESS_DIR)
        except OSError:
            continue
        for name in names:
            m = _QUARTER_FILE.match(name)
            if m:
                quarter = Period.quarter(int(m[1]), int(m[2]))
                latest = quarter if latest is None or quarter > latest else latest
    return latest


def _sorted_filtered(result: Rollup, sort: list[str] | None, where: list[str] | None) -> Rollup:
    from ..queries.rollup import COLUMNS, Rollup, value_of

    columns = [*COLUMNS, *{k: None for r in result.rows for k in r.groups}]
    rows = list(result.rows)
    for cond in where or []:
        op = next((o for o in ("!=", ">=", "<=", "=", ">", "<", "~") if o in cond), None)
        if op is None:
            raise UsageError(f"--where: '{cond}' is not COLUMN=VALUE (also !=, >, >=, <, <=, ~ for 'contains')")
        column, wanted = (part.strip() for part in cond.split(op, 1))
        if column not in columns:
            raise UsageError(f"--where: no column '{column}'; columns: {', '.join(columns)}")
        rows = [r for r in rows if _matches(value_of(r, column), op, wanted)]
    for key in reversed(sort or []):
        descending = key.startswith("-")
        column = key.lstrip("-")
        if column not in columns:
            raise UsageError(f"--sort: no column '{column}'; columns: {', '.join(columns)}")
        present = [r for r in rows if value_of(r, column) is not None]
        absent = [r for r in rows if value_of(r, column) is None]
        present.sort(key=lambda r: _sort_key(value_of(r, column)), reverse=descending)
        rows = present + absent
    if not where:
        return Rollup(result.period, result.level, rows, result.total, result.group_by, result.groups)
    # totals and groups count what is shown
    from ..queries.rollup import rollup

    shown = rollup(rows, result.period, result.level, result.group_by)
    return Rollup(shown.period, shown.level, rows, shown.total, shown.group_by, shown.groups)


def _sort_key(value: Any) -> Any:
    import unicodedata

    if isinstance(value, str):
        return (1, unicodedata.normalize("NFD", value).casefold(), value)
    return (0, value, "")


def _matches(value: Any, op: str, wanted: str) -> bool:
    from fractions import Fraction

    if op == "~":
        return wanted.casefold() in _text(value).casefold()
    if isinstance(value, (int, Fraction)) and not isinstance(value, bool):
        try:
            number = Fraction(wanted.replace(",", "."))
        except ValueError:
            raise UsageError(f"--where: '{wanted}' is not a number") from None
        return _compare(Fraction(value), number, op)
    if op in ("=", "!="):
        return (_text(value).casefold() == wanted.casefold()) == (op == "=")
    return _compare(_text(value), wanted, op)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _compare(a: Any, b: Any, op: str) -> bool:
    result: bool = {
        "=": a == b,
        "!=": a != b,
        ">": a > b,
        ">=": a >= b,
        "<": a < b,
        "<=": a <= b,
    }[op]
    return result


def rollup_json(result: Rollup) -> dict[str, Any]:
    from ..reports.wording import rollup_sentences
    from .output import to_jsonable

    def row_json(r: Any) -> dict[str, Any]:
        data: dict[str, Any] = to_jsonable(r)
        data.pop("broken", None)
        return data

    def tally(t: Any) -> dict[str, Any]:
        data: dict[str, Any] = to_jsonable(t)
        data["sentences"] = rollup_sentences(t, result.level)
        return data

    return {
        "period": str(result.period),
        "level": result.level,
        "communes": [row_json(r) for r in result.rows],
        "total": tally(result.total),
        "group_by": result.group_by,
        "groups": {k: tally(v) for k, v in result.groups.items()},
        "failed": len(result.failed),
    }


def _percent(value: Any) -> str:
    """``12,5%`` (``12.5%`` in English): the roll-up's text view, in the chosen language's marks."""
    from ..i18n import figures

    return figures.percent(value)


def rollup_csv(result: Rollup) -> str:
    import csv
    import io

    from ..queries.rollup import COLUMNS

    groups = list({k: None for r in result.rows for k in r.groups})
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*COLUMNS, *groups])
    for r in result.rows:
        values = []
        for column in COLUMNS:
            value = getattr(r, column)
            if isinstance(value, list):
                value = ";".join(value)
            elif isinstance(value, bool):
                value = "true" if value else "false"
            elif column.endswith("_percent") and value is not None:
                value = f"{float(value):.2f}"
            values.append("" if value is None else value)
        writer.writerow([*values, *(r.groups.get(g, "") for g in groups)])
    return buffer.getvalue()


def _level_short(level: str) -> str:
    """``NTM nâng cao`` (a level's short name in the roll-up)."""
    return t(f"rollup.level.{level}")


def _tally_line(tally: Any) -> str:
    n = tally.communes
    counted = t("rollup.communes", count=n) + (t("rollup.broken", count=tally.broken) if tally.broken else "")
    levels = ", ".join(f"{_level_short(k)} {v}/{n}" for k, v in tally.recognised.items())
    parts = [counted, t("rollup.recognised", levels=levels)]
    parts.append(t("rollup.level_met", met=tally.level_met, total=n))
    parts.append(t("rollup.items", done=_percent(tally.done_percent), blocked=tally.items_blocked))
    parts.append(t("rollup.funds", percent=_percent(tally.mobilised_percent)))
    if tally.late:
        parts.append(t("rollup.late_count", count=tally.late))
    return " · ".join(parts)


_COLUMNS = (
    ("commune", "left"),
    ("recognised", "left"),
    ("met", "right"),
    ("not_met", "right"),
    ("not_assessed", "right"),
    ("done", "right"),
    ("blocked", "right"),
    ("funds", "right"),
    ("last", "left"),
)


def _column_widths(cells: list[list[str]], headings: list[str], width: int) -> list[int]:
    """The width of each roll-up column in ``width`` terminal columns (two spaces between columns).

    Every column but the first keeps its cells whole and at least its heading's longest word (a
    heading may take two lines); the first (the commune) gets what is left, up to its longest name;
    room still left lets headings stand on one line, from the left."""
    pairs = list(zip(cells, headings, strict=True))
    least = [max([len(c) for c in column] + [len(w) for w in heading.split()]) for column, heading in pairs]
    whole = [max([len(c) for c in column] + [len(heading)]) for column, heading in pairs]
    room = width - 2 * (len(headings) - 1)
    first = max(min(whole[0], room - sum(least[1:])), len(headings[0]), 6)  # a name may be cut, not the heading
    widths = [first, *least[1:]]
    spare = room - sum(widths)
    for i in range(1, len(widths)):
        grow = max(0, min(spare, whole[i] - widths[i]))
        widths[i] += grow
        spare -= grow
    return widths


def rollup_view(result: Rollup, width: int = 80) -> Any:
    """The roll-up table, one line per commune in ``width`` columns: every other column keeps its
    figures whole (a heading may take two lines) and the commune's name gets the rest, cut with an
    ellipsis when it is longer."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from ..i18n.figures import period_label
    from .views import clip

    period = period_label(result.period)
    late = t("rollup.late")
    shown = [r for r in result.rows if not r.broken]
    rows = [
        [
            r.commune,
            ", ".join(f"{_level_short(lv)} {year}" for lv, year in (x.split() for x in r.recognised)) or "—",
            str(r.criteria_met),
            str(r.criteria_not_met),
            str(r.criteria_not_assessed),
            _percent(r.done_percent),
            str(r.items_blocked),
            _percent(r.mobilised_percent),
            (r.last_period or "—") + (f" {late}" if r.late else ""),
        ]
        for r in shown
    ]
    headings = [t(f"rollup.col.{name}") for name, _ in _COLUMNS]
    widths = _column_widths(
        [list(column) for column in zip(*rows, strict=True)] or [[]] * len(headings), headings, width
    )
    table = Table(
        title=t("rollup.title", count=len(result.rows), period=period, level=_level_short(result.level)),
        title_justify="left",
        box=None,
        pad_edge=False,
    )
    for (_, justify), heading, fixed in zip(_COLUMNS, headings, widths, strict=True):
        table.add_column(heading, justify=justify, width=fixed)  # type: ignore[arg-type]
    for r, (commune, recognised, *figures, last) in zip(shown, rows, strict=True):
        table.add_row(
            clip(commune, widths[0]), Text(recognised), *figures, Text(last, style="yellow" if r.late else "")
        )
    parts: list[Any] = [table]
    for r in result.failed:
        parts.append(Text(t("rollup.failed", id=r.id, errors=r.errors, first=tr(r.first_diagnostic)), style="red"))
    parts.append(Text(t("rollup.total", line=_tally_line(result.total)), style="bold"))
    for name, tally in result.groups.items():
        parts.append(Text(f"{result.group_by} = {name}: " + _tally_line(tally)))
    return Group(*parts)


@app.command("rollup")
def rollup_cmd(
    ctx: typer.Context,
    period: Annotated[Optional[str], period_option("2025-Q2, 2025-H1, 2025 … [default: latest reported]")] = None,
    level: Annotated[Level, level_option("Criteria level: ntm, nang-cao or kieu-mau")] = Level.NTM,
    group_by: Annotated[
        Optional[str], typer.Option("--group-by", help="A group of the workspace, e.g. province")
    ] = None,
    sort: Annotated[
        Optional[list[str]], typer.Option("--sort", help="Sort by a column; -column for descending (repeatable)")
    ] = None,
    where: Annotated[
        Optional[list[str]],
        typer.Option("--where", help="Keep rows where COLUMN=VALUE (or !=, >, >=, <, <=, ~ contains; repeatable)"),
    ] = None,
    fmt: Annotated[RollupFmt, typer.Option("--format", help="text, json or csv")] = RollupFmt.text,
    workspace: WorkspaceOpt = None,
    plans: PlansOpt = None,
    no_cache: NoCacheOpt = False,
) -> None:
    """One row per commune of the workspace, then totals and counts by group."""
    from .output import json_text, terminal_safe

    found = members(workspace, plans, use_cache=not no_cache)
    result = build_rollup(
        found,
        period,
        level.value,
        group_by,
        use_cache=not no_cache,
        quiet=fmt is not RollupFmt.text,
    )
    shown = _sorted_filtered(result, sort, where)
    if fmt is RollupFmt.json:
        sys.stdout.write(json_text(rollup_json(shown)) + "\n")
    elif fmt is RollupFmt.csv:
        sys.stdout.write(terminal_safe(rollup_csv(shown)))
    else:
        out(ctx).print(rollup_view(shown, out(ctx).width))
    sys.stdout.flush()
    if result.failed:
        echo(
            tr(
                f"ntmplan: {len(result.failed)} of {len(result.rows)} plans do not check; "
                "the others are rolled up (run `ntmplan --plan DIR check` on each)"
            ),
            err=True,
        )
        raise typer.Exit(ExitCode.INVALID)


class ExportFmt(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


@app.command("export")
def export_cmd(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("-o", "--output", help="The folder to write the tables into")],
    fmt: Annotated[ExportFmt, typer.Option("--format", help="csv, jsonl or parquet")] = ExportFmt.csv,
    workspace: WorkspaceOpt = None,
    plans: PlansOpt = None,
) -> None:
    """Tidy tables of every plan of the workspace (or of the one plan) for DuckDB, Spark or a warehouse."""
    from ..many.export import export
    from ..many.workspace import Member, Members, find_workspace

    if workspace is None and not plans and (state(ctx).plan_dir is not None or find_workspace() is None):
        root = plan_dir(ctx)
        found = Members([Member(root.name, root)], None)
    else:
        found = members(workspace, plans)
    if output.exists() and not output.is_dir():
        raise UsageError(f"-o: '{output}' is a file; give a folder")
    progress = _Progress(quiet=False)
    try:
        result = export(found, output, fmt.value, progress)
    finally:
        progress.close()
    for member_id, first in result.failed:
        echo(tr(f"ntmplan: not exported: {member_id}: {first}"), err=True)
    tables = ", ".join(f"{table}: {n}" for table, n in result.rows.items())
    echo(t("rollup.exported", count=result.communes, output=f"{output}{os.sep}", tables=tables), err=True)
    if result.failed:
        raise typer.Exit(ExitCode.INVALID)


@dataclass(frozen=True)
class Scope:
    """Which plans a roll-up report covers, and how it counts them."""

    workspace: Path | None
    plans: list[str] | None
    group_by: str | None
    level: str


def report_rollup(
    ctx: typer.Context,
    period: str | None,
    fmt: str | None,
    output: Path | None,
    force: bool,
    templates: Path | None,
    date: dt.date | None,
    number: str | None,
    scope: Scope,
) -> None:
    """``report rollup PERIOD``: the administrative report of a workspace, or its annexes in Excel."""
    from ..reports.rollup import build_rollup_context, render_rollup
    from .output import terminal_safe
    from .report_files import DEFAULT_FOLDER, check_target, output_format, write_report

    to_stdout = output is not None and str(output) == "-"
    chosen = output_format(output, fmt)
    if to_stdout and chosen != "md":
        raise UsageError(f"-o -: a {chosen} file cannot be printed; give a file name")
    if templates is not None and not templates.is_dir():
        raise UsageError(f"--templates: '{templates}' is not a directory")
    found = members(scope.workspace, scope.plans)
    if output is not None and not to_stdout:  # refused before every plan is read (the default name needs the period)
        check_target(output, [member.root for member in found.members], force, default=False)
    result = build_rollup(found, period, scope.level, scope.group_by, use_cache=True, quiet=to_stdout)
    import datetime

    context = build_rollup_context(result, found.issuer, found.name, date or datetime.date.today(), number)
    content = render_rollup(context, chosen, templates)
    if to_stdout:
        sys.stdout.write(terminal_safe(content.decode("utf-8")))
    else:
        target = output or DEFAULT_FOLDER / f"bao-cao-tong-hop-{result.period}.{chosen}"
        roots = [member.root for member in found.members]
        replaced = write_report(target, content, {}, roots, force, default=output is None)
        note = f" ({t('replaced_file')})" if replaced else ""
        echo(f"{t('written', state(ctx).lang)}: {target}{note}", err=True)
    if result.failed:
        echo(
            tr(
                f"ntmplan: {len(result.failed)} of {len(result.rows)} plans do not check; "
                "the report covers the others and lists them"
            ),
            err=True,
        )
        raise typer.Exit(ExitCode.INVALID)
