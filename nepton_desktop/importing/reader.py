"""Read a spreadsheet or CSV file into header names and data rows.

Cell values keep what kind of cell they came from, because a date typed into a date cell and
the same date typed as text must be treated differently (a date cell is never re-parsed):

- ``str``: a text cell (every CSV value is text),
- ``int`` / ``float``: a number cell (calamine gives whole numbers as floats; they become
  ``int`` here),
- ``bool``: a boolean cell,
- ``date`` / ``datetime`` / ``time`` / ``timedelta``: a date, date-time, time or duration cell,
- ``None``: an empty cell.

Rows are numbered as the spreadsheet numbers them (1-based). Formula cells give their cached
value (a file saved by a program that does not calculate, such as openpyxl, has no cached value
and the cell reads empty). Merged cells give their value to every cell of the range (calamine
puts it in the top-left cell only) and are reported. Hidden rows are reported for .xlsx/.xlsm;
calamine does not expose them for .xls and .ods, so there they are read as ordinary rows.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from operator import itemgetter
from pathlib import Path
from typing import Any

from python_calamine import CalamineError, CalamineSheet, CalamineWorkbook, SheetVisibleEnum

from nepton_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message, MessageError
from nepton_desktop.importing.problems import READ_CONTEXT
from nepton_desktop.importing.xlsx_hidden import hidden_rows

CellValue = str | int | float | bool | date | datetime | time | timedelta | None

SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"})
CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
_HEADER_SCAN_ROWS = 30


class ReadError(MessageError):
    """The file cannot be read; the message names the file (and sheet) and says why.

    ``str(error)`` is English (the headless command); the UI shows ``error.message``."""


def _m(text: str, **values: object) -> Message:
    return Message(READ_CONTEXT, text, values)


def column_letter(index: int) -> str:
    """0-based column index -> spreadsheet letters (0 -> A, 26 -> AA)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass(frozen=True, slots=True)
class ReadNotice:
    """Something the reader did that the user should know about (merged cells, hidden rows)."""

    message: Message
    row: int | None = None


@dataclass(slots=True)
class SheetData:
    path: Path
    sheet_name: str  # "" for CSV
    sheet_names: tuple[str, ...]
    header_row: int  # sheet row number of the header row (1-based)
    headers: list[str]
    # The data rows as calamine or the CSV reader gave them ("" for empty, whole numbers as
    # floats), each at least len(headers) long; ``rows`` and ``column`` give them normalised.
    raw_rows: list[list[Any]] = field(repr=False)
    row_numbers: list[int]  # sheet row number of each data row
    typed_cells: bool  # False for CSV: every value is text
    hidden_rows: frozenset[int] = frozenset()
    notices: list[ReadNotice] = field(default_factory=list)
    encoding: str | None = None  # CSV only
    delimiter: str | None = None  # CSV only
    _rows: list[list[CellValue]] | None = field(default=None, repr=False)

    @property
    def rows(self) -> list[list[CellValue]]:
        """Data rows, each exactly len(headers) long, values normalised (see the module).

        Built on first use: the dry run reads only the mapped columns (``column``), so a
        100,000-row sheet is not copied row by row unless someone looks at whole rows.
        """
        if self._rows is None:
            n = len(self.headers)
            self._rows = [_normalised(r[:n]) for r in self.raw_rows]
        return self._rows

    def raw_column(self, source: int) -> list[Any]:
        """One column as read, or normalised when the rows were already built (edited)."""
        pick = itemgetter(source)  # map + itemgetter: the loop runs in C
        if self._rows is not None:
            return list(map(pick, self._rows))
        return list(map(pick, self.raw_rows))

    def column(self, source: int) -> list[CellValue]:
        """One column's normalised values, a value per data row."""
        if self._rows is not None:
            return list(map(itemgetter(source), self._rows))
        return _normalised(list(map(itemgetter(source), self.raw_rows)))

    def where(self, row: int, column: int | None = None) -> str:
        """Plain location for messages: file, sheet, row number and column letter/header."""
        parts = [self.path.name]
        if self.sheet_name:
            parts.append(f"sheet {self.sheet_name!r}")
        parts.append(f"row {row}")
        if column is not None:
            header = self.headers[column] if column < len(self.headers) else ""
            parts.append(f"column {column_letter(column)}" + (f" ({header})" if header else ""))
        return ", ".join(parts)


def read_file(
    path: Path,
    sheet: str | None = None,
    header_row: int | None = None,
    known_headers: Iterable[str] = (),
) -> SheetData:
    """Read ``path``; sheet and header row are guessed unless given.

    ``known_headers`` (normalised with :func:`normalise_header`) helps the guess: the sheet and
    row that name most of them win.
    """
    suffix = path.suffix.lower()
    known = frozenset(known_headers)
    if suffix in CSV_SUFFIXES:
        return _read_csv(path, header_row, known)
    if suffix in SPREADSHEET_SUFFIXES:
        return _read_workbook(path, sheet, header_row, known)
    raise ReadError(
        _m(
            QT_TRANSLATE_NOOP(
                "ImportReader",
                "{file}: unknown file type {suffix}; use .xlsx, .xlsm, .xls, .ods or .csv",
            ),
            file=path.name,
            suffix=suffix or "(–)",
        )
    )


def list_sheets(path: Path) -> list[str]:
    if path.suffix.lower() in CSV_SUFFIXES:
        return []
    try:
        with CalamineWorkbook.from_path(str(path)) as workbook:
            return [
                m.name for m in workbook.sheets_metadata if m.visible == SheetVisibleEnum.Visible
            ]
    except (CalamineError, OSError, ValueError) as exc:
        raise _cannot_open(path, exc) from None


def _cannot_open(path: Path, exc: BaseException) -> ReadError:
    return ReadError(
        _m(
            QT_TRANSLATE_NOOP(
                "ImportReader", "{file}: cannot be opened as a spreadsheet ({detail})"
            ),
            file=path.name,
            detail=exc,
        )
    )


def _not_found(path: Path) -> ReadError:
    return ReadError(
        _m(QT_TRANSLATE_NOOP("ImportReader", "{file}: file not found"), file=path.name)
    )


_NON_WORD = re.compile(r"[\W_]+")


def normalise_header(text: str) -> str:
    """Header comparison form: case, spacing and punctuation ignored."""
    return _NON_WORD.sub("", text.casefold())


def _read_workbook(
    path: Path, sheet: str | None, header_row: int | None, known: frozenset[str]
) -> SheetData:
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except FileNotFoundError:
        raise _not_found(path) from None
    except (CalamineError, OSError, ValueError) as exc:
        raise _cannot_open(path, exc) from None
    with workbook:
        names = tuple(workbook.sheet_names)
        visible = [
            m.name for m in workbook.sheets_metadata if m.visible == SheetVisibleEnum.Visible
        ]
        if sheet is not None and sheet not in names:
            raise ReadError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "ImportReader", "{file}: no sheet named '{sheet}' (sheets: {sheets})"
                    ),
                    file=path.name,
                    sheet=sheet,
                    sheets=", ".join(names),
                )
            )
        candidates = [sheet] if sheet is not None else visible or list(names)
        best: tuple[int, str, list[list[Any]], int, list[tuple[int, int, int, int]]]
        best = (-1, "", [], 0, [])
        for name in candidates:
            calamine_sheet = workbook.get_sheet_by_name(name)
            raw = _sheet_rows(calamine_sheet)
            if not any(any(v != "" for v in r) for r in raw[:_HEADER_SCAN_ROWS]):
                continue
            found_row, score = _guess_header_row(raw, known)
            if header_row is not None:
                found_row = header_row - 1
            merged = [
                (r0, c0, r1, c1) for (r0, c0), (r1, c1) in calamine_sheet.merged_cell_ranges or []
            ]
            if score > best[0]:
                best = (score, name, raw, found_row, merged)
            if sheet is not None or (not known and best[0] >= 0):
                break  # without known headers the first sheet with data is the guess
        score, name, raw, header_index, merged = best
        if score < 0:
            if sheet:
                raise ReadError(
                    _m(
                        QT_TRANSLATE_NOOP("ImportReader", "{file}: sheet '{sheet}' has no data"),
                        file=path.name,
                        sheet=sheet,
                    )
                )
            raise ReadError(
                _m(QT_TRANSLATE_NOOP("ImportReader", "{file}: no sheet has data"), file=path.name)
            )
    hidden = hidden_rows(path, name) if path.suffix.lower() in (".xlsx", ".xlsm") else frozenset()
    return _build(path, name, names, raw, header_index, merged, hidden, typed=True)


def _sheet_rows(sheet: CalamineSheet) -> list[list[Any]]:
    """All rows from spreadsheet row 1 and column A, so that indexes are row and column numbers.

    Read row by row in a Python loop rather than with ``to_python()``: the same speed, but
    ``to_python()`` holds the GIL for the whole conversion (about 0.1 s for 100,000 rows
    measured, 0.4 s with the garbage collector on), which would freeze the window while a
    worker thread reads; a loop lets the GUI thread in every few milliseconds.
    ``iter_rows()`` starts at row 1 but at the sheet's first used column, hence the padding.
    """
    rows: list[list[Any]] = []
    append = rows.append
    for row in sheet.iter_rows():
        append(row)
    start, end = sheet.start, sheet.end
    if start is None or end is None or not rows:
        return rows
    if len(rows) == end[0] - start[0] + 1 and start[0] > 0:
        rows[:0] = [[] for _ in range(start[0])]  # rows given from the first used row only
    width = max(len(r) for r in rows[start[0] : start[0] + 1] or rows[:1])
    if start[1] > 0 and width == end[1] - start[1] + 1:
        pad = [""] * start[1]
        rows = [pad + r if r else r for r in rows]
    return rows


def _guess_header_row(raw: Sequence[Sequence[object]], known: frozenset[str]) -> tuple[int, int]:
    """The row that looks most like headers in the first rows, and a score for the sheet.

    With known headers: the row naming most of them. Without: the first row with at least two
    text cells and nothing but text (numbers and dates are data, not headers).
    """
    best_row, best_score = -1, 0
    first_text_row = -1
    for index, row in enumerate(raw[:_HEADER_SCAN_ROWS]):
        filled = [v for v in row if v != "" and v is not None]
        if not filled:
            continue
        if known:
            hits = sum(1 for v in filled if isinstance(v, str) and normalise_header(v) in known)
            if hits > best_score:
                best_row, best_score = index, hits
        if first_text_row < 0 and len(filled) >= 2 and all(isinstance(v, str) for v in filled):
            first_text_row = index
    if best_row >= 0:
        return best_row, best_score
    if first_text_row >= 0:
        return first_text_row, 0
    first_filled = next((i for i, r in enumerate(raw) if any(v != "" for v in r)), 0)
    return first_filled, 0


def _normalised(values: list[Any]) -> list[CellValue]:
    # Calamine gives every number as float and empty cells as "": whole floats become int
    # (an employee number 1001 must not read "1001.0"), "" becomes None. One comprehension,
    # no call per cell: this runs over every mapped cell of the sheet.
    return [
        (v or None)
        if v.__class__ is str
        else ((int(v) if v.is_integer() else v) if v.__class__ is float else v)
        for v in values
    ]


def _build(
    path: Path,
    sheet_name: str,
    names: tuple[str, ...],
    raw: list[list[Any]],
    header_index: int,
    merged: list[tuple[int, int, int, int]],
    hidden: frozenset[int],
    *,
    typed: bool,
) -> SheetData:
    notices: list[ReadNotice] = []
    for r0, c0, r1, c1 in merged:
        if r1 < header_index:
            continue
        top_left = raw[r0][c0] if r0 < len(raw) and c0 < len(raw[r0]) else ""
        for r in range(max(r0, header_index), min(r1, len(raw) - 1) + 1):
            row = raw[r]
            if len(row) <= c1:
                row.extend([""] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                row[c] = top_left
        span = f"{column_letter(c0)}{r0 + 1}:{column_letter(c1)}{r1 + 1}"
        notices.append(
            ReadNotice(
                _m(
                    QT_TRANSLATE_NOOP(
                        "ImportReader",
                        "merged cells {range}: the value of {cell} is used in every cell of the "
                        "range",
                    ),
                    range=span,
                    cell=f"{column_letter(c0)}{r0 + 1}",
                ),
                r0 + 1,
            )
        )
    header_cells = list(raw[header_index]) if header_index < len(raw) else []
    # Trailing columns without a header and without data are dropped; a column with data but
    # no header gets its letter as header so that its values are still shown and reported.
    width = len(header_cells)
    while width and header_cells[width - 1] in ("", None):
        width -= 1
    data_width = max((len(r) for r in raw[header_index + 1 :]), default=0)
    headers: list[str] = []
    for c in range(max(width, data_width)):
        value = header_cells[c] if c < len(header_cells) else ""
        headers.append(_header_text(value) or column_letter(c))
    # Columns at the right with neither header nor any data are trimmed.
    while len(headers) > width and not any(
        len(r) > len(headers) - 1 and r[len(headers) - 1] not in ("", None)
        for r in raw[header_index + 1 :]
    ):
        headers.pop()
    n = len(headers)
    # Empty rows in the middle are skipped (their numbers stay out of the report); empty
    # trailing rows are trimmed by the same test. Cells right of the last column are empty
    # (such columns were trimmed above), so the whole row can be tested. any() stops at the
    # first filled cell; a row of zeros is not empty, hence count(). Comprehensions: this
    # runs once per row of the sheet.
    first = header_index + 1
    keep = [
        i
        for i, cells in enumerate(raw[first:], start=first)
        if any(cells) or cells.count("") != len(cells)
    ]
    kept: list[list[Any]] = [raw[i] for i in keep]
    row_numbers = [i + 1 for i in keep]
    if kept and min(map(len, kept)) < n:
        for cells in kept:
            if len(cells) < n:
                cells.extend([""] * (n - len(cells)))
    shown_hidden = frozenset(r for r in hidden if r > header_index + 1)
    if shown_hidden:
        listed = ", ".join(str(r) for r in sorted(shown_hidden)[:20])
        more = "…" if len(shown_hidden) > 20 else ""
        notices.append(
            ReadNotice(
                _m(
                    QT_TRANSLATE_NOOP(
                        "ImportReader", "{count} hidden row(s) are imported too: {rows}"
                    ),
                    count=len(shown_hidden),
                    rows=listed + more,
                )
            )
        )
    return SheetData(
        path=path,
        sheet_name=sheet_name,
        sheet_names=names,
        header_row=header_index + 1,
        headers=headers,
        raw_rows=kept,
        row_numbers=row_numbers,
        typed_cells=typed,
        hidden_rows=shown_hidden,
        notices=notices,
    )


def _header_text(value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # Excel's "CSV" on Finnish Windows writes cp1252; it decodes any byte but a few.
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            return data.decode("latin-1"), "latin-1"


def _sniff_delimiter(text: str) -> str:
    sample = [line for line in text[: 64 * 1024].splitlines()[:20] if line.strip()]
    if not sample:
        return ";"
    best, best_score = ";", -1
    for delimiter in (";", "\t", ","):
        counts = [len(next(csv.reader([line], delimiter=delimiter))) for line in sample]
        # A delimiter that splits every line into the same number (>1) of fields wins;
        # Nepton's own files use ";" so it is preferred on a tie.
        consistent = sum(1 for c in counts if c == counts[0])
        score = consistent * 1000 + counts[0] if counts[0] > 1 else 0
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path, header_row: int | None, known: frozenset[str]) -> SheetData:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise _not_found(path) from None
    except OSError as exc:
        raise ReadError(
            _m(
                QT_TRANSLATE_NOOP("ImportReader", "{file}: cannot be read ({detail})"),
                file=path.name,
                detail=exc.strerror,
            )
        ) from None
    text, encoding = _decode(data)
    delimiter = _sniff_delimiter(text)
    # Whitespace-only values are empty cells, so that a row of blanks counts as empty.
    raw: list[list[Any]] = [
        [v if v.strip() else "" for v in r]
        for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    ]
    if not any(any(r) for r in raw):
        raise ReadError(
            _m(QT_TRANSLATE_NOOP("ImportReader", "{file}: the file has no data"), file=path.name)
        )
    header_index, _score = _guess_header_row(raw, known)
    if header_row is not None:
        header_index = header_row - 1
    sheet = _build(path, "", (), raw, header_index, [], frozenset(), typed=False)
    sheet.encoding, sheet.delimiter = encoding, delimiter
    return sheet
