"""Judging whether a person import row took effect from the person Nepton holds now."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from nepton_desktop.api.person_readback import find_person, holds_row, identifies, written_fields
from nepton_desktop.domain.records import Person

ROW = Person(
    "Aino",
    "Virtanen",
    username="aino.v",
    employee_number="1001",
    email="Aino@Example.fi",
    hourly_wage=Decimal("25.50"),
    secondary_supervisors=("2001",),
)
NOW = replace(ROW, nepton_id=7, email="aino@example.fi", hourly_wage=Decimal("25.5"))
ALL = written_fields([ROW], ())


def holds(row: Person, now: Person, *, ignore: bool = True, reset: frozenset[str] = frozenset()):
    return holds_row(row, now, ignore_empty_values=ignore, reset=reset, written=ALL | reset)


def test_a_row_is_held_when_every_written_value_is_there() -> None:
    assert holds(ROW, NOW)
    # Secondary supervisors are appended: others may be there too.
    assert holds(ROW, replace(NOW, secondary_supervisors=("2000", "2001")))
    assert not holds(ROW, replace(NOW, secondary_supervisors=("2000",)))
    assert holds(ROW, replace(NOW, job_title="Nurse"))  # empty in the row: kept
    assert not holds(ROW, replace(NOW, email="other@example.fi"))
    assert not holds(ROW, replace(NOW, hourly_wage=Decimal("26")))


def test_empty_values_kept_or_emptied_as_the_mode_says() -> None:
    now = replace(NOW, city="Tampere")
    assert holds(ROW, now, ignore=True)
    assert not holds(ROW, now, ignore=False)
    assert holds(ROW, replace(NOW, city=None), ignore=False)


def test_reset_fields_must_be_empty_and_reset_lists_replaced() -> None:
    row = replace(ROW, phone_number=None)
    reset = frozenset({"phone_number", "secondary_supervisors"})
    assert not holds(row, replace(NOW, phone_number="040 1"), reset=reset)
    assert not holds(row, replace(NOW, secondary_supervisors=("2000", "2001")), reset=reset)
    assert holds(row, replace(NOW, phone_number=None), reset=reset)


def test_the_person_is_found_as_the_import_matches_and_unnamed_rows_are_not() -> None:
    others = [replace(NOW, nepton_id=8, username="x", employee_number="1001"), NOW]
    assert find_person(ROW, others) is NOW  # username before employee number
    assert find_person(replace(ROW, nepton_id=8), others) is others[0]
    assert find_person(replace(ROW, username="AINO.V"), others) is NOW
    unnamed = Person("New", "Person")
    assert not identifies(unnamed) and find_person(unnamed, others) is None


def test_the_primary_supervisor_column_only_when_a_row_sets_or_resets_it() -> None:
    assert "primary_supervisor" not in ALL
    assert "primary_supervisor" in written_fields([replace(ROW, primary_supervisor="9")], ())
    assert "primary_supervisor" in written_fields([ROW], {"primary_supervisor"})
