"""ntmplan: a tracker for a Vietnamese commune's New Rural Development (nông thôn mới) plan.

The library API: ``load_plan(dir)`` returns the plan and every diagnostic of one run.
"""

from .errors import Diagnostic, ExitCode, NtmplanError, Severity, SourceLocation
from .loader import load_plan
from .models import Period, Plan, parse_amount

__version__ = "0.1.0"

__all__ = ["Diagnostic", "ExitCode", "NtmplanError", "Period", "Plan", "Severity", "SourceLocation",
           "__version__", "load_plan", "parse_amount"]
