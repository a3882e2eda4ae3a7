"""The dry run in one call: read, map, coerce, validate and plan, network excluded.

The wizard runs the steps one by one (the user confirms the sheet and the mapping in between);
the command line and the benchmark run them through here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from nepton_desktop.domain.columns import Entity
from nepton_desktop.importing.live import LiveData
from nepton_desktop.importing.mapping import (
    ColumnMapping,
    MappingStore,
    guess_mapping,
    known_header_names,
    load_mapping_file,
)
from nepton_desktop.importing.plan import EmptyCells, ImportPlan, InvalidRows, build_plan
from nepton_desktop.importing.reader import SheetData, read_file
from nepton_desktop.importing.table import coerce_sheet
from nepton_desktop.importing.validation import validate


@dataclass(slots=True)
class DryRun:
    sheet: SheetData
    mapping: ColumnMapping
    plan: ImportPlan


def choose_mapping(
    entity: Entity,
    sheet: SheetData,
    mapping_file: Path | None = None,
    store: MappingStore | None = None,
) -> ColumnMapping:
    if mapping_file is not None:
        return load_mapping_file(entity, sheet.headers, mapping_file)
    if store is not None:
        return store.mapping_for(entity, sheet.headers)
    return guess_mapping(entity, sheet.headers)


def dry_run(
    path: Path,
    entity: Entity | str,
    live: LiveData,
    *,
    sheet_name: str | None = None,
    mapping_file: Path | None = None,
    store: MappingStore | None = None,
    invalid_rows: InvalidRows = InvalidRows.BLOCK,
    empty_cells: EmptyCells = EmptyCells.KEEP,
) -> DryRun:
    entity = Entity(entity)
    sheet = read_file(path, sheet=sheet_name, known_headers=known_header_names(entity))
    mapping = choose_mapping(entity, sheet, mapping_file, store)
    table = coerce_sheet(sheet, mapping)
    plan = build_plan(validate(table, live), invalid_rows, empty_cells)
    return DryRun(sheet, mapping, plan)
