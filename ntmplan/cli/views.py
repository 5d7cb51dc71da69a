"""Rich renderings of query results. User text is passed as ``Text`` so that it is never
read as Rich markup (a note saying ``[draft]`` stays ``[draft]``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from .. import vn
from ..i18n import condition_detail, criteria_assessment, criteria_summary, recognition_text, t, word
from ..i18n import figures as fig
from ..words import CriterionState, ItemStatus, Level, MilestoneState

if TYPE_CHECKING:  # the views of units, items and funding need no status query loaded
    from ..models import Plan
    from ..queries.funding import FundingReport
    from ..queries.progress import ItemState
    from ..queries.status import Identity, Status


def clip(text: str, width: int) -> Text:
    """One line of user text, cut with an ellipsis (tables stay one row per line): the criteria
    table's indicators, the roll-up's communes."""
    return Text(text if len(text) <= width else text[: width - 1].rstrip() + "…")


def _num(table: Table, header: str) -> None:
    table.add_column(header, justify="right", no_wrap=True)


def _heading(text: str) -> Text:
    return Text(text, style="bold underline")


def _pct(value: object, lang: str) -> str:
    """One decimal at most, none when it is zero: ``5%`` beside ``30%`` and ``3,7%`` (``3.7%`` in
    English), never ``5,0%``."""
    if value is None:
        return "—"
    text = fig.percent(value, lang=lang)  # type: ignore[arg-type]
    return text[:-3] + "%" if text.endswith((",0%", ".0%")) else text


def _identity_line(ident: Identity) -> Text:
    """``Kế hoạch 39/KH-UBND — xã Cẩm Đông, tỉnh Hải Dương`` (the district only where the plan names one)."""
    return Text.assemble(
        (f"{ident.kind.capitalize()} {ident.number}", "bold"),
        f" — xã {ident.commune}" + (f", huyện {ident.district}" if ident.district else "") + f", tỉnh {ident.province}",
    )


def status_full_view(s: Status, lang: str, width: int = 120) -> Group:
    """``status --full``: the plan's identity and its static tables beside the progress."""
    ident = s.identity
    parts: list[RenderableType] = []
    parts.append(_identity_line(ident))
    parts.append(Text(ident.title, style="italic"))
    parts.append(
        Text(
            f"{t('issued', lang)}: {vn.date_short(ident.date)}"
            f"  ·  {t('period_years', lang)}: {ident.start_year}–{ident.end_year}"
            f"  ·  {t('signer', lang)}: {ident.signer}"
        )
    )
    if s.period is None:
        parts.append(Text.assemble((f"{t('reporting_period', lang)}: ", "bold"), (t("no_period", lang), "yellow")))
    else:
        recorded = ", ".join(str(p) for p in s.periods)
        parts.append(
            Text.assemble(
                (f"{t('reporting_period', lang)}: ", "bold"),
                f"{s.period} ({fig.period_label(s.period, lang)})",
                f"  ·  {t('periods_recorded', lang)}: {recorded}",
            )
        )
    parts.append(Text(""))
    parts.append(_heading(t("objectives", lang)))
    for m in s.milestones:
        parts.append(Text(f"  • {m.name}: {word(m.state, MilestoneState, lang)} {m.year}"))
    for target in s.targets:
        latest = (
            f"{fig.number(target.latest, lang=lang)} ({target.latest_period})"
            if target.latest is not None
            else t("no_data", lang)
        )
        sign = "≥" if target.direction == ">=" else "≤"
        parts.append(
            Text(
                f"  • {target.name}: {sign} {fig.number(target.value, lang=lang)} {target.unit} "
                f"({target.year}) — {t('latest', lang)}: {latest}"
            )
        )
    parts.append(Text(""))
    parts.append(_components_table(s, lang, width))
    parts.append(Text(t("legend_status", lang), style="dim"))
    parts.append(_units_table(s, lang))
    parts.append(funding_table(s.funding, lang, compact=True))
    if s.period is not None:
        parts.append(_funding_line(s.funding, lang))
        level = word(s.criteria.level, Level, lang)
        parts.append(Text(f"{t('criteria', lang)} ({level}): {_criteria_summary(s.criteria, lang, capital=False)}"))
        parts.extend(_criteria_history(s.criteria, lang))
    if s.attention:
        parts.append(_heading(t("attention", lang)))
        for state in s.attention[:15]:
            parts.append(
                Text(
                    f"  {state.id:6} {word(state.status, ItemStatus, lang)}: {_shorten(state.text, 90)}"
                    + (f" — {state.reason or state.note}" if state.reason or state.note else "")
                )
            )
        if len(s.attention) > 15:
            parts.append(Text(f"  … +{len(s.attention) - 15}"))
    return Group(*parts)


_BAR = {"done": "█", "in-progress": "▓", "blocked": "✗", "not-started": "░", "no-report": "·"}
_COLOUR = {"done": "green", "in-progress": "yellow", "blocked": "red", "not-started": "", "no-report": "dim"}
_ORDER = ("done", "in-progress", "blocked", "not-started", "no-report")


def _bar(counts: dict[str, int], width: int) -> Text:
    """A bar of ``width`` cells, one glyph per status (colour repeats what the glyph says)."""
    total = sum(counts.values()) or 1
    cells: list[tuple[str, str]] = []
    used = 0
    for i, bucket in enumerate(_ORDER):
        n = counts.get(bucket, 0)
        size = width - used if i == len(_ORDER) - 1 else round(n * width / total)
        if n and not size:
            size = 1  # a status present is never invisible
        size = min(size, width - used)
        cells.append((_BAR[bucket] * size, _COLOUR[bucket]))
        used += size
    return Text.assemble(*cells)


def _shorten(text: str, width: int) -> str:
    """``text`` in ``width`` cells, cut at a word boundary and ended with "…" when it must be cut."""
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if " " in cut and not text[width - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–") + "…"


def _ids(states: list[ItemState], width: int) -> str:
    return _shorten(", ".join(s.id for s in states), width)


def _criteria_line(report, lang: str) -> str:  # type: ignore[no-untyped-def]
    """``Tiêu chí (Nông thôn mới nâng cao): đạt 1/19 tiêu chí, 18 chưa có ngưỡng`` (kiểu mẫu: its conditions)."""
    level = word(report.level, Level, lang)
    return f"{t('criteria_at', lang, level=level)}: {_criteria_summary(report, lang, capital=False)}"


def status_view(s: Status, lang: str, width: int = 80, budget: int = 40) -> Group:
    """One screen: progress with bars, money against plan and time, criteria, milestones, changes, attention."""
    width = max(60, min(width, 120))
    ident = s.identity
    lines: list[Text] = []
    lines.append(_identity_line(ident))
    if s.period is None:  # nothing recorded yet: the plan itself is what there is to show
        return status_full_view(s, lang, width)
    recorded = ", ".join(str(p) for p in s.periods)
    lines.append(
        Text.assemble((f"{t('reporting_period', lang)}: ", "bold"), f"{s.period} ({fig.period_label(s.period, lang)})")
    )
    if not s.recorded:
        lines.append(Text(t("period_empty", lang, period=str(s.period), recorded=recorded), style="bold yellow"))
    counts = s.items_by_status
    total_items = sum(counts.values())
    lines.append(
        Text.assemble((t("items_progress", lang, n=total_items), "bold"), " ", _bar(counts, min(40, width - 30)))
    )
    legend: list[str | tuple[str, str]] = []
    for bucket in _ORDER:
        legend += [(f"{_BAR[bucket]} {t('short-' + bucket, lang)} {counts[bucket]}", _COLOUR[bucket]), "  "]
    lines.append(Text.assemble("  ", *legend[:-1]))
    bar_w = 20
    name_w = width - 4 - bar_w - 2 - 6
    for c in s.components:
        done = c.by_status["done"]
        lines.append(
            Text.assemble(
                f"{c.number:>3} {_shorten(c.title, name_w):<{name_w}} ",
                _bar(c.by_status, bar_w),
                f" {done:>2}/{c.items:<2}",
            )
        )
    f = s.funding
    if f.recorded:
        lines += _hanging(
            f"{t('funding_line', lang)}: "
            + t(
                "funding_vs_time",
                lang,
                amount=fig.amount(f.to_date, lang),
                total=fig.amount(f.total, lang),
                pct=_pct(f.percent_of_plan, lang),
                time=_pct(s.time_elapsed * 100, lang) if s.time_elapsed is not None else "—",
            ),
            width,
        )
    else:
        lines += _hanging(f"{t('funding_line', lang)}: {t('no_money', lang)}", width)
    lines += _hanging(_criteria_line(s.criteria, lang), width)
    lines.append(Text(t("milestones", lang), style="bold"))
    for m in s.milestones:
        style = {"achieved": "green", "overdue": "red"}.get(m.state, "yellow")
        lines.append(
            Text.assemble(
                "  ", (f"{word(m.level, Level, lang)}: {word(m.state, MilestoneState, lang)} {m.year}", style)
            )
        )
    for target in s.targets:
        sign = "≥" if target.direction == ">=" else "≤"
        latest = (
            f"{fig.number(target.latest, lang=lang)} ({target.latest_period})"
            if target.latest is not None
            else t("no_data", lang)
        )
        gap = ""
        if target.latest is not None:
            short = target.value - target.latest if target.direction == ">=" else target.latest - target.value
            if short > 0:
                gap = f"; {t('gap', lang)} {fig.number(short, lang=lang)}"
        lines += _hanging(
            f"  {target.name}: {sign} {fig.number(target.value, lang=lang)} {target.unit} ({target.year}); "
            f"{t('latest', lang)}: {latest}{gap}",
            width,
        )
    if s.changes is not None:
        ch = s.changes
        parts: list[str] = []
        if ch.newly_done:
            parts.append(t("change_done", lang, ids=", ".join(c.id for c in ch.newly_done)))
        if ch.newly_blocked:
            parts.append(t("change_blocked", lang, ids=", ".join(c.id for c in ch.newly_blocked)))
        money = sum(m.change_to_date for m in ch.money)
        if money:
            parts.append(t("change_money", lang, amount=fig.amount(money, lang)))
        if ch.indicators:
            parts.append(t("change_values", lang, ids=", ".join(i.id for i in ch.indicators)))
        heading = t("changes", lang, period=str(s.previous))
        if parts:
            lines.append(Text(heading, style="bold"))
            for part in parts:
                lines += _hanging("  " + part, width)
        else:
            lines.append(Text(t("changes_none", lang, period=str(s.previous))))
    if s.period is not None and not s.blocked and not s.stale:  # said, not an empty heading
        lines.append(Text(t("attention_none", lang)))
        lines.append(Text(t("full_hint", lang), style="dim"))
        return Group(*lines)
    lines.append(Text(t("attention", lang), style="bold"))
    room = max(2, budget - _height(lines, width) - 3)
    for state in s.blocked[: room - 1]:
        head = f"  {state.id:5} {_BAR['blocked']} "
        reason = f" — {state.reason}" if state.reason else ""
        text = _shorten(state.text, max(20, width - len(head) - len(reason)))
        lines.append(Text.assemble(head, (text, "red"), _shorten(reason, width - len(head) - len(text))))
    if len(s.blocked) >= room:
        lines.append(Text("  " + t("attention_more", lang, n=len(s.blocked) - room + 1)))
    if s.stale:
        head = f"  {t('no_report_for', lang, n=2).capitalize()} ({len(s.stale)}): "
        lines.append(Text(head + _ids(s.stale, width - len(head))))
    lines.append(Text(t("full_hint", lang), style="dim"))
    return Group(*lines)


def _hanging(text: str, width: int) -> list[Text]:
    """A line of the screen wrapped at ``width`` between words, the lines after its first indented
    two more than it (Rich would go on at the margin, where the next entry starts)."""
    import textwrap

    lead = " " * (len(text) - len(text.lstrip(" ")))
    wrapped = textwrap.wrap(text, width, subsequent_indent=lead + "  ", break_long_words=False, break_on_hyphens=False)
    return [Text(line) for line in wrapped] or [Text(text)]


def _height(lines: list[Text], width: int) -> int:
    from rich.console import Console

    console = Console(width=width, no_color=True)
    return sum(len(line.wrap(console, width)) for line in lines)


def _status_columns(table: Table, lang: str) -> None:
    from ..queries.status import BUCKETS

    for bucket in BUCKETS:
        _num(table, t("short-" + bucket, lang))


def _components_table(s: Status, lang: str, width: int = 120) -> Table:
    from ..queries.status import BUCKETS

    table = Table(title=t("components", lang), title_justify="left", title_style="bold underline", box=box.SIMPLE_HEAD)
    _num(table, "#")
    table.add_column(t("component", lang))
    _num(table, t("items", lang))
    reported = s.period is not None
    if reported:
        _status_columns(table, lang)
    else:  # without progress there is room for the unit that leads each component
        table.add_column(t("lead", lang))
    for c in s.components:
        # a name in at most two lines of its column; the whole title is in `ntmplan items -c N`
        room = 2 * max(14, width - (64 if reported else 58)) - 6
        row: list[RenderableType] = [str(c.number), Text(_shorten(c.title, room)), str(c.items)]
        if reported:
            row += [str(c.by_status[b]) for b in BUCKETS]
        else:
            row.append(Text("; ".join(c.leads) or "—"))
        table.add_row(*row)
    total: list[RenderableType] = [Text(t("total", lang), style="bold"), "", str(sum(c.items for c in s.components))]
    total += [str(s.items_by_status[b]) for b in BUCKETS] if reported else [""]
    table.add_row(*total, style="bold")
    return table


def _units_table(s: Status, lang: str) -> Table:
    table = Table(title=t("units", lang), title_justify="left", title_style="bold underline", box=box.SIMPLE_HEAD)
    _num(table, "#")
    table.add_column(t("unit", lang))
    table.add_column(t("lead", lang))
    table.add_column(t("support", lang))
    _num(table, t("items", lang))
    if s.period is not None:
        _num(table, t("short-done", lang))
        _num(table, t("short-blocked", lang))
    for u in s.units:
        row: list[RenderableType] = [
            str(u.number),
            Text(u.name),
            ", ".join(map(str, u.leads)) or "—",
            ", ".join(map(str, u.supports)) or "—",
            str(u.items),
        ]
        if s.period is not None:
            row += [str(u.by_status["done"]), str(u.by_status["blocked"])]
        table.add_row(*row)
    return table


def funding_table(r: FundingReport, lang: str, compact: bool = False, width: int = 120) -> RenderableType:
    """Funding by source. Numbers never wrap; source names wrap at word boundaries. Below 100
    columns the "remaining" column (planned minus to date) is dropped; abbreviated headings
    get a one-line legend."""
    title = (
        t("funding", lang)
        + f" — {t('total', lang).lower()} {fig.amount(r.total, lang)} đồng ({fig.amount_short(r.total, lang)})"
    )
    if r.what_if:
        title = f"{t('what_if', lang)} {fig.amount(r.total, lang)} đồng"
    table = Table(title=title, title_justify="left", title_style="bold underline", box=box.SIMPLE_HEAD)
    table.add_column(t("source", lang), min_width=12, ratio=1)
    _num(table, t("share", lang))
    _num(table, t("planned", lang))
    if r.what_if:  # a split of another total: nothing was mobilised against it
        for line in r.sources:
            table.add_row(Text(line.name), _pct(line.share, lang), fig.amount(line.planned, lang))
        table.add_row(Text(t("total", lang), style="bold"), "100%", fig.amount(r.planned, lang), style="bold")
        return table
    show_period = r.period is not None and not compact
    remaining = not compact and width >= 100
    if show_period:
        _num(table, t("mobilised_period", lang))
    _num(table, t("mobilised_to_date", lang))
    _num(table, t("pct_plan", lang))
    if remaining:
        _num(table, t("remaining", lang))
    for line in r.sources:
        row: list[RenderableType] = [Text(line.name), _pct(line.share, lang), fig.amount(line.planned, lang)]
        if show_period:
            row.append(fig.amount(line.mobilised, lang))
        row += [fig.amount(line.to_date, lang), _pct(line.percent_of_plan, lang)]
        if remaining:
            row.append(fig.amount(line.remaining, lang))
        table.add_row(*row)
    total: list[RenderableType] = [Text(t("total", lang), style="bold"), "100%", fig.amount(r.planned, lang)]
    if show_period:
        total.append(fig.amount(r.mobilised, lang))
    total += [fig.amount(r.to_date, lang), _pct(r.percent_of_plan, lang)]
    if remaining:
        total.append(fig.amount(r.planned - r.to_date, lang))
    table.add_row(*total, style="bold")
    if compact:
        return table
    return Group(table, Text(t("legend_funding", lang), style="dim"))


def _funding_line(r: FundingReport, lang: str) -> Text:
    if not r.recorded:
        return Text(f"{t('funding_line', lang)}: {t('no_money', lang)}")
    shown = f"{fig.amount(r.to_date, lang)} / {fig.amount(r.total, lang)} đồng ({_pct(r.percent_of_plan, lang)})"
    return Text(f"{t('funding_line', lang)}: {shown}")


def items_table(states: list[ItemState], lang: str, with_status: bool) -> Table:
    table = Table(box=box.SIMPLE_HEAD)
    table.add_column("ID")
    table.add_column(t("item", lang), overflow="fold")
    if with_status:
        table.add_column(t("status", lang))
        table.add_column("%", justify="right")
    for s in states:
        row: list[RenderableType] = [s.id, Text(s.text)]
        if with_status:
            row += [word(s.status, ItemStatus, lang), _pct(s.percent, lang) if s.percent is not None else ""]
        table.add_row(*row)
    return table


def units_table(plan: Plan, lang: str) -> Table:
    table = Table(box=box.SIMPLE_HEAD)
    table.add_column("#", justify="right")
    table.add_column("ID")
    table.add_column(t("unit", lang), overflow="fold")
    table.add_column(t("lead", lang))
    table.add_column(t("support", lang))
    for u in plan.units:
        table.add_row(
            str(u.number),
            u.id,
            Text(u.name),
            ", ".join(map(str, u.leads)) or "—",
            ", ".join(map(str, u.supports)) or "—",
        )
    return table


def unit_view(plan: Plan, unit_id: str, lang: str) -> Group:
    unit = plan.unit(unit_id)
    assert unit is not None
    parts: list[RenderableType] = [Text(f"{unit.number}. {unit.name}", style="bold"), Text(f"id: {unit.id}")]
    for role in ("leads", "supports"):
        label = t("lead" if role == "leads" else "support", lang)
        numbers = getattr(unit, role)
        parts.append(Text(f"{label}: " + (", ".join(f"{n}" for n in numbers) or "—")))
        for n in numbers:
            comp = plan.component(n)
            if comp:
                parts.append(Padding(Text(f"{n}. {comp.title}"), (0, 0, 0, 4)))
    parts.append(_heading(t("duties", lang)))
    for duty in unit.duties:
        parts.append(Padding(Text(f"- {duty}"), (0, 0, 0, 2)))
    return Group(*parts)


def funding_by_year_table(total: int, rows: list[tuple[int, int | None, int]], lang: str) -> Table:
    table = Table(
        title=f"{t('funding', lang)} — {t('total', lang).lower()} {fig.amount(total, lang)} đồng",
        title_justify="left",
        title_style="bold underline",
    )
    _num(table, t("year", lang))
    _num(table, t("planned", lang))
    _num(table, t("mobilised", lang))
    for year, planned, got in rows:
        table.add_row(str(year), fig.amount(planned, lang) if planned is not None else "—", fig.amount(got, lang))
    table.add_row(
        Text(t("total", lang), style="bold"),
        fig.amount(total, lang),
        fig.amount(sum(r[2] for r in rows), lang),
        style="bold",
    )
    return table


def funding_by_component_table(rows: list[tuple[int, str, int]], lang: str) -> Table:
    table = Table(title=t("funding", lang), title_justify="left", title_style="bold underline")
    _num(table, "#")
    table.add_column(t("component", lang))
    _num(table, t("mobilised_to_date", lang))
    for number, title, got in rows:
        table.add_row(str(number), Text(title), fig.amount(got, lang))
    table.add_row("", Text(t("total", lang), style="bold"), fig.amount(sum(r[2] for r in rows), lang), style="bold")
    return table


_STATE_STYLE = {"met": "green", "not-met": "red", "no-data": "yellow", "no-threshold": "dim"}


def _value_text(value: object, unit: str | None, kind: str, lang: str) -> str:
    if value is None:
        return "—"
    return fig.measure(value, kind, unit, lang)  # type: ignore[arg-type]


def _threshold_text(threshold: object, direction: str | None, unit: str | None, kind: str, lang: str) -> str:
    if threshold is None:
        return "—"
    if kind == "yes-no":
        return "đạt"
    return fig.bound(direction, threshold, kind, unit, lang)  # type: ignore[arg-type]


def _recognition_text(r, lang: str) -> str:  # type: ignore[no-untyped-def]
    return recognition_text(r, lang)


def _assessment_text(report, lang: str) -> str:  # type: ignore[no-untyped-def]
    if lang == "vi":
        return str(report.assessment)
    if report.no_set is not None:
        from ..criteria_eval import no_set_text

        return no_set_text(report.period.year if report.period else "", lang)
    met = sum(c.status == "met" for c in report.criteria)
    not_met = sum(c.status == "not-met" for c in report.criteria)
    level = "nang-cao" if report.level == "kieu-mau" else report.level
    return criteria_assessment(report.set_years, level, met, not_met, len(report.criteria), lang)


def _criteria_history(report, lang: str) -> list[RenderableType]:  # type: ignore[no-untyped-def]
    """Recognitions as history, then the re-assessment under the set in force (or that none is shipped)."""
    lines: list[RenderableType] = [Text(f"  {_recognition_text(r, lang)}") for r in report.recognitions]
    if report.assessment:
        lines.append(Text(f"  {_assessment_text(report, lang)}", style="bold" if report.no_set is None else "italic"))
    return lines


def _basis_text(basis: str | None, lang: str) -> str:
    return f" ({t(basis, lang)})" if basis else ""


def _criteria_summary(report, lang: str, capital: bool = True) -> str:  # type: ignore[no-untyped-def]
    """``Đạt 1/19 tiêu chí, 18 chưa có ngưỡng`` in the chosen language, from the report's counts."""
    if report.no_set is not None or not (report.criteria or report.conditions):
        text = str(report.summary)
    else:
        total = len(report.conditions) if report.conditions else len(report.criteria)
        text = criteria_summary(report.counts, total, "conditions" if report.conditions else "criteria", lang)
    return text[:1].upper() + text[1:] if capital else text


def criteria_view(report, lang: str) -> Group:  # type: ignore[no-untyped-def]
    period = f"{report.period} ({fig.period_label(report.period, lang)})" if report.period else t("no_period", lang)
    parts: list[RenderableType] = [
        Text(t(f"criteria.title.{report.level}", lang), style="bold"),
        Text(f"{t('reporting_period', lang)}: {period}"),
    ]
    if report.level == "nang-cao":
        parts.append(Text(t("criteria.nang_cao_unconfirmed", lang), style="italic"))
    if report.conditions:
        table = Table(title=t("conditions", lang), title_justify="left", title_style="bold underline")
        table.add_column("")
        table.add_column(t("condition", lang))
        table.add_column(t("value", lang))
        table.add_column(t("status", lang), no_wrap=True)
        for c in report.conditions:
            table.add_row(
                c.id,
                Text(c.text),
                Text(condition_detail(c, lang)),
                Text(word(c.status, CriterionState, lang), style=_STATE_STYLE[c.status]),
            )
        parts.append(table)
    table = Table(title=t("criteria", lang), title_justify="left", title_style="bold underline", box=box.SIMPLE_HEAD)
    _num(table, "#")
    table.add_column(f"{t('criteria', lang)} / {t('indicator', lang)}")
    table.add_column(t("value", lang), justify="right")
    table.add_column(t("threshold", lang), justify="right")
    table.add_column(t("status", lang), no_wrap=True)
    for c in report.criteria:
        table.add_row(
            str(c.id),
            Text(c.name, style="bold"),
            "",
            "",
            Text(word(c.status, CriterionState, lang) + _basis_text(c.basis, lang), style=_STATE_STYLE[c.status]),
        )
        for i in c.indicators:
            value = _value_text(i.value, i.unit, i.kind, lang)
            if i.value_period is not None:
                value += f" ({i.value_period})"
            table.add_row(
                "",
                clip(f"  {i.id} {i.name}", 70),
                value,
                _threshold_text(i.threshold, i.direction, i.unit, i.kind, lang),
                Text(word(i.status, CriterionState, lang) + _basis_text(i.basis, lang), style=_STATE_STYLE[i.status]),
            )
    if report.criteria:
        parts.append(table)
    parts.append(Text(_criteria_summary(report, lang), style="bold"))
    parts.extend(_criteria_history(report, lang))
    return Group(*parts)
