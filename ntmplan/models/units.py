"""Section VI: the units that carry out the plan."""

from __future__ import annotations

from pydantic import Field

from .base import ComponentNo, Model, Slug, Text


class Unit(Model):
    id: Slug = Field(description="A short id such as cong-an, used by --unit")
    number: int = Field(ge=1, description="Its number in section VI")
    name: Text = Field(description="The unit as the plan names it")
    duties: list[Text] = Field(description="Its duties, verbatim, one each")
    bullets: bool = Field(default=True, description="Whether the document lists the duties with dashes")
    leads: list[ComponentNo] = Field(default_factory=list, description="Components it is responsible for")
    supports: list[ComponentNo] = Field(default_factory=list, description="Components it takes part in")


class Units(Model):
    """units.yaml."""

    units: list[Unit] = Field(description="The units of section VI, in order")
