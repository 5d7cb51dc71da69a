"""Titled tables as an Excel workbook: one sheet per table (the annexes of a report).

``workbook(tables)`` takes any tables with a title, headers, rows and the columns that hold
integer đồng; a sheet shows its title on the first row, bold headers on the third, figures
as numbers (money with a thousands format, so that Excel sums them), frozen headers and an
auto-filter. Text cells that Excel would read as a formula (``=``, ``+``, ``-``, ``@``) are
written as text (and marked quotePrefix), never as formulas.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import Protocol

_SHEET_BAD = re.compile(r"[\\/*?:\[\]]")


class TitledTable(Protocol):
    @property
    def title(self) -> str: ...
    @property
    def headers(self) -> list[str]: ...
    @property
    def rows(self) -> list[list[str | int | float | None]]: ...
    @property
    def money_columns(self) -> list[int]: ...


def _sheet_name(title: str, used: set[str]) -> str:
    base = _SHEET_BAD.sub(" ", title.split(".")[0] if "." in title[:12] else title).strip()[:31] or "Bảng"
    name, n = base, 2
    while name in used:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name)
    return name


def workbook(tables: Sequence[TitledTable], subject: str = "") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    book.properties.title = subject or None
    book.properties.creator = "ntmplan"
    used: set[str] = set()
    for table in tables:
        sheet = book.create_sheet(_sheet_name(table.title, used))
        sheet.cell(row=1, column=1, value=table.title).font = Font(bold=True, size=13)
        for col, header in enumerate(table.headers, start=1):
            cell = sheet.cell(row=3, column=col, value=header)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        for r, row in enumerate(table.rows, start=4):
            for c, value in enumerate(row, start=1):
                cell = sheet.cell(row=r, column=c)
                if isinstance(value, str):
                    cell.value = value
                    cell.data_type = "s"  # text stays text: never a formula
                    if value[:1] in ("=", "+", "-", "@"):
                        cell.quotePrefix = True
                else:
                    cell.value = value
                    if c - 1 in table.money_columns:
                        cell.number_format = "#,##0"
                    elif isinstance(value, float):
                        cell.number_format = "0.00"
        for col, header in enumerate(table.headers, start=1):
            longest = max([len(header) // 2, *(len(str(row[col - 1] or "")) for row in table.rows)], default=8)
            sheet.column_dimensions[get_column_letter(col)].width = min(max(8, longest + 2), 60)
        sheet.freeze_panes = "A4"
        if table.rows:
            sheet.auto_filter.ref = f"A3:{get_column_letter(len(table.headers))}{3 + len(table.rows)}"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
