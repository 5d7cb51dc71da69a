"""Pydantic models of a commune plan: frozen, unknown keys forbidden, no I/O.

The names below are imported on first use (PEP 562), so that ``ntmplan.models.period`` — a plain
dataclass the CLI needs on every run — does not pull pydantic and every model in with it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .amount import Amount, AmountError, parse_amount
    from .components import Component, Components, Item
    from .criteria import CriteriaConfig, CriteriaSet, Criterion, Indicator, Threshold
    from .document import Document, Objectives, Solutions
    from .funding import Funding, Source
    from .period import Period, PeriodError
    from .plan import Plan
    from .progress import STATUSES, ItemProgress, Progress
    from .units import Unit, Units

_HOME = {
    "Amount": "amount",
    "AmountError": "amount",
    "parse_amount": "amount",
    "Component": "components",
    "Components": "components",
    "Item": "components",
    "CriteriaConfig": "criteria",
    "CriteriaSet": "criteria",
    "Criterion": "criteria",
    "Indicator": "criteria",
    "Threshold": "criteria",
    "Document": "document",
    "Objectives": "document",
    "Solutions": "document",
    "Funding": "funding",
    "Source": "funding",
    "Period": "period",
    "PeriodError": "period",
    "Plan": "plan",
    "STATUSES": "progress",
    "ItemProgress": "progress",
    "Progress": "progress",
    "Unit": "units",
    "Units": "units",
}

__all__ = [
    "Amount",
    "AmountError",
    "Component",
    "Components",
    "CriteriaConfig",
    "CriteriaSet",
    "Criterion",
    "Document",
    "Funding",
    "Indicator",
    "Item",
    "ItemProgress",
    "Objectives",
    "Period",
    "PeriodError",
    "Plan",
    "Progress",
    "STATUSES",
    "Solutions",
    "Source",
    "Threshold",
    "Unit",
    "Units",
    "parse_amount",
]


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOME])
