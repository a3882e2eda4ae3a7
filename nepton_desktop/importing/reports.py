"""Workbooks the import writes: the error report, templates per entity, and exports.

All three share one way of writing a value (:func:`cell_value`): dates stay date cells with a
Finnish number format, decimals numbers, lists ``|``-separated text, and text that a
spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or carriage
return) gets a leading apostrophe, which the import removes again, so an export imports back
unchanged. Written with openpyxl's write-only mode, which keeps memory flat on 100,000 rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from nepton_desktop.domain.columns import (
    EMPTY_CONTEXT,
    LIST_SEPARATOR,
    Column,
    ColumnType,
    DisplayContext,
    Entity,
    RefersTo,
    choice_label,
    columns_for,
)
from nepton_desktop.domain.translatable import QT_TRANSLATE_NOOP, Localized, Message
from nepton_desktop.importing.live import LiveData
from nepton_desktop.importing.plan import Action, ImportPlan
from nepton_desktop.importing.problems import Problem, Severity
from nepton_desktop.importing.reader import SheetData

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "d.m.yyyy"
DATETIME_FORMAT = "d.m.yyyy h:mm"
TIME_FORMAT = "h:mm"
ERROR_FILL = PatternFill("solid", start_color="FFF4B6B6", end_color="FFF4B6B6")
WARNING_FILL = PatternFill("solid", start_color="FFFFE699", end_color="FFFFE699")
HEADER_FONT = Font(bold=True)
# The error workbook's own words, in the user's language when the UI hands in a translate
# function (QCoreApplication.translate); the headless command writes them in English.
Translate = Callable[[str, str], str]  # (context, English text) -> the text to write
WORKBOOK_CONTEXT = "ErrorWorkbook"
TEMPLATE_CONTEXT = "ImportTemplate"
_WORKBOOK_WORDS = (  # the status and severity values, marked for lupdate
    QT_TRANSLATE_NOOP("ErrorWorkbook", "create"),
    QT_TRANSLATE_NOOP("ErrorWorkbook", "update"),
    QT_TRANSLATE_NOOP("ErrorWorkbook", "unchanged"),
    QT_TRANSLATE_NOOP("ErrorWorkbook", "error"),
    QT_TRANSLATE_NOOP("ErrorWorkbook", "warning"),
    QT_TRANSLATE_NOOP("ErrorWorkbook", "notice"),
)


def _english(_context: str, text: str) -> str:
    return text


_BOOL_WORDS = {"fi": ("kyllä", "ei"), "sv": ("ja", "nej"), "en": ("yes", "no")}


def neutralise(text: str) -> str:
    """Text a spreadsheet would run as a formula, made plain text by a leading apostrophe."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


CellOut = str | int | float | bool | date | datetime | time | None


def cell_value(value: object) -> CellOut:
    if value is None:
        return None
    if isinstance(value, bool | int | float | datetime | date | time):
        return value
    if isinstance(value, Decimal):
        # openpyxl writes Decimal as a number; int when whole keeps "22" from showing "22.0".
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, tuple | list):
        value = LIST_SEPARATOR.join(str(v) for v in value)
    return neutralise(str(value))


def typed_cell(ws: Worksheet, value: object) -> Cell:
    """A write-only cell: dates as date cells with the Finnish format, text neutralised."""
    cell = WriteOnlyCell(ws)
    # Set after construction: the stubs' constructor type omits date and time, which
    # openpyxl accepts (and writes as date cells with the format below).
    cell.value = cell_value(value)
    if isinstance(value, datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT
    elif isinstance(value, time):
        cell.number_format = TIME_FORMAT
    return cell


def header_cells(ws: Worksheet, headers: Iterable[str]) -> list[Cell]:
    cells = []
    for header in headers:
        cell = WriteOnlyCell(ws, value=neutralise(header))
        cell.font = HEADER_FONT
        cells.append(cell)
    return cells


def _widths(ws: Worksheet, widths: Sequence[int]) -> None:
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = max(10, min(width + 2, 50))


# --- error report --------------------------------------------------------------------------


def write_error_report(
    sheet: SheetData,
    plan: ImportPlan,
    out: Path,
    *,
    only_problems: bool = False,
    translate: Translate = _english,
    language: str = "en",
) -> Path:
    """The original columns plus row number, status and reason; problem cells filled and
    commented. A second sheet lists every problem, whole-file ones included. ``translate``
    gives the workbook's own words (sheet names, headers, statuses) and the reasons in the
    user's language; ``language`` ("fi", "sv", "en") picks column headers named in reasons."""

    def tr(text: str) -> str:
        return translate(WORKBOOK_CONTEXT, text)

    rendered: dict[int, str] = {}

    def said(message: Message) -> str:
        # Many rows share one message object (a coercion memo, a constant): render it once.
        text = rendered.get(id(message))
        if text is None:
            text = rendered[id(message)] = message.render(translate, language)
        return text

    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet(tr(QT_TRANSLATE_NOOP("ErrorWorkbook", "Import")))
    by_row: dict[int, list[Problem]] = {}
    for problem in plan.errors + plan.warnings + plan.notices:
        by_row.setdefault(problem.row, []).append(problem)
    column_of = {h: i for i, h in enumerate(sheet.headers)}
    ws.freeze_panes = "A2"
    ws.append(
        header_cells(
            ws,
            [
                *sheet.headers,
                tr(QT_TRANSLATE_NOOP("ErrorWorkbook", "Row")),
                tr(QT_TRANSLATE_NOOP("ErrorWorkbook", "Status")),
                tr(QT_TRANSLATE_NOOP("ErrorWorkbook", "Reason")),
            ],
        )
    )
    for row_plan, cells in zip(plan.rows, sheet.rows, strict=True):
        problems = by_row.get(row_plan.row, [])
        if only_problems and not row_plan.has_problems:
            continue
        out_cells = [typed_cell(ws, v) for v in cells]
        for problem in problems:
            index = column_of.get(problem.column)
            if index is None or problem.severity is Severity.NOTICE:
                continue
            cell = out_cells[index]
            cell.fill = ERROR_FILL if problem.severity is Severity.ERROR else WARNING_FILL
            # One comment per cell: several problems of a cell are joined.
            text = f"{tr(problem.severity.value)}: {said(problem.message)}"
            if cell.comment is not None:
                text = f"{cell.comment.text}\n{text}"
            cell.comment = Comment(text, "Nepton Desktop", width=300, height=120)
        status = tr(row_plan.action.value)
        if row_plan.action is not Action.ERROR and row_plan.check.has_problems:
            status += tr(QT_TRANSLATE_NOOP("ErrorWorkbook", " (warnings)"))
        reason = "; ".join(
            (f"{p.column}: " if p.column else "") + said(p.message)
            for p in problems
            if p.severity is not Severity.NOTICE
        )
        status_cell = typed_cell(ws, status)
        if row_plan.action is Action.ERROR:
            status_cell.fill = ERROR_FILL
        out_cells += [typed_cell(ws, row_plan.row), status_cell, typed_cell(ws, reason or None)]
        ws.append(out_cells)
    _widths(ws, [len(h) + 4 for h in sheet.headers] + [6, 14, 60])
    listing = workbook.create_sheet(tr(QT_TRANSLATE_NOOP("ErrorWorkbook", "Problems")))
    listing.append(
        header_cells(
            listing,
            [
                tr(QT_TRANSLATE_NOOP("ErrorWorkbook", "Row")),
                tr(QT_TRANSLATE_NOOP("ErrorWorkbook", "Column")),
                tr(QT_TRANSLATE_NOOP("ErrorWorkbook", "Severity")),
                tr(QT_TRANSLATE_NOOP("ErrorWorkbook", "Message")),
            ],
        )
    )
    for problem in sorted(
        plan.errors + plan.warnings + plan.notices, key=lambda p: (p.row, p.letter)
    ):
        column = f"{problem.letter} ({problem.column})" if problem.letter else problem.column
        listing.append(
            [
                typed_cell(listing, v)
                for v in (problem.row, column, tr(problem.severity.value), said(problem.message))
            ]
        )
    _widths(listing, [6, 24, 10, 90])
    workbook.save(out)
    return out


# --- templates and exports -----------------------------------------------------------------


def _choices(entity: Entity, column: Column, live: LiveData | None, language: str) -> list[str]:
    if column.type is ColumnType.CHOICE:
        # The labels in the template's language: the import reads them back to the values.
        return [str(choice_label(c, language)) for c in column.choices]
    if column.type is ColumnType.BOOL:
        return list(_BOOL_WORDS.get(language, _BOOL_WORDS["en"]))
    if live is None:
        return []
    if column.refers_to is RefersTo.EVENT_TYPE:
        types = live.absence_event_types() if entity is Entity.ABSENCES else live.event_types
        return sorted({t.code or t.internal_name for t in types if t.in_use})
    if column.refers_to is RefersTo.ABSENCE_TYPE:
        return sorted({a.code for t in live.absence_event_types() for a in t.absence_types})
    if column.refers_to is RefersTo.PROJECT:
        return sorted({p.code for p in live.projects if p.code and not p.is_completed})
    if column.refers_to is RefersTo.UNIT:
        return sorted({u.code or u.name for u in live.units if not u.is_deleted})
    return []


def _add_dropdowns(
    entity: Entity,
    workbook: Workbook,
    ws: Worksheet,
    columns: Sequence[Column],
    live: LiveData | None,
    language: str,
    last_row: int,
) -> None:
    """One list validation per column with choices; lists live on a hidden sheet because an
    inline list is limited to 255 characters."""
    lists = workbook.create_sheet("Lists")
    lists.sheet_state = "hidden"
    list_columns: list[list[str]] = []
    for index, column in enumerate(columns, start=1):
        values = _choices(entity, column, live, language)
        if not values:
            continue
        list_columns.append(values)
        letter = get_column_letter(len(list_columns))
        target = get_column_letter(index)
        validation = DataValidation(
            type="list",
            formula1=f"=Lists!${letter}$1:${letter}${len(values)}",
            # Warn, not stop: a code created in Nepton after the template was made is fine.
            errorStyle="warning",
            showErrorMessage=True,
            allow_blank=True,
        )
        validation.add(f"{target}2:{target}{last_row}")
        ws.add_data_validation(validation)
    for row in range(max((len(v) for v in list_columns), default=0)):
        lists.append([v[row] if row < len(v) else None for v in list_columns])


_EXAMPLES: dict[ColumnType, object] = {
    ColumnType.TEXT: "",
    ColumnType.INT: None,
    ColumnType.DECIMAL: Decimal("7.5"),
    ColumnType.DURATION: Decimal("7.5"),
    ColumnType.DATE: date(2026, 1, 31),
    ColumnType.DATETIME: datetime(2026, 1, 31, 8, 0),
    ColumnType.TIME: time(8, 0),
    ColumnType.BOOL: True,
}
_EXAMPLE_VALUES: dict[str, object] = {
    "employee_number": "1001",
    "first_name": "Aino",
    "last_name": "Virtanen",
    "username": "aino.virtanen",
    "email": "aino.virtanen@example.fi",
    "phone_number": "040 123 4567",
    "street_address": Localized("Example Street 1", "Esimerkkikatu 1", "Exempelgatan 1"),
    "postcode": "00100",
    "city": "Helsinki",
    "units": ("HQ",),
    "primary_supervisor": "1000",
    "job_title": Localized("Nurse", "Sairaanhoitaja", "Sjuksköterska"),
    "language": "Finnish",  # Nepton takes the English name of the language
    "hourly_wage": Decimal("21.5"),
    "person": "1001",
    "person_name": "Virtanen, Aino",
    "event_type": "TYO",
    "code": "P100",
    "name": Localized("Example project", "Esimerkkiprojekti", "Exempelprojekt"),
    "project": "P100",
    "end": datetime(2026, 1, 31, 16, 0),
    "end_date": date(2026, 2, 2),
    "description": Localized("Example", "Esimerkki", "Exempel"),
    "absence_type_code": "SL",
}


# What a column takes, written as a comment on its header in the template.
_TYPE_HINTS: dict[ColumnType, str] = {
    ColumnType.DATE: QT_TRANSLATE_NOOP(
        "ImportTemplate", "A date: d.M.yyyy, for example 31.1.2026."
    ),
    ColumnType.DATETIME: QT_TRANSLATE_NOOP(
        "ImportTemplate", "A date and time: d.M.yyyy H.mm, for example 31.1.2026 8.00."
    ),
    ColumnType.TIME: QT_TRANSLATE_NOOP("ImportTemplate", "A time: H.mm, for example 8.30."),
    ColumnType.DURATION: QT_TRANSLATE_NOOP("ImportTemplate", "Hours: 7,5 or 7:30."),
    ColumnType.DECIMAL: QT_TRANSLATE_NOOP("ImportTemplate", "A number, for example 7,5."),
    ColumnType.INT: QT_TRANSLATE_NOOP("ImportTemplate", "A whole number."),
    ColumnType.BOOL: QT_TRANSLATE_NOOP("ImportTemplate", "Yes or no: choose from the list."),
    ColumnType.CHOICE: QT_TRANSLATE_NOOP("ImportTemplate", "Choose from the list."),
    ColumnType.REFERENCE: QT_TRANSLATE_NOOP(
        "ImportTemplate", "Must already exist in Nepton: a code, or a person's employee number."
    ),
    ColumnType.LIST: QT_TRANSLATE_NOOP(
        "ImportTemplate", "Several values separated by |, for example HKI|TRE."
    ),
    ColumnType.IDENTITY_CODE: QT_TRANSLATE_NOOP(
        "ImportTemplate", "A Finnish personal identity code, for example 131052-308T."
    ),
    ColumnType.IBAN: QT_TRANSLATE_NOOP(
        "ImportTemplate", "An IBAN account number, for example FI21 1234 5600 0007 85."
    ),
    ColumnType.EMAIL: QT_TRANSLATE_NOOP("ImportTemplate", "An e-mail address."),
}
_REQUIRED = QT_TRANSLATE_NOOP("ImportTemplate", "Required.")
_NEPTON_ID = QT_TRANSLATE_NOOP(
    "ImportTemplate", "Nepton's id of the row: leave it empty for a new row."
)
_READ_ONLY = QT_TRANSLATE_NOOP("ImportTemplate", "Not imported: shown for reference.")


def _header_note(column: Column, translate: Translate) -> str:
    parts = [translate(TEMPLATE_CONTEXT, _REQUIRED)] if column.required else []
    if not column.editable:
        parts.append(translate(TEMPLATE_CONTEXT, _NEPTON_ID if column.identifies else _READ_ONLY))
    elif column.type in _TYPE_HINTS:
        parts.append(translate(TEMPLATE_CONTEXT, _TYPE_HINTS[column.type]))
    return " ".join(parts)


def write_template(
    entity: Entity | str,
    out: Path,
    *,
    language: str = "fi",
    live: LiveData | None = None,
    translate: Translate = _english,
) -> Path:
    """Headers, one example row and dropdowns for choices and (with ``live``) codes.

    Headers, example texts and choice labels are in ``language``; ``translate`` gives the
    sheet's name and the note on each header (required, what the column takes) in the user's
    language (the UI hands in QCoreApplication.translate)."""
    columns = columns_for(entity)
    workbook = Workbook()
    ws = workbook.active
    assert ws is not None
    ws.title = translate(TEMPLATE_CONTEXT, QT_TRANSLATE_NOOP("ImportTemplate", "Import"))
    for index, column in enumerate(columns, start=1):
        header_text = neutralise(column.header(language))
        header = ws.cell(1, index, header_text)
        header.font = HEADER_FONT
        note = _header_note(column, translate)
        if note:
            header.comment = Comment(note, "Nepton Desktop", width=240, height=70)
        if column.editable:
            # The example row is a valid import of its own: codes come from the dropdown
            # lists (live data) where there are any.
            choices = _choices(Entity(entity), column, live, language)
            example = _EXAMPLE_VALUES.get(column.key, _EXAMPLES.get(column.type))
            if isinstance(example, Localized):
                example = example.in_language(language)
            if choices and column.type is not ColumnType.BOOL:
                example = choices[0]
            cell = ws.cell(2, index, cell_value(example))
            if isinstance(example, datetime):
                cell.number_format = DATETIME_FORMAT
            elif isinstance(example, date):
                cell.number_format = DATE_FORMAT
        ws.column_dimensions[get_column_letter(index)].width = max(12, len(header_text) + 4)
    ws.freeze_panes = "A2"
    _add_dropdowns(Entity(entity), workbook, ws, columns, live, language, 10_000)
    workbook.save(out)
    return out


def export_records(
    entity: Entity | str,
    records: Iterable[object],
    out: Path,
    *,
    context: DisplayContext = EMPTY_CONTEXT,
    language: str = "fi",
) -> int:
    """The template's columns filled from records; returns how many rows were written."""
    columns = columns_for(entity)
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet(str(Entity(entity).value).capitalize())
    ws.freeze_panes = "A2"
    _widths(ws, [len(c.header(language)) + 4 for c in columns])
    ws.append(header_cells(ws, [c.header(language) for c in columns]))
    count = 0
    for record in records:
        ws.append([typed_cell(ws, c.value(record, context)) for c in columns])
        count += 1
    workbook.save(out)
    return count
