"""Excel annexes (phụ biểu): a report's tables, one sheet each, as offices send them.

The writer knows nothing of plans: it takes titled tables (``Sheet``) and lays each out with
a title row, a header row frozen under it, real numbers (never text) in Vietnamese number
formats, column widths that fit the text, and an A4 page setup that prints the header on
every page. Any report (quarterly, review, a roll-up over many communes) builds its
``Sheet`` list and calls ``workbook_bytes``. openpyxl is imported only here, only when used.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["text", "int", "amount", "percent", "number"]
Cell = str | int | float | None

# Number formats. The grouping and decimal marks an Excel file shows come from the reader's
# locale; the locale tag [$-42A] (Vietnamese) makes LibreOffice and Excel on a Vietnamese
# system show 60.000.000.000 and 3,7 %. Percentages are stored as fractions (0.037).
FORMATS: dict[Kind, str] = {
    "text": "@",
    "int": "[$-42A]#,##0",
    "amount": "[$-42A]#,##0",
    "percent": "[$-42A]0.0%",
    "number": "[$-42A]#,##0.##",
}
FONT = "Times New Roman"
MAX_WIDTH = 60  # characters; longer text wraps
MIN_WIDTH = 6


@dataclass(frozen=True)
class Column:
    title: str
    kind: Kind = "text"


@dataclass(frozen=True)
class Sheet:
    """One table: ``name`` is the sheet tab (≤ 31 characters), ``title`` the printed title row."""

    name: str
    title: str
    columns: list[Column]
    rows: list[list[Cell]]
    total: list[Cell] | None = None
    subtitle: str | None = None
    notes: list[str] = field(default_factory=list)  # lines printed under the table


@dataclass(frozen=True)
class Properties:
    title: str
    author: str
    created: dt.date | None = None


_SHEET_FORBIDDEN = str.maketrans({c: "-" for c in "[]:*?/\\"})


def sheet_name(text: str, taken: set[str]) -> str:
    """A valid, unique sheet name: no []:*?/\\, at most 31 characters."""
    base = unicodedata.normalize("NFC", text).translate(_SHEET_FORBIDDEN).strip("'").strip() or "Sheet"
    name = base[:31]
    n = 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    taken.add(name.lower())
    return name


def _width(values: Sequence[Cell], kind: Kind, title: str) -> float:
    def shown(v: Cell) -> int:
        if v is None:
            return 0
        if isinstance(v, float) and kind == "percent":
            return len(f"{v * 100:.1f}%")
        if isinstance(v, int | float):
            whole = f"{abs(int(v)):,}"
            return len(whole) + (1 if v < 0 else 0) + (3 if kind == "number" and v != int(v) else 0)
        return max((len(line) for line in str(v).splitlines()), default=0)

    longest = max([shown(v) for v in values] + [max(len(w) for w in title.split()) if title.strip() else 0])
    header = min(len(title), 12)
    return float(max(MIN_WIDTH, min(MAX_WIDTH, max(longest, header) + 2)))


LINE_HEIGHT = 15.0  # points per line of 11 pt text


def _lines(text: str, width: float) -> int:
    """How many lines ``text`` takes wrapped in a column ``width`` characters wide (a close estimate)."""
    usable = max(1, int(width * 1.2) - 2)  # Times New Roman 11 pt is narrower than the width unit
    return sum(max(1, -(-len(part) // usable)) for part in text.split("\n"))


def workbook_bytes(sheets: Sequence[Sheet], properties: Properties) -> bytes:
    """The .xlsx file of ``sheets``, in order."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    taken: set[str] = set()
    for spec in sheets:
        ws = book.create_sheet(sheet_name(spec.name, taken))
        ncols = len(spec.columns)
        last = get_column_letter(ncols)
        row = 1
        ws.cell(row=1, column=1, value=spec.title).font = Font(name=FONT, size=13, bold=True)
        ws.merge_cells(f"A1:{last}1")
        ws.cell(row=1, column=1).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.row_dimensions[1].height = 36
        if spec.subtitle:
            row = 2
            cell = ws.cell(row=2, column=1, value=spec.subtitle)
            cell.font = Font(name=FONT, size=11, italic=True)
            cell.alignment = Alignment(horizontal="center", wrap_text=True)
            ws.merge_cells(f"A2:{last}2")
        header_row = row + 2
        for i, col in enumerate(spec.columns, start=1):
            cell = ws.cell(row=header_row, column=i, value=col.title)
            cell.font = Font(name=FONT, size=11, bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = box
        body = [*spec.rows, *([spec.total] if spec.total is not None else [])]
        for r, values in enumerate(body, start=header_row + 1):
            is_total = spec.total is not None and r == header_row + len(body)
            for i, (col, value) in enumerate(zip(spec.columns, values, strict=True), start=1):
                cell = ws.cell(row=r, column=i, value=value)
                cell.font = Font(name=FONT, size=11, bold=is_total)
                cell.border = box
                if isinstance(value, str):
                    # text is data: '=…', '+…', '-…', '@…' must never become a formula
                    cell.data_type = "s"
                    cell.quotePrefix = value[:1] in ("=", "+", "-", "@")
                if col.kind == "text":
                    cell.alignment = Alignment(vertical="top", wrap_text=True)
                else:
                    cell.number_format = FORMATS[col.kind]
                    cell.alignment = Alignment(horizontal="right", vertical="top")
        after = header_row + len(body) + 2
        for k, line in enumerate(spec.notes):
            cell = ws.cell(row=after + k, column=1, value=line)
            cell.font = Font(name=FONT, size=11, italic=True)
            ws.merge_cells(start_row=after + k, start_column=1, end_row=after + k, end_column=ncols)
            cell.alignment = Alignment(wrap_text=True)
        widths = [_width([v[i] for v in body], col.kind, col.title) for i, col in enumerate(spec.columns)]
        for i, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        total_width = sum(widths)
        # wrapped rows get their height here: neither Excel nor LibreOffice re-measures on opening
        ws.row_dimensions[header_row].height = LINE_HEIGHT * max(
            _lines(c.title, w) for c, w in zip(spec.columns, widths, strict=True)
        )
        for r, values in enumerate(body, start=header_row + 1):
            ws.row_dimensions[r].height = LINE_HEIGHT * max(
                _lines(v, w) if isinstance(v, str) else 1 for v, w in zip(values, widths, strict=True)
            )
        ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
        ws.print_title_rows = f"{header_row}:{header_row}"
        ws.print_options.horizontalCentered = True
        setup = ws.page_setup
        setup.paperSize = ws.PAPERSIZE_A4
        setup.orientation = "landscape" if total_width > 95 else "portrait"
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_margins.left = 30 / 25.4 if setup.orientation == "portrait" else 20 / 25.4
        ws.page_margins.right = 15 / 25.4
        ws.page_margins.top = 20 / 25.4
        ws.page_margins.bottom = 20 / 25.4
        ws.oddFooter.center.text = "Trang &P/&N"
    book.properties.title = properties.title
    book.properties.creator = properties.author
    book.properties.language = "vi-VN"
    if properties.created is not None:
        book.properties.created = dt.datetime.combine(properties.created, dt.time(8, 0))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
