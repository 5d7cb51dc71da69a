"""A quarter's progress: one file per quarter under plan/progress/."""

from __future__ import annotations

import unicodedata
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, StrictBool, model_validator

from .amount import Amount
from .base import ComponentNo, Model, Number, Percent, Text
from .period import PeriodField

STATUSES: tuple[str, ...] = ("not-started", "in-progress", "done", "blocked")
STATUS_NAMES: dict[str, str] = {
    "not-started": "Chưa triển khai",
    "in-progress": "Đang thực hiện",
    "done": "Hoàn thành",
    "blocked": "Vướng mắc",
}
_STATUS_WORDS = {name.lower(): key for key, name in STATUS_NAMES.items()}


def normalise_status(value: Any) -> Any:
    """``Done``, ``hoàn thành`` or ``Hoàn thành`` → ``done``; anything else is left to be refused."""
    if not isinstance(value, str):
        return value
    word = unicodedata.normalize("NFC", value).strip().lower().replace("_", "-")
    return _STATUS_WORDS.get(word, word)


Status = Annotated[Literal["not-started", "in-progress", "done", "blocked"], BeforeValidator(normalise_status)]

_YES = {"đạt", "có", "yes", "true"}
_NO = {"không đạt", "chưa đạt", "không", "no", "false"}


def parse_yes_no(text: str) -> bool | None:
    """``đạt`` / ``có`` / ``yes`` → True, ``không đạt`` / ``chưa đạt`` / ``no`` → False, else None."""
    word = unicodedata.normalize("NFC", text).strip().lower()
    return True if word in _YES else False if word in _NO else None


def _yes_no_or_number(value: Any) -> Any:
    if isinstance(value, str):
        answer = parse_yes_no(value)
        if answer is not None:
            return answer
    return value


IndicatorValueType = Annotated[StrictBool | Number, BeforeValidator(_yes_no_or_number)]


class ItemProgress(Model):
    status: Status = Field(description="not-started, in-progress, done or blocked")
    percent: Percent | None = Field(default=None, description="How far the item got, 0–100")
    note: Text | None = Field(default=None, description="A note for the officer and the report")
    result: Text | None = Field(default=None, description="What was achieved, as the report should say it")


class SourceFunding(Model):
    """Money a source brought in during the quarter (``source: 1.250.000.000`` is short for ``amount``)."""

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        return value if isinstance(value, dict) else {"amount": value}

    amount: Amount | None = Field(default=None, description="Total mobilised from the source")
    components: dict[ComponentNo, Amount] = Field(default_factory=dict, description="Breakdown by component")

    @property
    def total(self) -> int:
        if self.amount is not None:
            return self.amount
        return sum(self.components.values())


class IndicatorValue(Model):
    value: IndicatorValueType = Field(description="A number, or đạt / không đạt")
    note: Text | None = Field(default=None, description="Where the figure comes from, or a remark")


class Progress(Model):
    """plan/progress/YYYY-Qn.yaml."""

    period: PeriodField = Field(description="The quarter, e.g. 2023-Q3 (the same as the file name)")
    items: dict[str, ItemProgress] = Field(default_factory=dict, description="Progress by item id (2.a, 2.đ)")
    funding: dict[str, SourceFunding] = Field(default_factory=dict, description="Money mobilised by source id")
    indicators: dict[str, IndicatorValue] = Field(default_factory=dict, description="Indicator values by id (3.1)")
    shortcomings: list[Text] = Field(default_factory=list, description="Tồn tại, hạn chế")
    next_tasks: list[Text] = Field(default_factory=list, description="Nhiệm vụ kỳ tới")
    proposals: list[Text] = Field(default_factory=list, description="Đề xuất, kiến nghị")
