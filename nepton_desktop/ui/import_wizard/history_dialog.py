"""The import history: every import job in the local journal, with revert and resume."""

from __future__ import annotations

import asyncio
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nepton_desktop.api.service_protocol import NeptonServiceLike
from nepton_desktop.changes.journal import UNFINISHED, JobInfo, JobState, Journal, OpState
from nepton_desktop.changes.submitter import Progress, Submitter
from nepton_desktop.ui.error_dialog import show_error
from nepton_desktop.ui.i18n import format_datetime
from nepton_desktop.ui.import_wizard.file_page import entity_label
from nepton_desktop.ui.import_wizard.revert_flow import (
    confirm_revert,
    describe_revert,
    revert_job,
)

REVERTIBLE = (JobState.DONE, JobState.CANCELLED, JobState.FAILED)


def state_label(state: JobState) -> str:
    labels = {
        JobState.PLANNED: QCoreApplication.translate("ImportHistory", "Not sent (interrupted)"),
        JobState.SENDING: QCoreApplication.translate("ImportHistory", "Interrupted"),
        JobState.DONE: QCoreApplication.translate("ImportHistory", "Done"),
        JobState.CANCELLED: QCoreApplication.translate("ImportHistory", "Cancelled"),
        JobState.FAILED: QCoreApplication.translate("ImportHistory", "Stopped by an error"),
        JobState.REVERTED: QCoreApplication.translate("ImportHistory", "Reverted"),
    }
    return labels[state]


class ImportHistoryDialog(QDialog):
    """``ImportHistoryDialog(journal, service, *, profile_name, parent=None)``.

    Lists every import job; "Revert this import" and "Resume" act only on jobs of the
    connected profile (``profile_name``), since ``service`` talks to that profile's Nepton.
    """

    def __init__(
        self,
        journal: Journal,
        service: NeptonServiceLike,
        *,
        profile_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_history")
        self.setWindowTitle(self.tr("Import history"))
        self.journal = journal
        self.service = service
        self.profile_name = profile_name
        self.jobs: list[JobInfo] = []
        self._task: asyncio.Task[None] | None = None

        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("import_history_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Started"),
                self.tr("What"),
                self.tr("File"),
                self.tr("Profile"),
                self.tr("State"),
                self.tr("Sent / failed / other"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.revert_button = QPushButton(self.tr("Revert this import…"), self)
        self.revert_button.clicked.connect(lambda: self._run(self.revert_selected()))
        self.resume_button = QPushButton(self.tr("Resume"), self)
        self.resume_button.clicked.connect(lambda: self._run(self.resume_selected()))
        self.result_label = QLabel(self)
        self.result_label.setObjectName("import_history_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.resume_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.resize(self.sizeHint())
        self.reload()

    def sizeHint(self) -> QSize:
        return QSize(900, 460)

    def reload(self) -> None:
        selected = self.selected_job()
        self.jobs = self.journal.history()
        self.table.setRowCount(len(self.jobs))
        for row, job in enumerate(self.jobs):
            sent = job.counts.get(OpState.DONE.value, 0)
            failed = job.counts.get(OpState.FAILED.value, 0)
            other = sum(job.counts.values()) - sent - failed
            for column, text in enumerate(
                (
                    format_datetime(job.created),
                    entity_label(job.entity),
                    Path(job.source).name,
                    job.profile,
                    state_label(job.state),
                    f"{sent} / {failed} / {other}",
                )
            ):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setToolTip(job.source)
                self.table.setItem(row, column, item)
        if selected is not None:
            self.select_job(selected.id)
        self._update_buttons()

    def selected_job(self) -> JobInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.jobs[rows[0].row()] if rows else None

    def select_job(self, job_id: int) -> None:
        for row, job in enumerate(self.jobs):
            if job.id == job_id:
                self.table.selectRow(row)

    def busy(self) -> bool:
        try:
            current = asyncio.current_task()
        except RuntimeError:  # no loop running
            current = None
        # The action's own task, finishing up, does not count as busy.
        return self._task is not None and not self._task.done() and self._task is not current

    def _update_buttons(self) -> None:
        job = self.selected_job()
        mine = job is not None and job.profile == self.profile_name and not self.busy()
        self.revert_button.setEnabled(
            mine
            and job is not None
            and job.state in REVERTIBLE
            and job.counts.get(OpState.DONE.value, 0) > 0
        )
        self.resume_button.setEnabled(mine and job is not None and job.state in UNFINISHED)
        if job is not None and job.profile != self.profile_name:
            self.result_label.setText(
                html.escape(
                    self.tr(
                        "This import went to the profile %1; connect to it to act on it."
                    ).replace("%1", job.profile)
                )
            )

    def _run(self, coroutine: Any) -> None:
        async def guarded() -> None:
            try:
                await coroutine
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                await show_error(self, exc, context=self.tr("The import history action failed."))
            finally:
                self.reload()

        self._task = asyncio.ensure_future(guarded())
        self._update_buttons()

    async def revert_selected(self) -> None:
        job = self.selected_job()
        if job is None:
            return
        description = f"{entity_label(job.entity).lower()}, {Path(job.source).name}"
        if not await confirm_revert(self, description):
            return
        self.result_label.setText(html.escape(self.tr("Reverting…")))
        report = await revert_job(self.service, self.journal, job.id)
        self.result_label.setText(describe_revert(report))

    async def resume_selected(self) -> None:
        job = self.selected_job()
        if job is None:
            return

        def progress(p: Progress) -> None:
            self.result_label.setText(
                html.escape(
                    self.tr("Resuming: %1 of %2 rows")
                    .replace("%1", str(p.done))
                    .replace("%2", str(p.total))
                )
            )

        report = await Submitter(self.service, self.journal).submit(job.id, progress=progress)
        self.result_label.setText(
            html.escape(
                self.tr("Resumed: %1 sent, %2 failed, %3 unknown, %4 found already done.")
                .replace("%1", str(len(report.sent)))
                .replace("%2", str(len(report.failed)))
                .replace("%3", str(len(report.unknown)))
                .replace("%4", str(report.settled_on_resume))
            )
        )

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.cancel()
        super().done(result)
