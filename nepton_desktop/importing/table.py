"""A read sheet with its mapping applied: one coerced value list per mapped field.

Columnar on purpose: each column is coerced by one loop with one coercer, which is what keeps
a 100,000-row sheet within the benchmark's budget.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nepton_desktop.domain.columns import Column, Entity, columns_for
from nepton_desktop.domain.translatable import Message
from nepton_desktop.importing.coercion import CoercedColumn, coerce_column
from nepton_desktop.importing.mapping import ColumnMapping
from nepton_desktop.importing.problems import Problem, Severity
from nepton_desktop.importing.reader import CellValue, SheetData, column_letter


@dataclass(slots=True)
class CoercedTable:
    entity: Entity
    sheet: SheetData
    mapping: ColumnMapping
    columns: dict[str, CoercedColumn]  # by field key, mapped fields only
    problems: list[Problem] = field(default_factory=list)  # coercion errors and notices
    bad_rows: set[int] = field(default_factory=set)  # data row indexes with a coercion error

    def __len__(self) -> int:
        return len(self.sheet.row_numbers)

    @property
    def row_numbers(self) -> list[int]:
        return self.sheet.row_numbers

    def has(self, key: str) -> bool:
        return key in self.columns

    def get(self, key: str, index: int) -> object:
        column = self.columns.get(key)
        return None if column is None else column.values[index]

    def location(self, key: str) -> tuple[str, str]:
        """(header, column letter) of a mapped field, for problems."""
        column = self.columns.get(key)
        if column is None:
            return "", ""
        return column.header, column_letter(column.source)

    def problem(
        self, index: int, key: str | None, message: Message, severity: Severity = Severity.ERROR
    ) -> Problem:
        header, letter = self.location(key) if key else ("", "")
        return Problem(self.row_numbers[index], header, letter, key, message, severity)

    def recoerce_cell(self, index: int, source: int, value: CellValue) -> None:
        """Put an inline edit from the preview into the sheet and coerce its column again."""
        self.sheet.rows[index][source] = value
        for key, column in list(self.columns.items()):
            if column.source == source:
                self.columns[key] = _coerce(column.column, source, self.sheet)
        self._collect()

    def _collect(self) -> None:
        self.problems = [p for c in self.columns.values() for p in c.problems]
        self.bad_rows = set().union(*(c.bad_rows for c in self.columns.values()))


def _coerce(column: Column, source: int, sheet: SheetData) -> CoercedColumn:
    cells = sheet.raw_column(source)  # coerce_column takes values as read: one pass less
    return coerce_column(
        column, source, sheet.headers[source], cells, sheet.row_numbers, sheet.typed_cells
    )


def coerce_sheet(sheet: SheetData, mapping: ColumnMapping) -> CoercedTable:
    by_key = {c.key: c for c in columns_for(mapping.entity)}
    columns = {key: _coerce(by_key[key], source, sheet) for key, source in mapping.by_key.items()}
    table = CoercedTable(mapping.entity, sheet, mapping, columns)
    table._collect()
    return table
