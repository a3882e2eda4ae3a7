"""Cell values to field values: Finnish conventions, date cells kept, notices for guesses."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest

from nepton_desktop.domain.columns import ColumnType, column_by_key
from nepton_desktop.importing.coercion import (
    CoercionError,
    coerce_column,
    coerce_value,
    to_bool,
    to_date,
    to_datetime,
    to_decimal,
    to_duration,
    to_int,
    to_text,
    to_time,
)
from nepton_desktop.importing.problems import Severity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2.3.2026", date(2026, 3, 2)),
        ("02.03.2026", date(2026, 3, 2)),
        ("31.12.2026.", date(2026, 12, 31)),
        ("2026-03-02", date(2026, 3, 2)),
        ("2026-03-02T00:00:00", date(2026, 3, 2)),
        (" 1.1.2027 ", date(2027, 1, 1)),
    ],
)
def test_text_dates(text: str, expected: date) -> None:
    assert to_date(text) == (expected, None)


def test_date_cells_are_taken_as_they_are_and_never_re_parsed() -> None:
    assert to_date(date(2026, 3, 2)) == (date(2026, 3, 2), None)
    assert to_date(datetime(2026, 3, 2)) == (date(2026, 3, 2), None)
    value, note = to_date(datetime(2026, 3, 2, 8, 15))
    assert (
        value == date(2026, 3, 2) and note is not None and "8.15" not in str(note)
    ) or "08.15" in str(note or "")


def test_serial_numbers_become_dates_with_a_notice() -> None:
    value, note = to_date(46083)
    assert value == date(2026, 3, 2)
    assert str(note) == "the number 46083 was read as the spreadsheet date 2.3.2026"
    value, note = to_date("46083")
    assert value == date(2026, 3, 2) and note is not None
    moment, note = to_datetime(46083.34375)
    assert moment == datetime(2026, 3, 2, 8, 15)
    assert note is not None and "2.3.2026 8.15" in str(note)


def test_two_digit_year_is_noticed() -> None:
    value, note = to_date("2.3.26")
    assert value == date(2026, 3, 2)
    assert str(note) == "two-digit year 26 read as 2026"
    assert to_date("2.3.85")[0] == date(1985, 3, 2)


@pytest.mark.parametrize("text", ["31.2.2026", "2/3/2026", "maanantai", "2026-13-01", "1.12"])
def test_bad_dates_say_why(text: str) -> None:
    with pytest.raises(CoercionError) as info:
        to_date(text)
    assert text in str(info.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2.3.2026 8.15", datetime(2026, 3, 2, 8, 15)),
        ("2.3.2026 klo 8.15", datetime(2026, 3, 2, 8, 15)),
        ("02.03.2026 08:15:30", datetime(2026, 3, 2, 8, 15, 30)),
        ("2026-03-02T08:15", datetime(2026, 3, 2, 8, 15)),
        ("2026-03-02 08:15:00", datetime(2026, 3, 2, 8, 15)),
    ],
)
def test_text_date_times(text: str, expected: datetime) -> None:
    assert to_datetime(text) == (expected, None)


def test_date_time_with_offset_converted_to_finnish_time() -> None:
    value, note = to_datetime("2026-03-02T06:15:00Z")
    assert value == datetime(2026, 3, 2, 8, 15)  # UTC+2 in winter
    assert note is not None and "time zone Z" in str(note)
    assert to_datetime("2026-07-01T08:00+03:00")[0] == datetime(2026, 7, 1, 8, 0)


def test_date_without_time_is_midnight_with_a_notice() -> None:
    value, note = to_datetime(date(2026, 3, 2))
    assert value == datetime(2026, 3, 2) and note is not None
    value, note = to_datetime("2.3.2026")
    assert value == datetime(2026, 3, 2) and note is not None and "no time" in str(note)
    with pytest.raises(CoercionError, match="no date"):
        to_datetime(time(8, 0))


@pytest.mark.parametrize(
    ("value", "expected"),
    [("8.30", time(8, 30)), ("8:30", time(8, 30)), ("klo 16.05", time(16, 5)), ("7", time(7))],
)
def test_times(value: str, expected: time) -> None:
    assert to_time(value) == (expected, None)


def test_time_cells_and_fractions() -> None:
    assert to_time(time(8, 30)) == (time(8, 30), None)
    assert to_time(timedelta(hours=8, minutes=30)) == (time(8, 30), None)
    value, note = to_time(0.5)
    assert value == time(12, 0) and note is not None
    with pytest.raises(CoercionError):
        to_time("25.00")


@pytest.mark.parametrize(
    ("value", "expected", "noticed"),
    [
        ("7,5", Decimal("7.5"), True),  # text in a spreadsheet: noticed
        ("1 234,50", Decimal("1234.50"), True),
        ("1\u00a0234,50 €", Decimal("1234.50"), True),
        ("1.234,5", Decimal("1234.5"), True),
        ("1.234", Decimal("1.234"), True),
        (21.5, Decimal("21.5"), False),
        (22, Decimal(22), False),
    ],
)
def test_decimals(value: object, expected: Decimal, noticed: bool) -> None:
    number, note = to_decimal(value)  # type: ignore[arg-type]
    assert number == expected
    assert (note is not None) == noticed


def test_decimal_from_csv_text_is_not_noticed() -> None:
    assert to_decimal("7,5", False) == (Decimal("7.5"), None)
    assert to_decimal("1.234", False)[1] is not None  # ambiguous even in CSV


@pytest.mark.parametrize("bad", ["seitsemän", "7,5,1", "", "1e400000"])
def test_wrong_numbers(bad: str) -> None:
    with pytest.raises(CoercionError):
        to_decimal(bad)


def test_ints() -> None:
    assert to_int(17) == (17, None)
    assert to_int("17", False) == (17, None)
    assert to_int("17")[1] is not None
    with pytest.raises(CoercionError, match="whole number"):
        to_int(17.5)
    with pytest.raises(CoercionError):
        to_int(True)


@pytest.mark.parametrize(
    ("value", "hours"),
    [
        ("7,5 h", Decimal("7.5")),
        ("7:30", Decimal("7.5")),
        ("7 h 30 min", Decimal("7.5")),
        ("45 min", Decimal("0.75")),
        (time(7, 30), Decimal("7.5")),
        (timedelta(hours=7, minutes=30), Decimal("7.5")),
        (7.5, Decimal("7.5")),
    ],
)
def test_durations(value: object, hours: Decimal) -> None:
    assert to_duration(value)[0] == hours  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("kyllä", True),
        ("Ei", False),
        ("ja", True),
        ("nej", False),
        ("YES", True),
        ("no", False),
        ("x", True),
        ("1", True),
        ("0", False),
        (1, True),
        (0, False),
        (True, True),
    ],
)
def test_booleans(value: object, expected: bool) -> None:
    assert to_bool(value) == (expected, None)  # type: ignore[arg-type]


def test_boolean_errors_list_the_words() -> None:
    with pytest.raises(CoercionError, match="kyllä/ei"):
        to_bool("ehkä")
    with pytest.raises(CoercionError):
        to_bool(2)


def test_text_from_numbers_and_dates() -> None:
    assert to_text(1001) == ("1001", None)
    assert to_text("  a  ") == ("a", None)
    assert to_text("   ") == (None, None)
    value, note = to_text(date(2026, 3, 2))
    assert value == "2.3.2026" and note is not None


def test_choices_take_values_and_finnish_labels() -> None:
    column = column_by_key("absences", "additional_info")
    assert coerce_value(column, "child sick") == ("ChildSick", None)
    assert coerce_value(column, "Lapsen sairaus") == ("ChildSick", None)
    assert coerce_value(column, "työtapaturma") == ("AccidentAtWork", None)
    with pytest.raises(CoercionError, match="is not one of"):
        coerce_value(column, "flunssa")
    assert coerce_value(column_by_key("absences", "compensation"), "palkaton") == ("Unpaid", None)


def test_lists_and_personal_data() -> None:
    units = column_by_key("personnel", "units")
    assert coerce_value(units, "HQ | Sales|") == (("HQ", "Sales"), None)
    iban = column_by_key("personnel", "iban")
    assert coerce_value(iban, "fi21 1234 5600 0007 85") == ("FI2112345600000785", None)
    hetu = column_by_key("personnel", "personal_identity_code")
    with pytest.raises(CoercionError) as info:
        coerce_value(hetu, 131052308)
    assert "131052308" not in str(info.value)


def test_coerce_column_reports_rows_and_letters() -> None:
    column = column_by_key("events", "start")
    assert column.type is ColumnType.DATETIME
    result = coerce_column(
        column,
        2,
        "Alkaa",
        [datetime(2026, 3, 2, 8), "3.3.2026 8.00", "huomenna", None, 46085.5],
        [2, 3, 4, 6, 7],
        typed=True,
    )
    assert result.values == [
        datetime(2026, 3, 2, 8),
        datetime(2026, 3, 3, 8),
        None,
        None,
        datetime(2026, 3, 4, 12),
    ]
    assert result.bad_rows == {2}
    errors = [p for p in result.problems if p.severity is Severity.ERROR]
    notices = [p for p in result.problems if p.severity is Severity.NOTICE]
    assert [(p.row, p.letter, p.column) for p in errors] == [(4, "C", "Alkaa")]
    assert [p.row for p in notices] == [7]


@pytest.mark.parametrize(
    ("key", "raw", "normalised"),
    [
        ("person", ["", 1001.0, " x "], [None, 1001, " x "]),
        ("start", ["", datetime(2026, 1, 1, 8), 46083.5], [None, datetime(2026, 1, 1, 8), 46083.5]),
        ("id", ["", 17.0, 3], [None, 17, 3]),
    ],
)
def test_raw_and_normalised_cells_coerce_alike(key: str, raw: list, normalised: list) -> None:
    column = column_by_key("events", key)
    a = coerce_column(column, 0, "H", raw, [2, 3, 4], typed=True)
    b = coerce_column(column, 0, "H", normalised, [2, 3, 4], typed=True)
    assert a.values == b.values and a.problems == b.problems and a.bad_rows == b.bad_rows
    assert a.values[1] is not None


def test_whole_floats_read_as_whole_numbers() -> None:
    assert to_text(1001.0) == ("1001", None)
    assert to_int(17.0) == (17, None)
    assert to_decimal(22.0) == (Decimal(22), None)
    assert str(to_date(46083.0)[1]) == "the number 46083 was read as the spreadsheet date 2.3.2026"
