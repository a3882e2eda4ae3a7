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
(the ``import`` command, error workbooks) uses ``str(message)``, the English text.

Rules that ``lupdate`` imposes: context and text are string literals (never f-strings or
variables) passed positionally. Placeholders are ``{name}``; translators keep them unchanged
(``tests/i18n`` checks every translation).
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

__all__ = ["QT_TRANSLATE_NOOP", "Message", "fill_placeholders", "placeholder_names"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged.

    The upper-case name is what ``lupdate`` looks for, as in Qt's C++ macro."""
    return text


_FORMATTER = string.Formatter()


def placeholder_names(text: str) -> frozenset[str]:
    """The ``{name}`` placeholders of ``text`` (``{{`` and ``}}`` are literal braces)."""
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
class Message:
    """An English text marked for translation, its context and the values it names.

    ``str(message)`` is the English text with the values filled in; the UI shows
    ``message.render(translate)`` instead, where ``translate(context, text)`` returns the text in
    the user's language.
    """

    context: str
    text: str
    args: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        if not isinstance(self.args, MappingProxyType):
            object.__setattr__(self, "args", MappingProxyType(dict(self.args)))
        missing = placeholder_names(self.text) - set(self.args)
        if missing:
            raise ValueError(f"Message {self.text!r} has no value for {sorted(missing)}")

    def render(self, translate: Callable[[str, str], str]) -> str:
        """The text in the user's language (``translate(context, text)``), values filled in."""
        return fill_placeholders(translate(self.context, self.text), self.args)

    def english(self) -> str:
        return fill_placeholders(self.text, self.args)

    def __str__(self) -> str:
        return self.english()
