"""The whole dry run on real files of every format: dates as text, as date cells and as serial
numbers; Finnish decimals; wrong types; and a 100,000-row sheet."""

from __future__ import annotations

import csv
import time
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from nepton_desktop.domain.records import Person
from nepton_desktop.importing.pipeline import dry_run
from nepton_desktop.importing.plan import Action
from nepton_desktop.importing.problems import Severity
from tests.importing.files import write_ods, write_xls, write_xlsx, write_xlsx_xml
from tests.importing.live_fixture import community

PERSON_HEADERS = ["Henkilönumero", "Etunimi", "Sukunimi", "Työsuhteen alkupäivä", "Tuntipalkka"]
PERSON_ROWS: list[list[object]] = [
    ["2001", "Date", "Cell", date(2026, 2, 1), 21.5],  # date cell, number cell
    ["2002", "Text", "Date", "1.2.2026", "21,50"],  # Finnish text date and decimal comma
    ["2003", "Serial", "Number", 46054, "1 021,5"],  # serial number, spaced thousands
    ["2004", "Wrong", "Types", "ensi viikolla", "paljon"],  # wrong types: errors
    ["2005", "Short", "Year", "1.2.26", 15],  # two-digit year
]


def _write_csv(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", encoding="cp1252", newline="") as stream:
        csv.writer(stream, delimiter=";").writerows(rows)
    return path


@pytest.mark.parametrize("fmt", ["xlsx", "xls", "ods", "csv"])
def test_personnel_dates_and_decimals_in_every_format(tmp_path: Path, fmt: str) -> None:
    rows = [PERSON_HEADERS, *PERSON_ROWS]
    path = tmp_path / f"persons.{fmt}"
    {"xlsx": write_xlsx, "xls": write_xls, "ods": write_ods, "csv": _write_csv}[fmt](path, rows)
    plan = dry_run(path, "personnel", community()).plan
    values = {r.values.get("employee_number"): r.values for r in plan.rows}
    for number in ("2001", "2002", "2003"):
        assert values[number]["employment_start"] == date(2026, 2, 1), (fmt, number)
    assert values["2001"]["hourly_wage"] == Decimal("21.5")
    assert values["2002"]["hourly_wage"] == Decimal("21.50")
    assert values["2003"]["hourly_wage"] == Decimal("1021.5")
    assert values["2005"]["employment_start"] == date(2026, 2, 1)
    assert [r.action for r in plan.rows] == [
        Action.CREATE,
        Action.CREATE,
        Action.CREATE,
        Action.ERROR,
        Action.CREATE,
    ]
    errors = {(p.row, p.letter) for p in plan.errors}
    assert errors == {(5, "D"), (5, "E")}
    notices = {(p.row, p.letter): p.text for p in plan.notices}
    assert "read as the spreadsheet date 1.2.2026" in notices[(4, "D")]
    assert "two-digit year 26" in notices[(6, "D")]
    # In a spreadsheet a number typed as text is worth a notice; in a CSV all is text.
    assert ((3, "E") in notices) == (fmt != "csv")
    assert all(p.severity is Severity.NOTICE for p in plan.notices)


def test_event_datetimes_as_cells_text_and_serials(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "e.xlsx",
        [
            ["Henkilönumero", "Tyyppi", "Alkaa", "Päättyy"],
            ["1003", "TYO", datetime(2026, 4, 1, 8), datetime(2026, 4, 1, 16)],
            ["1003", "TYO", "2.4.2026 8.00", "2.4.2026 16:00"],
            ["1003", "TYO", 46115.3333333333, 46115.6666666667],  # 3.4.2026 8.00-16.00
            ["1003", "TYO", True, "x"],
        ],
    )
    plan = dry_run(path, "events", community()).plan
    spans = [r.check.span for r in plan.rows[:3]]
    assert spans == [(datetime(2026, 4, d, 8), datetime(2026, 4, d, 16)) for d in (1, 2, 3)]
    assert [r.action for r in plan.rows] == [Action.CREATE] * 3 + [Action.ERROR]
    assert {(p.row, p.letter) for p in plan.errors} == {(5, "C"), (5, "D")}
    assert len([p for p in plan.notices if p.row == 4]) == 2


PEOPLE = 100


def _big_sheet_xml(rows: int) -> str:
    # Written as raw sheet XML (what Excel saves): openpyxl would take ~15 s for this.
    parts = [
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Henkilönumero</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>Tyyppi</t></is></c>'
        '<c r="C1" t="inlineStr"><is><t>Alkaa</t></is></c>'
        '<c r="D1" t="inlineStr"><is><t>Päättyy</t></is></c>'
        '<c r="E1" t="inlineStr"><is><t>Kuvaus</t></is></c></row>'
    ]
    for n in range(rows):
        r = n + 2
        start = 46100 + n // PEOPLE + 8 / 24  # one working day per person per row group
        # Start as a date-time cell (serial with a date style would need styles.xml: the
        # serial is given as text instead, d.M.yyyy H.mm as Finnish users type it).
        parts.append(
            f'<row r="{r}"><c r="A{r}"><v>{5000 + n % PEOPLE}</v></c>'
            f'<c r="B{r}" t="inlineStr"><is><t>TYO</t></is></c>'
            f'<c r="C{r}" t="inlineStr"><is><t>{_fi(start)}</t></is></c>'
            f'<c r="D{r}" t="inlineStr"><is><t>{_fi(start + 8 / 24)}</t></is></c>'
            f'<c r="E{r}" t="inlineStr"><is><t>row {r}</t></is></c></row>'
        )
    return "".join(parts)


def _fi(serial: float) -> str:
    moment = datetime(1899, 12, 30) + timedelta(days=serial, seconds=1)
    return f"{moment.day}.{moment.month}.{moment.year} {moment.hour}.{moment.minute:02d}"


@pytest.mark.slow
def test_a_100000_row_sheet(tmp_path: Path) -> None:
    rows = 100_000
    path = write_xlsx_xml(tmp_path / "big.xlsx", _big_sheet_xml(rows))
    live = community()
    live.persons = [
        *live.persons,
        *(
            Person(f"F{i}", f"L{i}", nepton_id=5000 + i, employee_number=str(5000 + i))
            for i in range(PEOPLE)
        ),
    ]
    live.reindex()
    started = time.perf_counter()
    result = dry_run(path, "events", live)
    elapsed = time.perf_counter() - started
    plan = result.plan
    assert len(plan.rows) == rows and plan.rows[-1].row == rows + 1
    assert plan.counts == {"create": rows, "update": 0, "unchanged": 0, "error": 0}
    last = plan.rows[-1]
    assert last.values["person"] == str(5000 + (rows - 1) % PEOPLE)
    first_day = datetime(1899, 12, 30) + timedelta(days=46100 + (rows - 1) // PEOPLE)
    assert last.check.span == (first_day.replace(hour=8), first_day.replace(hour=16))
    print(f"dry run of {rows} rows with text date-times: {elapsed:.1f} s")
    assert elapsed < 30, elapsed
