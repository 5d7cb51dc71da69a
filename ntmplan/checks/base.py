"""What a check needs to say where something is."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from ..errors import SourceLocation


class Locator(Protocol):
    def __call__(self, rel: str, loc: Sequence[Any], *, at_key: bool = False) -> SourceLocation:
        """The location of ``loc`` in the plan file ``rel`` (relative to the plan dir)."""
        ...
