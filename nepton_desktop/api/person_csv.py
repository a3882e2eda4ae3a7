"""The ';'-separated person CSV that ImportUsersFromCSV takes, built from Person records.

Nepton's import semantics (nepton-api.md 3.5) that shape this file:
- the first row is the header of English field names;
- with IgnoreEmptyValues an empty value keeps the existing data, without it the value is
  deleted; ``RESET`` empties a field whichever mode is on;
- units are names or codes joined with '|', primary first;
- secondary supervisors are appended unless the value starts with ``RESET|``, which replaces;
- an empty primary supervisor removes the existing one *even with IgnoreEmptyValues*, so the
  column is written only when some row sets or resets it, and a row that leaves it empty
  in such a file is refused rather than silently losing its supervisor.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from decimal import Decimal

from nepton_desktop.api.errors import InvalidValue
from nepton_desktop.api.xml_text import check_xml_chars
from nepton_desktop.domain.records import Person
from nepton_desktop.domain.translatable import QT_TRANSLATE_NOOP

RESET = "RESET"


@dataclass(frozen=True, slots=True)
class CsvField:
    header: str
    attribute: str
    resettable: bool = True


PERSON_FIELDS: tuple[CsvField, ...] = (
    CsvField("Nepton Id", "nepton_id", resettable=False),
    CsvField("Employee number", "employee_number"),
    CsvField("First name", "first_name", resettable=False),
    CsvField("Last name", "last_name", resettable=False),
    CsvField("Username", "username", resettable=False),
    CsvField("Email", "email"),
    CsvField("Phone number", "phone_number"),
    CsvField("Street address", "street_address"),
    CsvField("Postcode", "postcode"),
    CsvField("City", "city"),
    CsvField("Personal identity code", "personal_identity_code"),
    CsvField("IBAN", "iban"),
    CsvField("BIC", "bic"),
    CsvField("Unit", "units"),
    CsvField("Primary supervisor", "primary_supervisor"),
    CsvField("Secondary supervisors", "secondary_supervisors"),
    CsvField("Employment start date", "employment_start"),
    CsvField("Employment end date", "employment_end"),
    CsvField("Reason for ending employment", "reason_for_ending"),
    CsvField("Job title", "job_title"),
    CsvField("Work area", "work_area"),
    CsvField("Role", "role"),
    CsvField("Language", "language"),
    CsvField("Hourly wage", "hourly_wage"),
    CsvField("Default project", "default_project"),
    CsvField("External identifier 1", "external_identifier"),
)
PERSON_HEADERS: tuple[str, ...] = tuple(f.header for f in PERSON_FIELDS)
_BY_NAME: dict[str, CsvField] = {f.header.casefold(): f for f in PERSON_FIELDS} | {
    f.attribute: f for f in PERSON_FIELDS
}


def resolve_reset_fields(names: Collection[str]) -> frozenset[str]:
    """Attributes of the fields named (by header or attribute name) to be reset."""
    result: set[str] = set()
    for name in names:
        f = _BY_NAME.get(name) or _BY_NAME.get(name.casefold())
        if f is None:
            raise InvalidValue(
                name,
                QT_TRANSLATE_NOOP("InvalidValue", "is not a person import field"),
                "ei ole henkilötuonnin kenttä",
            )
        if not f.resettable:
            raise InvalidValue(
                f.header,
                QT_TRANSLATE_NOOP(
                    "InvalidValue",
                    "cannot be reset: Nepton needs it to identify or name the person",
                ),
                "ei voi tyhjentää: Nepton tarvitsee sen henkilön tunnistamiseen tai nimeen",
            )
        result.add(f.attribute)
    return frozenset(result)


def format_cell_value(value: object) -> str:
    """A person field's value as the import file writes it (dates ISO, lists with '|')."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return "|".join(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, bool):
        return "1" if value else "0"
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _cell(person: Person, row: int, f: CsvField, reset: frozenset[str]) -> str:
    value = getattr(person, f.attribute)
    text = format_cell_value(value)
    if text:
        check_xml_chars(text, f"{f.header} (row {row})")
        if "\n" in text or "\r" in text:
            raise InvalidValue(
                f"{f.header} (row {row})",
                QT_TRANSLATE_NOOP(
                    "InvalidValue", "contains a line break, which a person import cannot carry"
                ),
                "sisältää rivinvaihdon, jota henkilötuonti ei voi välittää",
            )
    if f.attribute not in reset:
        return text
    if f.attribute == "secondary_supervisors":
        # RESET|a|b replaces the list; plain RESET empties it.
        return f"{RESET}|{text}" if text else RESET
    if text:
        raise InvalidValue(
            f"{f.header} (row {row})",
            QT_TRANSLATE_NOOP(
                "InvalidValue", "is both given a value and marked to be reset; choose one"
            ),
            "on sekä annettu arvo että merkitty tyhjennettäväksi; valitse toinen",
        )
    return RESET


def build_person_csv(persons: Sequence[Person], reset_fields: Collection[str] = ()) -> str:
    """The importData payload: header row, then one row per person, ';'-separated, LF line ends."""
    if not persons:
        raise ValueError("a person import needs at least one person")
    reset = resolve_reset_fields(reset_fields)
    fields: list[CsvField] = []
    for f in PERSON_FIELDS:
        if f.attribute == "primary_supervisor" and f.attribute not in reset:
            if not any(p.primary_supervisor for p in persons):
                continue
            missing = [i for i, p in enumerate(persons, 1) if not p.primary_supervisor]
            if missing:
                raise InvalidValue(
                    f"Primary supervisor (row {missing[0]})",
                    QT_TRANSLATE_NOOP(
                        "InvalidValue",
                        "is empty while other rows set it; Nepton removes a primary supervisor "
                        "given as empty even when empty values are ignored. Give every row its "
                        "supervisor, mark the field to be reset, or import these rows separately",
                    ),
                    "on tyhjä, vaikka muilla riveillä se on annettu; Nepton poistaa tyhjänä "
                    "annetun ensisijaisen esimiehen, vaikka tyhjät arvot ohitettaisiin. Anna "
                    "jokaiselle riville esimies, merkitse kenttä tyhjennettäväksi tai tuo "
                    "nämä rivit erikseen",
                )
        fields.append(f)
    for i, p in enumerate(persons, 1):
        if not p.first_name or not p.last_name:
            raise InvalidValue(
                f"First name / Last name (row {i})",
                QT_TRANSLATE_NOOP("InvalidValue", "are required"),
                "ovat pakollisia",
            )
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([f.header for f in fields])
    cell: Callable[[Person, int, CsvField, frozenset[str]], str] = _cell
    for i, p in enumerate(persons, 1):
        writer.writerow([cell(p, i, f, reset) for f in fields])
    return out.getvalue()
