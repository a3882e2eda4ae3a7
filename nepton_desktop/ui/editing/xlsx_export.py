"""Write the rows a tab shows to an .xlsx workbook (openpyxl), with typed cells.

Text that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-`` or ``@``) is
written with a leading apostrophe so opening the export never runs anything.
Dates stay dates and numbers stay numbers, so the file imports back unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from nepton_desktop.domain.columns import LIST_SEPARATOR

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell_value(value: object) -> object:
    if value is None:
        return None
    if isinstance(value, bool | int | float | datetime | date | time):
        return value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, tuple):
        value = LIST_SEPARATOR.join(str(v) for v in value)
    text = str(value)
    if text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


def write_xlsx(
    path: Path, sheet_title: str, headers: Sequence[str], rows: Sequence[Sequence[object]]
) -> None:
    """Runs in a worker thread: 100,000 rows take seconds in openpyxl."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title[:31])
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in rows:
        sheet.append([cell_value(v) for v in row])
    sheet.freeze_panes = "A2"
    workbook.save(path)
