"""A report's own fields from what the user types: its number, its date, who signs, who receives."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from ..errors import UsageError
from ..models.document import Document, Signer

BLANK_NUMBER = "      "  # left for the văn thư to fill in
_NUMBER = re.compile(r"\d+[a-zA-Z]?")
_SYMBOLED = re.compile(r"\d+[a-zA-Z]?/[^\s/][^\s]*")
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


def report_number(text: str | None, abbreviation: str) -> str:
    """``Số: 12/BC-UBND`` from ``12`` or ``12/BC-UBND`` (or nothing: a blank for the văn thư)."""
    symbol = f"BC-{abbreviation}"
    if text is None:
        return f"Số: {BLANK_NUMBER}/{symbol}"
    given = unicodedata.normalize("NFC", text).strip()
    given = re.sub(r"^Số\s*:?\s*", "", given, flags=re.IGNORECASE)
    if _NUMBER.fullmatch(given):
        return f"Số: {given}/{symbol}"
    if _SYMBOLED.fullmatch(given):
        return f"Số: {given}"
    raise UsageError(f"'{text}' is not a document number; write it as 12 or 12/{symbol}", "number")


def parse_date(text: str) -> dt.date:
    """``05/10/2023``, ``5/10/2023`` (day first, as Vietnamese dates are written) or ``2023-10-05``."""
    given = text.strip()
    try:
        if m := _DMY.fullmatch(given):
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", given):
            return dt.date.fromisoformat(given)
    except ValueError:
        raise UsageError(f"'{text}' is not a date of the calendar", "date") from None
    raise UsageError(f"'{text}' is not a date; write it as 05/10/2023 or 2023-10-05", "date")


def _key(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip().casefold()


def choose_signer(doc: Document, wanted: str | None) -> Signer:
    """The signer listed under ``signers`` with id (or full name) ``wanted``; by default ``signer``."""
    if wanted is None:
        return doc.signer
    for signer in doc.signers:
        if _key(wanted) in (_key(signer.id), _key(signer.name)):
            return signer
    if not doc.signers:
        raise UsageError("plan/document.yaml lists no signers; add them under 'signers:' (see README)", "signer")
    known = ", ".join(f"{s.id} ({s.position} {s.name})" for s in doc.signers)
    raise UsageError(f"no signer '{wanted}' in plan/document.yaml; the signers are {known}", "signer")


def recipients_for(doc: Document, kind: str) -> list[str]:
    """Nơi nhận of a kind of report: its own list, else the one list of all reports, else the plan's."""
    chosen = doc.report_recipients
    if isinstance(chosen, dict):
        for key, names in chosen.items():
            if key == kind:
                return list(names)
        return list(doc.recipients)
    return list(chosen or doc.recipients)
