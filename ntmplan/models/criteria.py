"""National criteria (Quyết định 318/QĐ-TTg) and a plan's own additions.

Thresholds that the reference does not confirm stay empty: such an indicator evaluates to
``no-threshold``, never to met.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import Model, Number, Text
from .document import Level

IndicatorKind = Literal["percent", "number", "yes-no"]
Direction = Literal[">=", "<="]


class Threshold(Model):
    level: Level
    value: Number | None = Field(default=None, description="The same threshold every year")
    by_year: dict[int, Number] = Field(default_factory=dict, description="Threshold that changes by year")
    source: Text | None = Field(default=None, description="Where the threshold comes from")

    def for_year(self, year: int) -> Number | None:
        if self.by_year:
            return self.by_year.get(year)
        return self.value


class Indicator(Model):
    id: Text = Field(description="Indicator id, e.g. 3.1")
    criterion: int | None = Field(default=None, ge=1, description="The criterion it belongs to (none: a kiểu mẫu input)")
    name: Text
    kind: IndicatorKind
    unit: Text | None = None
    direction: Direction | None = Field(default=None, description="Required for number and percent")
    thresholds: list[Threshold] = Field(default_factory=list)
    confirmed: bool = Field(default=False, description="Whether the reference confirms the indicator")
    source: Text | None = None

    def threshold(self, level: Level) -> Threshold | None:
        return next((t for t in self.thresholds if t.level == level), None)


class CriteriaConfig(Model):
    """plan/criteria.yaml: province guidance that adds or overrides indicators."""

    region: Text | None = None
    indicators: list[Indicator] = Field(default_factory=list, description="Added or overriding indicators")


class Criterion(Model):
    number: int = Field(ge=1)
    name: Text
    group: Text


class CriteriaGroup(Model):
    id: Text
    name: Text


class Condition(Model):
    id: Text
    text: Text


class KieuMau(Model):
    """The rules of Quyết định 319/QĐ-TTg for xã nông thôn mới kiểu mẫu."""

    decision: Text
    title: Text
    income_factor: Number = Field(description="Income must reach this multiple of the nâng cao threshold")
    income_indicator: Text
    conditions: list[Condition]
    indicators: list[Indicator]


class CriteriaSet(Model):
    """The national set, shipped with ntmplan (ntmplan/data/criteria-318.yaml)."""

    decision: Text
    title: Text
    groups: list[CriteriaGroup]
    criteria: list[Criterion]
    indicators: list[Indicator]
    kieu_mau: KieuMau

    def merged(self, config: CriteriaConfig) -> list[Indicator]:
        """National and kiểu mẫu indicators, with the plan's own replacing those of the same id."""
        own = {i.id: i for i in config.indicators}
        base = [*self.indicators, *self.kieu_mau.indicators]
        merged = [own.pop(i.id, i) for i in base]
        return merged + list(own.values())


