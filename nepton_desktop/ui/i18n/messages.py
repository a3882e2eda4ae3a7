"""Translate what the Qt-free layers hand up: :class:`Message`, marked texts, API errors."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from nepton_desktop.api.errors import InvalidValue, NeptonError
from nepton_desktop.domain.columns import CHOICE_LABELS, Column
from nepton_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message
from nepton_desktop.ui.i18n.formatting import (
    format_date,
    format_datetime,
    format_number,
    format_time,
)
from nepton_desktop.ui.i18n.languages import PSEUDO
from nepton_desktop.ui.i18n.loader import current_language_code
from nepton_desktop.ui.i18n.pseudo import pseudo_text

ERROR_CONTEXT = "NeptonError"  # the context of the API errors' message_en texts
INVALID_VALUE_CONTEXT = "InvalidValue"
# InvalidValue's reasons come from the API in English and Finnish; the API marks each English
# reason in the "InvalidValue" context, so Swedish (and any later language) has them too. The
# one reason with values in it, a character XML cannot carry, is recognised by its wording.
_BAD_CHARACTER_TEXT = QT_TRANSLATE_NOOP(
    "InvalidValue",
    "contains the character %1 at position %2, which XML cannot carry; remove it (it is often "
    "a stray control character from a copy-paste)",
)
_BAD_CHARACTER = re.compile(
    r"contains the character (U\+[0-9A-F]{4,6}) at position (\d+), which XML cannot carry; "
    r"remove it \(it is often a stray control character from a copy-paste\)"
)


def translate(context: str, text: str) -> str:
    """``text`` (marked with ``QT_TRANSLATE_NOOP(context, text)``) in the user's language."""
    return QCoreApplication.translate(context, text)


def format_value(value: object) -> str:
    """A date, time or number value of a :class:`Message` as the user's locale writes it
    (the default ``QLocale``: ``3.12.2026`` in Finnish, ``2026-12-03`` in Swedish in Sweden).

    A datetime is a date and a time even at midnight: a value that means a day is a ``date``.
    """
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, dt.time):
        return format_time(value)
    if isinstance(value, Decimal | float):
        return format_number(value)
    return str(value)


def translate_message(message: Message | str, context: str | None = None) -> str:
    """A :class:`Message` in the user's language with its values filled in, dates, times and
    numbers written by :func:`format_value`.

    A plain ``str`` is translated in ``context`` when one is given (a column header, a text a
    Qt-free module marked), and returned unchanged otherwise.
    """
    if isinstance(message, Message):
        return message.render(translate, current_language_code(), format_value=format_value)
    if context is None:
        return message
    return translate(context, message)


def translate_error(error: NeptonError) -> str:
    """The plain message of an API error in the user's language.

    The API layer writes each error's ``message_en`` (marked for translation in the
    ``NeptonError`` context) and a Finnish ``message_fi``. A text built at run time has no
    entry in the translations: it is shown as ``message_fi`` in Finnish, else in English.
    """
    if isinstance(error, InvalidValue):
        return f"{error.field}: {invalid_value_reason(error)}"
    translated = translate(ERROR_CONTEXT, error.message_en)
    if translated != error.message_en:
        return translated
    return error.message_fi if current_language_code() == "fi" else error.message_en


def invalid_value_reason(error: InvalidValue) -> str:
    """Why a value cannot be sent (without the field's name), in the user's language."""
    if current_language_code() == "fi":
        return error.reason_fi
    m = _BAD_CHARACTER.fullmatch(error.reason_en)
    if m is not None:
        text = translate(INVALID_VALUE_CONTEXT, _BAD_CHARACTER_TEXT)
        return text.replace("%1", m[1]).replace("%2", m[2])
    return translate(INVALID_VALUE_CONTEXT, error.reason_en)


def choice_text(value: str) -> str:
    """A choice column's value (``Sick``, ``Paid``) as the user reads it: its label in the
    user's language (``domain/columns.py`` declares all three); any other text unchanged."""
    label = CHOICE_LABELS.get(value)
    if label is None:
        return value
    code = current_language_code()
    return pseudo_text(label.en) if code == PSEUDO else label.in_language(code)


def choice_texts(column: Column) -> dict[str, str]:
    """``{value: label}`` for a choice column (empty for any other), looked up once."""
    return {c: choice_text(c) for c in column.choices}


def column_header(column: Column) -> str:
    """A column's header in the user's language (``domain/columns.py`` declares all three)."""
    code = current_language_code()
    if code == PSEUDO:
        return pseudo_text(column.header_en)
    return column.header(code)
