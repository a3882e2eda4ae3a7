"""The import wizard: file -> sheet and header row -> columns -> preview -> submit -> summary.

Open it with ``open()`` or ``show()`` (never ``exec()``: the app runs inside the asyncio loop).
Every heavy step runs off the GUI thread; the wizard only shows and asks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard

from nepton_desktop.domain.columns import Entity
from nepton_desktop.importing.mapping import MappingStore
from nepton_desktop.ui.import_wizard.file_page import FilePage, entity_label
from nepton_desktop.ui.import_wizard.mapping_page import MappingPage
from nepton_desktop.ui.import_wizard.preview_page import PreviewPage
from nepton_desktop.ui.import_wizard.session import ImportSession
from nepton_desktop.ui.import_wizard.sheet_page import SheetPage
from nepton_desktop.ui.tabs.service_protocol import NeptonServiceLike
from nepton_desktop.ui.window_state import WindowState


class ImportWizard(QWizard):
    """``ImportWizard(service, *, mapping_store=None, state=None, entity=None, path=None,
    parent=None)``.

    ``service`` is the connected API service (live data for the preview, and the submit);
    ``mapping_store`` keeps confirmed column mappings per entity and header row; ``state``
    remembers the last folder. ``entity`` and ``path`` preselect the first page.
    """

    def __init__(
        self,
        service: NeptonServiceLike,
        *,
        mapping_store: MappingStore | None = None,
        state: WindowState | None = None,
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
        self.mapping_page = MappingPage(self.session, mapping_store, self)
        self.preview_page = PreviewPage(self.session, service, self)
        for page in (self.file_page, self.sheet_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        if path is not None:
            self.file_page.path_edit.setText(str(path))
        self.currentIdChanged.connect(self._title_for_entity)

    def sizeHint(self) -> QSize:
        return QSize(1000, 680)

    def _title_for_entity(self) -> None:
        self.setWindowTitle(
            self.tr("Import %1 from a spreadsheet").replace(
                "%1", entity_label(self.session.entity).lower()
            )
        )

    def _stop_background(self) -> None:
        for page in (self.sheet_page, self.preview_page):
            page.work.cancel_all()

    def reject(self) -> None:
        self._stop_background()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_background()
        super().closeEvent(event)
