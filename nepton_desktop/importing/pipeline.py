"""The dry run in one call: read, map, coerce, validate and plan, network excluded.

The wizard runs the steps one by one (the user confirms the sheet and the mapping in between);
the command line and the benchmark run them through here.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a large sheet is processed.

    A 100,000-row sheet makes millions of small objects that live until the plan is done;
    every few thousand allocations the collector walks all of them looking for cycles there
    are none of (reference counting frees them), which measured about a third of the dry run.
    Nested use is safe: only the outermost call turns the collector back on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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
    with paused_gc():
        sheet = read_file(path, sheet=sheet_name, known_headers=known_header_names(entity))
        mapping = choose_mapping(entity, sheet, mapping_file, store)
        table = coerce_sheet(sheet, mapping)
        plan = build_plan(validate(table, live), invalid_rows, empty_cells)
    return DryRun(sheet, mapping, plan)
