"""The domain's words, defined once: item statuses, criteria states, levels, milestone states.

Each is a ``StrEnum`` whose value is the machine id written in YAML and JSON (``done``,
``met``, ``nang-cao``) and which carries its Vietnamese and English names and the other words
officers type for it. Models, queries, the catalogue, views and reports all use these.
This module imports nothing from ntmplan (it sits at the bottom with ``errors``).
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Iterable
from enum import StrEnum
from typing import Any, Self


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case without diacritics, spaces and dashes collapsed: ``Hoàn  thành`` → ``hoan thanh``."""
    text = unicodedata.normalize("NFD", text.strip().lower()).replace("đ", "d").replace("Đ", "d")
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return re.sub(r"[\s_\-]+", " ", text).strip()


def suggest(text: str, choices: Iterable[str]) -> str | None:
    """The choice ``text`` is a near miss of (a typo, diacritics left out), or None.

    Compared without diacritics and case: ``hoan thnah`` → ``hoàn thành``, ``percen`` → ``percent``.
    """
    by_fold: dict[str, str] = {}
    for choice in choices:
        by_fold.setdefault(fold(choice), choice)
    close = difflib.get_close_matches(fold(text), list(by_fold), n=1, cutoff=0.75)
    return by_fold[close[0]] if close else None


_TABLES: dict[type, dict[str, Any]] = {}


class Word(StrEnum):
    """A domain word: its id (the value), its names, and the extra words accepted for it."""

    vi: str
    en: str
    aliases: tuple[str, ...]

    def __new__(cls, value: str, vi: str, en: str, *aliases: str) -> Self:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.vi = vi
        obj.en = en
        obj.aliases = aliases
        return obj

    def name_in(self, lang: str) -> str:
        return self.en if lang == "en" else self.vi

    @classmethod
    def words(cls) -> dict[str, Self]:
        """Every accepted spelling, folded (no diacritics, lower case) → the word."""
        return dict(cls._table())

    @classmethod
    def _table(cls) -> dict[str, Self]:
        """The folded spellings, built once per class (every status of every progress file is read here)."""
        table: dict[str, Any] | None = _TABLES.get(cls)
        if table is None:
            table = {}
            for member in cls:
                for spelling in (member.value, member.vi, member.en, *member.aliases):
                    table.setdefault(fold(spelling), member)
            _TABLES[cls] = table
        return table

    @classmethod
    def of(cls, value: str) -> Self:
        """The word whose id is ``value`` (a KeyError for any other text: ids come from the models)."""
        member = cls._value2member_map_[value]
        assert isinstance(member, cls)
        return member

    @classmethod
    def read(cls, text: str) -> Self | None:
        """The word ``text`` names (any accepted spelling, with or without diacritics), else None."""
        return cls._table().get(fold(text))

    @classmethod
    def suggest(cls, text: str, among: Iterable[Self] | None = None) -> str | None:
        """The spelling (id or Vietnamese name) ``text`` is a near miss of, or None."""
        members = list(cls) if among is None else list(among)
        spellings = [s for m in members for s in (m.vi.lower(), m.value, *m.aliases)]
        return suggest(text, spellings)

    @classmethod
    def accepted(cls, among: Iterable[Self] | None = None) -> str:
        """Every accepted spelling, for --help and the README: ``done = hoàn thành, xong, …``."""
        members = list(cls) if among is None else list(among)
        return "; ".join(
            f"{m.value} = "
            + ", ".join(
                dict.fromkeys(s for s in (m.vi.lower(), *m.aliases) if fold(s) not in (fold(m.value), fold(m.en)))
            )
            for m in members
        )

    @classmethod
    def spellings(cls) -> list[str]:
        """The forms shown in --help: id, then the Vietnamese name, per member."""
        return [f"{m.value} ({m.vi.lower()})" for m in cls]


class ItemStatus(Word):
    NOT_STARTED = "not-started", "Chưa triển khai", "Not started", "chưa TK", "chưa thực hiện", "chưa làm"
    IN_PROGRESS = "in-progress", "Đang thực hiện", "In progress", "đang TH", "đang triển khai", "đang làm", "doing"
    DONE = "done", "Hoàn thành", "Done", "xong", "đã xong", "đã hoàn thành"
    BLOCKED = "blocked", "Vướng mắc", "Blocked", "vướng", "khó khăn", "tạm dừng"
    NO_REPORT = "no-report", "Chưa báo cáo", "Not reported", "chưa BC", "not reported"


RECORDABLE: tuple[ItemStatus, ...] = (
    ItemStatus.NOT_STARTED,
    ItemStatus.IN_PROGRESS,
    ItemStatus.DONE,
    ItemStatus.BLOCKED,
)


class CriterionState(Word):
    MET = "met", "đạt", "met", "dat"
    NOT_MET = "not-met", "chưa đạt", "not met", "không đạt"
    NO_DATA = "no-data", "chưa có số liệu", "no data"
    NO_THRESHOLD = "no-threshold", "chưa có ngưỡng", "no threshold"


class Level(Word):
    NTM = "ntm", "Nông thôn mới", "New rural", "nông thôn mới", "nong thon moi"
    NANG_CAO = "nang-cao", "Nông thôn mới nâng cao", "Advanced new rural", "nâng cao"
    KIEU_MAU = "kieu-mau", "Nông thôn mới kiểu mẫu", "Model new rural", "kiểu mẫu"


LEVELS: tuple[str, ...] = tuple(level.value for level in Level)
"""The levels' ids, lowest first: ``ntm``, ``nang-cao``, ``kieu-mau``."""


class MilestoneState(Word):
    ACHIEVED = "achieved", "đã đạt", "achieved"
    TARGET = "target", "phấn đấu", "target"
    OVERDUE = "overdue", "quá hạn", "overdue"


BASES: tuple[str, ...] = ("computed", "self-assessed", "appraised")
"""What a criteria result rests on: a value against a sourced threshold, or a recorded verdict."""
BASIS_NAMES: dict[str, str] = {
    "computed": "tính theo số liệu và ngưỡng",
    "self-assessed": "xã tự đánh giá",
    "appraised": "cấp trên thẩm định",
}
