"""Whether a person import row took effect, judged from the persons Nepton holds now.

Used after an ImportUsersFromCSV whose answer was lost: a row is *done* when the person it
names exists and holds every value the row wrote, *not done* when the person is missing or
holds something else, and *unknown* when the row names no person Nepton could be asked
about (no Nepton id, username or employee number: the import would have created one).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from decimal import Decimal

from nepton_desktop.api.person_csv import PERSON_FIELDS, CsvField, format_cell_value
from nepton_desktop.domain.records import Person

# Identify the row's person; compared by finding the person, not as values.
_IDENTITY = frozenset({"nepton_id"})


def identifies(person: Person) -> bool:
    """Whether Nepton's import updates an existing person for this row instead of inserting
    one: it identifies persons by Nepton id, username or employee number."""
    return bool(person.nepton_id is not None or person.username or person.employee_number)


def find_person(row: Person, found: Sequence[Person]) -> Person | None:
    """The person Nepton's import would have written ``row`` to, in its matching order."""
    if row.nepton_id is not None:
        return next((p for p in found if p.nepton_id == row.nepton_id), None)
    if row.username:
        wanted = row.username.casefold()
        return next((p for p in found if (p.username or "").casefold() == wanted), None)
    if row.employee_number:
        return next((p for p in found if p.employee_number == row.employee_number), None)
    return None


def holds_row(
    row: Person,
    now: Person,
    *,
    ignore_empty_values: bool,
    reset: Collection[str],
    written: Collection[str],
) -> bool:
    """Whether ``now`` holds every value the import ``row`` wrote.

    ``written``: the attributes the file had a column for; ``reset``: those marked RESET.
    """
    for f in PERSON_FIELDS:
        if f.attribute not in written or f.attribute in _IDENTITY:
            continue
        if not _field_holds(f, row, now, ignore_empty_values, f.attribute in reset):
            return False
    return True


def _field_holds(f: CsvField, row: Person, now: Person, ignore_empty: bool, reset: bool) -> bool:
    sent, held = getattr(row, f.attribute), getattr(now, f.attribute)
    if f.attribute == "secondary_supervisors":
        sent_set, held_set = set(sent), set(held)
        # Without RESET the import appends; with it the list is replaced.
        return held_set == sent_set if reset else sent_set <= held_set
    if reset:
        return _text(held) == ""
    if _text(sent) == "":
        return ignore_empty or _text(held) == ""
    if isinstance(sent, Decimal) and isinstance(held, Decimal):
        return sent == held  # 25.50 and 25.5 are the same wage
    if f.attribute in ("username", "email"):
        return _text(sent).casefold() == _text(held).casefold()
    return _text(sent) == _text(held)


def _text(value: object) -> str:
    # Nepton (and the sandbox) keep text without surrounding whitespace.
    return format_cell_value(value).strip()


def written_fields(persons: Sequence[Person], reset: Collection[str]) -> frozenset[str]:
    """The attributes a file of ``persons`` carries a column for (see person_csv)."""
    return frozenset(
        f.attribute
        for f in PERSON_FIELDS
        if f.attribute != "primary_supervisor"
        or f.attribute in reset
        or any(p.primary_supervisor for p in persons)
    )
