"""Sentences the reports say of query results, in the reports' language (Vietnamese).

Queries return figures; what a province's report, the roll-up's JSON and the site say of them
is worded here, once. Imports nothing heavier than the domain's words, so the roll-up's warm
path can use it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import word
from ..words import Level

if TYPE_CHECKING:
    from ..queries.rollup import Tally


def rollup_sentences(tally: Tally, level: str) -> list[str]:
    """``12/40 xã đã đạt chuẩn Nông thôn mới nâng cao`` … — what a report says of a count of communes.

    N is every commune of the workspace (or of the group), those whose plan could not be read
    included: none leaves the denominator unseen. When some could not be read, the first
    sentence says how many, before the counts that cannot include them.
    """
    n = tally.communes
    said = []
    if tally.broken:
        said.append(f"Tổng số {n} xã, trong đó {tally.broken} xã có kế hoạch chưa hợp lệ, chưa tổng hợp được kết quả")
    said += [f"{tally.recognised[lv.value]}/{n} xã đã đạt chuẩn {lv.vi}" for lv in Level]
    said.append(f"{tally.level_met}/{n} xã đạt đủ các tiêu chí {word(level, Level, 'vi')} theo số liệu đã ghi")
    if tally.late:
        said.append(f"{tally.late}/{n} xã chưa báo cáo kỳ này")
    return said
