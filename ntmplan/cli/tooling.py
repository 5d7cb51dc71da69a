"""The plan repository's tooling: schema, init, history, diff, site (issue 14)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from ..errors import UsageError
from ..i18n import t, word
from ..words import CriterionState, ItemStatus, Level
from .base import app, load, out, parse_period, plan_dir, state
from .options import Fmt, FormatOpt, TemplatesOpt, level_option, period_option
from .output import echo

if TYPE_CHECKING:
    from rich.padding import Padding


@app.command()
def schema(
    ctx: typer.Context,
    output: Annotated[
        Optional[Path],
        typer.Option("-o", "--output", help="Directory for the schemas [default: the plan's schema/ folder]"),
    ] = None,
) -> None:
    """Write a JSON Schema for each kind of plan file, for editors (yaml-language-server)."""
    from ..schema import KINDS, SCHEMA_DIR, schema_text
    from .report_files import write_output

    target = output if output is not None else plan_dir(ctx) / SCHEMA_DIR
    if target.exists() and not target.is_dir():
        raise UsageError(f"-o: '{target}' is a file, not a directory")
    for kind in KINDS:
        path = target / f"{kind}.schema.json"
        write_output(path, schema_text(kind).encode("utf-8"))
    echo(f"{t('written', state(ctx).lang)}: {target}/ ({', '.join(f'{k}.schema.json' for k in KINDS)})", err=True)


@app.command()
def init(
    ctx: typer.Context,
    directory: Annotated[Path, typer.Argument(help="The new plan repository's folder (must not exist, or be empty)")],
    commune: Annotated[str, typer.Option("--commune", help="Name of the commune (xã), e.g. 'Tân Trường'")],
    province: Annotated[str, typer.Option("--province", help="Name of the province (tỉnh)")],
    years: Annotated[str, typer.Option("--years", help="The plan's years, e.g. 2026-2030")],
    district: Annotated[
        Optional[str], typer.Option("--district", help="Name of the district (huyện), if the plan names one")
    ] = None,
    git: Annotated[bool, typer.Option("--git", help="Also run git init in the new folder")] = False,
) -> None:
    """Make a new commune's plan: the plan files with blanks to fill in, a README, a .gitignore."""
    from ..init import create, new_plan

    made = create(directory, new_plan(commune, province, district, years), git=git)
    lang = state(ctx).lang
    echo(t("init.written", lang, directory=directory, count=len(made), git=", git init" if git else ""), err=True)
    echo(t("init.next", lang, directory=directory), err=True)


def _status(value: str, lang: str) -> str:
    """An item status or a criterion state by its name in ``lang``: ``đang thực hiện`` / ``in progress``."""
    kind = ItemStatus if value in ItemStatus._value2member_map_ else CriterionState
    return word(value, kind, lang).lower()


def _pct(value: float | None, lang: str) -> str:
    from ..i18n import figures

    return "" if value is None else figures.number(value, lang=lang) + "%"


@app.command()
def history(
    ctx: typer.Context,
    item: Annotated[str, typer.Argument(help="Item id: 2.a, 2.đ (or telex 2.dd)")],
    fmt: FormatOpt = Fmt.text,
) -> None:
    """One item's timeline across quarters, with the commit, author and date of each change."""
    from rich.markup import escape
    from rich.table import Table

    from ..gitsource import Repo
    from ..history import item_history
    from .output import print_json

    plan = load(ctx)
    repo = Repo.find(plan_dir(ctx))
    found = item_history(plan, item, repo, state(ctx).as_of)
    if found is None:
        raise UsageError(f"no item '{item}' in the plan (ids look like 2.a or 2.đ; see ntmplan items)")
    if fmt is Fmt.json:
        print_json(found)
        return
    lang = state(ctx).lang
    console = out(ctx)
    console.print(f"[bold]{escape(found.id)}[/bold] — {escape(found.text)}", markup=True)
    if not found.entries:
        console.print(t("history.none", lang))
        return
    table = Table(box=None, pad_edge=False)
    for label in (t("history.period", lang), t("state", lang), "%", t("history.said", lang)):
        table.add_column(label)
    if found.in_git:
        for label in ("Commit", t("history.author", lang), t("history.date", lang)):
            table.add_column(label)
    for e in found.entries:
        said = "; ".join(x for x in (e.result, e.reason, e.note) if x)
        row = [str(e.period), _status(e.status, lang), _pct(e.percent, lang), said]
        if found.in_git:
            if e.commit is not None:
                row += [e.commit.short, e.commit.author, e.commit.date.strftime("%d/%m/%Y")]
            else:
                row += [t("history.uncommitted", lang), "", ""]
        table.add_row(*row)
    console.print(table)


@app.command()
def diff(
    ctx: typer.Context,
    first: Annotated[
        Optional[str], typer.Argument(help="The earlier period [default: the second-last reported]")
    ] = None,
    second: Annotated[Optional[str], typer.Argument(help="The later period [default: the last reported]")] = None,
    level: Annotated[Level, level_option("Criteria level for the verdicts: ntm, nang-cao or kieu-mau")] = Level.NTM,
    fmt: FormatOpt = Fmt.text,
) -> None:
    """What changed between two periods: items done, blocked or reopened, money, indicators and verdicts."""
    import functools

    from rich.markup import escape

    from ..criteria_data import national_criteria
    from ..i18n import figures
    from ..queries.diff import default_periods, plan_diff
    from .output import print_json

    plan = load(ctx)
    defaults = default_periods(plan)
    p2 = parse_period(second, plan) if second else (defaults[1] if defaults else None)
    p1 = parse_period(first, plan) if first else (defaults[0] if defaults and not second else None)
    if p1 is None or p2 is None:
        if defaults is None:
            raise UsageError("no period reported yet: there is nothing to compare (record progress first)")
        raise UsageError("give both periods, e.g. ntmplan diff 2023-Q3 2023-Q4")
    if not p1 < p2:
        raise UsageError(f"the first period ({p1}) must come before the second ({p2})")
    d = plan_diff(plan, national_criteria(), p1, p2, level.value)
    if fmt is Fmt.json:
        print_json(d)
        return
    lang = state(ctx).lang
    console = out(ctx)
    console.print(f"[bold]{t('diff.title', lang, first=str(p1), second=str(p2))}[/bold]", markup=True)
    groups = [
        (t("diff.newly_done", lang), d.newly_done),
        (t("diff.newly_blocked", lang), d.newly_blocked),
        (t("diff.reopened", lang), d.reopened),
        (t("diff.other", lang), d.other_changes),
    ]
    for title, changes in groups:
        console.print(f"\n[bold]{title}: {len(changes)}[/bold]", markup=True)
        for c in changes:
            was = _status(c.before, lang) + (f" {_pct(c.percent_before, lang)}" if c.percent_before is not None else "")
            now = _status(c.after, lang) + (f" {_pct(c.percent_after, lang)}" if c.percent_after is not None else "")
            console.print(_entry(f"{c.id}  {was} → {now}  {c.text}"))
    console.print(f"\n[bold]{t('diff.money', lang)}[/bold]", markup=True)
    to_date = t("diff.to_date", lang)
    amount = functools.partial(figures.amount, lang=lang)
    for m in d.money:
        if m.mobilised_before or m.mobilised_after or m.to_date_after:
            console.print(
                _entry(
                    f"{m.name}: {p1} {amount(m.mobilised_before)}; {p2} {amount(m.mobilised_after)}; "
                    f"{to_date} {amount(m.to_date_after)} (+{amount(m.change_to_date)})"
                )
            )
    console.print(
        _entry(
            f"{t('diff.total', lang)}: {p1} {amount(d.mobilised_before)}; {p2} {amount(d.mobilised_after)}; "
            f"{to_date} {amount(d.to_date_after)}"
        )
    )
    console.print(f"\n[bold]{t('diff.indicators', lang)}: {len(d.indicators)}[/bold]", markup=True)
    for v in d.indicators:
        console.print(
            _entry(
                f"{v.id} {v.name}: {_value(v.value_before, lang)} → {_value(v.value_after, lang)} "
                f"({_status(v.status_before, lang)} → {_status(v.status_after, lang)})"
            )
        )
    criteria_title = f"{t('diff.criteria', lang)} ({word(level.value, Level, lang)}): {len(d.criteria)}"
    console.print(f"\n[bold]{escape(criteria_title)}[/bold]", markup=True)
    for v in d.criteria:
        console.print(_entry(f"{v.id}. {v.name}: {_status(v.status_before, lang)} → {_status(v.status_after, lang)}"))


def _entry(text: str) -> Padding:
    """One line of a list, indented by two, wrapped at the console's width under its own indent."""
    from rich.padding import Padding
    from rich.text import Text

    return Padding(Text(text), (0, 0, 0, 2))


def _value(value: object, lang: str) -> str:
    from decimal import Decimal

    from ..i18n import figures

    if value is None:
        return "—"
    if isinstance(value, bool):
        return "đạt" if value else "không đạt"
    if isinstance(value, Decimal):
        return figures.number(value, lang=lang)
    return str(value)


@app.command()
def site(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("-o", "--output", help="Folder for the pages [default: site/]")] = Path(
        "site"
    ),
    period: Annotated[Optional[str], period_option("As of this period [default: latest with data]")] = None,
    level: Annotated[Level, level_option("Criteria level of the overview: ntm, nang-cao or kieu-mau")] = Level.NTM,
    templates: TemplatesOpt = None,
    workspace: Annotated[
        Optional[Path],
        typer.Option(
            "--workspace",
            "-w",
            help="Add the communes' roll-up [default: ntmplan-workspace.yaml here or above, if any]",
        ),
    ] = None,
) -> None:
    """A static, offline HTML dashboard of the plan (overview, items, units, timelines, funding, criteria)."""
    from ..criteria_data import national_criteria
    from ..many.workspace import find_workspace
    from ..reports.site import render_site
    from .report_files import write_output

    plan = load(ctx)
    if output.exists() and not output.is_dir():
        raise UsageError(f"-o: '{output}' is a file, not a folder")
    wanted = parse_period(period, plan)
    rollup = None
    workspace = workspace or find_workspace()
    if workspace is not None:
        from .many import build_rollup, members, rollup_json

        found = members(workspace, None)
        rollup = rollup_json(build_rollup(found, period, level.value, None, use_cache=True, quiet=True))
        rollup["name"] = found.name
    built = render_site(plan, national_criteria(), wanted, level.value, templates, rollup)
    for name, data in built.files.items():
        write_output(output / name, data)
    echo(f"{t('written', state(ctx).lang)}: {output}/ ({', '.join(built.files)})", err=True)
