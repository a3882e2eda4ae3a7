"""What the pipeline found wrong or changed in a cell: one record shared by every step.

Errors stop a row; warnings are shown and the row can still be imported; notices say that a
value was read in a way that could change its meaning (a serial number taken as a date, a
two-digit year), so that nothing is converted silently.

Reasons are :class:`~nepton_desktop.domain.translatable.Message` objects: English texts marked
for translation with the values they name. The import wizard and the error workbook it saves
show them in the user's language; the headless ``import`` command prints ``str(message)``, the
English text.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from nepton_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message

# The contexts the import's reasons are marked in (lupdate groups the texts by them).
READ_CONTEXT = "ImportReader"
COERCION_CONTEXT = "Coercion"
VALIDATION_CONTEXT = "Validation"


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NOTICE = "notice"


def joined(messages: list[Message]) -> Message:
    """Several reasons as one, separated by "; " (each translated on its own)."""
    if len(messages) == 1:
        return messages[0]
    first, *rest = messages
    return Message(
        VALIDATION_CONTEXT,
        QT_TRANSLATE_NOOP("Validation", "{first}; {rest}"),
        {"first": first, "rest": joined(rest)},
    )


@dataclass(frozen=True, slots=True)
class Problem:
    row: int  # as the spreadsheet numbers it (1-based); 0 for the file as a whole
    column: str  # the spreadsheet header, "" for a whole-row problem
    letter: str  # the spreadsheet column letter, "" for a whole-row problem
    key: str | None  # the field, when the column is mapped
    message: Message  # the reason, never naming a personal identity code or an IBAN
    severity: Severity = Severity.ERROR

    @property
    def text(self) -> str:
        """The reason in English (the headless command, JSON, logs)."""
        return self.message.english()

    def as_json(self) -> dict[str, object]:
        return {"row": self.row, "column": self.column, "message": self.text}

    def located(self) -> Message:
        """The reason with its place: "row 3, column B (Start): ..." (row 0: the file)."""
        if not self.row:
            if self.letter:
                return Message(
                    VALIDATION_CONTEXT,
                    QT_TRANSLATE_NOOP("Validation", "column {letter} ({column}): {reason}"),
                    {"letter": self.letter, "column": self.column, "reason": self.message},
                )
            return self.message
        if self.letter:
            return Message(
                VALIDATION_CONTEXT,
                QT_TRANSLATE_NOOP("Validation", "row {row}, column {letter} ({column}): {reason}"),
                {
                    "row": self.row,
                    "letter": self.letter,
                    "column": self.column,
                    "reason": self.message,
                },
            )
        return Message(
            VALIDATION_CONTEXT,
            QT_TRANSLATE_NOOP("Validation", "row {row}: {reason}"),
            {"row": self.row, "reason": self.message},
        )

    def describe(self) -> str:
        """:meth:`located` in English, as the headless command prints it."""
        where = f"row {self.row}" + (
            f", column {self.letter} ({self.column})" if self.letter else ""
        )
        return f"{where}: {self.text}"
