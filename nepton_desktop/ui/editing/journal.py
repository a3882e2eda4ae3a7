"""Unsent edits kept on disk, so a crash or a closed laptop loses nothing.

After every change to what a submit would send, the window writes each tab's pending rows to
one JSON file per profile in the data folder (``NEPTON_DESKTOP_DATA_DIR``, else the platform's
user data folder). Rows are named by their Nepton id (``record_key``); cell values are stored
as the text the table shows, and restoring feeds that text back through the same parsing as
typing, so a restored cell is validated exactly like a typed one. Writes go to a temporary
file that replaces the journal in one step: a crash mid-write leaves the previous journal.

The journal holds what HR typed, which can include personal data (an identity code, an IBAN);
it lives in the user's own data folder, like the app's other data, and holds no passwords.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from nepton_desktop.domain.local_files import data_dir, private_file
from nepton_desktop.ui.editing.undo_commands import AddRowsCommand
from nepton_desktop.ui.models.cell_values import format_value
from nepton_desktop.ui.models.entity_model import EntityTableModel
from nepton_desktop.ui.models.entity_models import record_key

JOURNAL_VERSION = 1

# One pending row as stored: {"key": "id:12" | null, "new": bool, "deleted": bool,
# "values": {column key: text}}
RowSnapshot = dict[str, object]


def journal_path(profile_name: str, base: Path | None = None) -> Path:
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "_", profile_name).strip("._") or "default"
    return (base or data_dir()) / "unsent-edits" / f"{slug}.json"


def snapshot(model: EntityTableModel) -> list[RowSnapshot]:
    """The pending rows of a model, as the journal stores them."""
    rows: list[RowSnapshot] = []
    for row in model.pending_rows():
        if row.is_new:
            cols = row.changed_columns
        else:
            cols = [i for i in row.changed_columns if model.columns[i].editable]
        values = {model.columns[i].key: format_value(row.values[i]) for i in cols}
        key = None if row.is_new else record_key(row.record)
        if not row.is_new and key is None:
            continue
        rows.append({"key": key, "new": row.is_new, "deleted": row.deleted, "values": values})
    return rows


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored: int
    missing: int  # rows whose record is no longer in Nepton (or not in the loaded range)


def restore(model: EntityTableModel, rows: list[RowSnapshot]) -> RestoreResult:
    """Apply stored pending rows to freshly loaded data, as one undoable step."""
    by_key = {record_key(r.record): r for r in model.all_rows() if r.alive and not r.is_new}
    restored = missing = 0
    stack = model.undo_stack
    stack.beginMacro(model.tr("Restore unsent changes"))
    try:
        for stored in rows:
            values = stored.get("values")
            texts = {str(k): str(v) for k, v in values.items()} if isinstance(values, dict) else {}
            if stored.get("new"):
                row = model.make_new_row()
                stack.push(AddRowsCommand(model, [row], model.tr("Add row")))
                model.edit_cells_by_uid(_cells(model, row.uid, texts))
                restored += 1
                continue
            target = by_key.get(str(stored.get("key")))
            if target is None:
                missing += 1
                continue
            model.edit_cells_by_uid(_cells(model, target.uid, texts))
            if stored.get("deleted") and model.can_delete and not target.deleted:
                pos = model.view_row_of(target.uid)
                if pos is not None:
                    model.delete_rows([pos])
            restored += 1
    finally:
        stack.endMacro()
    return RestoreResult(restored, missing)


def _cells(model: EntityTableModel, uid: int, texts: dict[str, str]) -> list[tuple[int, int, str]]:
    # A column the journal names but this version no longer has is skipped, not a crash.
    known = {column.key: i for i, column in enumerate(model.columns)}
    return [(uid, known[key], text) for key, text in texts.items() if key in known]


class EditJournal:
    """The journal file of one profile."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def save(self, entities: Mapping[str, list[RowSnapshot]]) -> None:
        kept = {entity: rows for entity, rows in entities.items() if rows}
        if not kept:
            self.clear()
            return
        temporary = private_file(self.path.with_suffix(".tmp"))
        with temporary.open("w", encoding="utf-8") as handle:
            json.dump({"version": JOURNAL_VERSION, "entities": kept}, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(self.path)

    def load(self) -> dict[str, list[RowSnapshot]]:
        """What the journal holds; an unreadable journal is set aside, never a crash at start."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            self.path.replace(self.path.with_suffix(".unreadable.json"))
            return {}
        entities = raw.get("entities") if isinstance(raw, dict) else None
        if not isinstance(entities, dict):
            return {}
        return {
            str(entity): [r for r in rows if isinstance(r, dict)]
            for entity, rows in entities.items()
            if isinstance(rows, list)
        }

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)

    def count(self) -> int:
        return sum(len(rows) for rows in self.load().values())
