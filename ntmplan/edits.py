"""Recording progress: edit the YAML tree → revalidate the whole plan in memory → atomic write.

An edit goes through the round-trip tree, so the file keeps its comments, key order, quoting
and layout, and its diff shows only the lines that changed. While one record runs it holds a
lock (two records at once cannot lose each other's change), and before replacing the file it
checks that nobody changed it on disk since it was read. A refused record changes no file.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ruamel.yaml.comments import CommentedMap

from . import cache, vn
from .criteria_data import national_criteria
from .errors import Diagnostic, PeriodKind, PeriodOutside, RecordRefused, SourceLocation
from .loader import PROGRESS_DIR, check_plan, discover, recheck
from .models import Plan
from .models.amount import AmountError, parse_amount
from .models.base import bounded, parse_decimal, parse_item_id
from .models.criteria import Indicator, basis_word
from .models.numbers import NumberError, parse_yes_no, read_number
from .models.period import Period, plan_period
from .models.progress import STATUS_NAMES, STATUSES, normalise_status, status_conflict
from .words import BASIS_NAMES, RECORDABLE, ItemStatus
from .yamlio import dump_text, expand_aliases, parse_yaml, write_atomic
from .yamlio.comments import edited_in_place
from .yamlio.write import TMP_SUFFIX

if TYPE_CHECKING:
    from .yamlio import YamlFile

LOCK_TIMEOUT = 30  # seconds to wait for another record to finish


@dataclass(frozen=True)
class Recorded:
    path: Path
    what: str
    created: bool


def _header(plan: Plan, period: Period) -> str:
    from .schema import modeline

    if period.kind != "Q":
        return (
            modeline(f"{PROGRESS_DIR}/{period}.yaml") + "\n"
            f"# Số liệu và đánh giá tiêu chí {period.label_vi} — Kế hoạch {plan.document.header.number}, "
            f"xã {plan.document.issuer.commune}.\n"
            "# Ghi bằng `ntmplan record indicator|criterion …` hoặc sửa trực tiếp rồi chạy `ntmplan check`.\n"
            "# indicators: giá trị chỉ tiêu của cả kỳ (thu nhập, tỷ lệ nghèo …)\n"
            "#   và/hoặc đánh giá chỉ tiêu (status: đạt | chưa đạt);\n"
            "# criteria: đánh giá từng tiêu chí (status, basis: self-assessed = tự đánh giá | appraised = thẩm định,\n"
            "# source: văn bản làm căn cứ). Tiến độ nội dung và vốn ghi theo quý (YYYY-Qn.yaml).\n"
            f"period: {period}\n"
        )
    return (
        modeline(f"{PROGRESS_DIR}/{period}.yaml") + "\n"
        f"# Tiến độ {period.label_vi} — Kế hoạch {plan.document.header.number}, xã {plan.document.issuer.commune}.\n"
        "# Ghi bằng `ntmplan record …` hoặc sửa trực tiếp rồi chạy `ntmplan check`.\n"
        "# items: nội dung cụ thể (status: not-started | in-progress | done | blocked; percent;\n"
        "#   result: kết quả, in trong báo cáo; reason: nguyên nhân vướng mắc, in trong báo cáo;\n"
        "#   note: ghi chú nội bộ, không in trong báo cáo);\n"
        "# funding: vốn huy động trong quý theo nguồn (đồng); indicators: giá trị chỉ tiêu;\n"
        "# direction: công tác chỉ đạo, điều hành; assessment: đánh giá chung; shortcomings: tồn tại, hạn chế;\n"
        "# next_tasks: nhiệm vụ trọng tâm kỳ tới; proposals: đề xuất, kiến nghị; lessons: bài học kinh nghiệm.\n"
        f"period: {period}\n"
    )


def _refuse(
    message: str,
    hint: str | None = None,
    path: Path | None = None,
    field: str | None = None,
    refers: tuple[str, ...] = (),
) -> RecordRefused:
    """A refusal; ``field`` names the value it is about (``percent``, ``status`` …), as given;
    ``refers`` the other values its text names as ``{status}`` (the CLI shows their options)."""
    diag = [Diagnostic(SourceLocation(path), "REC001", message, hint=hint)] if path else []
    refused = RecordRefused(message + (f" ({hint})" if hint and not path else ""), diag, field=field)
    refused.refers = refers
    return refused


def quarter_of(plan: Plan, text: str) -> Period:
    """The quarter a record goes into; anything else is refused."""
    return period_of(plan, text)


def period_of(plan: Plan, text: str, *, yearly: bool = False) -> Period:
    """The period a record goes into: a quarter, or where ``yearly`` also a half-year or a year.

    Text that is no period is a usage error (2), as everywhere; a period of another kind or
    outside the plan is a refusal (1)."""
    try:
        return plan_period(plan, text, "QHY" if yearly else "Q")
    except PeriodKind as exc:
        raise _refuse(
            f"items, funding and notes are recorded by quarter, not for {exc.period}",
            "e.g. {period} 2023-Q3; a year or half-year takes only indicator values and verdicts",
            field="period",
            refers=("period",),
        ) from None
    except PeriodOutside as exc:
        raise _refuse(str(exc), field="period") from None


def _mapping(parent: CommentedMap, key: str) -> CommentedMap:
    node = parent.get(key)
    if not isinstance(node, CommentedMap):
        node = CommentedMap()
        parent[key] = node
    return node


def _number(value: Decimal) -> Any:
    """A whole number as a YAML int; a decimal as people write it, with the comma (``72,5``)."""
    from ruamel.yaml.scalarstring import PlainScalarString

    return int(value) if value == value.to_integral_value() else PlainScalarString(vn.number(value.normalize()))


def _amount_text(value: int) -> Any:
    """Amounts are written as people read them: 1.250.000.000 (a plain YAML string)."""
    from ruamel.yaml.scalarstring import PlainScalarString

    return PlainScalarString(vn.amount(value)) if value >= 1_000_000 else value


def _text(value: str) -> str:
    return unicodedata.normalize("NFC", value).strip()


def _apply(
    root: Path,
    period: Period,
    edit: Callable[[CommentedMap], str],
    plan: Plan,
    entry: Callable[[str], bool] | None = None,
) -> Recorded:
    """Apply ``edit`` to the period's file under the record lock. ``entry`` says which key of
    ``items:`` the edit touches alone, when it touches one that is already there (see
    :func:`_splice`)."""
    from .plan_lock import LOCK_NAME, LockTimeout, plan_lock

    rel = f"{PROGRESS_DIR}/{period}.yaml"
    path = root / rel
    try:
        with plan_lock(root, LOCK_TIMEOUT):
            _clean_temporary_files(root / PROGRESS_DIR)
            return _apply_locked(root, rel, path, period, edit, plan, entry)
    except LockTimeout:
        raise _refuse("another ntmplan record is still writing this plan; try again in a moment") from None
    except OSError as exc:  # the lock file cannot be opened: a read-only folder, a link planted there
        raise _refuse(f"cannot lock the plan ({root / LOCK_NAME}): {exc.strerror}; nothing was changed") from None


def _original_text(raw: bytes, bom: bool) -> str:
    """The file's text with its line endings as they are (the parsed text has only \\n)."""
    return raw[3 if bom else 0 :].decode("utf-8")


def _clean_temporary_files(folder: Path) -> None:
    """Remove what a killed record left behind (only ever called under the record lock)."""
    try:
        leftovers = [p for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(TMP_SUFFIX)]
    except OSError:
        return
    for leftover in leftovers:
        try:
            if stat.S_ISREG(leftover.lstat().st_mode):
                leftover.unlink()
        except OSError:
            pass


def _apply_locked(
    root: Path,
    rel: str,
    path: Path,
    period: Period,
    edit: Callable[[CommentedMap], str],
    plan: Plan,
    entry: Callable[[str], bool] | None = None,
) -> Recorded:
    created = not os.path.lexists(path)
    if not created:
        info = path.lstat()
        if not stat.S_ISREG(info.st_mode):
            raise _refuse(f"{rel} is not a regular file (a link or a device); nothing was written", path=path)
        if not info.st_mode & 0o222:
            raise _refuse(
                f"{rel} is read-only; nothing was written", "make it writable (chmod u+w) to record into it", path
            )
    original = b"" if created else path.read_bytes()
    raw = _header(plan, period).encode("utf-8") if created else original
    spliced = _splice(path, raw, entry, edit) if entry is not None and not created else None
    if spliced is not None:
        text, what, bom, parsed = spliced
    else:
        doc, diags = parse_yaml(path, raw)
        if doc is None:
            raise RecordRefused(f"{rel} cannot be read; fix it first (ntmplan check)", diags)
        expand_aliases(doc.tree)
        what = edited_in_place(doc.tree, edit)
        text = dump_text(doc.tree, doc.newline, original=_original_text(raw, doc.bom))
        bom, parsed = doc.bom, None
    new_bytes = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    checked, found, read = _check_edit(root, rel, new_bytes, parsed)
    if checked is None:
        errors = [d for d in found if d.is_error]
        raise RecordRefused("the plan would not be valid after this record; nothing was written", errors, {path: text})
    now = b"" if not path.exists() else path.read_bytes()
    if now != original:
        raise _refuse(f"{rel} changed on disk while recording; nothing was written", "run the command again", path)
    try:
        write_atomic(path, text, bom=bom)
    except OSError as exc:
        raise _refuse(f"cannot write {rel}: {exc.strerror}; nothing was changed") from None
    if cache.enabled():  # the next command finds the plan it would read, already checked
        key = cache.fingerprint(root, discover(root))
        if key is not None:
            cache.put(root, key, (checked, found, read), head=found, parts=checked.progress)
    return Recorded(path, what, created)


def _splice(
    path: Path, raw: bytes, entry: Callable[[str], bool], edit: Callable[[CommentedMap], str]
) -> tuple[str, str, bool, tuple[YamlFile | None, list[Diagnostic]]] | None:
    """The edit made on the item's own lines only (``items:`` + the entry, parsed, edited and
    dumped as a small document, put back in place of those lines): what a record costs then
    grows with the entry, not with the file. The result is checked against the file as a whole:
    it must read as the file did with only that entry changed. None (the caller edits the whole
    file) when the file is not plain enough to cut (yamlio.splice), the entry has warnings, or
    the check fails. Returns the new text, the edit's description, the BOM and the new file parsed
    (which the recheck uses: the file is parsed once)."""
    from .yamlio import parse_bytes
    from .yamlio.splice import find_entry
    from .yamlio.write import layout_of

    bom = raw.startswith(b"\xef\xbb\xbf")
    try:
        text = _original_text(raw, bom)
    except UnicodeDecodeError:
        return None
    cut = find_entry(text, "items", entry)
    if cut is None:
        return None
    small, diags = parse_yaml(path, cut.text.encode("utf-8"))
    if small is None or diags:
        return None  # the whole file's round trip reports it as it always has
    what = edited_in_place(small.tree, edit)
    layout = layout_of(text.replace("\r\n", "\n"))
    newline = "\r\n" if "\r\n" in text else "\n"
    piece_text = dump_text(small.tree, newline, original=cut.text, layout=layout)
    new_text = cut.replaced(piece_text)
    if new_text is None:
        return None
    new_bytes = (b"\xef\xbb\xbf" if bom else b"") + new_text.encode("utf-8")
    after = parse_bytes(path, new_bytes)
    piece, _ = parse_bytes(path, piece_text.encode("utf-8"))
    if after[0] is None or piece is None:
        return None
    items, new_entry = after[0].data.get("items"), piece.data.get("items")
    if not isinstance(items, dict) or not isinstance(new_entry, dict) or len(new_entry) != 1:
        return None
    # The lines outside the entry are the file's own, in the same place of the same mapping: the
    # file reads as before but for the entry when the mapping still has the keys the cut was made
    # between, in order, and the entry reads as the edited small document does.
    ((key, value),) = new_entry.items()
    if [str(k) for k in items] != list(cut.keys) or key not in items or items[key] != value:
        return None
    return new_text, what, bom, after


def _check_edit(
    root: Path, rel: str, new_bytes: bytes, parsed: tuple[YamlFile | None, list[Diagnostic]] | None = None
) -> tuple[Plan | None, list[Diagnostic], list[Diagnostic]]:
    """The plan as it would be with ``rel`` replaced: from the cached plan of the files as they
    are now when there is one (only the edited file is read, or ``parsed`` already), else from every file."""
    if cache.enabled():
        key = cache.fingerprint(root, discover(root))
        base = cache.get(root, key) if key is not None else None
        if base is not None and len(base) == 3:
            return recheck(root, base[0], base[2], rel, new_bytes, parsed)
    return check_plan(root, {rel: new_bytes})


CLEARABLE = ("percent", "result", "reason", "note")


def record_progress(
    plan: Plan,
    item: str,
    period: str,
    status: str | None,
    percent: str | None = None,
    note: str | None = None,
    result: str | None = None,
    reason: str | None = None,
    clear: tuple[str, ...] = (),
    force: bool = False,
) -> Recorded:
    """Set an item's status and fields for a quarter. An empty text (``--note ""``) or a name in
    ``clear`` removes that field. The status and percent must agree; a blocked item needs its
    reason unless ``force``."""
    found = plan.item(item)
    if found is None:
        parsed = parse_item_id(item)
        reason_ = f"there is no item {item}" if parsed else f"'{item}' is not an item id"
        near = plan.near_item(item)
        raise _refuse(
            reason_,
            f"did you mean '{near}'?" if near else "item ids look like 2.a or 2.đ (telex 2.dd); see `ntmplan items`",
        )
    comp, target = found
    key = comp.item_id(target)
    wanted: str | None = None
    if status is not None:
        wanted = normalise_status(status)
        if wanted not in STATUSES:
            near = ItemStatus.suggest(status, RECORDABLE)
            raise _refuse(
                f"'{status}' is not a status; expected one of {', '.join(STATUSES)}",
                f"did you mean '{near}'?"
                if near
                else "or in Vietnamese: " + ", ".join(n.lower() for n in STATUS_NAMES.values()),
                field="status",
            )
    for name in clear:
        if name not in CLEARABLE:
            fields = ", ".join(CLEARABLE)
            raise _refuse(f"'{name}' is not a field that can be cleared; expected one of {fields}", field="clear")
    pct: Decimal | None = None
    if percent is not None and percent.strip():
        try:
            pct = bounded(parse_decimal(percent))
        except NumberError as exc:
            raise _refuse(str(exc), field="percent") from None
        except ValueError:
            raise _refuse(f"'{percent}' is not a number", field="percent") from None
        if not 0 <= pct <= 100:
            raise _refuse(f"{percent} is outside 0–100", field="percent")
    texts = {"result": result, "reason": reason, "note": note}
    removed = set(clear) | {k for k, v in texts.items() if v is not None and not _text(v)}
    if percent is not None and not percent.strip():
        removed.add("percent")
    both = [k for k in clear if (k == "percent" and percent is not None) or texts.get(k) is not None]
    if both:
        raise _refuse(f"'{both[0]}' is both given and cleared", field="clear")
    quarter = quarter_of(plan, period)
    rank = {c.item_id(i): n for n, (c, i) in enumerate(plan.items())}  # the plan's order of items

    def edit(tree: CommentedMap) -> str:
        items = _mapping(tree, "items")
        existing = next((k for k in items if plan.item(str(k)) == found), None)
        if existing is None:
            if wanted is None:
                raise _refuse(f"{key} has no entry in {quarter} yet: give its {{status}}", refers=("status",))
            entry = CommentedMap()
            later = [i for i, k in enumerate(items) if rank.get(str(k), -1) > rank[key]]
            if later:
                items.insert(later[0], key, entry)
            else:
                items[key] = entry
        else:
            entry = items[existing]
        if wanted is not None:
            entry["status"] = wanted
        if pct is not None:
            entry["percent"] = _number(pct)
        for name, value in texts.items():
            if value is not None and _text(value):
                entry[name] = _text(value)
        for name in removed:
            entry.pop(name, None)
        now_status = normalise_status(entry.get("status"))
        now_pct = _percent_of(entry.get("percent"))
        conflict = status_conflict(str(now_status), now_pct)
        if conflict is not None:
            raise _refuse(
                f"{key}: status {now_status} and {vn.number(now_pct or 0)}% disagree: {conflict}",
                "give a {percent} that fits the status, or {clear} percent",
                refers=("percent", "clear"),
            )
        if now_status == "blocked" and not entry.get("reason") and not force:
            raise _refuse(
                f"{key}: a blocked item needs its reason (nguyên nhân vướng mắc)",
                'give {reason} "…" (printed in reports), or {force} to record it without one',
                refers=("reason", "force"),
            )
        shown = f" ({_number(pct)}%)" if pct is not None else ""
        cleared = f"; cleared {', '.join(sorted(removed))}" if removed else ""
        return f"{key}: {now_status}{shown}{cleared}"

    return _apply(plan.root, quarter, edit, plan, entry=lambda k: plan.item(k) == found)


def _percent_of(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return parse_decimal(str(value))
    except ValueError:
        return None  # a hand-typed oddity: the plan's own check reports it


def record_funding(plan: Plan, source: str, period: str, amount: str, component: int | None = None) -> Recorded:
    found = plan.source(source)
    if found is None:
        near = plan.near_source(source)
        raise _refuse(
            f"there is no funding source '{source}'",
            f"did you mean '{near}'?" if near else "sources: " + ", ".join(s.id for s in plan.funding.sources),
        )
    source = found.id  # chosen by number or name: the file keeps the id
    try:
        value = parse_amount(amount)
    except AmountError as exc:
        raise _refuse(str(exc), field="amount") from None
    if component is not None and plan.component(component) is None:
        raise _refuse(f"there is no component {component}", field="component")
    quarter = quarter_of(plan, period)

    def edit(tree: CommentedMap) -> str:
        funding = _mapping(tree, "funding")
        short = funding.get(source)
        if short is not None and not isinstance(short, CommentedMap):  # the short form "source: amount"
            if component is None:
                funding[source] = _amount_text(value)
                return f"{source}: {vn.amount(value)} đồng"
            funding[source] = CommentedMap(amount=short)  # keep the total when a breakdown is added
        entry = _mapping(funding, source)
        if component is None:
            entry["amount"] = _amount_text(value)
            return f"{source}: {vn.amount(value)} đồng"
        _mapping(entry, "components")[component] = _amount_text(value)
        return f"{source}, nội dung {component}: {vn.amount(value)} đồng"

    return _apply(plan.root, quarter, edit, plan)


def _indicator_value(ind: Indicator, value: str) -> Any:
    """The value as it is stored: ``đạt`` / ``không đạt``, or the number (in the indicator's unit)."""
    answer = parse_yes_no(value)
    reading: Decimal | bool
    unit = None
    if answer is not None:
        reading = answer
    else:
        try:
            read = read_number(value, f"indicator {ind.id} takes {ind.expects}")
            reading, unit = bounded(read.value), read.unit
        except NumberError as exc:
            raise _refuse(str(exc), field="value") from None
    problem = ind.value_problem(reading, unit)
    if problem:
        raise _refuse(problem, field="value")
    if isinstance(reading, bool):
        return "đạt" if reading else "không đạt"
    return _number(reading)


def _verdict(status: str, basis: str | None) -> tuple[str, str | None]:
    """The verdict word and basis as stored (``đạt`` / ``chưa đạt``; ``appraised``)."""
    answer = parse_yes_no(status)
    if answer is None:
        raise _refuse(f"'{status}' is not a verdict; expected đạt or chưa đạt (diacritics optional)", field="status")
    if basis is not None:
        word = basis_word(basis)
        if word not in ("self-assessed", "appraised"):
            raise _refuse(
                f"'{basis}' is not a basis; expected self-assessed (tự đánh giá) or appraised (thẩm định)",
                field="basis",
            )
        basis = word
    return ("đạt" if answer else "chưa đạt"), basis


def _set_verdict(entry: CommentedMap, word: str, basis: str | None, source: str | None, note: str | None) -> None:
    entry["status"] = word
    if basis is not None:
        entry["basis"] = basis
    elif "basis" in entry:
        del entry["basis"]  # a new verdict without --basis is the commune's own (the default)
    if source is not None:
        entry["source"] = _text(source)
    if note is not None:
        entry["note"] = _text(note)


def record_indicator(
    plan: Plan,
    indicator: str,
    period: str,
    value: str | None = None,
    note: str | None = None,
    status: str | None = None,
    basis: str | None = None,
    source: str | None = None,
) -> Recorded:
    """An indicator's value and/or a verdict on it, for a quarter, a half-year or a year."""
    indicators = {i.id: i for i in national_criteria().merged(plan.criteria)}
    ind = indicators.get(indicator)
    if ind is None:
        raise _refuse(f"there is no indicator '{indicator}'", "see `ntmplan criteria` for the ids")
    if value is None and status is None:
        raise _refuse("give {value} (the figure) or {status} (đạt / chưa đạt), or both", refers=("value", "status"))
    if status is None and (basis is not None or source is not None):
        raise _refuse(
            "{basis} and {source} describe a verdict: give {status} too", refers=("basis", "source", "status")
        )
    stored = _indicator_value(ind, value) if value is not None else None
    verdict = _verdict(status, basis) if status is not None else None
    when = period_of(plan, period, yearly=True)

    def edit(tree: CommentedMap) -> str:
        entry = _mapping(_mapping(tree, "indicators"), indicator)
        said = []
        if stored is not None:
            entry["value"] = stored
            said.append(f"{indicator} = {stored}")
        if verdict is not None:
            _set_verdict(entry, verdict[0], verdict[1], source, note)
            said.append(f"{indicator}: {verdict[0]} ({BASIS_NAMES[verdict[1] or 'self-assessed']})")
        elif note is not None:
            entry["note"] = _text(note)
        return "; ".join(said)

    return _apply(plan.root, when, edit, plan)


def record_criterion(
    plan: Plan,
    number: str,
    period: str,
    status: str,
    basis: str | None = None,
    source: str | None = None,
    note: str | None = None,
) -> Recorded:
    """A verdict on a whole criterion (tự đánh giá or thẩm định) for a period."""
    national = national_criteria()
    known = {c.number: c for c in national.criteria}
    try:
        key = int(number.strip().removeprefix("TC").removeprefix("tc").strip())
    except ValueError:
        key = -1
    if key not in known:
        raise _refuse(f"there is no criterion '{number}'", f"criteria are numbered 1–{max(known)}")
    word, basis = _verdict(status, basis)
    when = period_of(plan, period, yearly=True)

    def edit(tree: CommentedMap) -> str:
        entry = _mapping(_mapping(tree, "criteria"), key)  # type: ignore[arg-type]
        _set_verdict(entry, word, basis, source, note)
        return f"tiêu chí {key} ({known[key].name}): {word} ({BASIS_NAMES[basis or 'self-assessed']})"

    return _apply(plan.root, when, edit, plan)


LIST_KEYS = {
    "shortcoming": "shortcomings",
    "task": "next_tasks",
    "proposal": "proposals",
    "direction": "direction",
    "assessment": "assessment",
    "lesson": "lessons",
}


def record_text(plan: Plan, kind: str, period: str, text: str) -> Recorded:
    """Add a line to one of the quarter's free-text lists (shortcomings, next tasks, proposals,
    direction, assessment, lessons)."""
    key = LIST_KEYS[kind]
    line = _text(text)
    if not line:
        raise _refuse("the text is empty")
    quarter = quarter_of(plan, period)

    def edit(tree: CommentedMap) -> str:
        from ruamel.yaml.comments import CommentedSeq

        seq = tree.get(key)
        if not isinstance(seq, CommentedSeq):
            seq = CommentedSeq()
            tree[key] = seq
        seq.append(line)
        return f"{key}: + {line}"

    return _apply(plan.root, quarter, edit, plan)
