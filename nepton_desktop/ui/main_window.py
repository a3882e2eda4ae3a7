"""The main window: four entity tabs over the API service handed in, status bar, submit.

Everything that talks to Nepton runs as an asyncio task on the one qasync loop; rows are built
in a worker thread, so a 100,000-event month never freezes the window. Tasks are kept in
``self.tasks`` so that closing the window cancels them and tests can await them.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import time
from collections.abc import Awaitable, Coroutine, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QTabWidget,
    QToolBar,
    QWidget,
)

from nepton_desktop.api.request_log import RequestLog
from nepton_desktop.api.service_protocol import NeptonServiceLike
from nepton_desktop.domain.columns import Entity
from nepton_desktop.domain.records import Event
from nepton_desktop.ui.editing.journal import EditJournal, restore, snapshot
from nepton_desktop.ui.error_dialog import await_dialog, show_error
from nepton_desktop.ui.i18n import format_number
from nepton_desktop.ui.i18n.language_menu import LanguageMenu
from nepton_desktop.ui.models.entity_model import EntityTableModel
from nepton_desktop.ui.models.table_rows import release
from nepton_desktop.ui.request_log_dock import RequestLogDock
from nepton_desktop.ui.submit.flow import SubmitFlow, SubmitReport
from nepton_desktop.ui.submit.runner import Status
from nepton_desktop.ui.tabs.entity_tab import EntityTab
from nepton_desktop.ui.tabs.entity_tabs import AbsencesTab, EventsTab, PersonnelTab, ProjectsTab
from nepton_desktop.ui.tabs.reference_data import ReferenceData, load_reference_data
from nepton_desktop.ui.window_state import LAST_TAB, REQUEST_LOG_VISIBLE, WindowState

# Kept for callers that list the tabs by their English titles (tests, screenshots).
TAB_TITLES = ("Personnel", "Projects", "Absences", "Events")


@dataclass(frozen=True, slots=True)
class ConnectionIdentity:
    """What the status bar always shows: which profile, as which API user, where."""

    profile_name: str
    username: str
    environment: str  # "production", "testing", "custom" or "demo"

    @property
    def is_production(self) -> bool:
        return self.environment == "production"


class MainWindow(QMainWindow):
    # Emitted when a load of every tab finished (also after an error, with False).
    loaded = Signal(bool)
    # Emitted once the window really closed (after any question about unsent changes).
    closed = Signal()

    def __init__(
        self,
        service: NeptonServiceLike | None = None,
        *,
        identity: ConnectionIdentity | None = None,
        journal: EditJournal | None = None,
        window_state: WindowState | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__()
        self.service = service
        self.identity = identity
        self.journal = journal
        self.window_state = window_state
        self.reference = ReferenceData()
        self.tasks: set[asyncio.Task[Any]] = set()
        self.load_task: asyncio.Task[None] | None = None
        self.submit_flow: SubmitFlow | None = None
        self.pending_question: QMessageBox | None = None
        self.restored_rows = 0
        # The journal is written only once the previous run's edits were offered back:
        # saving before that would overwrite them with an empty set.
        self._journal_ready = journal is None
        self._close_confirmed = False
        self._busy = 0
        # Set by File > Connect: the app opens a new window on the connection chosen next.
        self.reconnect_requested = False
        self.import_wizard: QWidget | None = None

        self.setWindowTitle(self.tr("Nepton Desktop"))
        self.resize(1280, 800)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("entity_tabs")
        self.tabs.setDocumentMode(True)
        self.personnel_tab = PersonnelTab(self)
        self.projects_tab = ProjectsTab(self)
        self.absences_tab = AbsencesTab(self, today=today)
        self.events_tab = EventsTab(self, today=today)
        self.entity_tabs: dict[Entity, EntityTab] = {
            Entity.PERSONNEL: self.personnel_tab,
            Entity.PROJECTS: self.projects_tab,
            Entity.ABSENCES: self.absences_tab,
            Entity.EVENTS: self.events_tab,
        }
        # Kept for the window-shell test and screenshots: the views by English title.
        self.tables = {
            title: tab.view
            for title, tab in zip(TAB_TITLES, self.entity_tabs.values(), strict=True)
        }
        self.undo_group = QUndoGroup(self)
        for tab in self.entity_tabs.values():
            self.tabs.addTab(tab, tab.title)
            self.undo_group.addStack(tab.model.undo_stack)
            tab.model.pendingChanged.connect(self._pending_changed)
            tab.statusMessage.connect(self._show_message)
            tab.refreshRequested.connect(lambda t=tab: self.refresh_tab(t))
            tab.run_task = self.start  # the tab's own work (export) reports errors like ours
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)

        self._journal_timer = QTimer(self)
        self._journal_timer.setSingleShot(True)
        self._journal_timer.setInterval(150)
        self._journal_timer.timeout.connect(self.save_journal)

        self._build_actions()
        self._build_status_bar()
        self._tab_changed(0)
        if window_state is not None:
            window_state.restore_window(self, "main")
            self.request_log_dock.setVisible(window_state.get(REQUEST_LOG_VISIBLE))
            self.tabs.setCurrentIndex(
                max(0, min(window_state.get(LAST_TAB), self.tabs.count() - 1))
            )
            self._restore_filters(window_state)

    # -- building ----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(
            text: str, keys: QKeySequence | list[QKeySequence] | None, slot: Any, name: str
        ) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            if isinstance(keys, list):
                act.setShortcuts(keys)
            elif keys is not None:
                act.setShortcut(keys)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.submit_action = action(
            self.tr("&Send changes…"),
            QKeySequence(QKeySequence.StandardKey.Save),
            self.start_submit,
            "submit",
        )
        self.refresh_action = action(
            self.tr("&Refresh"),
            [QKeySequence(Qt.Key.Key_F5), QKeySequence(QKeySequence.StandardKey.Refresh)],
            self.refresh_current,
            "refresh",
        )
        self.find_action = action(
            self.tr("&Find…"),
            QKeySequence(QKeySequence.StandardKey.Find),
            self.focus_filter,
            "find",
        )
        self.export_action = action(
            self.tr("&Export to Excel…"), None, self._export_current, "export"
        )
        self.import_action = action(
            self.tr("&Import from Excel…"),
            QKeySequence("Ctrl+I"),
            self.open_import_wizard,
            "import_xlsx",
        )
        self.connect_action = action(
            self.tr("&Connect to another Nepton…"), None, self.request_reconnect, "connect"
        )
        self.quit_action = action(
            self.tr("&Quit"), QKeySequence(QKeySequence.StandardKey.Quit), self.close, "quit"
        )
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        self.next_tab_action = action(
            self.tr("Next tab"),
            [QKeySequence("Ctrl+PgDown"), QKeySequence(QKeySequence.StandardKey.NextChild)],
            lambda: self._step_tab(1),
            "next_tab",
        )
        self.previous_tab_action = action(
            self.tr("Previous tab"),
            [QKeySequence("Ctrl+PgUp"), QKeySequence(QKeySequence.StandardKey.PreviousChild)],
            lambda: self._step_tab(-1),
            "previous_tab",
        )
        self.tab_actions = []
        for number, tab in enumerate(self.entity_tabs.values(), start=1):
            self.tab_actions.append(
                action(
                    tab.title,
                    QKeySequence(f"Alt+{number}"),
                    lambda _checked=False, n=number - 1: self.tabs.setCurrentIndex(n),
                    f"show_tab_{number}",
                )
            )

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for act in (self.submit_action, self.refresh_action):
            file_menu.addAction(act)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.connect_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        self.edit_menu = edit_menu
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.next_tab_action)
        view_menu.addAction(self.previous_tab_action)
        view_menu.addSeparator()
        for act in self.tab_actions:
            view_menu.addAction(act)
        view_menu.addSeparator()
        self.request_log_dock = RequestLogDock(self._request_log(), self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.request_log_dock)
        self.request_log_dock.hide()
        self.request_log_action = self.request_log_dock.toggleViewAction()
        self.request_log_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        view_menu.addAction(self.request_log_action)
        # The language choice (QSettings "language"), applied after a restart.
        view_menu.addSeparator()
        settings = self.window_state.settings if self.window_state is not None else QSettings()
        self.language_menu = LanguageMenu(settings, self, view_menu)
        view_menu.addMenu(self.language_menu)
        self.view_menu = view_menu
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Nepton Desktop"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in (
            self.refresh_action,
            self.submit_action,
            self.undo_action,
            self.redo_action,
            self.import_action,
        ):
            toolbar.addAction(act)
        self.addToolBar(toolbar)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("load_progress")
        self.progress.setRange(0, 0)  # busy: reads have no known length
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("pending_label")
        self.connection_label = QLabel(self)
        self.connection_label.setObjectName("connection_label")
        self.environment_label = QLabel(self)
        self.environment_label.setObjectName("environment_label")
        self.environment_label.setMargin(2)
        for widget in (
            self.progress,
            self.pending_label,
            self.connection_label,
            self.environment_label,
        ):
            bar.addPermanentWidget(widget)
        self._show_identity()
        self._pending_changed()

    def _show_identity(self) -> None:
        identity = self.identity
        if identity is None or self.service is None:
            self.connection_label.setText(self.tr("Not connected"))
            self.environment_label.hide()
            return
        self.connection_label.setText(
            self.tr("Profile: %1 · API user: %2")
            .replace("%1", identity.profile_name)
            .replace("%2", identity.username)
        )
        names = {
            "production": self.tr("PRODUCTION"),
            "testing": self.tr("Public testing"),
            "custom": self.tr("Custom server"),
            "demo": self.tr("Demo sandbox"),
        }
        self.environment_label.setText(names.get(identity.environment, identity.environment))
        if identity.is_production:
            # Every change here is real: a colour nobody can miss, the same in light and dark.
            self.environment_label.setStyleSheet(
                "QLabel { background-color: #c62828; color: white; font-weight: bold;"
                " padding: 1px 8px; border-radius: 3px; }"
            )
            self.setWindowTitle(self.tr("Nepton Desktop — PRODUCTION"))
        else:
            self.environment_label.setStyleSheet("QLabel { padding: 1px 8px; }")
        self.environment_label.show()

    # -- tasks and progress ------------------------------------------------------------------

    def start(self, coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run a coroutine as a task of this window; its errors reach the user."""
        task = asyncio.ensure_future(self._guarded(coroutine))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    async def _guarded(self, coroutine: Awaitable[Any]) -> Any:
        try:
            return await coroutine
        except asyncio.CancelledError:
            raise
        except Exception as error:
            # The details are scrubbed of passwords and personal data by the dialog itself.
            await show_error(self, error)
            return None

    @contextlib.contextmanager
    def busy(self, message: str) -> Iterator[None]:
        self._busy += 1
        self.progress.show()
        self.statusBar().showMessage(message)
        try:
            yield
        finally:
            self._busy -= 1
            if self._busy == 0:
                self.progress.hide()

    def _show_message(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # -- loading -----------------------------------------------------------------------------

    def start_loading(self) -> asyncio.Task[None]:
        """Load every tab (the first load also offers back unsent edits of the last run)."""
        task = self.start(self.load_all())
        self.load_task = task
        return task

    async def load_all(self) -> None:
        if self.service is None:
            return
        ok = False
        try:
            started = time.monotonic()
            with self.busy(self.tr("Loading persons, projects and event types…")):
                self.reference = await load_reference_data(self.service)
                self._apply_reference()
                await asyncio.gather(
                    self._load_personnel(),
                    self._load_projects(),
                    self._load_absences(),
                    self._load_events(),
                )
            ok = True
            self._show_message(
                self.tr("Loaded in %1 s").replace(
                    "%1", format_number(time.monotonic() - started, 1)
                )
            )
        finally:
            self.loaded.emit(ok)
        if not self._journal_ready:
            await self.offer_journal()

    def _apply_reference(self) -> None:
        context = self.reference.display_context()
        references = self.reference.references()
        for tab in self.entity_tabs.values():
            tab.model.context = context
            tab.model.references = references
        self.events_tab.set_event_types(self.reference.event_types)

    async def _set_rows(self, tab: EntityTab, records: list[Any]) -> None:
        """Build rows in a worker thread, then swap them in keeping unsent edits."""
        model = tab.model
        context = self.reference.display_context()
        loop = asyncio.get_running_loop()
        rows = await loop.run_in_executor(None, model.build_rows, records, context)
        # A load makes about a million long-lived objects. Frozen, the collector's later full
        # collections skip them instead of walking them all (a 0.2-0.4 s stall each time).
        # Rows hold no reference cycles: replaced rows are still freed by reference counting.
        gc.freeze()
        pending = snapshot(model)
        old = model.set_rows(rows, context, texts_follow=True)
        if pending:
            restore(model, pending)
        if not tab.loaded and not self._header_restored(tab):
            tab.fit_columns()
        tab.loaded = True
        # Let the view paint the new rows before a worker thread competes for the GIL: while
        # one runs, every call from Qt into Python (data(), headerData()) waits its turn.
        await asyncio.sleep(0.05)
        await loop.run_in_executor(None, release, old)
        # The rows are shown; the filter texts follow from the worker thread.
        texts = await loop.run_in_executor(None, model.prepare_filter_texts, rows)
        model.set_filter_texts(rows, texts)

    async def _load_personnel(self) -> None:
        await self._set_rows(self.personnel_tab, list(self.reference.persons))

    async def _load_projects(self) -> None:
        await self._set_rows(self.projects_tab, list(self.reference.projects))

    async def _load_absences(self) -> None:
        assert self.service is not None
        types = self.reference.absence_type_ids()
        events: list[Event] = []
        if types:  # no type ids would mean "every type" to the API
            events = await self.service.worktime.get_events(self.absences_tab.event_filter(types))
        await self._set_rows(self.absences_tab, events)
        self.absences_tab.timeline.set_data(
            self.reference.persons, events, self.reference.event_types
        )

    async def _load_events(self) -> None:
        assert self.service is not None
        events = await self.service.worktime.get_events(self.events_tab.event_filter())
        await self._set_rows(self.events_tab, events)

    def refresh_current(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, EntityTab):
            self.refresh_tab(tab)

    def refresh_tab(self, tab: EntityTab) -> asyncio.Task[Any] | None:
        if self.service is None:
            return None
        return self.start(self._refresh(tab))

    async def _refresh(self, tab: EntityTab) -> None:
        with self.busy(self.tr("Loading %1…").replace("%1", tab.title)):
            if tab in (self.personnel_tab, self.projects_tab):
                # Persons and projects are also what the other tabs' cells are checked against.
                assert self.service is not None
                self.reference = await load_reference_data(self.service)
                self._apply_reference()
            loader = {
                Entity.PERSONNEL: self._load_personnel,
                Entity.PROJECTS: self._load_projects,
                Entity.ABSENCES: self._load_absences,
                Entity.EVENTS: self._load_events,
            }[tab.model.entity]
            await loader()
        self._show_message(self.tr("%1 refreshed").replace("%1", tab.title))

    # -- pending edits and the journal -------------------------------------------------------

    def models(self) -> dict[Entity, EntityTableModel]:
        return {entity: tab.model for entity, tab in self.entity_tabs.items()}

    def pending_count(self) -> int:
        return sum(len(tab.model.pending_rows()) for tab in self.entity_tabs.values())

    def _pending_changed(self) -> None:
        count = self.pending_count()
        self.pending_label.setText(
            self.tr("%1 unsent changes").replace("%1", str(count))
            if count
            else self.tr("No unsent changes")
        )
        self.submit_action.setEnabled(self.service is not None)
        if self._journal_ready and self.journal is not None:
            self._journal_timer.start()

    def save_journal(self) -> None:
        if self.journal is None or not self._journal_ready:
            return
        self.journal.save(
            {entity.value: snapshot(model) for entity, model in self.models().items()}
        )

    async def offer_journal(self) -> None:
        """Offer back the edits a previous run left unsent (a crash, or "keep for later")."""
        assert self.journal is not None
        stored = self.journal.load()
        count = sum(len(rows) for rows in stored.values())
        if count:
            question = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Unsent changes"),
                self.tr(
                    "%1 changes were not sent last time. Restore them? They are checked against "
                    "the data just loaded and marked for you to review before sending."
                ).replace("%1", str(count)),
                QMessageBox.StandardButton.NoButton,
                self,
            )
            question.setObjectName("restore_question")
            restore_button = question.addButton(
                self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole
            )
            question.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
            self.pending_question = question
            try:
                await await_dialog(question)
            finally:
                self.pending_question = None
            if question.clickedButton() is restore_button:
                restored = missing = 0
                for entity, model in self.models().items():
                    if entity.value in stored:
                        result = restore(model, stored[entity.value])
                        restored += result.restored
                        missing += result.missing
                self.restored_rows = restored
                message = self.tr("Restored %1 unsent changes").replace("%1", str(restored))
                if missing:
                    message += " · " + self.tr("%1 rows are no longer in Nepton").replace(
                        "%1", str(missing)
                    )
                self._show_message(message)
            question.deleteLater()
        self._journal_ready = True
        self.save_journal()

    # -- submit ------------------------------------------------------------------------------

    def start_submit(self) -> asyncio.Task[Any] | None:
        if self.service is None or (
            self.submit_flow is not None and self.submit_flow.current_dialog
        ):
            return None
        return self.start(self.submit())

    async def submit(self) -> SubmitReport | None:
        assert self.service is not None
        titles = {entity.value: tab.title for entity, tab in self.entity_tabs.items()}
        flow = SubmitFlow(self, self.service, self.models(), self.reference, titles)
        flow.status.connect(self._show_message)
        self.submit_flow = flow
        with self.busy(self.tr("Sending…")):
            report = await flow.run()
        self.save_journal()
        refused = [o for o in (report.outcomes if report else []) if o.status is Status.FAILED]
        if refused:
            # Take the user to the first refused row: that is what they have to fix.
            tab = self.entity_tabs[refused[0].change.entity]
            self.tabs.setCurrentWidget(tab)
            tab.select_row(refused[0].change.uid)
        return report

    # -- import and connections --------------------------------------------------------------

    def _request_log(self) -> RequestLog | None:
        # The real service keeps a request log; a service handed in by a test may not.
        log = getattr(self.service, "request_log", None)
        return log if isinstance(log, RequestLog) else None

    def open_import_wizard(self) -> QWidget | None:
        """The import wizard for the current tab's entity; the tab refreshes when it closes."""
        if self.service is None or self.identity is None:
            return None
        if self.import_wizard is not None and self.import_wizard.isVisible():
            self.import_wizard.raise_()
            return self.import_wizard
        from nepton_desktop.changes.journal import Journal
        from nepton_desktop.domain.local_files import data_dir
        from nepton_desktop.ui.import_wizard import ImportWizard

        journal = Journal(data_dir() / "journal.sqlite3")
        entity = self.current_tab().model.entity
        wizard = ImportWizard(
            self.service,
            journal,
            profile_name=self.identity.profile_name,
            state=self.window_state,
            entity=entity,
            parent=self,
        )

        def finished(_result: int) -> None:
            journal.close()
            if wizard.session.report is not None:  # something was sent: show it in the tab
                self.refresh_tab(self.entity_tabs[Entity(wizard.session.entity)])
            wizard.deleteLater()
            self.import_wizard = None

        wizard.finished.connect(finished)
        self.import_wizard = wizard
        wizard.show()
        return wizard

    def request_reconnect(self) -> None:
        """Close this window (asking about unsent changes first); the app then asks for the
        connection and opens a new window on it, so each window keeps the one service it got."""
        self.reconnect_requested = True
        # With unsent changes this asks first; a Cancel there clears the flag again.
        self.close()

    # -- the rest ----------------------------------------------------------------------------

    def _header_restored(self, tab: EntityTab) -> bool:
        # Widths the user set last time (restored by WindowState) win over fitting.
        header = tab.view.horizontalHeader()
        default = header.defaultSectionSize()
        return any(header.sectionSize(c) != default for c in range(header.count()))

    def _restore_filters(self, state: WindowState) -> None:
        for tab in self.entity_tabs.values():
            tab.set_filter_texts(state.tab_filters(tab.model.entity.value))

    def current_tab(self) -> EntityTab:
        tab = self.tabs.currentWidget()
        assert isinstance(tab, EntityTab)
        return tab

    def focus_filter(self) -> None:
        self.current_tab().focus_quick_filter()

    def _export_current(self) -> None:
        self.current_tab().export_action.trigger()

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _tab_changed(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, EntityTab):
            self.undo_group.setActiveStack(tab.model.undo_stack)

    def _about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About Nepton Desktop"),
            self.tr("Nepton Desktop: personnel, projects, absences and worktime events."),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.finished.connect(box.deleteLater)
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.pending_count() and not self._close_confirmed and _loop_running():
            event.ignore()
            self.start(self._confirm_close())
            return
        # Without a running loop (the app is already shutting down) there is no asking: the
        # journal below keeps the unsent changes for the next start, so nothing is lost.
        if self.window_state is not None:
            self.window_state.save_window(self, "main")
            self.window_state.set(LAST_TAB, self.tabs.currentIndex())
            self.window_state.set(REQUEST_LOG_VISIBLE, self.request_log_dock.isVisible())
            for tab in self.entity_tabs.values():
                self.window_state.set_tab_filters(tab.model.entity.value, tab.filter_texts())
        self._journal_timer.stop()
        self.save_journal()
        for task in list(self.tasks):
            task.cancel()
        super().closeEvent(event)
        self.closed.emit()

    async def _confirm_close(self) -> None:
        question = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Unsent changes"),
            self.tr(
                "%1 changes have not been sent to Nepton. Keep them for next time, or discard them?"
            ).replace("%1", str(self.pending_count())),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        question.setObjectName("close_question")
        keep = question.addButton(self.tr("Keep for next time"), QMessageBox.ButtonRole.AcceptRole)
        discard = question.addButton(
            self.tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole
        )
        question.addButton(QMessageBox.StandardButton.Cancel)
        self.pending_question = question
        try:
            await await_dialog(question)
        finally:
            self.pending_question = None
        clicked = question.clickedButton()
        question.deleteLater()
        if clicked not in (keep, discard):
            self.reconnect_requested = False  # the user stayed
        if clicked is keep:
            self.save_journal()
        elif clicked is discard:
            if self.journal is not None:
                self.journal.clear()
            self._journal_ready = False  # nothing more is written on the way out
        else:
            return
        self._close_confirmed = True
        self.close()


def _loop_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def dialog_on_screen(window: MainWindow) -> QDialog | None:
    """The dialog the window is waiting on, if any (for tests and the self-test)."""
    if window.pending_question is not None:
        return window.pending_question
    if window.submit_flow is not None:
        return window.submit_flow.current_dialog
    return None
