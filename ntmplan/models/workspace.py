"""ntmplan-workspace.yaml: the plan folders a roll-up reads, their groups, and who reports."""

from __future__ import annotations

from typing import Any

from pydantic import Field, model_validator

from .base import Model, Text
from .document import Signer


class WorkspaceIssuer(Model):
    """The body that issues the roll-up report, as printed top left (data: a province, a commune …)."""

    lines: list[Text] = Field(min_length=1, description="Name of the issuing body, one printed line each")
    abbreviation: Text = Field(description="Abbreviation used in document numbers, e.g. UBND")
    place: Text = Field(description="Place name printed before the date")
    signer: Signer | None = Field(default=None, description="Who signs the roll-up report, and in whose name")
    recipients: list[Text] = Field(default_factory=list, description="Nơi nhận of the roll-up report, one line each")


class PlanEntry(Model):
    """One plan folder, or a glob of them, with the groups it belongs to."""

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        return {"path": value} if isinstance(value, str) else value

    path: Text = Field(description="A plan folder or a glob (communes/*), relative to the workspace file")
    groups: dict[Text, Text] = Field(
        default_factory=dict, description="Group name → value, e.g. province, former_district, merged_into"
    )


class Workspace(Model):
    """ntmplan-workspace.yaml."""

    name: Text | None = Field(default=None, description="What the workspace covers, e.g. Tỉnh Hải Dương")
    issuer: WorkspaceIssuer | None = Field(default=None, description="The body that issues the roll-up report")
    groups: dict[Text, Text] = Field(default_factory=dict, description="Groups every plan of the workspace shares")
    plans: list[PlanEntry] = Field(min_length=1, description="Plan folders or globs, each with optional groups")
