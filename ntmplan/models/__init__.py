"""Pydantic models of a commune plan: frozen, unknown keys forbidden, no I/O."""

from .amount import Amount, AmountError, parse_amount
from .components import Component, Components, Item
from .criteria import CriteriaConfig, CriteriaSet, Criterion, Indicator, Threshold
from .document import Document, Objectives, Solutions
from .funding import Funding, Source
from .period import Period, PeriodError
from .plan import Plan
from .progress import STATUSES, ItemProgress, Progress
from .units import Unit, Units

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
