"""Section III: the components (nội dung thành phần) and their lettered items."""

from __future__ import annotations

from pydantic import Field

from .base import ComponentNo, Letter, Model, Text


class Item(Model):
    letter: Letter = Field(description="The item's letter within its component: a, b, … đ …")
    text: Text = Field(description="The item's text, verbatim")


class Component(Model):
    number: ComponentNo
    title: Text = Field(description="What the component is about, verbatim")
    items: list[Item] = Field(min_length=1, description="The lettered items (nội dung cụ thể)")

    def item_id(self, item: Item) -> str:
        return f"{self.number}.{item.letter}"


class Components(Model):
    """components.yaml."""

    components: list[Component] = Field(description="Components 1 to 11, in order")
