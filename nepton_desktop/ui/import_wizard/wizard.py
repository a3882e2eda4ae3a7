"""The import wizard: file -> sheet and header row -> columns -> preview -> submit -> summary.

Open it with ``open()`` or ``show()`` (never ``exec()``: the app runs inside the asyncio loop).
Every heavy step runs off the GUI thread; the wizard only shows and asks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard

from nepton_desktop.api.service_protocol import NeptonServiceLike
from nepton_desktop.changes.journal import Journal
from nepton_desktop.domain.columns import Entity
from nepton_desktop.domain.local_files import data_dir
from nepton_desktop.importing.mapping import MappingStore
from nepton_desktop.ui.import_wizard.file_page import FilePage, entity_label
from nepton_desktop.ui.import_wizard.mapping_page import MappingPage
from nepton_desktop.ui.import_wizard.preview_page import PreviewPage
from nepton_desktop.ui.import_wizard.session import ImportSession
from nepton_desktop.ui.import_wizard.sheet_page import SheetPage
from nepton_desktop.ui.import_wizard.submit_page import SubmitPage
from nepton_desktop.ui.import_wizard.summary_page import SummaryPage
from nepton_desktop.ui.window_state import WindowState


def default_mapping_store() -> MappingStore:
    return MappingStore(data_dir() / "mappings")


class ImportWizard(QWizard):
    """``ImportWizard(service, journal, *, profile_name, mapping_store=None, state=None,
    batch_size=200, entity=None, path=None, parent=None)``.

    ``service`` is the connected API service (live data for the preview, and the submit);
    ``journal`` the local import journal (every import is a job there: resume, history,
    revert); ``profile_name`` the connected profile, recorded with each job. ``mapping_store``
    keeps confirmed column mappings per entity and header row (default: ``mappings/`` in the
    user's data folder); ``state`` remembers the last
    folder. ``entity`` and ``path`` preselect the first page.
    """

    def __init__(
        self,
        service: NeptonServiceLike,
        journal: Journal,
        *,
        profile_name: str,
        mapping_store: MappingStore | None = None,
        state: WindowState | None = None,
        batch_size: int = 200,
        entity: Entity | None = None,
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.session = ImportSession(entity=entity or Entity.PERSONNEL)
        self.file_page = FilePage(self.session, state, self)
        self.sheet_page = SheetPage(self.session, self)
        # Confirmed mappings are kept per entity and header row in the user's data folder
        # unless a store is handed in: the next file with the same headers maps itself.
        store = mapping_store if mapping_store is not None else default_mapping_store()
        self.mapping_page = MappingPage(self.session, store, self)
        self.preview_page = PreviewPage(self.session, service, self)
        # Going on from the preview sends: there is no way back to change the plan after it.
        self.preview_page.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Send to Nepton"))
        self.submit_page = SubmitPage(
            self.session,
            service,
            journal,
            profile_name=profile_name,
            batch_size=batch_size,
            parent=self,
        )
        self.summary_page = SummaryPage(
            self.session, service, journal, profile_name=profile_name, state=state, parent=self
        )
        for page in (
            self.file_page,
            self.sheet_page,
            self.mapping_page,
            self.preview_page,
            self.submit_page,
            self.summary_page,
        ):
            self.addPage(page)
        if path is not None:
            self.file_page.path_edit.setText(str(path))
        self.currentIdChanged.connect(self._page_changed)

    def sizeHint(self) -> QSize:
        return QSize(1000, 680)

    def _page_changed(self) -> None:
        # While rows are being sent, closing would cut a batch short: the page's own Cancel
        # stops between batches instead.
        sending = self.currentPage() is self.submit_page
        self.button(QWizard.WizardButton.CancelButton).setVisible(not sending)
        self.setWindowTitle(
            self.tr("Import %1 from a spreadsheet").replace(
                "%1", entity_label(self.session.entity).lower()
            )
        )

    def _stop_background(self) -> None:
        for page in (self.sheet_page, self.preview_page):
            page.work.cancel_all()

    def reject(self) -> None:
        if self.submit_page.sending():
            self.submit_page.cancel()  # stops after the batch on its way; then the summary
            return
        self._stop_background()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.submit_page.sending():
            self.submit_page.cancel()
            event.ignore()
            return
        self._stop_background()
        super().closeEvent(event)
