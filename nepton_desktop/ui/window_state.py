"""Settings declared once, and the UI state remembered between runs.

Every setting the UI keeps is a :class:`Setting` declared in this module with its key, type
and default, so a typo cannot create a second setting and a value of the wrong type (an old
version's, or a hand-edited file's) falls back to the default instead of breaking the start.
Nothing secret is ever stored here: passwords live in the OS keyring (``nepton_desktop.api``).

:class:`WindowState` saves and restores a window's geometry, its docks and toolbars, every
named ``QSplitter`` and the header of every named ``QTableView``/``QTreeView`` inside it, the
last tab, the filters of each tab and the last folder. Restoring is safe on a changed screen
(a laptop undocked from the monitor the window was on): a window that would land off every
screen is moved and shrunk onto the primary one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMainWindow, QSplitter, QWidget

T = TypeVar("T", int, str, bool, float, QByteArray)


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T


SETTINGS_VERSION = Setting("meta/settings_version", int, 0)
LAST_TAB = Setting("main/last_tab", int, 0)
LAST_FOLDER = Setting("files/last_folder", str, "")
LAST_PROFILE = Setting("connection/last_profile", str, "")
REQUEST_LOG_VISIBLE = Setting("main/request_log_visible", bool, False)
TIMELINE_VISIBLE = Setting("absences/timeline_visible", bool, True)

# Keys per window or widget name, built by the functions below (one place that spells them).


def _geometry_key(window: str) -> str:
    return f"windows/{window}/geometry"


def _window_state_key(window: str) -> str:
    return f"windows/{window}/state"


def _splitter_key(window: str, splitter: str) -> str:
    return f"windows/{window}/splitters/{splitter}"


def _header_key(window: str, view: str) -> str:
    return f"windows/{window}/headers/{view}"


def _filters_key(tab: str) -> str:
    return f"filters/{tab}"


CURRENT_VERSION = 1
# Upgrades from an older settings layout, in order: index i upgrades version i to i + 1.
_UPGRADES: tuple[Callable[[QSettings], None], ...] = (lambda settings: None,)

# Part of a window that must stay on a screen for the user to grab it (the title bar area).
_MIN_VISIBLE = 80


class WindowState:
    """Typed settings and window state on a ``QSettings`` handed in.

    ``WindowState(settings: QSettings | None = None)``: the app's default ``QSettings()`` when
    None; tests hand in a ``QSettings(path, QSettings.Format.IniFormat)``.
    """

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else QSettings()
        self._upgrade()

    # ------------------------------------------------------------------ typed values

    def get(self, setting: Setting[T]) -> T:
        raw = self.settings.value(setting.key)
        if raw is None:
            return setting.default
        try:
            value = _convert(raw, setting.type)
        except (TypeError, ValueError):
            # A value of the wrong type (hand-edited, older layout) must not break the start.
            return setting.default
        return value if isinstance(value, setting.type) else setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        if not isinstance(value, setting.type):
            raise TypeError(f"{setting.key} takes {setting.type.__name__}, not {value!r}")
        self.settings.setValue(setting.key, value)

    def _upgrade(self) -> None:
        version = self.get(SETTINGS_VERSION)
        if version >= CURRENT_VERSION:
            return
        for upgrade in _UPGRADES[version:CURRENT_VERSION]:
            upgrade(self.settings)
        self.set(SETTINGS_VERSION, CURRENT_VERSION)

    # ------------------------------------------------------------------ filters per tab

    def tab_filters(self, tab: str, known: Collection[str] | None = None) -> dict[str, str]:
        """The filters last used in a tab: column key -> text ("" is the quick filter).

        ``known`` (the tab's column keys) drops filters of columns that no longer exist, so
        a filter saved by an older version cannot hide rows behind a column nobody sees.
        """
        raw = self.settings.value(_filters_key(tab))
        if not isinstance(raw, str):
            return {}
        try:
            loaded = json.loads(raw)
        except ValueError:
            return {}
        if not isinstance(loaded, dict):
            return {}
        return {
            str(k): v
            for k, v in loaded.items()
            if isinstance(v, str) and v and (known is None or k == "" or k in known)
        }

    def set_tab_filters(self, tab: str, filters: dict[str, str]) -> None:
        kept = {key: text for key, text in filters.items() if text}
        self.settings.setValue(_filters_key(tab), json.dumps(kept, ensure_ascii=False))

    # ------------------------------------------------------------------ windows

    def save_window(self, window: QWidget, name: str) -> None:
        """Remember geometry, docks/toolbars, named splitters and named view headers."""
        self.settings.setValue(_geometry_key(name), window.saveGeometry())
        if isinstance(window, QMainWindow):
            self.settings.setValue(_window_state_key(name), window.saveState())
        for splitter in window.findChildren(QSplitter):
            if splitter.objectName():
                self.settings.setValue(
                    _splitter_key(name, splitter.objectName()), splitter.saveState()
                )
        for view_name, header in _named_headers(window):
            key = _header_key(name, view_name)
            self.settings.setValue(f"{key}/sections", header.count())
            self.settings.setValue(f"{key}/state", header.saveState())
        self.settings.sync()

    def restore_window(self, window: QWidget, name: str) -> bool:
        """Restore what :meth:`save_window` kept; True when a saved geometry was applied.

        Call it after the window's children (splitters, views with their models) exist.
        """
        geometry = self.settings.value(_geometry_key(name))
        restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
        if isinstance(window, QMainWindow):
            state = self.settings.value(_window_state_key(name))
            if isinstance(state, QByteArray):
                window.restoreState(state)
        for splitter in window.findChildren(QSplitter):
            saved = self.settings.value(_splitter_key(name, splitter.objectName()))
            if splitter.objectName() and isinstance(saved, QByteArray):
                splitter.restoreState(saved)
        for view_name, header in _named_headers(window):
            key = _header_key(name, view_name)
            sections = self.settings.value(f"{key}/sections")
            saved = self.settings.value(f"{key}/state")
            # A header saved with another set of columns (an older version) would put widths
            # and order on the wrong columns: skip it.
            if str(sections) == str(header.count()) and isinstance(saved, QByteArray):
                header.restoreState(saved)
        keep_on_screen(window)
        return restored


def _named_headers(window: QWidget) -> list[tuple[str, QHeaderView]]:
    found: list[tuple[str, QHeaderView]] = []
    for view in window.findChildren(QAbstractItemView):
        header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
        if view.objectName() and callable(header):
            found.append((view.objectName(), cast(QHeaderView, header())))
    return found


def _convert(raw: object, kind: type) -> object:
    """A stored value as ``kind``; INI files give every value back as text."""
    if isinstance(raw, kind) and not (kind is int and isinstance(raw, bool)):
        return raw
    if kind is bool:
        if isinstance(raw, str) and raw.lower() in ("true", "false", "1", "0"):
            return raw.lower() in ("true", "1")
        raise ValueError(raw)
    if kind in (int, float) and isinstance(raw, str | int | float) and not isinstance(raw, bool):
        return kind(raw)
    if kind is str and isinstance(raw, int | float):
        return str(raw)
    raise TypeError(raw)


def keep_on_screen(window: QWidget) -> None:
    """Move a window onto the primary screen when no screen shows enough of its title bar,
    and shrink it to fit a screen smaller than the one it was saved on."""
    screens = QGuiApplication.screens()
    if not screens:
        return
    frame = window.frameGeometry() if window.isVisible() else window.geometry()
    title_bar = QRect(frame.x(), frame.y(), frame.width(), min(frame.height(), _MIN_VISIBLE))
    for screen in screens:
        visible = screen.availableGeometry().intersected(title_bar)
        if visible.width() >= _MIN_VISIBLE and visible.height() >= min(
            _MIN_VISIBLE // 4, title_bar.height()
        ):
            available = screen.availableGeometry()
            if frame.width() > available.width() or frame.height() > available.height():
                window.resize(
                    min(window.width(), available.width()),
                    min(window.height(), available.height()),
                )
            return
    primary = QGuiApplication.primaryScreen()
    available = (primary or screens[0]).availableGeometry()
    width = min(window.width(), available.width())
    height = min(window.height(), available.height())
    window.resize(width, height)
    window.move(
        available.x() + (available.width() - width) // 2,
        available.y() + (available.height() - height) // 2,
    )
