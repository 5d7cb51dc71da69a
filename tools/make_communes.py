"""Generate N varied communes' plan folders and a workspace file listing them, deterministically.

    python tools/make_communes.py OUT_DIR N [--seed S] [--years 2021-2025] [--broken K]

Each commune differs from the next: 6–11 components of 2–8 lettered items, 3–7 funding
sources with integer shares summing to 100, 4–15 units, its own total, and quarterly
progress from the first year to a quarter between the end of its second year and the end
of the plan (so some communes are "late"): item statuses that move forward (a few blocked),
percentages with decimals, money by source (some by component, some written "1,25 tỷ"),
indicator values (numbers, percentages and đạt / không đạt), a yearly self-assessment of
some criteria (verdicts đạt / chưa đạt, some appraised), shortcomings and proposals.
A third of the communes carry a ``criteria.yaml`` whose thresholds are marked as generated
test data, so that verdicts vary (the real plan's ``plan/`` never gets one).

The same N and seed give byte-identical files. ``--broken K`` spoils the last K communes
(a share total of 95 %, an unknown item in a progress file) to exercise the roll-up's
report of plans that do not check. Names, provinces and former districts are invented from
Vietnamese syllables; nothing here is a real commune's data.

The module is importable: ``make_communes(out, n, seed=0)`` returns the plan folders.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

LETTERS = ("a", "b", "c", "d", "đ", "e", "g", "h")
SYLLABLES = (
    "An",
    "Bình",
    "Cẩm",
    "Đông",
    "Hòa",
    "Hưng",
    "Khánh",
    "Lâm",
    "Long",
    "Minh",
    "Nghĩa",
    "Phú",
    "Phúc",
    "Quang",
    "Tân",
    "Thạch",
    "Thanh",
    "Thịnh",
    "Trung",
    "Vĩnh",
    "Xuân",
    "Yên",
)
PROVINCES = ("Hải Dương", "Thái Bình", "Nam Định", "Hưng Yên", "Bắc Ninh")
SOURCES = (
    ("ngan-sach-tw-tinh", "Vốn ngân sách Trung ương, tỉnh hỗ trợ"),
    ("ngan-sach-dia-phuong", "Vốn ngân sách địa phương"),
    ("von-long-ghep", "Vốn lồng ghép"),
    ("von-tin-dung", "Vốn tín dụng"),
    ("von-doanh-nghiep", "Vốn doanh nghiệp"),
    ("dong-gop-nhan-dan", "Nguồn vốn đóng góp tự nguyện của người dân và cộng đồng"),
    ("von-khac", "Các nguồn vốn hợp pháp khác"),
)
UNIT_NAMES = (
    ("dia-chinh", "Công chức Địa chính - Nông nghiệp - Xây dựng"),
    ("van-hoa", "Công chức Văn hóa - Xã hội"),
    ("tai-chinh", "Công chức Tài chính - Kế toán"),
    ("tu-phap", "Công chức Tư pháp - Hộ tịch"),
    ("cong-an", "Công an xã"),
    ("quan-su", "Ban Chỉ huy Quân sự xã"),
    ("tram-y-te", "Trạm Y tế xã"),
    ("truong-hoc", "Các trường học trên địa bàn"),
    ("hop-tac-xa", "Hợp tác xã dịch vụ nông nghiệp"),
    ("hoi-nong-dan", "Hội Nông dân xã"),
    ("hoi-phu-nu", "Hội Liên hiệp Phụ nữ xã"),
    ("doan-thanh-nien", "Đoàn Thanh niên xã"),
    ("mat-tran", "Ủy ban Mặt trận Tổ quốc xã"),
    ("hoi-cuu-chien-binh", "Hội Cựu chiến binh xã"),
    ("cac-thon", "Các thôn trên địa bàn xã"),
)
TOPICS = (
    "quy hoạch",
    "giao thông",
    "thủy lợi và phòng chống thiên tai",
    "điện nông thôn",
    "trường học",
    "cơ sở vật chất văn hóa",
    "nhà ở dân cư",
    "thu nhập",
    "nghèo đa chiều",
    "lao động",
    "tổ chức sản xuất",
)
GENERATED = "Dữ liệu sinh tự động để thử nghiệm (tools/make_communes.py), không phải ngưỡng thật"
STATUSES = ("not-started", "in-progress", "done", "blocked")


def _vi(value: float, places: int | None = None) -> str:
    """A decimal as Vietnamese writes it (and ntmplan reads it): the comma is the decimal mark."""
    text = f"{value:g}" if places is None else f"{value:.{places}f}"
    return text.replace(".", ",")


def _q(text: str) -> str:
    """A YAML single-quoted scalar."""
    return "'" + text.replace("'", "''") + "'"


def _dong(amount: int) -> str:
    """``1.250.000.000``: how the plans write whole đồng."""
    return f"{amount:,}".replace(",", ".")


def _name(rng: random.Random) -> str:
    return f"{rng.choice(SYLLABLES)} {rng.choice(SYLLABLES)}"


def _shares(rng: random.Random, n: int) -> list[int]:
    cuts = sorted(rng.sample(range(1, 100), n - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, 100], strict=True)]


def commune_files(index: int, seed: int = 0, years: tuple[int, int] = (2021, 2025)) -> dict[str, str]:
    """The files of commune ``index``: relative path → text."""
    rng = random.Random(seed * 1_000_003 + index)
    start, end = years
    name = f"{_name(rng)} {index + 1}"
    province = PROVINCES[index % len(PROVINCES)]
    district = _name(rng)
    files: dict[str, str] = {}
    files["document.yaml"] = "\n".join(
        [
            f"# Generated commune {index + 1} (seed {seed}) — test data, not a real plan",
            "issuer:",
            "  lines:",
            "    - ỦY BAN NHÂN DÂN",
            f"    - {_q('XÃ ' + name.upper())}",
            "  abbreviation: UBND",
            f"  commune: {_q(name)}",
            f"  district: {_q(district)}",
            f"  province: {_q(province)}",
            "header:",
            "  kind: KẾ HOẠCH",
            f"  number: {index % 90 + 10}/KH-UBND",
            f"  place: {_q(name)}",
            f"  date: {start + 1}-0{rng.randint(1, 9)}-{rng.randint(10, 28)}",
            "  title: "
            + _q(f"Thực hiện Chương trình MTQG xây dựng nông thôn mới xã {name}, giai đoạn {start} - {end}"),
            f"  start_year: {start}",
            f"  end_year: {end}",
            "legal_bases:",
            "  - text: Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ;",
            "    cites:",
            "      - kind: Quyết định",
            "        number: 318/QĐ-TTg",
            "        date: 2022-03-08",
            "        issuer: Thủ tướng Chính phủ",
            "        subject: Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025",
            f"preamble: {_q(f'Ủy ban nhân dân xã {name} xây dựng Kế hoạch như sau:')}",
            "closing: Trên đây là Kế hoạch thực hiện Chương trình xây dựng nông thôn mới của xã.",
            "recipients:",
            "  - Như trên;",
            "  - Lưu VP.",
            "signer:",
            "  authority: TM. ỦY BAN NHÂN DÂN XÃ",
            "  position: CHỦ TỊCH",
            f"  name: {_q('Nguyễn Văn ' + rng.choice(SYLLABLES))}",
            "",
        ]
    )
    ntm_year = rng.randint(2015, start + 2)
    milestones = [
        f"  - level: ntm\n    year: {ntm_year}\n    state: {'achieved' if ntm_year <= start + 1 else 'target'}"
    ]
    if rng.random() < 0.6:
        nc_year = rng.randint(start, end)
        state = "achieved" if nc_year <= start + 2 and rng.random() < 0.5 else "target"
        milestones.append(f"  - level: nang-cao\n    year: {nc_year}\n    state: {state}")
    if rng.random() < 0.2:
        milestones.append(f"  - level: kieu-mau\n    year: {end}\n    state: target")
    files["objectives.yaml"] = "\n".join(
        [
            "purposes:",
            "  - Làm cơ sở để tổ chức thực hiện Chương trình trên địa bàn xã.",
            "requirements:",
            "  - Bám sát Bộ tiêu chí quốc gia.",
            "general:",
            "  - Nâng cao đời sống vật chất, tinh thần của người dân.",
            "specific:",
            "  - Giữ vững và nâng cao chất lượng các tiêu chí đã đạt.",
            "milestones:",
            *milestones,
            "targets:",
            "  - id: thu-nhap",
            "    name: Thu nhập bình quân của người dân nông thôn",
            f"    value: {rng.randint(60, 95)}",
            "    unit: triệu đồng/người/năm",
            f"    year: {end}",
            "    indicator: '10.1'",
            "",
        ]
    )
    n_comp = rng.randint(6, 11)
    components = ["components:"]
    item_ids: list[str] = []
    for number in range(1, n_comp + 1):
        topic = TOPICS[(number - 1) % len(TOPICS)]
        components += [f"  - number: {number}", f"    title: {_q(f'Nội dung {number}: {topic}')}", "    items:"]
        for letter in LETTERS[: rng.randint(2, len(LETTERS))]:
            components += [f"      - letter: {letter}", f"        text: {_q(f'Thực hiện {topic}, hạng mục {letter}')}"]
            item_ids.append(f"{number}.{letter}")
    files["components.yaml"] = "\n".join([*components, ""])
    sources = rng.sample(SOURCES, rng.randint(3, len(SOURCES)))
    shares = _shares(rng, len(sources))
    total = rng.randint(20, 150) * 1_000_000_000
    funding = ["total: " + _dong(total), f"intro: {_q(f'Dự kiến huy động khoảng {_dong(total)} đồng, trong đó:')}"]
    funding.append("sources:")
    for (sid, sname), share in zip(sources, shares, strict=True):
        funding += [f"  - id: {sid}", f"    name: {_q(sname)}", f"    share: {share}"]
    files["funding.yaml"] = "\n".join([*funding, ""])
    files["solutions.yaml"] = "\n".join(
        [
            "solutions:",
            "  - title: Đẩy mạnh công tác tuyên truyền, vận động",
            "    paragraphs:",
            "      - Tuyên truyền sâu rộng trong nhân dân.",
            "",
        ]
    )
    units = ["units:"]
    for number, (uid, uname) in enumerate(rng.sample(UNIT_NAMES, rng.randint(4, len(UNIT_NAMES))), start=1):
        leads = sorted(rng.sample(range(1, n_comp + 1), rng.randint(0, 2)))
        supports = sorted(set(rng.sample(range(1, n_comp + 1), rng.randint(0, 3))) - set(leads))
        units += [
            f"  - id: {uid}",
            f"    number: {number}",
            f"    name: {_q(uname)}",
            "    duties:",
            f"      - {_q('Chủ trì, phối hợp thực hiện các nội dung được giao.')}",
            f"    leads: [{', '.join(map(str, leads))}]",
            f"    supports: [{', '.join(map(str, supports))}]",
        ]
    files["units.yaml"] = "\n".join([*units, ""])
    if index % 3 == 0:
        files["criteria.yaml"] = "\n".join(
            [
                "indicators:",
                "  - id: '10.1'",
                "    criterion: 10",
                "    name: Thu nhập bình quân đầu người khu vực nông thôn",
                "    kind: number",
                "    unit: triệu đồng/người/năm",
                "    direction: '>='",
                "    thresholds:",
                "      - level: ntm",
                f"        by_year: {{{', '.join(f'{y}: {48 + 4 * (y - start)}' for y in range(start, end + 1))}}}",
                f"        source: {_q(GENERATED)}",
                "      - level: nang-cao",
                f"        by_year: {{{', '.join(f'{y}: {58 + 5 * (y - start)}' for y in range(start, end + 1))}}}",
                f"        source: {_q(GENERATED)}",
                "",
            ]
        )
    quarters = [(y, q) for y in range(start, end + 1) for q in range(1, 5)]
    last = rng.randint(min(8, len(quarters)), len(quarters)) if rng.random() < 0.3 else len(quarters)
    state = {i: ("not-started", 0.0) for i in item_ids}
    income = rng.uniform(40, 60)
    irrigated = rng.uniform(60, 85)
    # verdicts come from their own generator, so that adding them left the rest of the data as it was
    verdicts = random.Random(f"verdicts {seed} {index}")
    assessment_quarter = 3 if index % 2 else 4  # the year's self-assessment: mid-year or at the year's end
    for y, q in quarters[:last]:
        lines = [f"period: {y}-Q{q}", "items:"]
        for item in rng.sample(item_ids, max(1, len(item_ids) // rng.randint(2, 4))):
            status, pct = state[item]
            if status == "done":
                continue
            roll = rng.random()
            if roll < 0.05:
                status = "blocked"
            else:
                pct = min(100.0, pct + rng.choice((10, 12.5, 20, 25, 33.5)))
                status = "done" if pct >= 100 else "in-progress"
            state[item] = (status, pct)
            lines += [f"  {_q(item)}:", f"    status: {status}"]
            if status == "in-progress":
                lines.append(f"    percent: {_vi(pct)}")
            if status == "blocked":
                lines.append(f"    reason: {_q('Vướng mắc giải phóng mặt bằng')}")
            if status == "done":
                lines.append(f"    result: {_q(f'Hoàn thành hạng mục {item}')}")
        if lines[-1] == "items:":  # every item sampled was already done: no items this quarter
            lines.pop()
        lines.append("funding:")
        for n, (sid, _) in enumerate(sources):
            amount = total * shares[n] // 100 // len(quarters) * rng.randint(0, 150) // 100 // 1_000_000 * 1_000_000
            if amount == 0:
                continue
            if rng.random() < 0.15:
                lines += [f"  {sid}:", f"    amount: {_dong(amount)}", f"    components: {{1: {_dong(amount)}}}"]
            elif rng.random() < 0.2 and amount % 10_000_000 == 0:
                lines.append(f"  {sid}: {amount // 10_000_000 / 100:g} tỷ".replace(".", ","))
            else:
                lines.append(f"  {sid}: {_dong(amount)}")
        if lines[-1] == "funding:":
            lines.pop()
        if q in (2, 4):
            income += rng.uniform(1.5, 5)
            irrigated = min(100.0, irrigated + rng.uniform(0, 4))
            lines += [
                "indicators:",
                f"  '3.1':\n    value: {_vi(irrigated, 1)}",
                f"  '3.2':\n    value: {'đạt' if rng.random() < 0.7 else 'chưa đạt'}",
                f"  '10.1':\n    value: {_vi(income, 2)}",
                f"  km.thon-thong-minh:\n    value: {rng.randint(0, 2)}",
            ]
        if q == assessment_quarter:
            lines += _verdicts(verdicts, (y - start + 1) / (end - start + 1))
        if rng.random() < 0.4:
            lines += ["shortcomings:", f"  - {_q('Tiến độ giải ngân còn chậm')}"]
        if rng.random() < 0.3:
            lines += ["proposals:", f"  - {_q('Đề nghị cấp trên hỗ trợ vốn')}"]
        files[f"progress/{y}-Q{q}.yaml"] = "\n".join([*lines, ""])
    return files


ASSESSED = tuple(c for c in range(1, 20) if c not in (3, 10))
"""Criteria the generated communes record verdicts on: not 3 and 10, whose indicators get values
(a verdict the figures contradict is a warning, which real communes would correct)."""


def _verdicts(rng: random.Random, progress: float) -> list[str]:
    """A year's verdicts on some criteria (tự đánh giá, some appraised), more of them met as the plan goes on."""
    lines = ["criteria:"]
    for number in sorted(rng.sample(ASSESSED, rng.randint(3, 8))):
        met = rng.random() < 0.2 + 0.7 * progress
        lines += [f"  {number}:", f"    status: {'đạt' if met else 'chưa đạt'}"]
        if rng.random() < 0.3:
            lines += [
                "    basis: appraised",
                f"    source: {_q('Kết quả thẩm định (dữ liệu sinh tự động để thử nghiệm)')}",
            ]
    return lines


def spoil(files: dict[str, str]) -> dict[str, str]:
    """Make a commune's plan fail its check: shares that sum to 95 %, an unknown item."""
    out = dict(files)
    funding = out["funding.yaml"].splitlines()
    first = next(i for i, line in enumerate(funding) if line.startswith("    share: "))
    share = int(funding[first].split(": ")[1])
    funding[first] = f"    share: {share - 5 if share > 5 else share + 5}"
    out["funding.yaml"] = "\n".join([*funding, ""])
    progress = sorted(k for k in out if k.startswith("progress/"))
    if progress:
        out[progress[0]] = out[progress[0]].replace("items:\n", "items:\n  '99.a':\n    status: done\n", 1)
    return out


WORKSPACE = """\
# A workspace of generated communes (tools/make_communes.py): test data.
name: {name}
issuer:
  lines: [ỦY BAN NHÂN DÂN, {upper}]
  abbreviation: UBND
  place: {place}
  signer:
    authority: TM. ỦY BAN NHÂN DÂN
    position: CHỦ TỊCH
    name: Trần Văn Bình
  recipients: [Ban Chỉ đạo các Chương trình MTQG, Lưu VT.]
plans:
{plans}
"""


def make_communes(
    out: Path, n: int, seed: int = 0, years: tuple[int, int] = (2021, 2025), broken: int = 0
) -> list[Path]:
    """Write ``n`` communes under ``out/communes/`` and ``out/ntmplan-workspace.yaml``."""
    roots = []
    entries = []
    for index in range(n):
        files = commune_files(index, seed, years)
        if index >= n - broken:
            files = spoil(files)
        root = out / "communes" / f"xa-{index + 1:05d}"
        for rel, text in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
        roots.append(root)
        province = PROVINCES[index % len(PROVINCES)]
        merged = f"{SYLLABLES[index // 3 % len(SYLLABLES)]} mới {index // 3 + 1}"
        entries.append(
            f"  - path: communes/{root.name}\n"
            f"    groups: {{province: {_q(province)}, merged_into: {_q(merged)}, cohort: {_q(str(index % 4 + 1))}}}"
        )
    (out / "ntmplan-workspace.yaml").write_text(
        WORKSPACE.format(
            name=_q("Các xã sinh tự động"),
            upper="TỈNH THỬ NGHIỆM",
            place="Thử Nghiệm",
            plans="\n".join(entries),
        ),
        encoding="utf-8",
        newline="\n",
    )
    return roots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--years", default="2021-2025", help="first-last year, e.g. 2021-2025")
    parser.add_argument("--broken", type=int, default=0, help="spoil the last K communes")
    args = parser.parse_args(argv)
    first, last = (int(y) for y in args.years.split("-"))
    roots = make_communes(args.out, args.n, args.seed, (first, last), args.broken)
    print(f"{len(roots)} communes in {args.out / 'communes'}; workspace {args.out / 'ntmplan-workspace.yaml'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
