"""Numbers, dates and times as the user reads them, always through QLocale.

Finnish: ``3.12.2026``, ``8.05``, ``8,5``, ``1 234 567,25``. Never build these by hand
(``f"{d.day}.{d.month}."``, ``str(x).replace(".", ",")``): the user's language decides.

Every helper takes an optional ``locale``; without it, ``QLocale()`` is used, which
:func:`nepton_desktop.ui.i18n.install_translators` sets to the chosen language's locale.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, QTime

_SHORT = QLocale.FormatType.ShortFormat
_SHORTEST = QLocale.FloatingPointPrecisionOption.FloatingPointShortest


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def format_number(
    value: float | int | Decimal, decimals: int | None = None, locale: QLocale | None = None
) -> str:
    """``8.5`` -> ``8,5`` (Finnish). ``decimals`` fixes the digits after the separator;
    without it, integers have none and other numbers as many as they need (a Decimal keeps
    its own). Thousands are grouped as the locale does (``1 234,5``)."""
    loc = _locale(locale)
    if isinstance(value, bool):
        raise TypeError("format_number does not take a bool")
    if isinstance(value, int) and decimals is None:
        return loc.toString(value)
    if isinstance(value, Decimal):
        if decimals is None:
            exponent = value.as_tuple().exponent
            decimals = max(0, -exponent) if isinstance(exponent, int) else 0
        return loc.toString(float(value), "f", decimals)
    if decimals is None:
        return loc.toString(float(value), "f", _SHORTEST)
    return loc.toString(float(value), "f", decimals)


def parse_number(text: str, locale: QLocale | None = None) -> float | None:
    """The number that ``text`` writes in the locale (``8,5`` in Finnish), or None."""
    value, ok = _locale(locale).toDouble(text.strip())
    return value if ok else None


def format_date(value: dt.date, locale: QLocale | None = None) -> str:
    """``2026-12-03`` -> ``3.12.2026`` (Finnish), ``2026-12-03`` (Swedish in Sweden),
    ``12/3/2026`` (US English): the short pattern, always with the whole year."""
    if isinstance(value, dt.datetime):
        value = value.date()
    loc = _locale(locale)
    return loc.toString(QDate(value.year, value.month, value.day), date_format(loc))


def format_time(value: dt.time, locale: QLocale | None = None, *, seconds: bool = False) -> str:
    """``08:05`` -> ``8.05`` (Finnish). ``seconds`` adds the seconds in the locale's style."""
    loc = _locale(locale)
    qtime = QTime(value.hour, value.minute, value.second)
    if not seconds:
        return loc.toString(qtime, _SHORT)
    return loc.toString(qtime, _with_seconds(loc))


def _with_seconds(locale: QLocale) -> str:
    # The short pattern with seconds after the minutes, joined by the locale's own separator
    # (Finnish H.mm -> H.mm.ss, US h:mm AP -> h:mm:ss AP).
    short = locale.timeFormat(_SHORT)
    at = short.find("mm")
    if at < 0:
        return locale.timeFormat(QLocale.FormatType.LongFormat)
    separator = short[at - 1] if at > 0 else ":"
    return short.replace("mm", f"mm{separator}ss", 1)


def format_datetime(value: dt.datetime, locale: QLocale | None = None) -> str:
    """``2026-12-03 08:05`` -> ``3.12.2026 8.05`` (Finnish)."""
    return f"{format_date(value.date(), locale)} {format_time(value.time(), locale)}"


def format_duration_hours(hours: float | Decimal, locale: QLocale | None = None) -> str:
    """A number of hours with at most two decimals: ``7.5`` -> ``7,5`` (Finnish)."""
    rounded = round(float(hours), 2)
    return format_number(rounded, None, locale)


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date pattern (``d.M.yyyy`` in Finnish), for date edits' display.

    A two-digit year (``M/d/yy`` in US English, ``dd.MM.yy`` in German) becomes four digits:
    HR dates span birth dates a century apart, and Qt reads ``yy`` back as 19xx."""
    pattern = _locale(locale).dateFormat(_SHORT)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy", 1)
    return pattern


def parse_date(text: str, locale: QLocale | None = None) -> dt.date | None:
    """The date ``text`` writes in the locale's pattern (:func:`date_format`), or None."""
    parsed = _locale(locale).toDate(text.strip(), date_format(locale))
    return dt.date(parsed.year(), parsed.month(), parsed.day()) if parsed.isValid() else None


def parse_time(text: str, locale: QLocale | None = None) -> dt.time | None:
    """The time ``text`` writes in the locale's short pattern (``8.05`` in Finnish), or None."""
    parsed = _locale(locale).toTime(text.strip(), time_format(locale))
    return dt.time(parsed.hour(), parsed.minute()) if parsed.isValid() else None


def parse_datetime(text: str, locale: QLocale | None = None) -> dt.datetime | None:
    """A date and time as :func:`format_datetime` writes them, or None."""
    pattern = f"{date_format(locale)} {time_format(locale)}"
    parsed = _locale(locale).toDateTime(" ".join(text.split()), pattern)
    if not parsed.isValid():
        return None
    day, moment = parsed.date(), parsed.time()
    return dt.datetime(day.year(), day.month(), day.day(), moment.hour(), moment.minute())


def time_format(locale: QLocale | None = None) -> str:
    """The locale's short time pattern (``H.mm`` in Finnish), for time edits' display."""
    return _locale(locale).timeFormat(_SHORT)
