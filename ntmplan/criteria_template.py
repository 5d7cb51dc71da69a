"""``ntmplan criteria template``: a fill-in plan/criteria.yaml for a province's thresholds.

The file lists every criterion and indicator of a criteria set with each threshold blank and a
``source:`` to complete, commented in Vietnamese. As written it changes nothing: a blank threshold
is "no threshold" (the shipped one, if any, stays in force; see ``CriteriaSet.merged``).
"""

from __future__ import annotations

import json
from pathlib import Path

from .errors import RecordRefused
from .i18n import Msg
from .models.criteria import CriteriaSet, Indicator, _shown

LEVEL_WORDS = {"ntm": "nông thôn mới", "nang-cao": "nông thôn mới nâng cao", "kieu-mau": "nông thôn mới kiểu mẫu"}
KIND_WORDS = {
    "percent": "tỷ lệ phần trăm, từ 0 đến 100",
    "number": "một số",
    "yes-no": "đạt / không đạt (ngưỡng là 1 = đạt)",
}
DIRECTION_WORDS = {">=": "đạt khi từ ngưỡng trở lên", "<=": "đạt khi từ ngưỡng trở xuống"}

HEADER = """\
# Ngưỡng tiêu chí của tỉnh — tệp để điền (do `ntmplan criteria template` tạo ra)
# Bộ tiêu chí: {decision} — {title} (áp dụng {years})
#
# Cách điền (chép từ quyết định của UBND tỉnh):
# - Mỗi chỉ tiêu có một ngưỡng cho từng mức (level): ntm = nông thôn mới, nang-cao = nông thôn mới
#   nâng cao, kieu-mau = nông thôn mới kiểu mẫu.
# - value: ngưỡng giống nhau mọi năm, viết như 80 hoặc 72,5 (dấu phẩy thập phân).
# - by_year: ngưỡng thay đổi theo năm; bỏ dấu # trước các dòng by_year và điền từng năm, ví dụ
#       by_year:
#         2024: 66
#         2025: 71
#   Điền value hoặc by_year, không điền cả hai.
# - source: văn bản quy định ngưỡng, ví dụ "Quyết định số …/QĐ-UBND ngày … của UBND tỉnh …".
#   Bắt buộc khi đã điền ngưỡng: thiếu thì `ntmplan check` báo lỗi CRIT003.
# - Để trống value (và by_year) nghĩa là "chưa có ngưỡng": chỉ tiêu không được xét đạt hay chưa đạt,
#   trừ khi ntmplan đã cài sẵn ngưỡng (ghi ở dòng "ntmplan đã có"), khi đó ngưỡng cài sẵn vẫn dùng.
# - kind (loại): percent = tỷ lệ %, từ 0 đến 100; number = một số, theo đơn vị unit;
#   yes-no = đạt / không đạt (ngưỡng điền 1).
# - direction (chiều): '>=' = đạt khi từ ngưỡng trở lên; '<=' = đạt khi từ ngưỡng trở xuống.
# - Giữ nguyên id, criterion, name, kind, unit, direction. Có thể thêm chỉ tiêu tỉnh quy định
#   (id mới, theo mẫu các chỉ tiêu dưới đây).
# - Điền xong, chạy `ntmplan check` rồi `ntmplan criteria` để xem kết quả.

# Vùng áp dụng ngưỡng, ví dụ: region: Đồng bằng sông Hồng
region:
indicators:
"""


def _q(text: str) -> str:
    """A YAML scalar in double quotes (JSON's string syntax is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _levels_for(indicator: Indicator, level: str | None) -> list[str]:
    if indicator.criterion is None:  # a kiểu mẫu input
        return ["kieu-mau"] if level in (None, "kieu-mau") else []
    if level is None:
        return ["ntm", "nang-cao"]
    return ["nang-cao"] if level == "kieu-mau" else [level]  # kiểu mẫu rests on the nâng cao set


def _shipped(indicator: Indicator, level: str) -> str | None:
    t = indicator.threshold(level)  # type: ignore[arg-type]
    if t is None or (t.value is None and not t.by_year):
        return None
    figure = (
        f"{indicator.direction or ''} {_shown(t.value)}".strip()
        if t.value is not None
        else ", ".join(f"{y}: {_shown(v)}" for y, v in sorted(t.by_year.items()))
    )
    return f"{figure} ({t.source})" if t.source else figure


def _indicator_lines(ind: Indicator, levels: list[str], years: range) -> list[str]:
    lines = [f"  - id: {_q(ind.id)}"]
    if ind.criterion is not None:
        lines.append(f"    criterion: {ind.criterion}")
    lines.append(f"    name: {_q(ind.name)}")
    lines.append(f"    kind: {ind.kind}  # {KIND_WORDS[ind.kind]}")
    if ind.unit:
        lines.append(f"    unit: {_q(ind.unit)}")
    if ind.direction:
        lines.append(f"    direction: '{ind.direction}'  # {DIRECTION_WORDS[ind.direction]}")
    lines.append("    thresholds:")
    for level in levels:
        shipped = _shipped(ind, level)
        if shipped:
            lines.append(f"      # ntmplan đã có ({LEVEL_WORDS[level]}): {shipped}")
        lines.append(f"      - level: {level}  # {LEVEL_WORDS[level]}")
        lines.append("        value:" + ("  # 1 = đạt" if ind.kind == "yes-no" else ""))
        if ind.kind != "yes-no":
            lines.append("        # by_year:  # nếu ngưỡng thay đổi theo năm (thay cho value)")
            lines.extend(f"        #   {y}:" for y in years)
        lines.append("        source:  # văn bản quy định ngưỡng này")
    return lines


def template_text(national: CriteriaSet, level: str | None = None) -> str:
    """The fill-in file for ``national`` at ``level`` (None: every level)."""
    text = HEADER.format(decision=national.decision, title=national.title, years=national.years_label)
    years = range(national.first_year, national.last_year + 1)
    groups = {g.id: g.name for g in national.groups}
    lines: list[str] = []
    for criterion in national.criteria:
        group = groups.get(criterion.group, criterion.group)
        lines.append("")
        lines.append(f"  # Tiêu chí {criterion.number}. {criterion.name} (nhóm {criterion.group}: {group})")
        own = [i for i in national.indicators if i.criterion == criterion.number]
        if not own:
            lines.append("  # (ntmplan chưa có chỉ tiêu nào của tiêu chí này; thêm chỉ tiêu tỉnh quy định theo mẫu)")
        for ind in own:
            levels = _levels_for(ind, level)
            if levels:
                lines.extend(_indicator_lines(ind, levels, years))
    rules = national.kieu_mau
    if rules is not None and level in (None, "kieu-mau"):
        lines.append("")
        lines.append(f"  # Điều kiện xã nông thôn mới kiểu mẫu ({rules.decision})")
        for condition in rules.conditions:
            lines.append(f"  # {condition.id}: {condition.text}")
        for ind in rules.indicators:
            lines.extend(_indicator_lines(ind, _levels_for(ind, level), years))
    return text + "\n".join(lines) + "\n"


def template_target(plan_dir: Path, output: Path | None) -> Path:
    """Where the template goes: ``output``, else plan/criteria.yaml; refused for another plan file."""
    target = output if output is not None else plan_dir / "criteria.yaml"
    resolved = target.resolve()
    root = plan_dir.resolve()
    if resolved.is_relative_to(root) and resolved.relative_to(root).as_posix() != "criteria.yaml":
        raise RecordRefused(Msg("refuse.template_plan_file", target=target.as_posix(), plan=plan_dir.as_posix()))
    if target.exists() or target.is_symlink():
        raise RecordRefused(Msg("refuse.template_exists", target=target.as_posix()))
    return target


def write_template(target: Path, text: str) -> None:
    """Write atomically, never over a file (checked again just before writing)."""
    from .yamlio.write import write_atomic

    if target.exists() or target.is_symlink():
        raise RecordRefused(Msg("refuse.template_exists", target=target.as_posix()))
    write_atomic(target, text)
