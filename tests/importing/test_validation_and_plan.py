"""Validation against live data and the create/update/unchanged/error plan, from real files."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from nepton_desktop.domain.identity import make_hetu
from nepton_desktop.importing.live import LiveData
from nepton_desktop.importing.pipeline import dry_run
from nepton_desktop.importing.plan import Action, EmptyCells, InvalidRows
from nepton_desktop.importing.problems import Severity
from tests.importing.files import write_xlsx
from tests.importing.live_fixture import HETU_AINO, IBAN_AINO, community

EVENT_HEADERS = ["Nepton id", "Henkilönumero", "Tyyppi", "Alkaa", "Päättyy", "Projekti", "Kuvaus"]


def _events(tmp_path: Path, rows: list[list[object]], live: LiveData | None = None, **kw):
    path = write_xlsx(tmp_path / "events.xlsx", [EVENT_HEADERS, *rows])
    return dry_run(path, "events", live or community(), **kw).plan


def test_events_classified_create_update_unchanged_error(tmp_path: Path) -> None:
    plan = _events(
        tmp_path,
        [
            # unchanged: the exported values of event 100
            [100, "1001", "TYO", datetime(2026, 3, 2, 8), datetime(2026, 3, 2, 16), "P5", "roof"],
            # update: same event by id, description and end changed
            [None, "1003", "KOK", "3.3.2026 9.00", "3.3.2026 10.30", None, "meeting"],
            [None, "nobody", "TYO", "4.3.2026 8.00", "4.3.2026 16.00", None, None],
        ],
        invalid_rows=InvalidRows.SKIP,
    )
    actions = [r.action for r in plan.rows]
    assert actions == [Action.UNCHANGED, Action.CREATE, Action.ERROR]
    error = plan.errors[0]
    assert (error.row, error.letter, error.column) == (4, "B", "Henkilönumero")
    assert "no person 'nobody'" in error.text
    assert not plan.blocked
    assert [r.row for r in plan.to_send()] == [3]


def test_update_lists_before_and_after_and_references_compare_by_identity(
    tmp_path: Path,
) -> None:
    plan = _events(
        tmp_path,
        [
            [
                100,
                "aino.virtanen",
                "work",
                datetime(2026, 3, 2, 8),
                datetime(2026, 3, 2, 15),
                "ext-5",
                "roof and walls",
            ]
        ],
    )
    (row,) = plan.rows
    assert row.action is Action.UPDATE
    assert [(c.key, c.before, c.after) for c in row.changes] == [
        ("end", datetime(2026, 3, 2, 16), datetime(2026, 3, 2, 15)),
        ("description", "roof", "roof and walls"),
    ]


def test_event_rules(tmp_path: Path) -> None:
    plan = _events(
        tmp_path,
        [
            [101, "1002", "TYO", datetime(2026, 3, 2, 8), datetime(2026, 3, 2, 13), None, "x"],
            [None, "1003", "TYO", datetime(2026, 3, 5, 8), datetime(2026, 3, 5, 7), None, None],
            [None, "1003", "TYO", datetime(2031, 3, 5, 8), datetime(2031, 3, 5, 9), None, None],
            [None, "1003", "XXX", datetime(2026, 3, 6, 8), datetime(2026, 3, 6, 9), "P9", None],
            [None, "1003", "TYO", datetime(2026, 3, 7, 8), datetime(2026, 3, 7, 12), None, None],
            [None, "1003", "TYO", datetime(2026, 3, 7, 11), datetime(2026, 3, 7, 13), None, None],
            [None, "1001", "TYO", datetime(2026, 3, 2, 15), datetime(2026, 3, 2, 18), None, None],
            [None, "1001", "OLD", datetime(2026, 3, 3, 15), datetime(2026, 3, 3, 18), None, None],
            [999, "1001", "TYO", datetime(2026, 3, 4, 15), datetime(2026, 3, 4, 18), None, None],
        ],
    )
    errors = {(p.row, p.letter): p.text for p in plan.errors}
    assert "locked" in errors[(2, "")]
    assert "ends before it starts" in errors[(3, "E")]
    assert "more than 4 years ahead" in errors[(4, "D")]
    assert "no event type with code or name 'XXX'" in errors[(5, "C")]
    assert "no project with code or external identifier 'P9'" in errors[(5, "F")]
    assert "overlaps row 6" in errors[(7, "")]
    assert "no event with Nepton id 999" in errors[(10, "A")]
    warnings = {(p.row, p.letter): p.text for p in plan.warnings}
    assert "overlaps event 100 in Nepton" in warnings[(8, "")]
    assert "no longer in use" in warnings[(9, "C")]
    assert plan.blocked and plan.to_send() == []
    assert all(p.severity is Severity.ERROR for p in plan.errors)


def test_reimport_without_ids_matches_existing_events(tmp_path: Path) -> None:
    plan = _events(
        tmp_path,
        [[None, "1001", "TYO", datetime(2026, 3, 2, 8), datetime(2026, 3, 2, 16), "P5", "roof"]],
    )
    assert plan.rows[0].action is Action.UNCHANGED
    assert plan.warnings == []  # matched, so not an overlap with itself


def test_empty_cells_keep_or_clear(tmp_path: Path) -> None:
    row = [100, "1001", "TYO", datetime(2026, 3, 2, 8), datetime(2026, 3, 2, 16), "P5", None]
    kept = _events(tmp_path, [row])
    assert kept.rows[0].action is Action.UNCHANGED
    assert "Nepton's value is kept" in kept.warnings[0].text
    cleared = _events(tmp_path, [row], empty_cells=EmptyCells.CLEAR)
    assert [(c.key, c.after) for c in cleared.rows[0].changes] == [("description", None)]


def test_absences(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "a.xlsx",
        [
            ["Henkilönumero", "Tyyppi", "Poissaolotyyppi", "Alkupäivä", "Loppupäivä", "Lisätieto"],
            ["1003", "POISSA", "SL", date(2026, 3, 9), date(2026, 3, 10), None],
            ["1001", "POISSA", "Annual leave", "16.3.2026", "20.3.2026", "sairas"],
            ["1002", "TYO", "SL", "16.3.2026", "15.3.2026", None],
            ["1002", "POISSA", "ZZ", "16.3.2026", "16.3.2026", None],
        ],
    )
    plan = dry_run(path, "absences", community()).plan
    assert [r.action for r in plan.rows] == [
        Action.UNCHANGED,
        Action.CREATE,
        Action.ERROR,
        Action.ERROR,
    ]
    created = plan.rows[1]
    assert created.values["additional_info"] == "Sick"
    assert created.check.span == (datetime(2026, 3, 16), datetime(2026, 3, 21))
    errors = {(p.row, p.letter): p.text for p in plan.errors}
    assert "not an absence" in errors[(4, "B")]
    assert "last day is before the first day" in errors[(4, "E")]
    assert "no absence type 'ZZ'" in errors[(5, "C")]


def test_personnel_rules_without_personal_data_in_messages(tmp_path: Path) -> None:
    bad_hetu = HETU_AINO[:-1] + ("A" if HETU_AINO[-1] != "A" else "B")
    new_hetu = make_hetu(date(1990, 1, 1), 55)
    path = write_xlsx(
        tmp_path / "p.xlsx",
        [
            [
                "Henkilönumero",
                "Etunimi",
                "Sukunimi",
                "Käyttäjätunnus",
                "Henkilötunnus",
                "IBAN",
                "Sähköposti",
                "Yksikkö",
                "Esimies",
                "Tuntipalkka",
                "Työsuhteen alkupäivä",
                "Työsuhteen loppupäivä",
            ],
            [
                "1001",
                "Aino",
                "Virtanen",
                "aino.virtanen",
                HETU_AINO,
                IBAN_AINO,
                "aino@example.fi",
                "HQ",
                None,
                "21,5",
                date(2020, 1, 2),
                None,
            ],
            [
                "1002",
                "Bertil",
                "Berg",
                "bertil.b",
                bad_hetu,
                "FI00 1234",
                "bertil@",
                "Nowhere",
                "9999",
                None,
                date(2026, 1, 1),
                date(2025, 1, 1),
            ],
            [
                "1004",
                "Dora",
                "Dahl",
                "dora",
                new_hetu,
                None,
                None,
                "hq|sales",
                "1001",
                None,
                None,
                None,
            ],
            ["1004", None, "Eve", "eve", None, None, None, None, None, None, None, None],
        ],
    )
    plan = dry_run(path, "personnel", community()).plan
    assert [r.action for r in plan.rows] == [
        Action.UNCHANGED,
        Action.ERROR,
        Action.CREATE,
        Action.ERROR,
    ]
    errors = {(p.row, p.letter): p.text for p in plan.errors}
    assert errors[(3, "D")] == "usernames cannot be changed by import"
    assert "check character" in errors[(3, "E")]
    assert errors[(3, "F")].startswith("IBAN:")
    assert "not an e-mail address" in errors[(3, "G")]
    assert "no unit 'Nowhere'" in errors[(3, "H")]
    assert "no person with employee number '9999'" in errors[(3, "I")]
    assert "ends before it starts" in errors[(3, "L")]
    assert "Etunimi is required" in errors[(5, "B")]
    assert "the same employee number as row 4" in errors[(5, "A")]
    text = " ".join(p.text for p in plan.errors + plan.warnings + plan.notices)
    assert (
        bad_hetu not in text
        and HETU_AINO not in text
        and "1234" not in text.replace("1001", "").replace("row", "")
    )
    notices = [p for p in plan.notices if p.row == 2]
    assert notices and "21,5" in notices[0].text  # text number in a spreadsheet


def test_personnel_update_by_employee_number(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "p.xlsx",
        [
            ["Employee number", "First name", "Last name", "Job title", "Hourly wage", "Units"],
            ["1001", "Aino", "Virtanen", "Head nurse", 22, "Head office"],
        ],
    )
    plan = dry_run(path, "personnel", community()).plan
    (row,) = plan.rows
    assert row.action is Action.UPDATE
    assert [(c.key, c.before, c.after) for c in row.changes] == [
        ("job_title", "Nurse", "Head nurse"),
        ("hourly_wage", Decimal("21.50"), Decimal(22)),
    ]


def test_projects(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "pr.xlsx",
        [
            ["Koodi", "Nimi", "Yläprojekti", "Alkupäivä", "Loppupäivä", "Projektipäälliköt"],
            ["P5", "Roof", None, None, None, "1001"],
            ["P6", "Wall B", "P5", "1.1.2026", None, None],
            ["P7", "New", "P8", None, None, None],
            ["P8", "Newer", "P5", "2.1.2026", "1.1.2026", "ghost"],
            ["P9", None, "P9", None, None, None],
        ],
    )
    plan = dry_run(path, "projects", community()).plan
    assert [r.action for r in plan.rows] == [
        Action.UNCHANGED,
        Action.UPDATE,
        Action.CREATE,
        Action.ERROR,
        Action.ERROR,
    ]
    assert [(c.key, c.after) for c in plan.rows[1].changes] == [("name", "Wall B")]
    errors = {(p.row, p.letter): p.text for p in plan.errors}
    assert "ends before it starts" in errors[(5, "E")]
    assert "no person 'ghost'" in errors[(5, "F")]
    assert "own parent" in errors[(6, "C")]
    assert "Nimi is required" in errors[(6, "B")]


def test_missing_required_column_blocks(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "e.xlsx", [["Henkilönumero", "Alkaa"], ["1001", "2.3.2026 8.00"]])
    plan = dry_run(path, "events", community(), invalid_rows=InvalidRows.SKIP).plan
    assert plan.blocked
    assert "required field 'Type (code)'" in plan.errors[0].text


def test_unmapped_columns_are_file_warnings(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "e.xlsx",
        [
            [*EVENT_HEADERS, "Palkkakausi"],
            [
                None,
                "1003",
                "TYO",
                datetime(2026, 4, 1, 8),
                datetime(2026, 4, 1, 9),
                None,
                None,
                "4",
            ],
        ],
    )
    plan = dry_run(path, "events", community()).plan
    (warning,) = plan.warnings
    assert (warning.row, warning.letter, warning.column) == (0, "H", "Palkkakausi")
    assert "not mapped" in warning.text and warning.severity is Severity.WARNING
    assert plan.rows[0].action is Action.CREATE
