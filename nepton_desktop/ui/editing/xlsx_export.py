"""Write the rows a tab shows to an .xlsx workbook, the way the import's own exports do.

Cells come from ``importing.reports.typed_cell`` (dates stay date cells with a Finnish
format, decimals numbers, lists ``|``-separated, formula-like text neutralised), so an export of
a tab imports back unchanged, exactly like an export from the command line.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from nepton_desktop.importing.reports import header_cells, typed_cell


def write_xlsx(
    path: Path, sheet_title: str, headers: Sequence[str], rows: Sequence[Sequence[object]]
) -> None:
    """Runs in a worker thread: 100,000 rows take seconds in openpyxl."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title[:31])
    sheet.freeze_panes = "A2"
    sheet.append(header_cells(sheet, headers))
    for row in rows:
        sheet.append([typed_cell(sheet, value) for value in row])
    workbook.save(path)
