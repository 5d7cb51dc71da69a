"""National criteria (Quyết định 318/QĐ-TTg) and a plan's own additions.

Thresholds that the reference does not confirm stay empty: such an indicator evaluates to
``no-threshold``, never to met.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field

from .base import Model, Number, Text
from .document import Level
from .numbers import parse_yes_no, scale_of


def _shown(value: Decimal) -> str:
    """A number as Vietnamese writes it, without importing the formatting layer."""
    text = format(value.normalize(), "f") if value == value else str(value)
    whole, _, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    groups: list[str] = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return sign + ".".join(groups) + ("," + frac if frac else "")


IndicatorKind = Literal["percent", "number", "yes-no"]
Direction = Literal[">=", "<="]

_BASIS_WORDS = {"tự đánh giá": "self-assessed", "thẩm định": "appraised", "tu-danh-gia": "self-assessed"}


def _verdict_word(value: Any) -> Any:
    """``đạt`` / ``met`` → met; ``chưa đạt`` / ``không đạt`` / ``not-met`` → not-met; else left to be refused."""
    if isinstance(value, bool):
        return "met" if value else "not-met"
    if isinstance(value, str):
        answer = parse_yes_no(value)
        if answer is not None:
            return "met" if answer else "not-met"
    return value


def basis_word(value: Any) -> Any:
    """``thẩm định`` → appraised, ``tự đánh giá`` → self-assessed; anything else unchanged."""
    if isinstance(value, str):
        word = " ".join(unicodedata.normalize("NFC", value).strip().lower().replace("_", "-").split())
        return _BASIS_WORDS.get(word, word)
    return value


VerdictStatus = Annotated[Literal["met", "not-met"], BeforeValidator(_verdict_word)]
Basis = Annotated[Literal["self-assessed", "appraised"], BeforeValidator(basis_word)]


class Verdict(Model):
    """A recorded judgement on a criterion or an indicator: the commune's own or the upper level's."""

    level: Literal["ntm", "nang-cao"] | None = Field(
        default=None, description="The set it judges (ntm or nang-cao); none: whichever level is evaluated"
    )
    status: VerdictStatus = Field(description="đạt (met) or chưa đạt (not-met)")
    basis: Basis = Field(
        default="self-assessed", description="self-assessed (tự đánh giá, default) or appraised (thẩm định)"
    )
    source: Text | None = Field(default=None, description="The document it rests on, e.g. Văn bản số …")
    note: Text | None = Field(default=None, description="A remark, e.g. Theo kết quả tự đánh giá …")


class Threshold(Model):
    level: Level = Field(description="The level it applies to: ntm, nang-cao or kieu-mau")
    value: Number | None = Field(default=None, description="The same threshold every year")
    by_year: dict[int, Number] = Field(default_factory=dict, description="Threshold that changes by year")
    source: Text | None = Field(default=None, description="Where the threshold comes from")

    def for_year(self, year: int) -> Number | None:
        if self.by_year:
            return self.by_year.get(year)
        return self.value


class Indicator(Model):
    id: Text = Field(description="Indicator id, e.g. 3.1")
    criterion: int | None = Field(
        default=None, ge=1, description="The criterion it belongs to (none: a kiểu mẫu input)"
    )
    name: Text = Field(description="What it measures, as the decision words it")
    kind: IndicatorKind = Field(description="percent, number or yes-no (đạt / không đạt)")
    unit: Text | None = Field(default=None, description="Unit of a number, e.g. triệu đồng/người/năm")
    direction: Direction | None = Field(default=None, description="Required for number and percent")
    thresholds: list[Threshold] = Field(
        default_factory=list, description="Thresholds by level; none means no-threshold"
    )
    confirmed: bool = Field(default=False, description="Whether the reference confirms the indicator")
    source: Text | None = Field(default=None, description="Where the indicator and its thresholds come from")

    def threshold(self, level: Level) -> Threshold | None:
        return next((t for t in self.thresholds if t.level == level), None)

    @property
    def expects(self) -> str:
        """What a value of this indicator looks like, in words."""
        if self.kind == "yes-no":
            return "đạt or không đạt"
        if self.kind == "percent":
            return "a percentage from 0 to 100 (85 or 85,5%)"
        return f"a number in {self.unit}" if self.unit else "a number"

    def value_problem(self, value: Decimal | bool, unit: str | None = None) -> str | None:
        """Why ``value`` (written with ``unit``) cannot be this indicator's value; None if it can."""
        if self.kind == "yes-no":
            if isinstance(value, bool):
                return None
            return f"indicator {self.id} takes đạt or không đạt, not the number {_shown(value)}"
        if isinstance(value, bool):
            word = "đạt" if value else "không đạt"
            return f"indicator {self.id} takes {self.expects}, not the yes/no word '{word}'"
        if unit is not None and not self._unit_fits(unit):
            return f"{_shown(value)} {unit}: indicator {self.id} takes {self.expects}"
        if self.kind == "percent" and not 0 <= value <= 100:
            return f"{_shown(value)} is not a percentage; indicator {self.id} takes {self.expects}"
        scale = scale_of(self.unit)
        if unit is None and scale is not None and value >= 1_000_000:
            return (
                f"{_shown(value)} {self.unit} is out of range: the indicator counts in {self.unit}; "
                f"did you mean {_shown(value / scale)}?"
            )
        return None

    def _unit_fits(self, unit: str) -> bool:
        written = " ".join(unit.lower().split())
        if self.kind == "percent":
            return written == "%"
        own = " ".join((self.unit or "").lower().split())
        return bool(own) and (own == written or own.startswith(written + " ") or own.startswith(written + "/"))


class SuppliedSet(Model):
    """The ``set:`` header of a plan's or province's own criteria set, for years ntmplan ships none for."""

    decision: Text = Field(description="The deciding document, e.g. Quyết định 51/2025/QĐ-TTg")
    name: Text = Field(description="The set's title as the decision gives it")
    first_year: int = Field(ge=2000, le=2100, description="First year of the period the set judges")
    last_year: int = Field(ge=2000, le=2100, description="Last year of the period the set judges")


class CriteriaConfig(Model):
    """plan/criteria.yaml: province guidance that adds or overrides indicators of the shipped set; or,
    with ``set:``, a whole criteria set for years ntmplan ships none for."""

    region: Text | None = Field(default=None, description="The region whose thresholds apply, e.g. Đồng bằng sông Hồng")
    set: SuppliedSet | None = Field(
        default=None, description="A whole set for years ntmplan ships none for (then groups and criteria too)"
    )
    groups: list[CriteriaGroup] = Field(default_factory=list, description="With set: the groups of criteria")
    criteria: list[Criterion] = Field(default_factory=list, description="With set: the criteria")
    indicators: list[Indicator] = Field(default_factory=list, description="Added or overriding indicators")

    def supplied_set(self) -> CriteriaSet | None:
        """The whole set this file supplies, or None when it only adds to the shipped set."""
        if self.set is None:
            return None
        return CriteriaSet(
            decision=self.set.decision,
            title=self.set.name,
            first_year=self.set.first_year,
            last_year=self.set.last_year,
            groups=self.groups,
            criteria=self.criteria,
            indicators=self.indicators,
            kieu_mau=None,
        )


class Criterion(Model):
    number: int = Field(ge=1, description="Tiêu chí số …")
    name: Text = Field(description="The criterion's name")
    group: Text = Field(description="Id of its group (I–V)")


class CriteriaGroup(Model):
    id: Text = Field(description="Roman numeral of the group")
    name: Text = Field(description="The group's name")


class Condition(Model):
    id: Text = Field(description="K1 … K4")
    text: Text = Field(description="The condition as the decision states it")


class KieuMau(Model):
    """The rules of Quyết định 319/QĐ-TTg for xã nông thôn mới kiểu mẫu."""

    decision: Text = Field(description="The deciding document, 319/QĐ-TTg")
    title: Text = Field(description="What it regulates")
    income_factor: Number = Field(description="Income must reach this multiple of the nâng cao threshold")
    income_indicator: Text = Field(description="Id of the income indicator")
    conditions: list[Condition] = Field(description="The four conditions, all required")
    indicators: list[Indicator] = Field(description="Inputs the conditions read (smart villages, outstanding fields)")


class CriteriaSet(Model):
    """The national set, shipped with ntmplan (ntmplan/data/criteria-318.yaml)."""

    decision: Text = Field(description="The deciding document, 318/QĐ-TTg")
    title: Text = Field(description="The set's title")
    first_year: int = Field(ge=2000, le=2100, description="First year of the period the set judges")
    last_year: int = Field(ge=2000, le=2100, description="Last year of the period the set judges")
    groups: list[CriteriaGroup] = Field(description="The groups of criteria")
    criteria: list[Criterion] = Field(description="The 19 criteria")
    indicators: list[Indicator] = Field(description="Indicators known to the reference, thresholds where confirmed")
    kieu_mau: KieuMau | None = Field(
        default=None, description="The rules for xã nông thôn mới kiểu mẫu (none in a supplied set)"
    )

    @property
    def years_label(self) -> str:
        """``2021–2025``."""
        return f"{self.first_year}–{self.last_year}"

    def merged(self, config: CriteriaConfig) -> list[Indicator]:
        """National and kiểu mẫu indicators, with the plan's own replacing those of the same id."""
        base = [*self.indicators, *(self.kieu_mau.indicators if self.kieu_mau else [])]
        if config.set is not None:  # a file supplying a whole set adds nothing to another set
            return base
        own = {i.id: i for i in config.indicators}
        merged = [_overlay(i, own.pop(i.id)) if i.id in own else i for i in base]
        return merged + list(own.values())


def _given(threshold: Threshold) -> bool:
    """A threshold with a figure; a blank one (as the template writes it) is none."""
    return threshold.value is not None or bool(threshold.by_year)


def _overlay(shipped: Indicator, own: Indicator) -> Indicator:
    """The plan's indicator, keeping the shipped threshold of each level the plan leaves blank."""
    given = [t for t in own.thresholds if _given(t)]
    levels = {t.level for t in given}
    kept = [t for t in shipped.thresholds if t.level not in levels]
    return own.model_copy(update={"thresholds": [*kept, *given]})
