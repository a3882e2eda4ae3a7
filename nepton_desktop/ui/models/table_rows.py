"""One table row: the record as loaded, the values as edited, and what is pending for it.

Rows carry a stable ``uid`` so undo commands and the journal find them again whatever the sort
and filter do to their position in the view.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from nepton_desktop.domain.columns import Column, DisplayContext
from nepton_desktop.ui.models.cell_values import LocaleText

_uids = itertools.count(1)


def next_uid() -> int:
    return next(_uids)


@dataclass(eq=False, slots=True)
class TableRow:
    uid: int
    record: object | None  # the record as loaded from Nepton; None for a row added here
    original: tuple[object, ...]  # the values as loaded (empty for a new row)
    values: list[object]
    is_new: bool = False
    deleted: bool = False  # marked to be deleted on submit
    alive: bool = True  # False once an added row is removed again (kept for undo)
    errors: dict[int, str] = field(default_factory=dict)  # column -> why the value is invalid
    server_error: str | None = None  # the reason Nepton gave when the last submit failed
    depth: int = 0  # nesting level, for the projects hierarchy
    _haystack: str | None = None  # lowercased text of all cells, for the quick filter

    @property
    def changed_columns(self) -> list[int]:
        if self.is_new:
            return [i for i, value in enumerate(self.values) if value not in (None, "", ())]
        return [i for i, value in enumerate(self.values) if value != self.original[i]]

    @property
    def is_changed(self) -> bool:
        return not self.is_new and any(
            v != o for v, o in zip(self.values, self.original, strict=True)
        )

    @property
    def is_pending(self) -> bool:
        return self.alive and (self.is_new or self.deleted or self.is_changed)

    def invalidate(self) -> None:
        self._haystack = None


def build_rows(
    records: Iterable[object], columns: Sequence[Column], context: DisplayContext
) -> list[TableRow]:
    """Turn loaded records into rows. Pure Python, so it runs in a worker thread for big loads.

    Values are computed column by column (one comprehension per getter) and zipped into rows:
    about three times faster than a generator per row at 100,000 records.
    """
    records = list(records)
    value_columns = [[column.getter(r, context) for r in records] for column in columns]
    return [
        TableRow(next_uid(), record, values, list(values))
        for record, values in zip(records, zip(*value_columns, strict=True), strict=True)
    ]


def release(objects: list[object]) -> None:
    """Drop a large structure a slice at a time (call it in a worker thread).

    Freeing 100,000 rows at once is one C-level cascade that holds the GIL for a sixth of a
    second; slices let the GUI thread take the GIL between them.
    """
    while objects:
        item = objects.pop()
        if isinstance(item, dict):
            nested = list(item.values())
            item.clear()
            release(nested)
        elif isinstance(item, list):
            while item:
                del item[-2000:]
        del item


def filter_texts(
    rows: Sequence[TableRow],
    column_count: int,
    labels: Mapping[int, Mapping[str, str]] | None = None,
    fmt: Callable[[object], str] | None = None,
) -> list[list[str]]:
    """Each column's cell texts, casefolded, and each row's all-columns text for the quick
    filter. Pure Python: the window runs it in a worker thread after the rows are shown.
    ``labels``: per choice column, the text shown for each value (a filter matches that).
    ``fmt``: how the table writes a value (a :class:`LocaleText`; the current locale's one
    when not given)."""
    fmt = fmt if fmt is not None else LocaleText()
    texts = [[fmt(row.values[col]).casefold() for row in rows] for col in range(column_count)]
    for col, shown in (labels or {}).items():
        folded = {value.casefold(): label.casefold() for value, label in shown.items()}
        texts[col] = [folded.get(text, text) for text in texts[col]]
    for row, line in zip(rows, zip(*texts, strict=True), strict=True):
        row._haystack = "\x1f".join(line)
    return texts


def new_row(columns: Sequence[Column], values: Sequence[object] | None = None) -> TableRow:
    empty: tuple[object, ...] = tuple(() if c.type == "list" else None for c in columns)
    return TableRow(
        next_uid(), None, empty, list(values) if values is not None else list(empty), is_new=True
    )
