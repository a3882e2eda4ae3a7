"""Ctrl+S from start to end: plan, review, conflicts, send with progress, outcomes.

Every dialog is opened with ``open()`` and awaited through a future (never ``exec()``: a nested
loop inside a coroutine hangs qasync). ``current_dialog`` names the dialog on screen, so a test
or the self-test can answer it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from nepton_desktop.api.errors import NeptonError
from nepton_desktop.api.filters import EventFilter, ProjectFilter
from nepton_desktop.api.service_protocol import NeptonServiceLike
from nepton_desktop.domain.columns import Entity
from nepton_desktop.domain.records import Event, Project
from nepton_desktop.ui.error_dialog import await_dialog, show_error
from nepton_desktop.ui.models.entity_model import EntityTableModel
from nepton_desktop.ui.submit.conflicts import ConflictDialog, apply_choices, find_conflicts
from nepton_desktop.ui.submit.outcome_dialog import OutcomeDialog
from nepton_desktop.ui.submit.plan import ChangeKind, PlanError, SubmitPlan, build_plan
from nepton_desktop.ui.submit.review_dialog import ReviewDialog
from nepton_desktop.ui.submit.runner import RowOutcome, Status, SubmitRunner
from nepton_desktop.ui.tabs.reference_data import ReferenceData


@dataclass(slots=True)
class SubmitReport:
    outcomes: list[RowOutcome] = field(default_factory=list)
    cancelled: bool = False
    conflicts: int = 0

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status is status)


class SubmitFlow(QObject):
    """One submit of every tab's pending rows."""

    # The dialog now on screen (review, conflicts, progress, outcome), for tests and self-test.
    dialogOpened = Signal(QDialog)
    status = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        service: NeptonServiceLike,
        models: dict[Entity, EntityTableModel],
        reference: ReferenceData,
        tab_titles: dict[str, str],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self.service = service
        self.models = models
        self.reference = reference
        self.tab_titles = tab_titles
        self.current_dialog: QDialog | None = None
        self.runner: SubmitRunner | None = None

    def _show(self, dialog: QDialog) -> None:
        self.current_dialog = dialog
        self.dialogOpened.emit(dialog)

    async def _ask(self, dialog: QDialog) -> int:
        self._show(dialog)
        try:
            return await await_dialog(dialog)
        finally:
            self.current_dialog = None
            dialog.deleteLater()

    def _plan(self, skip: set[int]) -> SubmitPlan:
        plan = build_plan(list(self.models.values()), self.reference)
        plan.changes = [c for c in plan.changes if c.uid not in skip]
        return plan

    async def run(self) -> SubmitReport | None:
        """None when nothing was sent (nothing pending, or the user stopped at a question)."""
        try:
            plan = self._plan(set())
        except PlanError as error:
            await show_error(self._parent, str(error), title=self.tr("Cannot send yet"))
            return None
        if not plan.changes:
            self.status.emit(self.tr("Nothing to send"))
            return None
        if (
            await self._ask(ReviewDialog(plan, self.tab_titles, self._parent))
            != QDialog.DialogCode.Accepted
        ):
            self.status.emit(self.tr("Nothing was sent"))
            return None

        self.status.emit(self.tr("Checking for changes made in Nepton since loading…"))
        conflicts = await find_conflicts(self.service, plan.changes, self.models)
        skip: set[int] = set()
        if conflicts:
            dialog = ConflictDialog(conflicts, self._parent)
            if await self._ask(dialog) != QDialog.DialogCode.Accepted:
                self.status.emit(self.tr("Nothing was sent"))
                return None
            apply_choices(conflicts)
            skip = {c.uid for c in conflicts if c.server_record is None}
            plan = self._plan(skip)
        report = SubmitReport(conflicts=len(conflicts))
        if not plan.changes:
            return report

        runner = SubmitRunner(self.service, plan)
        self.runner = runner
        progress = QProgressDialog(
            self.tr("Sending %1 changes to Nepton…").replace("%1", str(len(plan))),
            self.tr("Cancel"),
            0,
            len(plan),
            self._parent,
        )
        progress.setObjectName("submit_progress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(runner.cancel)
        self._show(progress)
        progress.open()
        try:
            report.outcomes = await runner.run(lambda done, _total: progress.setValue(done))
        finally:
            progress.canceled.disconnect(runner.cancel)
            progress.close()
            progress.deleteLater()
            self.current_dialog = None
        report.cancelled = runner.cancelled
        await self._apply(report.outcomes)
        outcome = OutcomeDialog(
            report.outcomes, self.tab_titles, cancelled=runner.cancelled, parent=self._parent
        )
        outcome.finished.connect(outcome.deleteLater)
        self._show(outcome)
        outcome.open()
        self.status.emit(
            self.tr("Sent: %1 saved, %2 refused")
            .replace("%1", str(report.count(Status.SAVED)))
            .replace("%2", str(report.count(Status.FAILED)))
        )
        return report

    async def _apply(self, outcomes: Sequence[RowOutcome]) -> None:
        """Mark each row with its outcome; saved rows take the server's record read back, so
        their ids and modification times are Nepton's own for the next conflict check."""
        saved = [o for o in outcomes if o.status is Status.SAVED]
        fresh = await self._read_back(saved)
        for outcome in outcomes:
            model = self.models[outcome.change.entity]
            uid = outcome.change.uid
            if outcome.status is Status.SAVED:
                model.mark_saved(uid, fresh.get(uid))
            elif outcome.status is Status.FAILED or outcome.status is Status.UNKNOWN:
                model.mark_failed(uid, outcome.message)
        for model in self.models.values():
            model.undo_stack.clear()  # undoing a sent edit would silently diverge from Nepton
            model.notify_pending()

    async def _read_back(self, saved: Sequence[RowOutcome]) -> dict[int, object]:
        found: dict[int, object] = {}
        try:
            events = [o for o in saved if o.change.entity in (Entity.EVENTS, Entity.ABSENCES)]
            events = [o for o in events if o.change.kind is not ChangeKind.DELETE]
            ids = {o.change.uid: o.new_id or self._loaded_id(o) for o in events}
            wanted = tuple(i for i in ids.values() if i)
            if wanted:
                by_id = {
                    e.id: e
                    for e in await self.service.worktime.get_events(EventFilter(event_ids=wanted))
                }
                found.update({uid: by_id[i] for uid, i in ids.items() if i in by_id})
            projects = [o for o in saved if o.change.entity is Entity.PROJECTS]
            project_ids = {o.change.uid: o.new_id or self._loaded_id(o) for o in projects}
            wanted = tuple(i for i in project_ids.values() if i)
            if wanted:
                got = await self.service.worktime.get_projects(ProjectFilter(project_ids=wanted))
                by_project = {p.id: p for p in got}
                found.update(
                    {uid: by_project[i] for uid, i in project_ids.items() if i in by_project}
                )
            persons = [o for o in saved if o.change.entity is Entity.PERSONNEL]
            if persons:
                everyone = await self.service.hr.get_persons(include_disabled=True)
                by_name = {}
                for person in everyone:
                    for key in (person.username, person.employee_number):
                        if key:
                            by_name[key] = person
                for outcome in persons:
                    sent = outcome.change.payload
                    for key in (
                        getattr(sent, "username", None),
                        getattr(sent, "employee_number", None),
                    ):
                        if key and key in by_name:
                            found[outcome.change.uid] = by_name[key]
                            break
        except NeptonError as error:
            # The writes went through; only the read-back failed. Rows keep what was typed.
            self.status.emit(
                self.tr("Saved, but reading back failed: %1").replace("%1", str(error))
            )
        return found

    def _loaded_id(self, outcome: RowOutcome) -> int | None:
        record = self.models[outcome.change.entity].row_by_uid(outcome.change.uid).record
        return record.id if isinstance(record, Event | Project) else None
