"""Load the app's translation and Qt's own (``qtbase_fi``: standard buttons, dialogs).

Call :func:`install_translators` once, after the QApplication exists and before the first
widget is built: texts are translated when a widget sets them, so widgets built earlier stay
English. The app's ``.qm`` files are compiled from ``resources/translations/*.ts`` by
``scripts/build-translations`` (``scripts/bootstrap.sh`` runs it); a frozen app finds them in
``sys._MEIPASS/resources/translations``.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from nepton_desktop.ui.i18n.languages import (
    ResolvedLanguage,
    language_of_locale,
    read_choice,
    resolve,
)
from nepton_desktop.ui.i18n.pseudo import PseudoTranslator

log = logging.getLogger(__name__)

APP_CATALOG = "nepton_desktop"  # resources/translations/nepton_desktop_<lang>.qm
QT_CATALOGS = ("qtbase",)  # Qt's own: QDialogButtonBox, QFileDialog, QMessageBox, ...


def translations_dir() -> Path:
    """``resources/translations`` of the source tree, or of the frozen app's bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources" / "translations"
    return Path(__file__).resolve().parents[3] / "resources" / "translations"


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own ``qtbase_<lang>.qm`` may be: Qt's path, then the frozen bundle's copy."""
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        dirs.append(Path(bundle) / "PySide6" / "Qt" / "translations")
    return dirs


@dataclass
class InstalledTranslations:
    """What :func:`install_translators` installed; keep it alive as long as the app runs
    (a QTranslator that Python collects stops translating)."""

    language: ResolvedLanguage
    translators: list[QTranslator] = field(default_factory=list)
    loaded: list[str] = field(default_factory=list)  # file names, for the log and the tests
    missing: list[str] = field(default_factory=list)

    def uninstall(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()


_active: InstalledTranslations | None = None


def active_language() -> ResolvedLanguage | None:
    """The language installed by the last :func:`install_translators`, if any."""
    return _active.language if _active is not None else None


def current_language_code() -> str:
    """``fi``, ``sv``, ``en`` (or ``pseudo``): the installed language, else the default locale's."""
    if _active is not None:
        return _active.language.code
    return language_of_locale(QLocale()) or "en"


def install_translators(
    app: QCoreApplication,
    language: ResolvedLanguage | str | None = None,
    *,
    settings: QSettings | None = None,
    directory: Path | None = None,
) -> InstalledTranslations:
    """Install the translators for ``language`` (default: the saved choice, else the system).

    ``language`` is a :class:`ResolvedLanguage`, or a choice (``system``, ``fi``, ``sv``, ``en``,
    ``pseudo``). Sets the default QLocale to the language's formatting locale, so that
    ``QLocale()`` everywhere formats as the user reads. Replaces translators a former call
    installed. A missing ``.qm`` is logged and the texts stay English; it never stops the app.
    """
    global _active
    if isinstance(language, ResolvedLanguage):
        resolved = language
    elif language is not None:
        resolved = resolve(language)
    else:
        resolved = resolve(read_choice(settings if settings is not None else QSettings()))
    if _active is not None:
        _active.uninstall()
    installed = InstalledTranslations(resolved)
    QLocale.setDefault(resolved.locale)
    if resolved.is_pseudo:
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        installed.translators.append(pseudo)
        installed.loaded.append("pseudo")
    else:
        # English too: en.ts lets the English texts be polished without touching the code.
        app_dir = directory if directory is not None else translations_dir()
        _load(app, installed, f"{APP_CATALOG}_{resolved.code}", [app_dir])
        if resolved.code != "en":  # Qt's own texts are English in the source
            for catalog in QT_CATALOGS:
                _load(app, installed, f"{catalog}_{resolved.code}", qt_translations_dirs())
    if installed.missing:
        log.warning("translations not found for %s: %s", resolved.code, installed.missing)
    _active = installed
    return installed


def uninstall_translators() -> None:
    """Remove the translators :func:`install_translators` installed (the texts turn English)."""
    global _active
    if _active is not None:
        _active.uninstall()
        _active = None


def _load(
    app: QCoreApplication, installed: InstalledTranslations, name: str, dirs: list[Path]
) -> None:
    for directory in dirs:
        path = directory / f"{name}.qm"
        if not path.is_file():
            continue
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            installed.translators.append(translator)
            installed.loaded.append(f"{name}.qm")
            return
    installed.missing.append(f"{name}.qm")
