"""The whole plan, as assembled by the loader."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

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
        return next((c for c in self.components if c.number == number), None)

    def item(self, item_id: str) -> tuple[Component, Item] | None:
        parsed = parse_item_id(item_id)
        if parsed is None:
            return None
        comp = self.component(parsed[0])
        if comp is None:
            return None
        item = next((i for i in comp.items if i.letter == parsed[1]), None)
        return (comp, item) if item else None

    def unit(self, key: str) -> Unit | None:
        return next((u for u in self.units if u.id == key or str(u.number) == key), None)

    def source(self, key: str) -> Source | None:
        return next((s for s in self.funding.sources if s.id == key), None)

    @property
    def periods(self) -> list[Period]:
        return [p.period for p in self.progress]
