"""The national criteria shipped with ntmplan, read once per process."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .models.criteria import CriteriaSet

DATA = Path(__file__).resolve().parent / "data" / "criteria-318.yaml"


@lru_cache(maxsize=1)
def national_criteria() -> CriteriaSet:
    """The 318/319 criteria; a broken shipped file is a bug, so it raises."""
    from .yamlio import fast_parse, read_yaml

    doc = fast_parse(DATA, DATA.read_bytes())  # read on every status, criteria and report run
    if doc is None:
        doc, diags = read_yaml(DATA)
        if doc is None or any(d.is_error for d in diags):
            raise RuntimeError(f"the shipped criteria file is invalid: {diags}")
    return CriteriaSet.model_validate(doc.data)
