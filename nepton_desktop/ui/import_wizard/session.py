"""What the import wizard's pages share: the choices made so far and what was computed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from nepton_desktop.changes.submitter import SubmitReport
from nepton_desktop.domain.columns import Entity
from nepton_desktop.importing.live import LiveData
from nepton_desktop.importing.mapping import ColumnMapping
from nepton_desktop.importing.plan import ImportPlan, InvalidRows
from nepton_desktop.importing.reader import SheetData
from nepton_desktop.importing.table import CoercedTable


@dataclass(slots=True)
class ImportSession:
    entity: Entity = Entity.PERSONNEL
    path: Path | None = None
    sheet: str | None = None  # None: guessed by the reader
    header_row: int | None = None  # None: guessed by the reader
    sheet_data: SheetData | None = None
    mapping: ColumnMapping | None = None
    table: CoercedTable | None = None  # the sheet coerced through the mapping
    live: LiveData | None = None  # Nepton's data the plan was made against
    plan: ImportPlan | None = None
    invalid_rows: InvalidRows = InvalidRows.BLOCK
    job_id: int | None = None  # the import's job in the journal, once sending starts
    report: SubmitReport | None = None  # what the submit did

    def forget_from_file(self) -> None:
        """A new file (or entity) invalidates everything read from the old one."""
        self.sheet = None
        self.header_row = None
        self.sheet_data = None
        self.mapping = None
        # Another entity needs other data, another file other dates: fetch again.
        self.live = None
        self.forget_checks()

    def forget_checks(self) -> None:
        """A new sheet or mapping invalidates the coerced table and the plan."""
        self.table = None
        self.plan = None
