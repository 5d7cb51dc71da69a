"""Every sentence a person reads, in Vietnamese (the default) and English.

The words live in :mod:`ntmplan.i18n.catalogue`: ``CATALOGUE`` maps a stable key (a
diagnostic's ``CODE`` or ``CODE.variant``, or a dotted name such as ``refuse.no_item``) to its
(vi, en) templates with ``{named}`` parameters; ``HELP`` maps the English ``--help`` text
written in the code to its Vietnamese translation.

Library code that raises or reports something builds a :class:`Msg`: a ``str`` whose value is
the English sentence (so logs, ``str(exc)`` and old comparisons keep working) and which
remembers its key and parameters, so the CLI can print it in the chosen language with
:func:`tr`. This module imports nothing else from ntmplan except the domain words.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from ..words import Word
from .catalogue import CATALOGUE, HELP

LANGS = ("vi", "en")
_current = {"lang": "vi"}


def set_lang(lang: str) -> None:
    _current["lang"] = lang if lang in LANGS else "vi"


def get_lang() -> str:
    return _current["lang"]


def lang_from(argv: Sequence[str], environ: Mapping[str, str] = os.environ) -> str:
    """The language asked for by ``--lang X`` / ``--lang=X`` in ``argv``, else ``NTMPLAN_LANG``, else vi."""
    chosen = environ.get("NTMPLAN_LANG", "vi")
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            chosen = argv[i + 1]
        elif arg.startswith("--lang="):
            chosen = arg.partition("=")[2]
    chosen = chosen.strip().lower()
    return chosen if chosen in LANGS else "vi"


def _param(value: Any, lang: str) -> str:
    if isinstance(value, Msg):
        return value.render(lang)
    if isinstance(value, Word):
        return value.name_in(lang)
    if isinstance(value, bool):
        return t("word.yes" if value else "word.no", lang)
    if isinstance(value, (Decimal, float)) and lang == "vi":
        return format(value, "f" if isinstance(value, Decimal) else "g").replace(".", ",")
    if isinstance(value, (list, tuple)):
        return ", ".join(_param(v, lang) for v in value)
    return str(value)


def t(key: str, lang: str | None = None, /, **params: Any) -> str:
    """The catalogue entry ``key`` in ``lang`` (default: the chosen language), parameters filled in."""
    vi, en = CATALOGUE[key]
    chosen = lang or get_lang()
    template = en if chosen == "en" else vi
    if not params:
        return template
    return template.format(**{k: _param(v, chosen) for k, v in params.items()})


class Msg(str):
    """A sentence from the catalogue: its English text as a ``str``, plus its key and parameters."""

    key: str
    params: dict[str, Any]

    def __new__(cls, key: str, /, **params: Any) -> Msg:
        obj = super().__new__(cls, t(key, "en", **params))
        obj.key = key
        obj.params = params
        return obj

    def render(self, lang: str | None = None) -> str:
        return t(self.key, lang, **self.params)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.key, self.params))


def _rebuild(key: str, params: dict[str, Any]) -> Msg:
    return Msg(key, **params)


_EXACT: dict[str, str] = {}
_PATTERNS: list[tuple[re.Pattern[str], str]] = []


def _compile() -> None:
    """English templates → (regex, key), most specific (most literal text) first."""
    found: list[tuple[int, re.Pattern[str], str]] = []
    for key, (_vi, en) in CATALOGUE.items():
        parts = re.split(r"\{(\w+)\}", en)
        if len(parts) == 1:
            _EXACT.setdefault(en, key)
            continue
        regex, seen = "", set()
        for i, part in enumerate(parts):
            if i % 2 == 0:
                regex += re.escape(part)
            else:
                any_text = r"\d+" if part == "count" else ".+?"  # {count}: a whole number, by convention
                regex += f"(?P={part})" if part in seen else f"(?P<{part}>{any_text})"
                seen.add(part)
        found.append((sum(len(p) for p in parts[::2]), re.compile(regex, re.S), key))
    found.sort(key=lambda f: -f[0])
    _PATTERNS.extend((rx, key) for _, rx, key in found)


def match(text: str) -> tuple[str, dict[str, str]] | None:
    """The catalogue key whose English template ``text`` is, with the parameters read from it."""
    if not _PATTERNS:
        _compile()
    if text in _EXACT:
        return _EXACT[text], {}
    for rx, key in _PATTERNS:
        m = rx.fullmatch(text)
        if m:
            return key, m.groupdict()
    return None


def tr(text: str | None, lang: str | None = None) -> str:
    """A message in the chosen language.

    A :class:`Msg` is rendered from its key; other text written by library code in English is
    recognised by its catalogue template and its parameters are translated in turn. Text that
    matches no template is returned as is (the catalogue test finds such sentences).
    """
    if text is None:
        return ""
    if isinstance(text, Msg):
        return text.render(lang)
    chosen = lang or get_lang()
    if chosen == "en" or not text.strip():
        return text
    found = match(text)
    if found is None:
        return text
    key, params = found
    template = CATALOGUE[key][0]
    return template.format(**{k: tr(v, chosen) for k, v in params.items()}) if params else template


def help_text(english: str | None, lang: str | None = None) -> str | None:
    """``--help`` text in the chosen language (the code writes it in English)."""
    if english is None or (lang or get_lang()) == "en":
        return english
    return HELP.get(" ".join(english.split()), english)


def word(value: str, kind: type[Word], lang: str | None = None) -> str:
    """The name of a domain word given by its id (``done`` → ``Hoàn thành``); unknown ids as is."""
    member = kind._value2member_map_.get(value)
    return member.name_in(lang or get_lang()) if isinstance(member, Word) else value


def criteria_summary(counts: Mapping[str, int], total: int, of: str = "criteria", lang: str | None = None) -> str:
    """``đạt 1/19 tiêu chí, 18 chưa có ngưỡng`` (``of``: ``criteria`` or ``conditions``): the one
    wording of a criteria count, for the terminal (any language) and the reports (Vietnamese)."""
    from ..words import CriterionState

    parts = [
        t("criteria.summary.met", lang, met=counts.get("met", 0), total=total, noun=t(f"criteria.noun.{of}", lang))
    ]
    for state in ("not-met", "no-data", "no-threshold"):
        if counts.get(state):
            parts.append(
                t("criteria.summary.count", lang, count=counts[state], state=word(state, CriterionState, lang))
            )
    return ", ".join(parts)


def criteria_assessment(years: str, level: str, met: int, not_met: int, total: int, lang: str | None = None) -> str:
    """``theo Bộ tiêu chí 2021–2025 (Nông thôn mới nâng cao): đạt 12/19, chưa đạt 2, chưa đánh giá 5``."""
    from ..words import Level

    return t(
        "criteria.assessment",
        lang,
        years=years,
        level=word(level, Level, lang),
        met=met,
        total=total,
        not_met=not_met,
        rest=total - met - not_met,
    )


def condition_detail(condition: Any, lang: str | None = None) -> str:
    """What a kiểu mẫu condition (``criteria_eval.ConditionResult``) was judged on: the nâng cao
    count (K1), the income against its threshold (K2), the value read (K3, K4)."""
    from . import figures

    if condition.counts is not None:
        return t("condition.level", lang, summary=criteria_summary(condition.counts, condition.total, "criteria", lang))
    if condition.income:
        shown = t("condition.none", lang) if condition.value is None else figures.number(condition.value, lang=lang)
        if condition.threshold is None:
            need = t("condition.no_threshold", lang)
        else:
            # the nâng cao threshold × 1,10: 110,00 reads as 110, 88,000 as 88 (never 1.1E+2)
            plain = condition.threshold.normalize()
            plain = plain.quantize(1) if plain == plain.to_integral_value() else plain
            need = t("condition.needs", lang, threshold=figures.number(plain, lang=lang))
        return t("condition.income", lang, value=shown, need=need)
    if condition.value is None:
        return t("no_data", lang)
    return figures.measure(condition.value, "number", condition.unit, lang)


def recognition_text(line: Any, lang: str | None = None) -> str:
    """``công nhận đạt chuẩn Nông thôn mới năm 2017 (Quyết định số … ngày …), theo Bộ tiêu chí giai
    đoạn 2016–2020`` for a ``criteria_eval.RecognitionLine``."""
    from ..words import Level

    decision = ""
    if line.decision and line.date:
        decision = t("criteria.recognition.decision", lang, decision=line.decision, date=line.date)
    elif line.decision:
        decision = t("criteria.recognition.decision_only", lang, decision=line.decision)
    level = word(line.level, Level, lang)
    return t("criteria.recognition", lang, level=level, year=line.year, decision=decision, set=line.criteria_set)
