"""Section IV: the funding plan."""

from __future__ import annotations

from pydantic import Field

from .amount import Amount
from .base import Model, Percent, Slug, Text


class Source(Model):
    id: Slug = Field(description="A short id such as ngan-sach-dia-phuong, used by record funding")
    name: Text = Field(description="The source as the plan names it")
    share: Percent = Field(description="Planned share of the total, in %")
    wording: Text | None = Field(default=None, description="How the plan words the share, verbatim")


class Mechanisms(Model):
    title: Text = Field(description="The heading, e.g. Cơ chế hỗ trợ để thực hiện Chương trình")
    points: list[Text] = Field(description="Its points, verbatim")


class Funding(Model):
    """funding.yaml."""

    total: Amount = Field(description="Planned total in đồng")
    intro: Text = Field(description="The sentence announcing the total, verbatim")
    sources: list[Source] = Field(min_length=1, description="The sources and their shares")
    schedule: dict[int, Amount] | None = Field(default=None, description="Planned amount by year")
    mechanisms: list[Mechanisms] = Field(default_factory=list, description="Support mechanisms, verbatim")
