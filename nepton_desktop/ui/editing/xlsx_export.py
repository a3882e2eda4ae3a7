"""Write the rows a tab shows to an .xlsx workbook, the way the import's own exports do.

Values go through ``importing.reports.cell_value`` (dates stay date cells with a Finnish
format, decimals numbers, lists ``|``-separated, formula-like text neutralised), so an export of
a tab imports back unchanged, exactly like an export from the command line.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

from nepton_desktop.importing.reports import (
    DATE_FORMAT,
    DATETIME_FORMAT,
    HEADER_FONT,
    TIME_FORMAT,
    cell_value,
    neutralise,
)


def _cell(sheet: Worksheet, value: object) -> Cell:
    cell = WriteOnlyCell(sheet)
    cell.value = cell_value(value)
    if isinstance(value, datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT
    elif isinstance(value, time):
        cell.number_format = TIME_FORMAT
    return cell


def write_xlsx(
    path: Path, sheet_title: str, headers: Sequence[str], rows: Sequence[Sequence[object]]
) -> None:
    """Runs in a worker thread: 100,000 rows take seconds in openpyxl."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title[:31])
    sheet.freeze_panes = "A2"
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=neutralise(header))
        cell.font = HEADER_FONT
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in rows:
        sheet.append([_cell(sheet, value) for value in row])
    workbook.save(path)
