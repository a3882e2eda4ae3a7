"""Error workbook, templates and exports; export -> edit in a spreadsheet -> import finds
exactly the edits."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from nepton_desktop.domain.columns import Entity
from nepton_desktop.importing.pipeline import dry_run
from nepton_desktop.importing.plan import Action
from nepton_desktop.importing.reader import read_file
from nepton_desktop.importing.reports import (
    ERROR_FILL,
    export_records,
    neutralise,
    write_error_report,
    write_template,
)
from tests.importing.live_fixture import community


def test_neutralise_formula_text() -> None:
    assert [neutralise(t) for t in ("=1+1", "+358", "-x", "@a", "\tx", "\rx", "ok", "")] == [
        "'=1+1",
        "'+358",
        "'-x",
        "'@a",
        "'\tx",
        "'\rx",
        "ok",
        "",
    ]


def test_error_workbook_marks_cells_and_neutralises(tmp_path: Path) -> None:
    # CSV: a spreadsheet writer would store "=..." as a formula, a CSV keeps it as text.
    path = tmp_path / "e.csv"
    path.write_text(
        "Henkilönumero;Tyyppi;Alkaa;Päättyy;Kuvaus\n"
        "1001;TYO;3.3.2026 8.00;3.3.2026 16.00;=HYPERLINK(1)\n"
        "9999;TYO;huomenna;3.3.2026 16.00;@cmd\n",
        encoding="utf-8",
    )
    result = dry_run(path, "events", community())
    out = write_error_report(result.sheet, result.plan, tmp_path / "report.xlsx")
    book = openpyxl.load_workbook(out)
    ws = book["Import"]
    assert [c.value for c in ws[1]] == [
        "Henkilönumero",
        "Tyyppi",
        "Alkaa",
        "Päättyy",
        "Kuvaus",
        "Row",
        "Status",
        "Reason",
    ]
    assert ws["E2"].value == "'=HYPERLINK(1)" and ws["E2"].data_type == "s"
    assert ws["E3"].value == "'@cmd"
    assert ws["F3"].value == 3 and ws["G3"].value == "error"
    assert "no person '9999'" in ws["H3"].value and "'huomenna' is not a date" in ws["H3"].value
    assert ws["A3"].fill.fgColor.rgb == ERROR_FILL.fgColor.rgb
    assert ws["C3"].comment is not None and "huomenna" in ws["C3"].comment.text
    assert ws["A2"].comment is None and ws["G2"].value == "create"
    assert ws["C2"].value == "3.3.2026 8.00"  # the original cell, as it was
    problems = book["Problems"]
    assert {r[0] for r in problems.iter_rows(min_row=2, values_only=True)} == {3}


def test_template_has_headers_example_and_dropdowns(tmp_path: Path) -> None:
    live = community()
    out = write_template("absences", tmp_path / "t.xlsx", language="fi", live=live)
    book = openpyxl.load_workbook(out)
    ws = book["Import"]
    headers = [c.value for c in ws[1]]
    assert headers[:3] == ["Nepton-tunniste", "Henkilö (henkilönumero)", "Nimi"]
    ranges = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    lists = book["Lists"]
    assert lists.sheet_state == "hidden"
    type_column = headers.index("Tyyppi (koodi)") + 1
    letter = openpyxl.utils.get_column_letter(type_column)
    formula = ranges[f"{letter}2:{letter}10000"]
    list_letter = formula.split("!$")[1][0]
    assert [r[0].value for r in lists[f"{list_letter}1:{list_letter}1"]] == ["POISSA"]
    # The template's example row is itself a valid import.
    plan = dry_run(out, "absences", live).plan
    assert plan.errors == [], [p.describe() for p in plan.errors]
    assert [r.action for r in plan.rows] == [Action.CREATE]


@pytest.mark.parametrize("entity", list(Entity))
def test_export_then_import_unchanged(tmp_path: Path, entity: Entity) -> None:
    live = community()
    records = {
        Entity.PERSONNEL: live.persons,
        Entity.PROJECTS: live.projects,
        Entity.EVENTS: [e for e in live.events if e.event_type_id != 40],
        Entity.ABSENCES: [e for e in live.events if e.event_type_id == 40],
    }[entity]
    out = tmp_path / f"{entity}.xlsx"
    assert export_records(entity, records, out, context=live.display_context()) == len(records)
    plan = dry_run(out, entity, live).plan
    assert plan.errors == [], [p.describe() for p in plan.errors]
    assert [r.action for r in plan.rows] == [Action.UNCHANGED] * len(records), [
        (r.row, [(c.key, c.before, c.after) for c in r.changes]) for r in plan.rows
    ]


def test_export_edit_import_finds_exactly_the_edits(tmp_path: Path) -> None:
    live = community()
    out = tmp_path / "persons.xlsx"
    export_records("personnel", live.persons, out, context=live.display_context())
    book = openpyxl.load_workbook(out)
    ws = book.active
    assert ws is not None
    headers = [c.value for c in ws[1]]
    ws.cell(2, headers.index("Toimi") + 1, "Osastonhoitaja")
    ws.cell(4, headers.index("Tuntipalkka") + 1, 18.25)
    ws.cell(3, headers.index("Puhelin") + 1, "+358 40 123")
    book.save(out)
    plan = dry_run(out, "personnel", live).plan
    changes = {(r.row, c.key, c.before, c.after) for r in plan.rows for c in r.changes}
    assert {(row, key) for row, key, _, _ in changes} == {
        (2, "job_title"),
        (4, "hourly_wage"),
        (3, "phone_number"),
    }
    assert plan.counts == {"create": 0, "update": 3, "unchanged": 0, "error": 0}


def test_export_neutralises_and_reimports_the_same_text(tmp_path: Path) -> None:
    live = community()
    live.events[0].description = "=cmd|' /C calc'!A0"
    out = tmp_path / "ev.xlsx"
    export_records("events", live.events[:1], out, context=live.display_context())
    sheet = read_file(out)
    assert sheet.rows[0][sheet.headers.index("Kuvaus")] == "'=cmd|' /C calc'!A0"
    plan = dry_run(out, "events", live).plan
    assert plan.rows[0].action is Action.UNCHANGED
