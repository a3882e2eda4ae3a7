"""Texts that layers without Qt hand to the UI for translation.

Only ``ui/`` may import Qt, yet API errors, validation reasons, column headers and workbook
texts are shown to users in Finnish, Swedish or English. Such code marks each English text with
:func:`QT_TRANSLATE_NOOP` (a no-op at run time; ``pyside6-lupdate`` finds the call by its name
and puts the text in ``resources/translations/*.ts``), and returns either the plain text (the
UI knows its context) or a :class:`Message` that carries context, text and named values::

    from nepton_desktop.domain.translatable import QT_TRANSLATE_NOOP, Message

    def check_hours(value: str) -> Message | None:
        return Message(
            "Validation",
            QT_TRANSLATE_NOOP("Validation", "{value} is not a number of hours."),
            {"value": value},
        )

The UI translates with ``nepton_desktop.ui.i18n.translate_message(message)``
(``QCoreApplication.translate(context, text)``, then the values are filled in); headless code
(the ``import`` command, error workbooks it writes) uses ``str(message)``, the English text.
A value may be a :class:`Message` itself (rendered the same way) or a :class:`Localized` text
that the domain declares in fi, sv and en (a column header in "{column} is required").

Dates, times and numbers are handed over as objects (``datetime.date``, ``datetime.datetime``,
``datetime.time``, ``Decimal``, ``float``), never as text formatted here: the UI renders them
with its ``format_value`` (QLocale of the chosen language: ``3.12.2026`` in Finnish,
``2026-12-03`` in Swedish in Sweden). Without one (``str()``, the headless commands) a date
reads in the import's canonical Finnish form (:func:`fi_date`, :func:`fi_datetime`).

Rules that ``lupdate`` imposes: context and text are string literals (never f-strings or
variables) passed positionally. Placeholders are ``{name}``; translators keep them unchanged
(``tests/i18n`` checks every translation).
"""

from __future__ import annotations

import functools
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from types import MappingProxyType

__all__ = [
    "FORMATTED_TYPES",
    "QT_TRANSLATE_NOOP",
    "FormatValue",
    "Localized",
    "Message",
    "MessageError",
    "canonical_text",
    "fi_date",
    "fi_datetime",
    "fill_placeholders",
    "placeholder_names",
]

FormatValue = Callable[[object], str]
"""How the UI writes a date, time or number value of a :class:`Message` (through QLocale)."""

# The values a FormatValue writes. Not int: ids, row numbers and years are no quantities
# ("row 1234", not "row 1 234").
FORMATTED_TYPES = (date, time, Decimal, float)  # datetime is a date


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged.

    The upper-case name is what ``lupdate`` looks for, as in Qt's C++ macro."""
    return text


_FORMATTER = string.Formatter()


def fi_date(value: date) -> str:
    """The import's canonical Finnish date, ``d.M.yyyy`` (``3.12.2026``)."""
    return f"{value.day}.{value.month}.{value.year}"


def fi_datetime(value: datetime) -> str:
    """The import's canonical Finnish date and time, ``d.M.yyyy H.mm`` (``3.12.2026 8.05``)."""
    return f"{fi_date(value)} {value.hour}.{value.minute:02d}"


def canonical_text(value: object) -> str:
    """A :class:`Message` value as it reads without the UI's ``format_value``: dates in the
    canonical Finnish form, times ``HH.mm`` (``08.30``), anything else ``str(value)``."""
    if isinstance(value, datetime):
        return fi_datetime(value)
    if isinstance(value, date):
        return fi_date(value)
    if isinstance(value, time):
        return f"{value:%H.%M}"
    return str(value)


@functools.lru_cache(maxsize=2048)
def placeholder_names(text: str) -> frozenset[str]:
    """The ``{name}`` placeholders of ``text`` (``{{`` and ``}}`` are literal braces).

    Cached: the texts are the marked literals, a few hundred, and a 100,000-row import makes a
    :class:`Message` per problem."""
    names: set[str] = set()
    try:
        parsed = list(_FORMATTER.parse(text))
    except ValueError:
        return frozenset()
    for _literal, field_name, _spec, _conversion in parsed:
        if field_name is not None and field_name.isidentifier():
            names.add(field_name)
    return frozenset(names)


def fill_placeholders(text: str, values: Mapping[str, object]) -> str:
    """Replace each ``{name}`` of ``text`` by ``str(values[name])``.

    Unlike ``str.format`` this never raises on a translation that is malformed or names an
    unknown value: such a placeholder stays as it is, so a translator's slip shows as
    ``{name}`` in the UI instead of an exception in a dialog.
    """
    if not values and "{" not in text:
        return text
    try:
        parsed = list(_FORMATTER.parse(text))
    except ValueError:
        return text
    parts: list[str] = []
    for literal, field_name, spec, conversion in parsed:
        parts.append(literal)
        if field_name is None:
            continue
        if field_name in values and not spec and not conversion:
            parts.append(str(values[field_name]))
        else:
            rebuilt = field_name
            if conversion:
                rebuilt += "!" + conversion
            if spec:
                rebuilt += ":" + spec
            parts.append("{" + rebuilt + "}")
    return "".join(parts)


@dataclass(frozen=True, slots=True)
class Localized:
    """A text the domain declares in all three languages itself (a column header, a choice
    label: ``domain/columns.py``), used as a :class:`Message` value. ``str()`` is English."""

    en: str
    fi: str
    sv: str

    def in_language(self, language: str) -> str:
        return self.fi if language == "fi" else self.sv if language == "sv" else self.en

    def __str__(self) -> str:
        return self.en


@dataclass(frozen=True, slots=True)
class Message:
    """An English text marked for translation, its context and the values it names.

    ``str(message)`` is the English text with the values filled in; the UI shows
    ``message.render(translate)`` instead, where ``translate(context, text)`` returns the text in
    the user's language. A value may itself be a :class:`Message` (a reason inside "row 3:
    {reason}", notes joined by "; "): it is rendered with the same ``translate``. Dates, times
    and numbers (:data:`FORMATTED_TYPES`) are written by ``render``'s ``format_value``, else
    by :func:`canonical_text`.
    """

    context: str
    text: str
    args: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        args = self.args
        if type(args) is not MappingProxyType:
            args = MappingProxyType(dict(args))
            object.__setattr__(self, "args", args)
        names = placeholder_names(self.text)
        if names and not all(name in args for name in names):
            missing = sorted(names - set(args))
            raise ValueError(f"Message {self.text!r} has no value for {missing}")

    def render(
        self,
        translate: Callable[[str, str], str],
        language: str = "en",
        *,
        format_value: FormatValue | None = None,
    ) -> str:
        """The text in the user's language (``translate(context, text)``), values filled in.

        ``language`` ("fi", "sv", "en") picks the text of :class:`Localized` values;
        ``format_value`` writes the dates, times and numbers (nested messages too), which
        without it read as :func:`canonical_text` gives them."""
        args: Mapping[str, object] = self.args
        if any(isinstance(v, _RENDERED_TYPES) for v in args.values()):
            write = format_value if format_value is not None else canonical_text

            def text_of(value: object) -> object:
                if isinstance(value, Message):
                    return value.render(translate, language, format_value=format_value)
                if isinstance(value, Localized):
                    return value.in_language(language)
                if isinstance(value, FORMATTED_TYPES):
                    return write(value)
                return value

            args = {k: text_of(v) for k, v in args.items()}
        return fill_placeholders(translate(self.context, self.text), args)

    def english(self) -> str:
        """The English text; dates and times in the canonical Finnish form (the headless
        commands' output), a nested :class:`Message` as its ``str()``."""
        args: Mapping[str, object] = self.args
        if any(isinstance(v, FORMATTED_TYPES) for v in args.values()):
            args = {
                k: canonical_text(v) if isinstance(v, FORMATTED_TYPES) else v
                for k, v in args.items()
            }
        return fill_placeholders(self.text, args)

    def __str__(self) -> str:
        return self.english()


_RENDERED_TYPES = (Message, Localized, *FORMATTED_TYPES)


class MessageError(Exception):
    """An error whose text is a :class:`Message`: the UI shows ``error.message`` in the
    user's language; ``str(error)`` is the English text (the headless commands), filled in
    only when asked, as most such errors are never printed."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message.english()
