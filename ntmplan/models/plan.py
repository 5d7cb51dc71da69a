"""The whole plan, as assembled by the loader."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import Field

from ..words import fold, suggest
from .base import Model, parse_item_id
from .components import Component, Item
from .criteria import CriteriaConfig
from .document import Document, Objectives, Solution
from .funding import Funding, Source
from .period import Period
from .progress import Progress
from .units import Unit


class Plan(Model):
    root: Path = Field(description="The plan directory")
    document: Document = Field(description="document.yaml")
    objectives: Objectives = Field(description="objectives.yaml")
    components: list[Component] = Field(description="components.yaml")
    funding: Funding = Field(description="funding.yaml")
    solutions: list[Solution] = Field(description="solutions.yaml")
    units: list[Unit] = Field(description="units.yaml")
    criteria: CriteriaConfig = Field(default_factory=CriteriaConfig, description="criteria.yaml (optional)")
    progress: list[Progress] = Field(default_factory=list, description="One entry a quarter, in order")

    @property
    def years(self) -> range:
        return range(self.document.header.start_year, self.document.header.end_year + 1)

    @property
    def years_label(self) -> str:
        """``2021–2025``."""
        return f"{self.years[0]}–{self.years[-1]}"

    def in_plan(self, period: Period) -> bool:
        return period.year in self.years

    def items(self) -> list[tuple[Component, Item]]:
        return [(c, i) for c in self.components for i in c.items]

    def component(self, number: int) -> Component | None:
        return self._index()[0].get(number)

    def item(self, item_id: str) -> tuple[Component, Item] | None:
        parsed = parse_item_id(item_id)
        return None if parsed is None else self._index()[1].get(parsed)

    def _index(self) -> tuple[dict[int, Component], dict[tuple[int, str], tuple[Component, Item]]]:
        """Components by number and items by (number, letter), the first of each as a scan finds it
        (in the component found by number: a checked plan has no duplicates, a plan being checked may).

        Built once per components list and kept beside the fields (not one of them: equality, dumps
        and the cache see only fields); a copy of the plan with other components builds its own.
        Item lookups by id are the inner loop of every query and check over the quarters."""
        kept = self.__dict__.get("_component_index")
        if kept is None or kept[0] is not self.components:
            components: dict[int, Component] = {}
            for comp in self.components:
                components.setdefault(comp.number, comp)
            items: dict[tuple[int, str], tuple[Component, Item]] = {}
            for number, comp in components.items():
                for item in comp.items:
                    items.setdefault((number, item.letter), (comp, item))
            kept = (self.components, (components, items))
            self.__dict__["_component_index"] = kept
        return kept[1]

    def near_item(self, text: str) -> str | None:
        """The item id ``text`` was meant to be (``2a``, ``2 a``, ``2-a`` → ``2.a``), or None."""
        m = re.fullmatch(r"\s*0*(\d{1,2})\s*[-_,/ ]?\s*([^\W\d_]{1,2})\s*\.?\s*", text)
        if m is None:
            return None
        found = self.item(f"{m[1]}.{m[2]}")
        return found[0].item_id(found[1]) if found else None

    def unit(self, key: str) -> Unit | None:
        """A unit by id, number (``10``) or name as the plan writes it, diacritics optional (``Công an xã``)."""
        key, folded = key.strip(), fold(key)
        return next((u for u in self.units if key in (u.id, str(u.number)) or fold(u.name) == folded), None)

    def near_unit(self, key: str) -> str | None:
        """The unit id or name ``key`` is a near miss of, or None."""
        return suggest(key, [u.id for u in self.units] + [u.name for u in self.units])

    def source(self, key: str) -> Source | None:
        """A funding source by id, number (its place in funding.yaml, ``1`` …) or name, diacritics optional."""
        key, folded = key.strip(), fold(key)
        sources = self.funding.sources
        return next(
            (s for n, s in enumerate(sources, 1) if key in (s.id, str(n)) or fold(s.name) == folded),
            None,
        )

    def near_source(self, key: str) -> str | None:
        """The source id or name ``key`` is a near miss of, or None."""
        return suggest(key, [s.id for s in self.funding.sources] + [s.name for s in self.funding.sources])

    @property
    def periods(self) -> list[Period]:
        return [p.period for p in self.progress]
