"""The criteria sets shipped with ntmplan, keyed by their decision and the years they judge,
read once per process.

Only the 2021–2025 set (Quyết định 318/QĐ-TTg, with 319/QĐ-TTg for kiểu mẫu) is shipped. The
2026–2030 set (Quyết định 51/2025/QĐ-TTg) is known to exist but its text was not available:
none of its contents is shipped, and :func:`set_for` returns None for those years rather than
judging them by the old set.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .models.criteria import CriteriaConfig, CriteriaSet

DATA_DIR = Path(__file__).resolve().parent / "data"
DATA = DATA_DIR / "criteria-318.yaml"
SETS: dict[str, Path] = {"318/QĐ-TTg": DATA}
"""Shipped sets by deciding document."""
SHIPPED_SETS: tuple[tuple[str, str], ...] = (("Quyết định 318/QĐ-TTg và 319/QĐ-TTg", "2021–2025"),)
"""(decision, years) of each shipped set, as the words that say what is shipped."""


@lru_cache(maxsize=4)
def _load(path: Path) -> CriteriaSet:
    """A shipped set; a broken shipped file is a bug, so it raises.

    Read on every status, criteria and report run, so it is kept in the plan cache (keyed by the
    file's bytes and the code's identity like a plan): a warm run needs no YAML parser for it.
    """
    from . import cache

    key = cache.fingerprint(path.parent, [path.name]) if cache.enabled() else None
    hit = cache.get(path, key) if key else None
    if isinstance(hit, CriteriaSet):
        return hit
    from .yamlio import parse_bytes

    doc, diags = parse_bytes(path, path.read_bytes())
    if doc is None or any(d.is_error for d in diags):
        raise RuntimeError(f"the shipped criteria file is invalid: {diags}")
    found = CriteriaSet.model_validate(doc.data)
    if key:
        cache.put(path, key, found)
    return found


def national_criteria() -> CriteriaSet:
    """The 318/319 criteria (2021–2025)."""
    return _load(DATA)


def catalogue() -> list[CriteriaSet]:
    """Every shipped set, oldest first."""
    return sorted((_load(p) for p in SETS.values()), key=lambda s: s.first_year)


def set_for(year: int, config: CriteriaConfig | None = None) -> CriteriaSet | None:
    """The set that judges ``year``: the shipped one; else the whole set a plan's or province's
    criteria.yaml supplies (``set:``) when its years cover ``year``; else None.

    A shipped set wins for its own years: a supplied set fills only years ntmplan ships none for.
    """
    shipped = next((s for s in catalogue() if s.first_year <= year <= s.last_year), None)
    if shipped is not None or config is None:
        return shipped
    supplied = config.supplied_set()
    if supplied is not None and supplied.first_year <= year <= supplied.last_year:
        return supplied
    return None
