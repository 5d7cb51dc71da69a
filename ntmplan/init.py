"""``ntmplan init``: a new commune's plan repository, with the structure every plan has.

What only the commune can say is left as a blank starting with ``CẦN ĐIỀN``; ``ntmplan
check`` lists each blank with its line (warning BLANK001) until it is filled in. The names of
the commune, district (optional: since 2025 there is no district level) and province are data.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .checks.blanks import BLANK
from .errors import UsageError
from .loader import PLAN_FILES
from .schema import KINDS, SCHEMA_DIR, modeline, schema_text

_YEARS = re.compile(r"^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$")


@dataclass(frozen=True)
class NewPlan:
    commune: str
    province: str
    district: str | None
    start_year: int
    end_year: int

    @property
    def years(self) -> str:
        return f"{self.start_year}-{self.end_year}"


def _name(field: str, value: str | None) -> str | None:
    if value is None:
        return None
    text = unicodedata.normalize("NFC", value).strip()
    if not text:
        raise UsageError("the name is empty", field)
    if any(unicodedata.category(ch)[0] == "C" for ch in text):
        raise UsageError("the name contains a control character (a line break or a tab)", field)
    return text


def parse_years(text: str) -> tuple[int, int]:
    m = _YEARS.match(text)
    if not m:
        raise UsageError(f"'{text}' is not a span of years; write it as 2026-2030", "years")
    start, end = int(m[1]), int(m[2])
    if not 2000 <= start <= end <= 2100:
        raise UsageError(f"{text} must run forwards, between 2000 and 2100", "years")
    return start, end


def new_plan(commune: str, province: str, district: str | None, years: str) -> NewPlan:
    start, end = parse_years(years)
    return NewPlan(
        _name("commune", commune) or "",
        _name("province", province) or "",
        _name("district", district),
        start,
        end,
    )


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _blank(what: str) -> str:
    return _q(f"{BLANK}: {what}")


_HEAD = "# Mỗi giá trị bắt đầu bằng “CẦN ĐIỀN” là chỗ còn trống: `ntmplan check` liệt kê từng chỗ (BLANK001).\n"


def plan_files(p: NewPlan, today: dt.date) -> dict[str, str]:
    """The text of each plan file, by name."""
    district = f"  district: {_q(p.district)}\n" if p.district else ""
    files = {
        "document.yaml": (
            "# Văn bản kế hoạch: cơ quan ban hành, số, ngày, trích yếu, căn cứ, mở đầu, kết thúc, nơi nhận, người ký.\n"
            + _HEAD
            + "issuer:\n"
            "  lines:\n"
            "    - ỦY BAN NHÂN DÂN\n"
            f"    - {_q('XÃ ' + p.commune.upper())}\n"
            "  abbreviation: UBND\n"
            f"  commune: {_q(p.commune)}\n" + district + f"  province: {_q(p.province)}\n"
            "header:\n"
            "  kind: KẾ HOẠCH\n"
            f"  number: {_blank('số và ký hiệu, ví dụ 12/KH-UBND')}\n"
            f"  place: {_q(p.commune)}\n"
            f"  date: {today.isoformat()}  # ngày ban hành: sửa thành ngày ký\n"
            f"  title: {_blank(f'trích yếu, ví dụ Thực hiện Chương trình … giai đoạn {p.start_year} - {p.end_year}')}\n"
            f"  start_year: {p.start_year}\n"
            f"  end_year: {p.end_year}\n"
            "legal_bases:\n"
            f"  - text: {_blank('Căn cứ … (mỗi đoạn căn cứ một mục)')}\n"
            f"preamble: {_blank('đoạn mở đầu trước mục I')}\n"
            f"closing: {_blank('đoạn kết, Trên đây là Kế hoạch …')}\n"
            "recipients:\n"
            f"  - {_blank('nơi nhận, mỗi dòng một mục')}\n"
            '  - "Lưu: VT."\n'
            "signer:\n"
            "  authority: TM. ỦY BAN NHÂN DÂN\n"
            "  position: CHỦ TỊCH\n"
            f"  name: {_blank('họ và tên người ký')}\n"
        ),
        "objectives.yaml": (
            "# Mục I (mục đích, yêu cầu) và mục II (mục tiêu) của kế hoạch; mỗi đoạn một mục.\n"
            + _HEAD
            + f"purposes:\n  - {_blank('mục đích')}\n"
            f"requirements:\n  - {_blank('yêu cầu')}\n"
            f"general:\n  - {_blank('mục tiêu chung')}\n"
            f"specific:\n  - {_blank('mục tiêu cụ thể')}\n"
            "# các mức đã đạt và phấn đấu, ví dụ: - {level: nang-cao, year: 2027, state: target}\n"
            "milestones: []\n"
            "# các chỉ tiêu bằng số, ví dụ thu nhập bình quân đầu người\n"
            "targets: []\n"
        ),
        "components.yaml": (
            "# Mục III: các nội dung thành phần và nội dung cụ thể (a, b, c, d, đ, e …).\n" + _HEAD + "components:\n"
            "  - number: 1\n"
            f"    title: {_blank('tên nội dung thành phần')}\n"
            "    items:\n"
            "      - letter: a\n"
            f"        text: {_blank('nội dung cụ thể')}\n"
        ),
        "funding.yaml": (
            "# Mục IV: kinh phí dự kiến theo nguồn. total là số đồng (60 tỷ, 60.000.000.000 …);\n"
            "# share là tỷ lệ %, tổng các nguồn phải bằng 100.\n"
            + _HEAD
            + "total: 0  # CẦN ĐIỀN: tổng kinh phí dự kiến\n"
            f"intro: {_blank(f'câu giới thiệu, Dự kiến huy động nguồn vốn giai đoạn {p.years} khoảng … đồng')}\n"
            "sources:\n"
            "  - id: nguon-1  # mã ngắn, chữ thường không dấu, dùng với ntmplan record funding\n"
            f"    name: {_blank('tên nguồn vốn')}\n"
            "    share: 100\n"
        ),
        "solutions.yaml": (
            "# Mục V: các giải pháp trọng tâm.\n" + _HEAD + "solutions:\n"
            f"  - title: {_blank('tên giải pháp')}\n"
            "    paragraphs:\n"
            f"      - {_blank('nội dung giải pháp')}\n"
        ),
        "units.yaml": (
            "# Mục VI: tổ chức thực hiện — các đơn vị, nhiệm vụ, nội dung chủ trì (leads) và phối hợp (supports).\n"
            + _HEAD
            + "units:\n"
            "  - id: don-vi-1  # mã ngắn, chữ thường không dấu, dùng với --unit\n"
            "    number: 1\n"
            f"    name: {_blank('tên đơn vị')}\n"
            "    duties:\n"
            f"      - {_blank('nhiệm vụ')}\n"
            "    leads: [1]\n"
            "    supports: []\n"
        ),
    }
    assert set(files) == set(PLAN_FILES)
    return {name: modeline(name) + "\n" + text for name, text in files.items()}


def readme(p: NewPlan) -> str:
    where = f"xã {p.commune}" + (f", huyện {p.district}" if p.district else "") + f", tỉnh {p.province}"
    return f"""# Kế hoạch xây dựng nông thôn mới — {where}, giai đoạn {p.years}

Thư mục này chứa kế hoạch của xã dưới dạng tệp YAML, theo dõi bằng `ntmplan`.

## Các tệp

| tệp | nội dung |
|---|---|
| `plan/document.yaml` | văn bản: cơ quan ban hành, số, ngày, trích yếu, căn cứ, nơi nhận, người ký |
| `plan/objectives.yaml` | I. mục đích, yêu cầu; II. mục tiêu |
| `plan/components.yaml` | III. các nội dung thành phần và nội dung cụ thể |
| `plan/funding.yaml` | IV. kinh phí theo nguồn |
| `plan/solutions.yaml` | V. giải pháp |
| `plan/units.yaml` | VI. tổ chức thực hiện: đơn vị và nhiệm vụ |
| `plan/progress/YYYY-Qn.yaml` | tiến độ từng quý (tạo bằng `ntmplan record`) |
| `plan/schema/` | để trình soạn thảo kiểm tra và gợi ý khi gõ |

## Bắt đầu

1. Điền các chỗ trống. Mỗi chỗ còn trống bắt đầu bằng `CẦN ĐIỀN`; lệnh sau liệt kê từng chỗ
   với tệp và số dòng:

       ntmplan check

2. Soạn bằng VS Code có tiện ích YAML (Red Hat): tệp được kiểm tra và gợi ý ngay khi gõ.
3. Mỗi quý, ghi tiến độ rồi lưu vào git:

       ntmplan record progress 1.a --period {p.start_year}-Q1 --status in-progress --percent 30
       ntmplan record funding nguon-1 --period {p.start_year}-Q1 --amount "500 triệu"
       ntmplan check
       git add -A && git commit -m "Tiến độ quý I/{p.start_year}"

4. Xem tình hình và làm báo cáo:

       ntmplan status
       ntmplan report quarter {p.start_year}-Q1 --format docx

Văn bản, nội dung và số liệu là của xã; `ntmplan` không tự điền gì thay.
"""


GITIGNORE = """# ntmplan: tệp tạm và tệp sinh ra
site/
*.tmp
.~lock.*#
~$*
__pycache__/
.venv/
.ntmplan.lock
"""


def create(target: Path, p: NewPlan, *, git: bool = False, today: dt.date | None = None) -> list[Path]:
    """Write the new plan repository at ``target`` (which must not exist, or be empty).

    Everything is written into a temporary folder beside it first, so that a failure leaves
    nothing half-made.
    """
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UsageError(f"'{target}' already exists and is not empty; init makes a new folder")
    parent = target.resolve().parent
    if not parent.is_dir():
        raise UsageError(f"'{parent}' does not exist")
    git_exe = shutil.which("git") if git else None
    if git and git_exe is None:
        raise UsageError("git is not installed", "git")
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=parent))
    try:
        plan = tmp / "plan"
        for name, text in plan_files(p, today or dt.date.today()).items():
            (plan / name).parent.mkdir(parents=True, exist_ok=True)
            (plan / name).write_text(text, encoding="utf-8")
        for kind in KINDS:
            (plan / SCHEMA_DIR).mkdir(exist_ok=True)
            (plan / SCHEMA_DIR / f"{kind}.schema.json").write_text(schema_text(kind), encoding="utf-8")
        (tmp / "README.md").write_text(readme(p), encoding="utf-8")
        (tmp / ".gitignore").write_text(GITIGNORE, encoding="utf-8")
        os.chmod(tmp, 0o777 & ~_umask())
        if target.exists():
            target.rmdir()
        os.rename(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if git_exe is not None:
        done = subprocess.run([git_exe, "init", "-q"], cwd=target, capture_output=True, check=False)
        if done.returncode != 0:
            raise UsageError(f"git init: {done.stderr.decode('utf-8', 'replace').strip()}")
    return sorted(p for p in target.rglob("*") if p.is_file() and ".git" not in p.relative_to(target).parts)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
