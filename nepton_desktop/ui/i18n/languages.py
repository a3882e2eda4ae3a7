"""Which language the app speaks: the user's choice (settings) or the system's.

The choice is the ``language`` key of the app's QSettings: ``system`` (the default), ``fi``,
``sv`` or ``en``. ``NEPTON_DESKTOP_LANGUAGE`` in the environment overrides it for one run
(also ``pseudo``: every text stretched and bracketed, to find cut labels).

The language decides two things: the texts (the app's and Qt's own translations) and the
:class:`QLocale` that formats numbers, dates and times. The locale keeps the system's territory
when it fits the language (Swedish on a Swedish system formats as in Sweden, on a Finnish system
as in Finland) and otherwise uses Finland's: the app is made for Finnish work communities.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QSettings

LANGUAGE_KEY = "language"
ENV_LANGUAGE = "NEPTON_DESKTOP_LANGUAGE"


class LanguageChoice(enum.StrEnum):
    """What the user chose in the settings."""

    SYSTEM = "system"
    FINNISH = "fi"
    SWEDISH = "sv"
    ENGLISH = "en"


# The languages the app's texts exist in; the first is the language of the source texts.
APP_LANGUAGES: tuple[str, ...] = ("en", "fi", "sv")
PSEUDO = "pseudo"  # not a choice users see: the pseudo-localised run for layout checks

_QT_LANGUAGE = {
    "fi": QLocale.Language.Finnish,
    "sv": QLocale.Language.Swedish,
    "en": QLocale.Language.English,
}


@dataclass(frozen=True, slots=True)
class ResolvedLanguage:
    """The language of the texts (``fi``, ``sv``, ``en``, ``pseudo``) and the formatting locale."""

    code: str
    locale: QLocale

    @property
    def is_pseudo(self) -> bool:
        return self.code == PSEUDO


def parse_choice(value: object) -> LanguageChoice:
    """A stored setting as a choice; anything unknown (an old or edited value) is ``system``."""
    text = str(value).strip().lower() if value is not None else ""
    try:
        return LanguageChoice(text)
    except ValueError:
        return LanguageChoice.SYSTEM


def read_choice(settings: QSettings) -> LanguageChoice:
    return parse_choice(settings.value(LANGUAGE_KEY, LanguageChoice.SYSTEM.value))


def write_choice(settings: QSettings, choice: LanguageChoice) -> None:
    settings.setValue(LANGUAGE_KEY, choice.value)
    settings.sync()


def language_of_locale(locale: QLocale) -> str | None:
    """The app language (``fi``/``sv``/``en``) that ``locale`` asks for, if the app has it.

    Looks at the locale's preferred UI languages in order (a system set up as "German, then
    Swedish" gets Swedish), then at the locale's own language.
    """
    candidates = [*locale.uiLanguages(), locale.name()]
    for tag in candidates:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in APP_LANGUAGES:
            return code
    return None


def formatting_locale(code: str, system: QLocale) -> QLocale:
    """The locale that formats numbers and dates for app language ``code``."""
    language = _QT_LANGUAGE.get(code, QLocale.Language.English)
    if system.language() == language:
        return QLocale(system.language(), system.territory())
    territory = system.territory()
    if territory != QLocale.Country.AnyTerritory:
        candidate = QLocale(language, territory)
        if candidate.language() == language and candidate.territory() == territory:
            return candidate
    return QLocale(language, QLocale.Country.Finland)


def resolve(
    choice: LanguageChoice | str,
    system: QLocale | None = None,
    environ: Mapping[str, str] | None = None,
) -> ResolvedLanguage:
    """The language to run in: ``NEPTON_DESKTOP_LANGUAGE``, else the choice, else the system.

    With ``system`` and the system asking for a language the app lacks, the texts are English
    and the system's own locale formats (a German system keeps German dates), unless the
    system locale is the bare ``C`` locale, which formats like nobody: then English in Finland.
    """
    system = system if system is not None else QLocale.system()
    env = os.environ if environ is None else environ
    override = env.get(ENV_LANGUAGE, "").strip().lower()
    asked = override or str(choice).strip().lower()
    if asked == PSEUDO:
        return ResolvedLanguage(PSEUDO, formatting_locale("en", system))
    wanted = parse_choice(asked)
    if wanted is not LanguageChoice.SYSTEM:
        return ResolvedLanguage(wanted.value, formatting_locale(wanted.value, system))
    code = language_of_locale(system)
    if code is not None:
        return ResolvedLanguage(code, formatting_locale(code, system))
    if system.language() == QLocale.Language.C:
        return ResolvedLanguage("en", QLocale(QLocale.Language.English, QLocale.Country.Finland))
    return ResolvedLanguage("en", QLocale(system.language(), system.territory()))
