"""Wizard page 1: what to import (entity) and from which file."""

from __future__ import annotations

import asyncio
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from nepton_desktop.domain.columns import Entity, columns_for
from nepton_desktop.importing.reader import CSV_SUFFIXES, SPREADSHEET_SUFFIXES
from nepton_desktop.importing.reports import write_template
from nepton_desktop.ui.error_dialog import status_style
from nepton_desktop.ui.i18n import current_language_code
from nepton_desktop.ui.import_wizard.background import in_worker_thread
from nepton_desktop.ui.import_wizard.cells_model import header_language
from nepton_desktop.ui.import_wizard.session import ImportSession
from nepton_desktop.ui.window_state import LAST_FOLDER, WindowState

READABLE_SUFFIXES = sorted(SPREADSHEET_SUFFIXES | CSV_SUFFIXES)


def entity_label(entity: Entity) -> str:
    labels = {
        Entity.PERSONNEL: QCoreApplication.translate("ImportWizard", "Personnel"),
        Entity.PROJECTS: QCoreApplication.translate("ImportWizard", "Projects"),
        Entity.ABSENCES: QCoreApplication.translate("ImportWizard", "Absences"),
        Entity.EVENTS: QCoreApplication.translate("ImportWizard", "Worktime events"),
    }
    return labels[entity]


class FilePage(QWizardPage):
    def __init__(
        self, session: ImportSession, state: WindowState | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._state = state
        self.setTitle(self.tr("Choose what to import"))
        self.setSubTitle(self.tr("Nothing is sent to Nepton before the last step."))
        self.entity_combo = QComboBox(self)
        self.entity_combo.setObjectName("import_entity")
        for entity in Entity:
            self.entity_combo.addItem(entity_label(entity), entity.value)
        self.entity_combo.setCurrentIndex(list(Entity).index(session.entity))
        self.entity_combo.currentIndexChanged.connect(self._entity_changed)

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("import_path")
        self.path_edit.setPlaceholderText(self.tr("Path of the file to import"))
        self.path_edit.textChanged.connect(self._path_changed)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        self.template_button = QPushButton(self.tr("Save a template…"), self)
        self.template_button.setObjectName("import_save_template")
        self.template_button.setToolTip(
            self.tr("A workbook with the headers, an example row and dropdowns for choices")
        )
        self.template_button.clicked.connect(self._ask_template_path)
        self.template_label = QLabel(self)
        self.template_label.setObjectName("import_template_saved")
        self.template_label.setWordWrap(True)
        self._template_task: asyncio.Task[Path] | None = None
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("import_file_problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(status_style("error"))
        self.problem_label.setVisible(False)

        self.columns_label = QLabel(self)
        self.columns_label.setObjectName("import_known_columns")
        self.columns_label.setWordWrap(True)
        self.columns_label.setTextFormat(Qt.TextFormat.RichText)

        form = QFormLayout()
        form.addRow(self.tr("Import"), self.entity_combo)
        form.addRow(self.tr("File"), path_row)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_button)
        template_row.addWidget(self.template_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addSpacing(12)
        layout.addWidget(self.columns_label)
        layout.addLayout(template_row)
        layout.addStretch(1)  # the rest of the page stays below, not between the rows
        self._show_columns()

    def _entity_changed(self) -> None:
        self.session.entity = Entity(self.entity_combo.currentData())
        self.session.forget_from_file()
        self._show_columns()

    def _show_columns(self) -> None:
        """Which headers this import understands, so a user can check the file first."""
        names = [
            f"<b>{html.escape(c.header(header_language()))}</b>"
            if c.required
            else html.escape(c.header(header_language()))
            for c in columns_for(self.session.entity)
            if c.editable or c.identifies
        ]
        self.columns_label.setText(
            "<p>"
            + html.escape(
                self.tr(
                    "The file needs a header row. These columns are read (required in bold); "
                    "Finnish and Swedish headers and common variants are recognised too:"
                )
            )
            + "</p><p>"
            + ", ".join(names)
            + "</p>"
        )

    def _path_changed(self, text: str) -> None:
        path = Path(text.strip()) if text.strip() else None
        if path != self.session.path:
            self.session.path = path
            self.session.forget_from_file()
        problem = self._problem(path) if text.strip() else ""
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self.completeChanged.emit()

    def _problem(self, path: Path | None) -> str:
        if path is None:
            return ""
        if not path.is_file():
            return self.tr("There is no file at this path.")
        if path.suffix.lower() not in READABLE_SUFFIXES:
            return self.tr("This kind of file cannot be imported. Use %1.").replace(
                "%1", ", ".join(READABLE_SUFFIXES)
            )
        return ""

    def isComplete(self) -> bool:
        path = self.session.path
        return path is not None and not self._problem(path)

    def _browse(self) -> None:
        start = self._state.get(LAST_FOLDER) if self._state is not None else ""
        dialog = QFileDialog(self, self.tr("Choose the file to import"), start)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        patterns = " ".join(f"*{suffix}" for suffix in READABLE_SUFFIXES)
        dialog.setNameFilters(
            [self.tr("Spreadsheets and CSV (%1)").replace("%1", patterns), self.tr("All files (*)")]
        )
        dialog.fileSelected.connect(self._chosen)
        dialog.open()  # never exec(): the wizard runs inside the asyncio loop

    def _chosen(self, name: str) -> None:
        self.path_edit.setText(name)
        if self._state is not None and name:
            self._state.set(LAST_FOLDER, str(Path(name).parent))

    def _ask_template_path(self) -> None:
        start = self._state.get(LAST_FOLDER) if self._state is not None else ""
        name = f"{self.session.entity.value}-template.xlsx"
        dialog = QFileDialog(
            self, self.tr("Save an import template"), str(Path(start or ".") / name)
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Excel workbooks (*.xlsx)"))
        dialog.setDefaultSuffix("xlsx")
        dialog.fileSelected.connect(self._template_chosen)
        dialog.open()

    def _template_chosen(self, name: str) -> None:
        if name:
            self._template_task = asyncio.ensure_future(self.save_template(Path(name)))

    async def save_template(self, path: Path) -> Path:
        """Write the entity's import template (headers in the UI's language)."""
        code = current_language_code()
        language = code if code in ("fi", "sv") else "en"
        written = await in_worker_thread(
            write_template,
            self.session.entity,
            path,
            language=language,
            translate=QCoreApplication.translate,
        )
        self.template_label.setText(self.tr("Template saved: %1").replace("%1", str(written)))
        return written
