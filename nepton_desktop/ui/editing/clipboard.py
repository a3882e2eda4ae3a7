"""Copy as tab-separated text with headers (Excel pastes it cleanly), and paste from Excel.

Excel puts quoted TSV on the clipboard: a cell with a tab, a line break or a quote is wrapped in
quotes with inner quotes doubled. The csv module's ``excel-tab`` dialect reads exactly that.
Pasted text goes through the same parsing and validation as typing into a cell.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from nepton_desktop.ui.editing.undo_commands import CellChange, PasteCommand
from nepton_desktop.ui.models.entity_model import EntityTableModel
from nepton_desktop.ui.models.table_rows import TableRow


def to_tsv(model: EntityTableModel, view_rows: Sequence[int], columns: Sequence[int]) -> str:
    """The given cells as TSV, the header line first."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, dialect="excel-tab", lineterminator="\n")
    writer.writerow([model.column_header(model.columns[c]) for c in columns])
    for view_row in view_rows:
        row = model.row_at(view_row)
        # As the cells show them (a choice by its label, which pastes back as the value).
        writer.writerow([model.edit_text(row.values[c], c) for c in columns])
    return buffer.getvalue()


def parse_tsv(text: str) -> list[list[str]]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]  # Excel ends its clipboard with a line break
    if not text:
        return []
    return [list(line) for line in csv.reader(io.StringIO(text), dialect="excel-tab")]


def _is_header_line(model: EntityTableModel, cells: Sequence[str], left: int) -> bool:
    """True when the first pasted line names the target columns (a copy with headers)."""
    if not cells:
        return False
    for offset, cell in enumerate(cells):
        col = left + offset
        if col >= len(model.columns):
            return False
        column = model.columns[col]
        names = {name.casefold() for name in (*column.names, model.column_header(column))}
        if cell.strip().casefold() not in names:
            return False
    return True


def paste_tsv(model: EntityTableModel, top: int, left: int, text: str) -> int:
    """Paste ``text`` with its top-left cell at view (``top``, ``left``); lines past the last row
    become new rows. Returns how many cells were set (0: nothing to paste)."""
    lines = parse_tsv(text)
    if lines and _is_header_line(model, lines[0], left):
        lines = lines[1:]
    if not lines:
        return 0
    existing = max(0, min(len(lines), model.rowCount() - top))
    added: list[TableRow] = []
    if len(lines) > existing and model.can_add:
        added = [model.make_new_row() for _ in range(len(lines) - existing)]
    targets: list[TableRow] = [model.row_at(top + i) for i in range(existing)] + added
    changes: list[CellChange] = []
    for row, cells in zip(targets, lines, strict=False):
        if row.deleted or not model.row_is_editable(row):
            continue
        for offset, cell in enumerate(cells):
            col = left + offset
            if col >= len(model.columns) or not model.columns[col].editable:
                continue
            parsed = model.parse(col, cell)
            old_error = row.errors.get(col)
            if parsed.value == row.values[col] and parsed.error == old_error and not row.is_new:
                continue
            changes.append(
                CellChange(row.uid, col, row.values[col], old_error, parsed.value, parsed.error)
            )
    if not changes and not added:
        return 0
    label = model.tr("Paste %n cell(s)", "", len(changes))
    model.undo_stack.push(PasteCommand(model, added, changes, label))
    return len(changes)
