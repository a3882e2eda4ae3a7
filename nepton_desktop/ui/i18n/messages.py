"""Translate what the Qt-free layers hand up: :class:`Message`, marked texts, API errors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from nepton_desktop.api.errors import NeptonError
from nepton_desktop.domain.columns import CHOICE_LABELS, Column
from nepton_desktop.domain.translatable import Message
from nepton_desktop.ui.i18n.languages import PSEUDO
from nepton_desktop.ui.i18n.loader import current_language_code
from nepton_desktop.ui.i18n.pseudo import pseudo_text

ERROR_CONTEXT = "NeptonError"  # the context of the API errors' message_en texts


def translate(context: str, text: str) -> str:
    """``text`` (marked with ``QT_TRANSLATE_NOOP(context, text)``) in the user's language."""
    return QCoreApplication.translate(context, text)


def translate_message(message: Message | str, context: str | None = None) -> str:
    """A :class:`Message` in the user's language with its values filled in.

    A plain ``str`` is translated in ``context`` when one is given (a column header, a text a
    Qt-free module marked), and returned unchanged otherwise.
    """
    if isinstance(message, Message):
        return message.render(translate, current_language_code())
    if context is None:
        return message
    return translate(context, message)


def translate_error(error: NeptonError) -> str:
    """The plain message of an API error in the user's language.

    The API layer writes each error's ``message_en`` (marked for translation in the
    ``NeptonError`` context) and a Finnish ``message_fi``. A text built at run time has no
    entry in the translations: it is shown as ``message_fi`` in Finnish, else in English.
    """
    translated = translate(ERROR_CONTEXT, error.message_en)
    if translated != error.message_en:
        return translated
    return error.message_fi if current_language_code() == "fi" else error.message_en


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
