"""Wizard page 5: send the planned changes in batches, with progress and Cancel.

The import becomes a job in the local journal before anything is sent, so a killed app can
resume it without sending anything twice. Cancel takes effect between batches: the batch in
flight finishes and is recorded, and the summary says exactly what was sent.
"""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from nepton_desktop.api.service_protocol import NeptonServiceLike
from nepton_desktop.changes.changeset import from_plan
from nepton_desktop.changes.journal import Journal, file_hash
from nepton_desktop.changes.submitter import Progress, Submitter
from nepton_desktop.ui.error_dialog import show_error
from nepton_desktop.ui.i18n import format_number
from nepton_desktop.ui.import_wizard.background import BackgroundWork, in_worker_thread
from nepton_desktop.ui.import_wizard.session import ImportSession


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes} min {seconds} s" if minutes else f"{seconds} s"


class SubmitPage(QWizardPage):
    def __init__(
        self,
        session: ImportSession,
        service: NeptonServiceLike,
        journal: Journal,
        *,
        profile_name: str,
        batch_size: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.service = service
        self.journal = journal
        self.profile_name = profile_name
        self.batch_size = batch_size
        self.work = BackgroundWork(self._failed)
        self._cancel = asyncio.Event()
        self._error_task: asyncio.Future[None] | None = None
        self.setTitle(self.tr("Sending to Nepton"))
        self.setSubTitle(self.tr("In batches; Cancel stops after the batch on its way."))
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("import_progress")
        self.progress_bar.setFormat(self.tr("%v of %m rows"))
        self.progress_bar.setRange(0, 0)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("import_progress_status")
        self.status_label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel sending"), self)
        self.cancel_button.setObjectName("import_cancel_sending")
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        layout.addStretch(1)

    def initializePage(self) -> None:
        if self.session.report is None and not self.sending():
            self._cancel.clear()
            self.work.start("send", self._send())

    def sending(self) -> bool:
        return self.work.running("send")

    def cancel(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.status_label.setText(
            self.tr("Cancelling: the batch on its way finishes first, nothing after it is sent.")
        )

    async def _send(self) -> None:
        session = self.session
        assert session.plan is not None and session.path is not None
        assert session.mapping is not None
        self.cancel_button.setEnabled(True)
        self.status_label.setText(self.tr("Writing the import job to the local journal…"))
        changes = await in_worker_thread(from_plan, session.plan)
        digest = await in_worker_thread(file_hash, session.path)
        session.job_id = await in_worker_thread(
            self.journal.create_job,
            changes,
            source=str(session.path),
            file_hash=digest,
            mapping=session.mapping.to_json(),
            profile=self.profile_name,
        )
        self.progress_bar.setRange(0, max(1, len(changes)))
        self.progress_bar.setValue(0)
        self.status_label.setText(self.tr("Sending…"))
        submitter = Submitter(self.service, self.journal, batch_size=self.batch_size)
        session.report = await submitter.submit(
            session.job_id, progress=self._progress, cancel=self._cancel
        )
        self.cancel_button.setEnabled(False)
        self.status_label.setText(self.tr("Finished. The next page tells what was sent."))
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def _progress(self, progress: Progress) -> None:
        self.progress_bar.setRange(0, max(1, progress.total))
        self.progress_bar.setValue(progress.done)
        parts = [
            self.tr("%1 of %2 rows")
            .replace("%1", str(progress.done))
            .replace("%2", str(progress.total)),
            self.tr("%1 rows/s").replace("%1", format_number(progress.rate, 1)),
        ]
        if progress.remaining_seconds is not None and progress.done < progress.total:
            parts.append(
                self.tr("about %1 left").replace("%1", _duration(progress.remaining_seconds))
            )
        if self._cancel.is_set():
            parts.append(self.tr("cancelling after this batch"))
        self.status_label.setText(" · ".join(parts))

    def _failed(self, _slot: str, error: BaseException) -> None:
        self.cancel_button.setEnabled(False)
        wizard = self.wizard()
        if wizard is not None:
            # Nothing is on its way any more: the window may be closed again.
            wizard.button(QWizard.WizardButton.CancelButton).setVisible(True)
        self.status_label.setText(
            self.tr(
                "Sending stopped. The job is kept in the journal: resume it from the import "
                "history once the problem is fixed."
            )
        )
        self._error_task = asyncio.ensure_future(
            show_error(self, error, context=self.tr("Sending the import failed."))
        )

    def isComplete(self) -> bool:
        return self.session.report is not None
