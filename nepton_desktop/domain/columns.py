"""The columns of the four entities, declared once.

The table models, the import mapping, the spreadsheet templates and the exports all read these
tuples, so a column added here appears everywhere with the same header, type and value. Keys are
stable identifiers (saved mappings and the import journal store them); headers are what users see.

A getter takes the domain record and a :class:`DisplayContext` (lookups by Nepton id, which the
records themselves do not carry: an event knows its event type id, the user sees its code) and
returns a plain Python value of the column's type: ``str``, ``int``, ``Decimal``, ``date``,
``datetime``, ``time``, ``bool``, a tuple of ``str`` for list columns, or ``None`` for empty.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from nepton_desktop.domain.records import (
    AdditionalInfo,
    Compensation,
    Event,
    EventType,
    MedicalCertificate,
    Person,
    Project,
)
from nepton_desktop.domain.translatable import Localized


class Entity(enum.StrEnum):
    PERSONNEL = "personnel"
    PROJECTS = "projects"
    ABSENCES = "absences"
    EVENTS = "events"


class ColumnType(enum.StrEnum):
    TEXT = "text"
    INT = "int"
    DECIMAL = "decimal"
    DATE = "date"
    DATETIME = "datetime"
    TIME = "time"
    DURATION = "duration"  # hours: 7,5 h / 7:30
    BOOL = "bool"
    CHOICE = "choice"  # one of Column.choices
    REFERENCE = "reference"  # names something that must exist in Nepton (Column.refers_to)
    LIST = "list"  # several values separated by "|" (Nepton's import convention)
    IDENTITY_CODE = "identity_code"  # Finnish personal identity code: personal data
    IBAN = "iban"  # personal data
    EMAIL = "email"


class RefersTo(enum.StrEnum):
    """What a reference column names in Nepton, for validation against live data."""

    PERSON = "person"
    PROJECT = "project"
    EVENT_TYPE = "event_type"
    ABSENCE_TYPE = "absence_type"
    UNIT = "unit"


LIST_SEPARATOR = "|"

# What users read for the values of choice columns (the raw value is what Nepton stores and
# what the tables sort and edit by). The import takes any of these texts too, in any language.
CHOICE_LABELS: Mapping[str, Localized] = {
    AdditionalInfo.SICK.value: Localized("Sick", "Oma sairaus", "Egen sjukdom"),
    AdditionalInfo.CHILD_SICK.value: Localized("Child sick", "Lapsen sairaus", "Sjukt barn"),
    AdditionalInfo.ACCIDENT_AT_WORK.value: Localized(
        "Accident at work", "Työtapaturma", "Olycksfall i arbetet"
    ),
    AdditionalInfo.ACCIDENT_WHILE_COMMUTING.value: Localized(
        "Accident while commuting", "Työmatkatapaturma", "Olycksfall på arbetsresa"
    ),
    AdditionalInfo.ACCIDENT_IN_FREE_TIME.value: Localized(
        "Accident in free time", "Vapaa-ajan tapaturma", "Olycksfall på fritiden"
    ),
    MedicalCertificate.NOT_KNOWN.value: Localized("Not known", "Ei tiedossa", "Okänt"),
    MedicalCertificate.NOT_RECEIVED.value: Localized("Not received", "Ei saatu", "Inte mottaget"),
    MedicalCertificate.RECEIVED.value: Localized("Received", "Saatu", "Mottaget"),
    MedicalCertificate.PERMISSION_FROM_SUPERVISOR.value: Localized(
        "Permission from supervisor", "Esimiehen lupa", "Chefens tillstånd"
    ),
    Compensation.PAID.value: Localized("Paid", "Palkallinen", "Avlönad"),
    Compensation.UNPAID.value: Localized("Unpaid", "Palkaton", "Oavlönad"),
    Compensation.REDUCED.value: Localized("Reduced pay", "Osapalkallinen", "Delvis avlönad"),
}


def choice_label(value: object, language: str = "en") -> object:
    """A choice column's value as users read it in ``language``; anything else unchanged."""
    label = CHOICE_LABELS.get(value) if isinstance(value, str) else None
    return value if label is None else label.in_language(language)


@dataclass(frozen=True, slots=True)
class DisplayContext:
    """Lookups the getters need to show ids as the codes and names users know."""

    person_names: Mapping[int, str] = field(default_factory=dict)  # user id -> "Last, First"
    person_numbers: Mapping[int, str] = field(default_factory=dict)  # user id -> employee no.
    event_type_codes: Mapping[int, str] = field(default_factory=dict)  # type id -> code
    project_codes: Mapping[int, str] = field(default_factory=dict)  # project id -> code

    @classmethod
    def from_records(
        cls,
        persons: Iterable[Person],
        event_types: Iterable[EventType],
        projects: Iterable[Project],
    ) -> DisplayContext:
        persons = list(persons)
        return cls(
            person_names={p.nepton_id: p.full_name for p in persons if p.nepton_id is not None},
            person_numbers={
                p.nepton_id: p.employee_number
                for p in persons
                if p.nepton_id is not None and p.employee_number
            },
            event_type_codes={t.id: t.code or t.internal_name for t in event_types},
            project_codes={p.id: p.code for p in projects if p.id is not None and p.code},
        )


EMPTY_CONTEXT = DisplayContext()

Getter = Callable[[Any, DisplayContext], object]


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    header_en: str
    header_fi: str
    header_sv: str
    type: ColumnType
    getter: Getter
    required: bool = False
    editable: bool = True
    aliases: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    refers_to: RefersTo | None = None
    # True for the columns that name the row's record (Nepton id, employee number...): the import
    # plan finds the existing record by them.
    identifies: bool = False

    def header(self, language: str = "en") -> str:
        return {"fi": self.header_fi, "sv": self.header_sv}.get(language, self.header_en)

    @property
    def title(self) -> Localized:
        """The header in all three languages, for a message that names the column."""
        return Localized(self.header_en, self.header_fi, self.header_sv)

    @property
    def names(self) -> tuple[str, ...]:
        """Every name a spreadsheet header may use for this column."""
        return (self.key, self.header_en, self.header_fi, self.header_sv, *self.aliases)

    @property
    def is_personal_data(self) -> bool:
        return self.type in (ColumnType.IDENTITY_CODE, ColumnType.IBAN)

    def value(self, record: object, context: DisplayContext = EMPTY_CONTEXT) -> object:
        return self.getter(record, context)


def _attr(name: str) -> Getter:
    def get(record: Any, _ctx: DisplayContext) -> object:
        return getattr(record, name)

    return get


def _details(name: str) -> Getter:
    def get(record: Any, _ctx: DisplayContext) -> object:
        details = record.details
        if details is None:
            return None
        value = getattr(details, name)
        return value.value if isinstance(value, enum.Enum) else value

    return get


def _first_or_none(values: tuple[str, ...]) -> str | None:
    return values[0] if values else None


def _event_person(record: Event, ctx: DisplayContext) -> str | None:
    return record.personnel_number or ctx.person_numbers.get(record.user_id) or record.username


def _event_type_code(record: Event, ctx: DisplayContext) -> str | None:
    return (
        record.event_type_code
        or ctx.event_type_codes.get(record.event_type_id)
        or record.event_type_internal_name
    )


def _event_project(record: Event, ctx: DisplayContext) -> str | None:
    if record.project_code:
        return record.project_code
    return ctx.project_codes.get(record.project_id) if record.project_id is not None else None


def absence_last_day(event: Event) -> date | None:
    """The last day an absence covers.

    Nepton stores a whole-day absence as [first day 00:00, day after the last day 00:00); users
    write the last day itself, so an end at midnight after the start belongs to the day before.
    """
    if event.end is None:
        return None
    if event.end.time() == time(0) and event.end > event.start:
        return (event.end - timedelta(days=1)).date()
    return event.end.date()


def absence_span(first_day: date, last_day: date) -> tuple[datetime, datetime]:
    """The [start, end) date-times Nepton stores for an absence of whole days, inclusive."""
    return datetime.combine(first_day, time(0)), datetime.combine(
        last_day + timedelta(days=1), time(0)
    )


def _choices(kind: type[enum.StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in kind)


PERSON_IDENTIFIER_ALIASES = ("personnel number", "staff number", "employee no", "emp no")

PERSONNEL: tuple[Column, ...] = (
    Column(
        "employee_number",
        "Employee number",
        "Henkilönumero",
        "Anställningsnummer",
        ColumnType.TEXT,
        _attr("employee_number"),
        identifies=True,
        aliases=(
            *PERSON_IDENTIFIER_ALIASES,
            "Employee_number",
            "Henkilöstönumero",
            "Henkilönro",
            "Personalnummer",
            "Anst.nr",
        ),
    ),
    Column(
        "first_name",
        "First name",
        "Etunimi",
        "Förnamn",
        ColumnType.TEXT,
        _attr("first_name"),
        required=True,
        aliases=("First_name", "Given name", "Etunimet"),
    ),
    Column(
        "last_name",
        "Last name",
        "Sukunimi",
        "Efternamn",
        ColumnType.TEXT,
        _attr("last_name"),
        required=True,
        aliases=("Last_name", "Surname", "Family name"),
    ),
    Column(
        "username",
        "Username",
        "Käyttäjätunnus",
        "Användarnamn",
        ColumnType.TEXT,
        _attr("username"),
        identifies=True,
        aliases=("User name", "Login", "Tunnus"),
    ),
    Column(
        "email",
        "Email",
        "Sähköposti",
        "E-post",
        ColumnType.EMAIL,
        _attr("email"),
        aliases=("E-mail", "Email address", "Sähköpostiosoite", "E-postadress"),
    ),
    Column(
        "phone_number",
        "Phone number",
        "Puhelin",
        "Telefon",
        ColumnType.TEXT,
        _attr("phone_number"),
        aliases=("Phone", "Mobile", "Puhelinnumero", "Matkapuhelin", "Telefonnummer"),
    ),
    Column(
        "street_address",
        "Street address",
        "Katuosoite",
        "Gatuadress",
        ColumnType.TEXT,
        _attr("street_address"),
        aliases=("Address", "Osoite", "Adress"),
    ),
    Column(
        "postcode",
        "Postcode",
        "Postinumero",
        "Postnummer",
        ColumnType.TEXT,
        _attr("postcode"),
        aliases=("Postal code", "Zip code", "Zip"),
    ),
    Column(
        "city",
        "City",
        "Postitoimipaikka",
        "Postort",
        ColumnType.TEXT,
        _attr("city"),
        aliases=("Town", "Kaupunki", "Paikkakunta", "Stad", "Ort"),
    ),
    Column(
        "personal_identity_code",
        "Personal identity code",
        "Henkilötunnus",
        "Personbeteckning",
        ColumnType.IDENTITY_CODE,
        _attr("personal_identity_code"),
        identifies=True,
        aliases=("HETU", "Social security number", "SSN", "Personnummer", "Sotu"),
    ),
    Column(
        "iban",
        "IBAN",
        "Tilinumero",
        "Kontonummer",
        ColumnType.IBAN,
        _attr("iban"),
        aliases=("Bank account", "Account number", "IBAN-tilinumero", "Pankkitili"),
    ),
    Column(
        "bic",
        "BIC",
        "BIC-koodi",
        "BIC-kod",
        ColumnType.TEXT,
        _attr("bic"),
        aliases=("SWIFT", "BIC code"),
    ),
    Column(
        "units",
        "Units",
        "Yksiköt",
        "Enheter",
        ColumnType.LIST,
        _attr("units"),
        refers_to=RefersTo.UNIT,
        aliases=("Unit", "Unit(s)", "Yksikkö", "Enhet"),
    ),
    Column(
        "primary_supervisor",
        "Primary supervisor",
        "Ensisijainen esimies",
        "Primär chef",
        ColumnType.REFERENCE,
        _attr("primary_supervisor"),
        refers_to=RefersTo.PERSON,
        aliases=(
            "Supervisor",
            "Manager",
            "Esimies",
            "Esihenkilö",
            "Chef",
            "Ensisijainen esihenkilö",
            "Närmaste chef",
        ),
    ),
    Column(
        "secondary_supervisors",
        "Secondary supervisors",
        "Toissijaiset esimiehet",
        "Sekundära chefer",
        ColumnType.LIST,
        _attr("secondary_supervisors"),
        refers_to=RefersTo.PERSON,
        aliases=("Secondary supervisor", "Toissijainen esimies", "Toissijaiset esihenkilöt"),
    ),
    Column(
        "employment_start",
        "Employment start date",
        "Työsuhteen alkupäivä",
        "Anställningens startdatum",
        ColumnType.DATE,
        _attr("employment_start"),
        aliases=("Employment start", "Start date", "Työsuhde alkaa", "Anställning börjar"),
    ),
    Column(
        "employment_end",
        "Employment end date",
        "Työsuhteen loppupäivä",
        "Anställningens slutdatum",
        ColumnType.DATE,
        _attr("employment_end"),
        aliases=("Employment end", "End date", "Työsuhde päättyy", "Anställning slutar"),
    ),
    Column(
        "reason_for_ending",
        "Reason for ending employment",
        "Työsuhteen päättymisen syy",
        "Orsak till att anställningen upphör",
        ColumnType.TEXT,
        _attr("reason_for_ending"),
        aliases=("Reason for ending", "Päättymisen syy", "Avslutningsorsak"),
    ),
    Column(
        "job_title",
        "Job title",
        "Toimi",
        "Befattning",
        ColumnType.TEXT,
        _attr("job_title"),
        aliases=("Title", "Position", "Tehtävänimike", "Nimike", "Titel"),
    ),
    Column(
        "work_area",
        "Work area",
        "Työskentelyalue",
        "Arbetsområde",
        ColumnType.TEXT,
        _attr("work_area"),
        aliases=("Area", "Työalue"),
    ),
    Column(
        "role",
        "Role",
        "Käyttöoikeustaso",
        "Roll",
        ColumnType.TEXT,
        _attr("role"),
        aliases=("Access level", "Rooli", "Behörighetsnivå"),
    ),
    Column(
        "language",
        "Language",
        "Kieli",
        "Språk",
        ColumnType.TEXT,
        _attr("language"),
        aliases=("Asiointikieli",),
    ),
    Column(
        "hourly_wage",
        "Hourly wage",
        "Tuntipalkka",
        "Timlön",
        ColumnType.DECIMAL,
        _attr("hourly_wage"),
        aliases=("Hourly rate", "Wage", "Palkka"),
    ),
    Column(
        "default_project",
        "Default project",
        "Oletusprojekti",
        "Standardprojekt",
        ColumnType.REFERENCE,
        _attr("default_project"),
        refers_to=RefersTo.PROJECT,
        aliases=("Default project code", "Oletusprojektin koodi"),
    ),
    Column(
        "external_identifier",
        "External identifier",
        "Ulkoinen tunniste",
        "Extern identifierare",
        ColumnType.TEXT,
        _attr("external_identifier"),
        aliases=("External identifier 1", "External id", "Ulkoinen tunnus", "Externt id"),
    ),
    Column(
        "account_enabled",
        "Account enabled",
        "Tili aktiivinen",
        "Kontot aktivt",
        ColumnType.BOOL,
        _attr("account_enabled"),
        aliases=("Active", "Enabled", "Aktiivinen", "Aktiv"),
    ),
    Column(
        "nepton_id",
        "Nepton id",
        "Nepton-tunniste",
        "Nepton-id",
        ColumnType.INT,
        _attr("nepton_id"),
        editable=False,
        identifies=True,
        aliases=("Nepton_Id", "Id", "Person id", "User id"),
    ),
)


def _project_parent(record: Project, ctx: DisplayContext) -> str | None:
    if record.parent_id is None:
        return None
    return ctx.project_codes.get(record.parent_id, str(record.parent_id))


def _project_managers(record: Project, _ctx: DisplayContext) -> tuple[str, ...]:
    return tuple(m.personnel_number or m.username or str(m.user_id) for m in record.managers)


def _project_external_id(record: Project, _ctx: DisplayContext) -> str | None:
    return _first_or_none(record.external_identifiers)


PROJECTS: tuple[Column, ...] = (
    Column(
        "id",
        "Nepton id",
        "Nepton-tunniste",
        "Nepton-id",
        ColumnType.INT,
        _attr("id"),
        editable=False,
        identifies=True,
        aliases=("Id", "Project id", "Projektin id"),
    ),
    Column(
        "code",
        "Code",
        "Koodi",
        "Kod",
        ColumnType.TEXT,
        _attr("code"),
        identifies=True,
        aliases=("Project code", "Projektikoodi", "Projektnummer", "Projektkod"),
    ),
    Column(
        "name",
        "Name",
        "Nimi",
        "Namn",
        ColumnType.TEXT,
        _attr("name"),
        required=True,
        aliases=("Project name", "Projektin nimi", "Projektnamn"),
    ),
    Column(
        "description",
        "Description",
        "Kuvaus",
        "Beskrivning",
        ColumnType.TEXT,
        _attr("description"),
        aliases=("Selite", "Lisätiedot"),
    ),
    Column(
        "parent",
        "Parent (code)",
        "Yläprojekti (koodi)",
        "Överordnat projekt (kod)",
        ColumnType.REFERENCE,
        _project_parent,
        refers_to=RefersTo.PROJECT,
        aliases=("Parent", "Parent code", "Parent project", "Yläprojekti", "Överordnat projekt"),
    ),
    Column(
        "type",
        "Type",
        "Tyyppi",
        "Typ",
        ColumnType.TEXT,
        _attr("type_internal_name"),
        aliases=("Project type", "Projektityyppi", "Projekttyp"),
    ),
    Column(
        "start_date",
        "Start date",
        "Alkupäivä",
        "Startdatum",
        ColumnType.DATE,
        _attr("start_date"),
        aliases=("Start", "Alkaa", "Alku", "Börjar"),
    ),
    Column(
        "end_date",
        "End date",
        "Loppupäivä",
        "Slutdatum",
        ColumnType.DATE,
        _attr("end_date"),
        aliases=("End", "Päättyy", "Loppu", "Slutar"),
    ),
    Column(
        "external_identifier",
        "External identifier",
        "Ulkoinen tunniste",
        "Extern identifierare",
        ColumnType.TEXT,
        _project_external_id,
        identifies=True,
        aliases=("External id", "Ulkoinen tunnus", "Externt id"),
    ),
    Column(
        "managers",
        "Managers",
        "Projektipäälliköt",
        "Projektledare",
        ColumnType.LIST,
        _project_managers,
        refers_to=RefersTo.PERSON,
        aliases=("Project managers", "Manager", "Projektipäällikkö", "Vastuuhenkilöt"),
    ),
    Column(
        "visible_in_terminal",
        "Visible in terminal",
        "Näkyy päätteellä",
        "Synlig i terminalen",
        ColumnType.BOOL,
        _attr("visible_in_terminal"),
        aliases=("Visible on recording terminal", "Terminal", "Näkyy leimauspäätteellä"),
    ),
    Column(
        "is_completed",
        "Completed",
        "Valmis",
        "Avslutat",
        ColumnType.BOOL,
        _attr("is_completed"),
        aliases=("Is completed", "Päättynyt", "Klar"),
    ),
)


def _absence_first_day(record: Event, _ctx: DisplayContext) -> date:
    return record.start.date()


def _absence_last_day(record: Event, _ctx: DisplayContext) -> date | None:
    return absence_last_day(record)


def _person_name(record: Event, ctx: DisplayContext) -> str | None:
    return ctx.person_names.get(record.user_id)


def _event_external_id(record: Event, _ctx: DisplayContext) -> str | None:
    return _first_or_none(record.external_identifiers)


def _nepton_event_id(record: Event, _ctx: DisplayContext) -> int | None:
    # An id of 0 or less is a row not yet in Nepton (the UI's new rows).
    return record.id if record.id > 0 else None


_EVENT_PERSON_ALIASES = (
    "Person",
    "Employee",
    "Employee number",
    "Henkilönumero",
    "Anställningsnummer",
    "Työntekijä",
    "Henkilö",
    "Anställd",
    *PERSON_IDENTIFIER_ALIASES,
)

# Absences and events are both Nepton events: these two columns are the same in both tables.
_EVENT_PERSON = Column(
    "person",
    "Person (employee number)",
    "Henkilö (henkilönumero)",
    "Person (anställningsnummer)",
    ColumnType.REFERENCE,
    _event_person,
    required=True,
    refers_to=RefersTo.PERSON,
    aliases=_EVENT_PERSON_ALIASES,
)
_EVENT_EXTERNAL_ID = Column(
    "external_identifier",
    "External identifier",
    "Ulkoinen tunniste",
    "Extern identifierare",
    ColumnType.TEXT,
    _event_external_id,
    identifies=True,
    aliases=("External id", "Ulkoinen tunnus", "Externt id"),
)

ABSENCES: tuple[Column, ...] = (
    Column(
        "id",
        "Nepton id",
        "Nepton-tunniste",
        "Nepton-id",
        ColumnType.INT,
        _nepton_event_id,
        editable=False,
        identifies=True,
        aliases=("Id", "Event id", "Absence id"),
    ),
    _EVENT_PERSON,
    Column(
        "person_name",
        "Person name",
        "Nimi",
        "Namn",
        ColumnType.TEXT,
        _person_name,
        editable=False,
        aliases=("Name", "Full name", "Kokonimi", "Henkilön nimi"),
    ),
    Column(
        "event_type",
        "Type (code)",
        "Tyyppi (koodi)",
        "Typ (kod)",
        ColumnType.REFERENCE,
        _event_type_code,
        required=True,
        refers_to=RefersTo.EVENT_TYPE,
        aliases=("Type", "Event type", "Tapahtumatyyppi", "Tyyppi", "Händelsetyp", "Typ"),
    ),
    Column(
        "absence_type_code",
        "Absence type code",
        "Poissaolotyypin koodi",
        "Frånvarotypens kod",
        ColumnType.REFERENCE,
        _details("absence_type_code"),
        refers_to=RefersTo.ABSENCE_TYPE,
        aliases=("Absence type", "Poissaolotyyppi", "Poissaolon tyyppi", "Frånvarotyp"),
    ),
    Column(
        "start_date",
        "Start date",
        "Alkupäivä",
        "Startdatum",
        ColumnType.DATE,
        _absence_first_day,
        required=True,
        aliases=("Start", "From", "First day", "Alkaa", "Alku", "Mistä", "Från"),
    ),
    Column(
        "end_date",
        "End date",
        "Loppupäivä",
        "Slutdatum",
        ColumnType.DATE,
        _absence_last_day,
        required=True,
        aliases=("End", "To", "Last day", "Päättyy", "Loppu", "Mihin", "Till"),
    ),
    Column(
        "additional_info",
        "Additional info",
        "Lisätieto",
        "Tilläggsinformation",
        ColumnType.CHOICE,
        _details("additional_info"),
        choices=_choices(AdditionalInfo),
        aliases=("Additional information", "Lisätiedot", "Sairauden syy"),
    ),
    Column(
        "medical_certificate",
        "Medical certificate",
        "Lääkärintodistus",
        "Läkarintyg",
        ColumnType.CHOICE,
        _details("medical_certificate"),
        choices=_choices(MedicalCertificate),
        aliases=("Certificate", "Todistus", "Intyg"),
    ),
    Column(
        "reason_code",
        "Reason code",
        "Syykoodi",
        "Orsakskod",
        ColumnType.TEXT,
        _details("reason_code"),
        aliases=("Reason", "Syy", "Orsak"),
    ),
    Column(
        "compensation",
        "Compensation",
        "Palkallisuus",
        "Ersättning",
        ColumnType.CHOICE,
        _details("compensation"),
        choices=_choices(Compensation),
        aliases=("Paid", "Palkallinen", "Avlönad"),
    ),
    Column(
        "earns_vacation_days",
        "Earns vacation days",
        "Kerryttää lomaa",
        "Intjänar semesterdagar",
        ColumnType.BOOL,
        _details("earns_vacation_days"),
        aliases=("Earns holiday", "Lomaa kerryttävä", "Semestergrundande"),
    ),
    Column(
        "approved",
        "Approved",
        "Hyväksytty",
        "Godkänd",
        ColumnType.BOOL,
        _attr("is_approved"),
        editable=False,
        aliases=("Is approved",),
    ),
    Column(
        "locked",
        "Locked",
        "Lukittu",
        "Låst",
        ColumnType.BOOL,
        _attr("is_locked"),
        editable=False,
        aliases=("Is locked",),
    ),
    Column(
        "description",
        "Description",
        "Kuvaus",
        "Beskrivning",
        ColumnType.TEXT,
        _attr("description"),
        aliases=("Comment", "Selite", "Kommentti", "Kommentar"),
    ),
    _EVENT_EXTERNAL_ID,
)

EVENTS: tuple[Column, ...] = (
    Column(
        "id",
        "Nepton id",
        "Nepton-tunniste",
        "Nepton-id",
        ColumnType.INT,
        _nepton_event_id,
        editable=False,
        identifies=True,
        aliases=("Id", "Event id", "Tapahtuman id"),
    ),
    _EVENT_PERSON,
    Column(
        "event_type",
        "Type (code)",
        "Tyyppi (koodi)",
        "Typ (kod)",
        ColumnType.REFERENCE,
        _event_type_code,
        required=True,
        refers_to=RefersTo.EVENT_TYPE,
        aliases=(
            "Type",
            "Event type",
            "Tapahtumatyyppi",
            "Tyyppi",
            "Händelsetyp",
            "Typ",
            "Salary type",
            "Palkkalaji",
        ),
    ),
    Column(
        "start",
        "Start",
        "Alkaa",
        "Börjar",
        ColumnType.DATETIME,
        _attr("start"),
        required=True,
        aliases=("Start time", "Begin", "Alkuaika", "Alku", "Starttid", "Från"),
    ),
    Column(
        "end",
        "End",
        "Päättyy",
        "Slutar",
        ColumnType.DATETIME,
        _attr("end"),
        aliases=("End time", "Finish", "Loppuaika", "Loppu", "Sluttid", "Till"),
    ),
    Column(
        "project",
        "Project (code)",
        "Projekti (koodi)",
        "Projekt (kod)",
        ColumnType.REFERENCE,
        _event_project,
        refers_to=RefersTo.PROJECT,
        aliases=("Project", "Project code", "Projekti", "Projektikoodi", "Projekt"),
    ),
    Column(
        "description",
        "Description",
        "Kuvaus",
        "Beskrivning",
        ColumnType.TEXT,
        _attr("description"),
        aliases=("Comment", "Selite", "Kommentti", "Kommentar"),
    ),
    Column(
        "approved",
        "Approved",
        "Hyväksytty",
        "Godkänd",
        ColumnType.BOOL,
        _attr("is_approved"),
        editable=False,
        aliases=("Is approved",),
    ),
    Column(
        "locked",
        "Locked",
        "Lukittu",
        "Låst",
        ColumnType.BOOL,
        _attr("is_locked"),
        editable=False,
        aliases=("Is locked",),
    ),
    _EVENT_EXTERNAL_ID,
)

COLUMNS: dict[Entity, tuple[Column, ...]] = {
    Entity.PERSONNEL: PERSONNEL,
    Entity.PROJECTS: PROJECTS,
    Entity.ABSENCES: ABSENCES,
    Entity.EVENTS: EVENTS,
}


def columns_for(entity: Entity | str) -> tuple[Column, ...]:
    return COLUMNS[Entity(entity)]


def column_by_key(entity: Entity | str, key: str) -> Column:
    for column in columns_for(entity):
        if column.key == key:
            return column
    raise KeyError(f"{entity} has no column {key!r}")
