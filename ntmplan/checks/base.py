"""What a check is given, and the small helpers every check shares."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

from ..errors import Diagnostic, SourceLocation
from ..models import Plan
from ..models.criteria import CriteriaSet


class Locator(Protocol):
    def __call__(self, rel: str, loc: Sequence[Any], *, at_key: bool = False) -> SourceLocation:
        """The location of ``loc`` in the plan file ``rel`` (relative to the plan dir)."""
        ...


Check = Callable[[Plan, Locator, CriteriaSet], Iterable[Diagnostic]]
"""A pure function of the plan, a locator and the national criteria, yielding diagnostics."""

K = TypeVar("K", bound=Hashable)


def duplicates(keys: Iterable[K]) -> Iterator[tuple[int, K]]:
    """(index, key) of every second occurrence of a key (a third is not reported again)."""
    seen: dict[K, int] = {}
    for i, key in enumerate(keys):
        seen[key] = seen.get(key, 0) + 1
        if seen[key] == 2:
            yield i, key
