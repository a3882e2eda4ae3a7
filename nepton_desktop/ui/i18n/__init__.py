"""The app in the user's language: Finnish, Swedish or English.

- :func:`install_translators` (``loader``): call once in ``ui/app.py`` before the main window
  is built; loads ``resources/translations/nepton_desktop_<lang>.qm`` and Qt's ``qtbase_<lang>``.
- ``formatting``: numbers, dates and times through QLocale (Finnish ``3.12.2026``, ``8,5``).
- ``messages``: translate what Qt-free layers return (``domain.translatable.Message``,
  ``NeptonError``).
- ``language_menu``: the language choice (QSettings key ``language``) with "Restart now".
- ``build``: the lupdate/lrelease pipeline behind ``scripts/build-translations``.
"""

from __future__ import annotations

from nepton_desktop.ui.i18n.formatting import (
    format_date,
    format_datetime,
    format_number,
    format_time,
)
from nepton_desktop.ui.i18n.languages import LanguageChoice, ResolvedLanguage, resolve
from nepton_desktop.ui.i18n.loader import (
    InstalledTranslations,
    current_language_code,
    install_translators,
)
from nepton_desktop.ui.i18n.messages import (
    choice_text,
    choice_texts,
    column_header,
    translate_error,
    translate_message,
)

__all__ = [
    "InstalledTranslations",
    "LanguageChoice",
    "ResolvedLanguage",
    "choice_text",
    "choice_texts",
    "column_header",
    "current_language_code",
    "format_date",
    "format_datetime",
    "format_number",
    "format_time",
    "install_translators",
    "resolve",
    "translate_error",
    "translate_message",
]
