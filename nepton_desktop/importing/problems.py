"""What the pipeline found wrong or changed in a cell: one record shared by every step.

Errors stop a row; warnings are shown and the row can still be imported; notices say that a
value was read in a way that could change its meaning (a serial number taken as a date, a
two-digit year), so that nothing is converted silently.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NOTICE = "notice"


@dataclass(frozen=True, slots=True)
class Problem:
    row: int  # as the spreadsheet numbers it (1-based); 0 for the file as a whole
    column: str  # the spreadsheet header, "" for a whole-row problem
    letter: str  # the spreadsheet column letter, "" for a whole-row problem
    key: str | None  # the field, when the column is mapped
    message: str  # plain reason, never containing a personal identity code or an IBAN
    severity: Severity = Severity.ERROR

    def as_json(self) -> dict[str, object]:
        return {"row": self.row, "column": self.column, "message": self.message}

    def describe(self) -> str:
        where = f"row {self.row}" + (
            f", column {self.letter} ({self.column})" if self.letter else ""
        )
        return f"{where}: {self.message}"
