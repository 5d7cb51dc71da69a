"""A quarter's progress: one file per quarter under plan/progress/."""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, PlainSerializer, StrictBool, model_validator
from pydantic_core import PydanticCustomError

from ..words import RECORDABLE, ItemStatus
from .amount import Amount
from .base import ComponentNo, Model, Percent, Text, bounded
from .criteria import Basis, Verdict, VerdictStatus
from .numbers import EXAMPLES, YES_NO_WORDS, NumberError, parse_yes_no, read_number
from .period import Period, validate_period

PeriodField = Annotated[Period, BeforeValidator(validate_period), PlainSerializer(str, return_type=str)]
"""A period in a plan file (``period: 2023-Q3``); the models import pydantic, Period itself does not."""

STATUSES: tuple[str, ...] = tuple(s.value for s in RECORDABLE)
STATUS_NAMES: dict[str, str] = {s.value: s.vi for s in RECORDABLE}


def normalise_status(value: Any) -> Any:
    """Any spelling of a status (:class:`ntmplan.words.ItemStatus`: ``Done``, ``hoàn thành``,
    ``hoan thanh``, ``xong``, ``vướng mắc`` …) → its id (``done``); anything else is left to be refused."""
    if not isinstance(value, str):
        return value
    found = ItemStatus.read(unicodedata.normalize("NFC", value))
    if found is not None and found in RECORDABLE:
        return found.value
    return unicodedata.normalize("NFC", value).strip()


Status = Annotated[Literal["not-started", "in-progress", "done", "blocked"], BeforeValidator(normalise_status)]


def _yes_no_or_number(value: Any) -> bool | Decimal:
    """A yes/no word (``đạt``, ``không đạt``) or a number read by :mod:`.numbers`; one message otherwise."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        answer = parse_yes_no(value)
        if answer is not None:
            return answer
    try:
        return bounded(read_number(value, f"expected a number such as {EXAMPLES}, or {YES_NO_WORDS}").value)
    except NumberError as exc:
        raise PydanticCustomError("indicator_value", "{reason}", {"reason": str(exc)}) from None


# the before-validator reads the value whole (one message for anything it cannot read)
IndicatorValueType = Annotated[StrictBool | Decimal, BeforeValidator(_yes_no_or_number)]


class ItemProgress(Model):
    """An item's progress in a quarter. ``result`` and ``reason`` are public (printed in reports);
    ``note`` is private to the officers (printed only with ``report --with-notes``)."""

    status: Status = Field(description="not-started, in-progress, done or blocked")
    percent: Percent | None = Field(default=None, description="How far the item got, 0–100")
    result: Text | None = Field(default=None, description="Kết quả: what was achieved, printed in reports")
    reason: Text | None = Field(default=None, description="Nguyên nhân: why a blocked item is stuck, in reports")
    note: Text | None = Field(default=None, description="Ghi chú: a private note for the officers, never in a report")


def status_conflict(status: str, percent: Decimal | float | None) -> str | None:
    """Why a status and a percentage contradict each other, or None when they agree."""
    if percent is None:
        return None
    if status == "done" and percent != 100:
        return "a done item is at 100%"
    if status == "not-started" and percent != 0:
        return "an item not started is at 0%"
    if status in ("in-progress", "blocked") and percent == 100:
        return "an item at 100% is done"
    return None


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
    """An indicator's figure for the period, or a verdict on it (đạt / chưa đạt, with its basis), or both."""

    @model_validator(mode="before")
    @classmethod
    def _unit_after_number(cls, data: Any) -> Any:
        """``value: 72,5 triệu`` → value 72,5 written in ``triệu`` (checked against the indicator's unit)."""
        if isinstance(data, dict) and isinstance(data.get("value"), str) and parse_yes_no(data["value"]) is None:
            try:
                reading = read_number(data["value"])
            except NumberError:
                return data  # the field's validator says what is wrong
            if reading.unit is not None:
                data = {**data, "value": reading.value, "unit": data.get("unit", reading.unit)}
        return data

    value: IndicatorValueType | None = Field(default=None, description="A number (72,5; 85%), or đạt / không đạt")
    unit: Text | None = Field(default=None, description="The unit the value is written in, if given (72,5 triệu)")
    status: VerdictStatus | None = Field(default=None, description="A verdict: đạt or chưa đạt")
    basis: Basis | None = Field(
        default=None, description="self-assessed (tự đánh giá, default) or appraised (thẩm định)"
    )
    source: Text | None = Field(default=None, description="The document the verdict rests on")
    note: Text | None = Field(default=None, description="Where the figure comes from, or a remark")

    @model_validator(mode="after")
    def _something(self) -> IndicatorValue:
        if self.value is None and self.status is None:
            raise ValueError("give a value (a number or đạt / không đạt) or a verdict (status: đạt / chưa đạt)")
        return self

    @property
    def verdict(self) -> Verdict | None:
        """The recorded verdict, if any."""
        if self.status is None:
            return None
        return Verdict(status=self.status, basis=self.basis or "self-assessed", source=self.source, note=self.note)


class Progress(Model):
    """plan/progress/YYYY-Qn.yaml."""

    period: PeriodField = Field(description="The quarter, e.g. 2023-Q3 (the same as the file name)")
    items: dict[str, ItemProgress] = Field(default_factory=dict, description="Progress by item id (2.a, 2.đ)")
    funding: dict[str, SourceFunding] = Field(default_factory=dict, description="Money mobilised by source id")
    indicators: dict[str, IndicatorValue] = Field(default_factory=dict, description="Indicator values by id (3.1)")
    criteria: dict[int, Verdict] = Field(
        default_factory=dict, description="Verdicts on whole criteria by number (tự đánh giá, thẩm định)"
    )
    shortcomings: list[Text] = Field(default_factory=list, description="Tồn tại, hạn chế")
    next_tasks: list[Text] = Field(default_factory=list, description="Nhiệm vụ trọng tâm kỳ tới")
    proposals: list[Text] = Field(default_factory=list, description="Đề xuất, kiến nghị")
    direction: list[Text] = Field(default_factory=list, description="Công tác chỉ đạo, điều hành")
    assessment: list[Text] = Field(default_factory=list, description="Đánh giá chung")
    lessons: list[Text] = Field(default_factory=list, description="Bài học kinh nghiệm")
