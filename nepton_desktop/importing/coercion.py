"""Cell values -> typed field values, Finnish conventions first.

Dates: ``d.M.yyyy`` / ``dd.MM.yyyy`` (and ``d.M.yy``), ISO ``yyyy-MM-dd``, date cells, Excel
serial numbers. Times: ``H.mm``, ``H:mm`` (``:ss`` allowed). Decimals: decimal comma, spaces as
thousands separators. Durations: ``7,5 h``, ``7:30``, ``7 h 30 min``. Booleans in Finnish,
Swedish and English.

A date cell is never re-parsed as text: calamine hands it over as ``date``/``datetime`` and it
is taken as it is. Every conversion that could change what the user meant (a number taken as a
serial date, a two-digit year, a number typed as text in a spreadsheet, a time dropped from a
date) returns a notice text next to the value, which the pipeline shows; none is silent.

A coercer returns ``(value, notice or None)`` and raises :class:`CoercionError` with a plain
reason. Notices and reasons are :class:`Message` objects (marked in the ``Coercion`` context,
shown in the user's language by the UI); they never quote personal identity codes or IBANs.
Dates and times in them are ``date``/``datetime``/``time`` values, which the UI writes in the
user's locale and ``str()`` in the canonical Finnish form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from nepton_desktop.domain.columns import CHOICE_LABELS as COLUMN_CHOICE_LABELS
from nepton_desktop.domain.columns import Column, ColumnType
from nepton_desktop.domain.identity import normalise_iban
from nepton_desktop.domain.records import AdditionalInfo, Compensation, MedicalCertificate
from nepton_desktop.domain.translatable import QT_TRANSLATE_NOOP, Localized, Message, MessageError
from nepton_desktop.domain.translatable import fi_date as fi_date
from nepton_desktop.domain.translatable import fi_datetime as fi_datetime
from nepton_desktop.importing.problems import COERCION_CONTEXT, Problem, Severity, joined
from nepton_desktop.importing.reader import CellValue, column_letter, normalise_header

NEPTON_ZONE = ZoneInfo("Europe/Helsinki")
_EXCEL_EPOCH = datetime(1899, 12, 30)  # serial 1 = 1.1.1900, with Excel's 1900 leap-year bug
_MAX_SERIAL = 2958465  # 31.12.9999


class CoercionError(MessageError, ValueError):
    """The cell cannot be read as the field's type; ``message`` is the plain reason."""


def _m(text: str, **values: object) -> Message:
    """A reason or notice in the ``Coercion`` context (``text`` marked where it is written)."""
    return Message(COERCION_CONTEXT, text, values)


Coerced = tuple[object, Message | None]
Coercer = Callable[[CellValue, bool], Coerced]


def _number_text(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # spreadsheets hold whole numbers as floats: 1001, not 1001.0
    return str(value) if isinstance(value, int) else repr(value)


# --- dates and times -----------------------------------------------------------------------

_FI_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\.?")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_TIME = re.compile(r"(\d{1,2})[.:](\d{2})(?:[.:](\d{2}))?")
_DATETIME_SPLIT = re.compile(r"(?<=\d)T(?=\d)|\s+(?:[Kk]lo\s+|[Kk]l\.?\s+)?")
_OFFSET = re.compile(r"(Z|[+-]\d{2}:?\d{2})$")
# Only five-digit numbers are taken as serials when written as text: 10000-99999 spans
# 17.5.1927-13.10.2173, and shorter digit strings are more likely something else.
_SERIAL_TEXT = re.compile(r"\d{5}(?:[.,]\d+)?")


def _two_digit_year(yy: int, today: date | None = None) -> int:
    # Within 20 years ahead counts as this century (employment and event dates are recent);
    # the rest is the previous century.
    this_year = (today or date.today()).year
    century = this_year // 100 * 100
    year = century + yy
    return year if year <= this_year + 20 else year - 100


def _parse_date_text(text: str) -> tuple[date, Message | None]:
    note = None
    m = _FI_DATE.fullmatch(text)
    if m:
        day, month, year_text = int(m[1]), int(m[2]), m[3]
        year = int(year_text)
        if len(year_text) == 2:
            year = _two_digit_year(year)
            note = _m(
                QT_TRANSLATE_NOOP("Coercion", "two-digit year {short} read as {year}"),
                short=year_text,
                year=year,
            )
    else:
        m = _ISO_DATE.fullmatch(text)
        if not m:
            raise CoercionError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "Coercion",
                        "'{value}' is not a date; write d.M.yyyy (for example 31.12.2026) "
                        "or yyyy-MM-dd",
                    ),
                    value=text,
                )
            )
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    try:
        return date(year, month, day), note
    except ValueError:
        raise CoercionError(
            _m(QT_TRANSLATE_NOOP("Coercion", "'{value}' is not a real date"), value=text)
        ) from None


def _from_serial(serial: float) -> datetime:
    if not 1 <= serial <= _MAX_SERIAL:
        raise CoercionError(
            _m(
                QT_TRANSLATE_NOOP("Coercion", "the number {number} is not a date"),
                number=_number_text(serial),
            )
        )
    # Round to the second: serials carry binary fractions (0.3541666... for 8:30).
    return _EXCEL_EPOCH + timedelta(seconds=round(serial * 86400))


def _parse_time_text(text: str) -> time:
    m = _TIME.fullmatch(text)
    if m is None and text.isdigit() and len(text) <= 2:
        hour, minute, second = int(text), 0, 0
    elif m is None:
        raise CoercionError(
            _m(
                QT_TRANSLATE_NOOP(
                    "Coercion", "'{value}' is not a time; write H.mm or H:mm (for example 8.30)"
                ),
                value=text,
            )
        )
    else:
        hour, minute, second = int(m[1]), int(m[2]), int(m[3] or 0)
    if hour == 24 and minute == 0 and second == 0:
        raise CoercionError(
            _m(
                QT_TRANSLATE_NOOP(
                    "Coercion", "24.00 is not a time of day; write 0.00 of the next day"
                )
            )
        )
    try:
        return time(hour, minute, second)
    except ValueError:
        raise CoercionError(
            _m(QT_TRANSLATE_NOOP("Coercion", "'{value}' is not a real time of day"), value=text)
        ) from None


def to_date(value: CellValue, typed: bool = True) -> Coerced:
    if value.__class__ is date:
        return value, None
    if isinstance(value, datetime):
        if value.time() != time(0):
            return value.date(), _m(
                QT_TRANSLATE_NOOP("Coercion", "the time {time} of {moment} was left out"),
                time=value.time(),
                moment=value,
            )
        return value.date(), None
    if isinstance(value, bool):
        raise CoercionError(_m(QT_TRANSLATE_NOOP("Coercion", "a yes/no value is not a date")))
    if isinstance(value, int | float):
        moment = _from_serial(value)
        return moment.date(), _read_as_date(_number_text(value), moment.date())
    if isinstance(value, str):
        text = value.strip()
        if _SERIAL_TEXT.fullmatch(text):
            serial_moment = _from_serial(float(text.replace(",", ".")))
            return serial_moment.date(), _read_as_date(text, serial_moment.date())
        if len(_DATETIME_SPLIT.split(text, maxsplit=1)) == 1:
            return _parse_date_text(text)
        # Date and time written in a date column: the time is left out, with a notice.
        parsed, _ = _parse_datetime_text(text)
        return to_date(parsed, typed)
    raise CoercionError(
        _m(QT_TRANSLATE_NOOP("Coercion", "{kind} is not a date"), kind=_kind(value))
    )


def _read_as_date(number: str, day: date) -> Message:
    return _m(
        QT_TRANSLATE_NOOP(
            "Coercion", "the number {number} was read as the spreadsheet date {date}"
        ),
        number=number,
        date=day,
    )


def _read_as_datetime(number: str, moment: datetime) -> Message:
    return _m(
        QT_TRANSLATE_NOOP(
            "Coercion", "the number {number} was read as the spreadsheet date and time {moment}"
        ),
        number=number,
        moment=moment,
    )


def to_datetime(value: CellValue, typed: bool = True) -> Coerced:
    if value.__class__ is datetime:
        return value, None
    if value.__class__ is date:
        assert isinstance(value, date)
        moment = datetime.combine(value, time(0))
        return moment, _m(
            QT_TRANSLATE_NOOP("Coercion", "the date {date} has no time; read as 0.00"),
            date=value,
        )
    if isinstance(value, time):
        raise CoercionError(
            _m(QT_TRANSLATE_NOOP("Coercion", "the time {time} has no date"), time=value)
        )
    if isinstance(value, bool):
        raise CoercionError(
            _m(QT_TRANSLATE_NOOP("Coercion", "a yes/no value is not a date and time"))
        )
    if isinstance(value, int | float):
        moment = _from_serial(value)
        return moment, _read_as_datetime(_number_text(value), moment)
    if isinstance(value, str):
        return _parse_datetime_text(value.strip())
    raise CoercionError(
        _m(QT_TRANSLATE_NOOP("Coercion", "{kind} is not a date and time"), kind=_kind(value))
    )


def _parse_datetime_text(text: str) -> tuple[datetime, Message | None]:
    notes: list[Message] = []
    offset = _OFFSET.search(text) if "T" in text or text.count("-") >= 2 else None
    body = text[: offset.start()].strip() if offset else text
    parts = _DATETIME_SPLIT.split(body, maxsplit=1)
    if len(parts) == 1:
        if _SERIAL_TEXT.fullmatch(body):
            moment = _from_serial(float(body.replace(",", ".")))
            return moment, _read_as_datetime(body, moment)
        day, note = _parse_date_text(body)
        no_time = _m(
            QT_TRANSLATE_NOOP("Coercion", "'{value}' has no time; read as 0.00"), value=text
        )
        return datetime.combine(day, time(0)), joined([note, no_time] if note else [no_time])
    day, note = _parse_date_text(parts[0])
    if note:
        notes.append(note)
    try:
        moment = datetime.combine(day, _parse_time_text(parts[1].strip()))
    except CoercionError:
        raise CoercionError(
            _m(
                QT_TRANSLATE_NOOP(
                    "Coercion",
                    "'{value}' is not a date and time; write d.M.yyyy H.mm "
                    "(for example 2.3.2026 8.00)",
                ),
                value=text,
            )
        ) from None
    if offset:
        zone_text = offset.group(1)
        if zone_text == "Z":
            aware = moment.replace(tzinfo=UTC)
        else:
            sign = 1 if zone_text[0] == "+" else -1
            digits = zone_text[1:].replace(":", "")
            delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            aware = moment.replace(tzinfo=UTC) - sign * delta
        local = aware.astimezone(NEPTON_ZONE).replace(tzinfo=None)
        notes.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "Coercion", "the time zone {zone} was converted to Finnish time {moment}"
                ),
                zone=zone_text,
                moment=local,
            )
        )
        moment = local
    return moment, joined(notes) if notes else None


def to_time(value: CellValue, typed: bool = True) -> Coerced:
    if value.__class__ is time:
        return value, None
    if isinstance(value, timedelta):
        if timedelta(0) <= value < timedelta(days=1):
            return (datetime.min + value).time(), None
        raise CoercionError(
            _m(QT_TRANSLATE_NOOP("Coercion", "a duration of a day or more is not a time of day"))
        )
    if isinstance(value, datetime):
        if value.date() in (date(1899, 12, 30), date(1899, 12, 31), date(1900, 1, 1)):
            return value.time(), None  # how some writers store a time-only cell
        raise CoercionError(
            _m(
                QT_TRANSLATE_NOOP(
                    "Coercion", "{moment} is a date and time; this column takes a time"
                ),
                moment=value,
            )
        )
    if isinstance(value, bool):
        raise CoercionError(_m(QT_TRANSLATE_NOOP("Coercion", "a yes/no value is not a time")))
    if isinstance(value, int | float):
        if 0 <= value < 1:
            moment = _from_serial(1 + value).time()
            return moment, _m(
                QT_TRANSLATE_NOOP("Coercion", "the number {number} was read as the time {time}"),
                number=_number_text(value),
                time=moment,
            )
        raise CoercionError(
            _m(
                QT_TRANSLATE_NOOP("Coercion", "the number {number} is not a time of day"),
                number=_number_text(value),
            )
        )
    if isinstance(value, str):
        return _parse_time_text(value.strip().removeprefix("klo").strip()), None
    raise CoercionError(
        _m(QT_TRANSLATE_NOOP("Coercion", "{kind} is not a time"), kind=_kind(value))
    )


# --- numbers -------------------------------------------------------------------------------

_SPACES = re.compile(r"[\s\u00a0\u202f']+")
_DURATION_HM = re.compile(r"(\d+)\s*h(?:ours?)?\s*(\d+)\s*(?:min|m)?", re.IGNORECASE)
_DURATION_UNIT = re.compile(r"(.*?)\s*(h|t|tuntia|tuntia?|timmar|hours?|min|minuuttia)?", re.I)


def _decimal_text(number: object) -> Localized:
    """A number as a notice shows it: 21.5 in English, 21,5 in Finnish and Swedish."""
    text = str(number)
    return Localized(text, text.replace(".", ","), text.replace(".", ","))


def _parse_decimal_text(text: str) -> tuple[Decimal, Message | None]:
    compact = _SPACES.sub("", text).removesuffix("€").removesuffix("EUR")
    note = None
    if "," in compact and "." in compact:
        decimal_sep = "," if compact.rfind(",") > compact.rfind(".") else "."
        thousands = "." if decimal_sep == "," else ","
        compact = compact.replace(thousands, "").replace(decimal_sep, ".")
        note = _m(
            QT_TRANSLATE_NOOP(
                "Coercion",
                "'{value}' read as {number} ('{separator}' taken as a thousands separator)",
            ),
            value=text,
            number=_decimal_text(compact),
            separator=thousands,
        )
    elif compact.count(",") == 1:
        compact = compact.replace(",", ".")
    elif compact.count(",") > 1:
        raise CoercionError(
            _m(QT_TRANSLATE_NOOP("Coercion", "'{value}' is not a number"), value=text)
        )
    elif compact.count(".") == 1:
        whole, frac = compact.split(".")
        if len(frac) == 3 and whole.lstrip("-+").isdigit() and whole.lstrip("-+") != "0":
            # "1.234" is 1.234 in Finnish writing (thousands are spaced), but a thousands
            # separator in English: say which reading was taken.
            note = _m(
                QT_TRANSLATE_NOOP(
                    "Coercion", "'{value}' read as {number} (a decimal point, not thousands)"
                ),
                value=text,
                number=_decimal_text(compact),
            )
    # Plain digits only: exponents ("1e5"), "NaN" and "Infinity" are not numbers a person
    # types into a wage or hours column.
    if not re.fullmatch(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)", compact):
        raise CoercionError(
            _m(
                QT_TRANSLATE_NOOP("Coercion", "'{value}' is not a number; write for example 7,5"),
                value=text,
            )
        )
    return Decimal(compact), note


def _yes_no_not_a_number() -> CoercionError:
    return CoercionError(_m(QT_TRANSLATE_NOOP("Coercion", "a yes/no value is not a number")))


def to_decimal(value: CellValue, typed: bool = True) -> Coerced:
    if isinstance(value, bool):
        raise _yes_no_not_a_number()
    if isinstance(value, int):
        return Decimal(value), None
    if isinstance(value, float):
        if value.is_integer():
            return Decimal(int(value)), None
        # str() gives the shortest text that reads back as the same float: 21.5, not 21.4999…
        return Decimal(str(value)), None
    if isinstance(value, str):
        number, note = _parse_decimal_text(value.strip())
        if typed and note is None:
            note = _m(
                QT_TRANSLATE_NOOP(
                    "Coercion", "the number '{value}' was written as text; read as {number}"
                ),
                value=value.strip(),
                number=_decimal_text(number),
            )
        return number, note
    raise CoercionError(
        _m(QT_TRANSLATE_NOOP("Coercion", "{kind} is not a number"), kind=_kind(value))
    )


def to_int(value: CellValue, typed: bool = True) -> Coerced:
    if isinstance(value, bool):
        raise _yes_no_not_a_number()
    if isinstance(value, int):
        return value, None
    if isinstance(value, float):
        if value.is_integer():  # a whole number as calamine gives it
            return int(value), None
        raise _not_whole(_number_text(value))
    if isinstance(value, str):
        text = _SPACES.sub("", value)
        if not re.fullmatch(r"[-+]?\d+", text):
            raise _not_whole(value.strip())
        note = (
            _m(
                QT_TRANSLATE_NOOP("Coercion", "the number '{value}' was written as text"),
                value=text,
            )
            if typed
            else None
        )
        return int(text), note
    raise CoercionError(
        _m(QT_TRANSLATE_NOOP("Coercion", "{kind} is not a whole number"), kind=_kind(value))
    )


def _not_whole(text: str) -> CoercionError:
    return CoercionError(
        _m(QT_TRANSLATE_NOOP("Coercion", "'{value}' is not a whole number"), value=text)
    )


def to_duration(value: CellValue, typed: bool = True) -> Coerced:
    """Hours as a Decimal: 7,5 h / 7:30 / 7 h 30 min / a duration or time cell / a number."""
    if isinstance(value, timedelta):
        return Decimal(value.total_seconds()) / 3600, None
    if isinstance(value, time):
        # Excel turns a typed "7:30" into a time cell: as a duration it is 7.5 hours.
        return Decimal(value.hour) + Decimal(value.minute) / 60 + Decimal(value.second) / 3600, (
            None
        )
    if isinstance(value, bool):
        raise CoercionError(_m(QT_TRANSLATE_NOOP("Coercion", "a yes/no value is not a duration")))
    if isinstance(value, int | float):
        return Decimal(str(value)), None
    if isinstance(value, str):
        text = value.strip().lower()
        m = _DURATION_HM.fullmatch(text)
        if m:
            return Decimal(m[1]) + Decimal(m[2]) / 60, None
        m = re.fullmatch(r"(\d+):(\d{2})(?::(\d{2}))?\s*h?", text)
        if m:
            return Decimal(m[1]) + Decimal(m[2]) / 60 + Decimal(m[3] or 0) / 3600, None
        m = _DURATION_UNIT.fullmatch(text)
        assert m is not None  # the pattern matches any text
        number, note = _parse_decimal_text(m[1])
        if m[2] and m[2].startswith("min"):
            number /= 60
        return number, note
    raise CoercionError(
        _m(QT_TRANSLATE_NOOP("Coercion", "{kind} is not a duration"), kind=_kind(value))
    )


# --- booleans, choices, text ---------------------------------------------------------------

_TRUE = frozenset({"kyllä", "kylla", "k", "ja", "j", "yes", "y", "x", "1", "true", "tosi", "sant"})
_FALSE = frozenset({"ei", "e", "nej", "n", "no", "0", "false", "epätosi", "falskt", "-"})


def to_bool(value: CellValue, typed: bool = True) -> Coerced:
    if isinstance(value, bool):
        return value, None
    if isinstance(value, int | float):
        if value in (0, 1):
            return bool(value), None
        raise CoercionError(
            _m(
                QT_TRANSLATE_NOOP("Coercion", "{number} is not yes or no; write 1 or 0"),
                number=_number_text(value),
            )
        )
    if isinstance(value, str):
        word = value.strip().casefold()
        if word in _TRUE:
            return True, None
        if word in _FALSE:
            return False, None
        raise CoercionError(
            _m(
                QT_TRANSLATE_NOOP(
                    "Coercion", "'{value}' is not yes or no; write kyllä/ei, yes/no, 1/0 or x"
                ),
                value=value.strip(),
            )
        )
    raise CoercionError(
        _m(QT_TRANSLATE_NOOP("Coercion", "{kind} is not yes or no"), kind=_kind(value))
    )


# Labels users write for the enumerated values, in Finnish, Swedish and English.
CHOICE_LABELS: dict[str, str] = {
    normalise_header(k): v.value
    for k, v in {
        "sairas": AdditionalInfo.SICK,
        "oma sairaus": AdditionalInfo.SICK,
        "sjuk": AdditionalInfo.SICK,
        "lapsi sairas": AdditionalInfo.CHILD_SICK,
        "lapsen sairaus": AdditionalInfo.CHILD_SICK,
        "sjukt barn": AdditionalInfo.CHILD_SICK,
        "työtapaturma": AdditionalInfo.ACCIDENT_AT_WORK,
        "olycksfall i arbetet": AdditionalInfo.ACCIDENT_AT_WORK,
        "työmatkatapaturma": AdditionalInfo.ACCIDENT_WHILE_COMMUTING,
        "vapaa-ajan tapaturma": AdditionalInfo.ACCIDENT_IN_FREE_TIME,
        "ei tiedossa": MedicalCertificate.NOT_KNOWN,
        "ei saatu": MedicalCertificate.NOT_RECEIVED,
        "saatu": MedicalCertificate.RECEIVED,
        "toimitettu": MedicalCertificate.RECEIVED,
        "esimiehen lupa": MedicalCertificate.PERMISSION_FROM_SUPERVISOR,
        "esihenkilön lupa": MedicalCertificate.PERMISSION_FROM_SUPERVISOR,
        "palkallinen": Compensation.PAID,
        "avlönad": Compensation.PAID,
        "palkaton": Compensation.UNPAID,
        "oavlönad": Compensation.UNPAID,
        "osapalkallinen": Compensation.REDUCED,
        "alennettu": Compensation.REDUCED,
    }.items()
}
# The labels the tables show (domain/columns.py), in every language, read back to the value.
CHOICE_LABELS.update(
    (normalise_header(text), value)
    for value, label in COLUMN_CHOICE_LABELS.items()
    for text in (label.en, label.fi, label.sv)
    if normalise_header(text) not in CHOICE_LABELS
)


def _choice_list(choices: Sequence[str]) -> Localized:
    """The choices as users read them, in each language: "Paid, Unpaid, Reduced pay"."""
    labels = [COLUMN_CHOICE_LABELS.get(c, Localized(c, c, c)) for c in choices]
    return Localized(
        ", ".join(label.en for label in labels),
        ", ".join(label.fi for label in labels),
        ", ".join(label.sv for label in labels),
    )


def _choice_coercer(choices: Sequence[str]) -> Coercer:
    lookup = {normalise_header(c): c for c in choices}
    lookup.update({k: v for k, v in CHOICE_LABELS.items() if v in choices})

    def coerce(value: CellValue, typed: bool = True) -> Coerced:
        text = _text(value)
        found = lookup.get(normalise_header(text))
        if found is None:
            raise CoercionError(
                _m(
                    QT_TRANSLATE_NOOP("Coercion", "'{value}' is not one of: {choices}"),
                    value=text,
                    choices=_choice_list(choices),
                )
            )
        return found, None

    return coerce


def _text(value: CellValue) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return _number_text(value)
    if isinstance(value, datetime):
        return fi_datetime(value)
    if isinstance(value, date):
        return fi_date(value)
    if isinstance(value, time):
        return f"{value.hour}.{value.minute:02d}"
    return str(value)


def _kind(value: object) -> Message:
    """What kind of cell ``value`` came from, as the start of a reason ("a duration")."""
    if isinstance(value, timedelta):
        return _m(QT_TRANSLATE_NOOP("Coercion", "a duration"))
    if isinstance(value, time):
        return _m(QT_TRANSLATE_NOOP("Coercion", "a time"))
    if isinstance(value, datetime):
        return _m(QT_TRANSLATE_NOOP("Coercion", "a date and time"))
    if isinstance(value, date):
        return _m(QT_TRANSLATE_NOOP("Coercion", "a date"))
    return _m(QT_TRANSLATE_NOOP("Coercion", "a {type} value"), type=type(value).__name__)


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def unescape_formula(text: str) -> str:
    """Undo the export's neutralising apostrophe ('=SUM(...) -> =SUM(...)), so that an export
    imports back as it was. An apostrophe before anything else is the user's own text."""
    if text.startswith("'") and text[1:].startswith(_FORMULA_STARTS):
        return text[1:]
    return text


def to_text(value: CellValue, typed: bool = True) -> Coerced:
    if isinstance(value, str):
        return unescape_formula(value.strip()) or None, None
    if isinstance(value, date | time):
        text = _text(value)
        return text, _m(
            QT_TRANSLATE_NOOP("Coercion", "the date/time cell was taken as the text '{value}'"),
            value=text,
        )
    return _text(value), None


def to_identity_code(value: CellValue, typed: bool = True) -> Coerced:
    if not isinstance(value, str):
        raise CoercionError(
            _m(
                QT_TRANSLATE_NOOP(
                    "Coercion", "a personal identity code is text like DDMMYY-NNNC, not a number"
                )
            )
        )
    return value.strip().upper() or None, None


def to_iban(value: CellValue, typed: bool = True) -> Coerced:
    if not isinstance(value, str):
        raise CoercionError(
            _m(
                QT_TRANSLATE_NOOP(
                    "Coercion", "an IBAN is text starting with the country code, not a number"
                )
            )
        )
    return normalise_iban(value) or None, None


def to_list(value: CellValue, typed: bool = True) -> Coerced:
    text = _text(value)
    parts = tuple(p.strip() for p in text.split("|") if p.strip())
    return parts or None, None


_COERCERS: dict[ColumnType, Coercer] = {
    ColumnType.TEXT: to_text,
    ColumnType.REFERENCE: to_text,
    ColumnType.EMAIL: to_text,
    ColumnType.INT: to_int,
    ColumnType.DECIMAL: to_decimal,
    ColumnType.DURATION: to_duration,
    ColumnType.DATE: to_date,
    ColumnType.DATETIME: to_datetime,
    ColumnType.TIME: to_time,
    ColumnType.BOOL: to_bool,
    ColumnType.LIST: to_list,
    ColumnType.IDENTITY_CODE: to_identity_code,
    ColumnType.IBAN: to_iban,
}
# Values already of the field's type pass without a call (a 100,000-row sheet of date cells).
_PASS_THROUGH: dict[ColumnType, tuple[type, ...]] = {
    ColumnType.DATETIME: (datetime,),
    ColumnType.DATE: (date,),
    ColumnType.TIME: (time,),
    ColumnType.BOOL: (bool,),
    ColumnType.INT: (int,),
}


_TEXT_TYPES = frozenset({ColumnType.TEXT, ColumnType.REFERENCE, ColumnType.EMAIL})
_SLOW = object()


def coercer_for(column: Column) -> Coercer:
    if column.type is ColumnType.CHOICE:
        return _choice_coercer(column.choices)
    return _COERCERS[column.type]


def coerce_value(column: Column, value: CellValue, typed: bool = True) -> Coerced:
    """One cell (an inline edit in the preview); empty gives ``(None, None)``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    return coercer_for(column)(value, typed)


@dataclass(slots=True)
class CoercedColumn:
    column: Column
    source: int  # spreadsheet column index
    header: str
    values: list[object]  # one per data row; None for empty cells and for errors
    problems: list[Problem] = field(default_factory=list)
    bad_rows: set[int] = field(default_factory=set)  # data row indexes with an error


def coerce_column(
    column: Column,
    source: int,
    header: str,
    cells: Sequence[CellValue],
    row_numbers: Sequence[int],
    typed: bool,
) -> CoercedColumn:
    """Coerce one column. ``cells`` may be normalised (see the reader) or as read ("" for
    empty, whole numbers as floats): both give the same result, so the dry run hands the
    raw column over and saves a pass."""
    coerce = coercer_for(column)
    passing = _PASS_THROUGH.get(column.type, ())
    letter = column_letter(source)
    # First pass in comprehensions (no call per cell) for the common cases: empty cells,
    # text in a text column, values already of the field's type. What is left is marked
    # _SLOW and goes through the coercer one by one.
    if column.type in _TEXT_TYPES:
        # Text starting with an apostrophe goes the slow way: it may be an exported value
        # that was kept from running as a formula (see unescape_formula).
        out = [
            (v.strip() or None)
            if v.__class__ is str and v[:1] != "'"
            else (None if v is None else _SLOW)
            for v in cells
        ]
    elif passing:
        out = [
            v if v.__class__ in passing else (None if v is None or v == "" else _SLOW)
            for v in cells
        ]
    else:
        out = [None if v is None or v == "" else _SLOW for v in cells]
    result = CoercedColumn(column, source, header, out)
    # A column repeats its values (the same day on a hundred rows, the same code on a
    # thousand): each distinct value is coerced once. Coercion depends on the value alone.
    memo: dict[object, Coerced | CoercionError] = {}
    # "in" scans in C; most columns have nothing left for the slow path.
    slow = [i for i, v in enumerate(out) if v is _SLOW] if _SLOW in out else []
    for index in slow:
        value = cells[index]
        key = (value.__class__, value)  # 1 and True and 1.0 are equal keys otherwise
        known = memo.get(key)
        if known is None:
            try:
                known = memo[key] = coerce(value, typed)
            except CoercionError as exc:
                known = memo[key] = exc
        if isinstance(known, CoercionError):
            out[index] = None
            result.bad_rows.add(index)
            result.problems.append(
                Problem(row_numbers[index], header, letter, column.key, known.message)
            )
            continue
        coerced, note = known
        out[index] = coerced
        if note:
            result.problems.append(
                Problem(row_numbers[index], header, letter, column.key, note, Severity.NOTICE)
            )
    return result
