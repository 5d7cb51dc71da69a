"""ntmplan: a tracker for a Vietnamese commune's New Rural Development (nông thôn mới) plan.

The library API: ``load_plan(dir)`` returns the plan and every diagnostic of one run.
Names are imported on first use, so that ``ntmplan --help`` does not pay for Pydantic.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Diagnostic": "ntmplan.errors",
    "ExitCode": "ntmplan.errors",
    "NtmplanError": "ntmplan.errors",
    "Severity": "ntmplan.errors",
    "SourceLocation": "ntmplan.errors",
    "load_plan": "ntmplan.loader",
    "Period": "ntmplan.models",
    "Plan": "ntmplan.models",
    "parse_amount": "ntmplan.models",
}

__all__ = [
    "Diagnostic",
    "ExitCode",
    "NtmplanError",
    "Period",
    "Plan",
    "Severity",
    "SourceLocation",
    "__version__",
    "load_plan",
    "parse_amount",
]

if TYPE_CHECKING:
    from .errors import Diagnostic, ExitCode, NtmplanError, Severity, SourceLocation
    from .loader import load_plan
    from .models import Period, Plan, parse_amount


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'ntmplan' has no attribute {name!r}")
