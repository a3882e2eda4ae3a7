""" "Revert this import": asked first, run through the submitter, its outcome in plain words.

Created events are deleted; updated fields go back to their before-values, except fields
someone changed in Nepton since the import: those are listed and left as they are.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from nepton_desktop.api.service_protocol import NeptonServiceLike
from nepton_desktop.changes.journal import Journal
from nepton_desktop.changes.submitter import RevertReport, Submitter
from nepton_desktop.importing.fetch import load_live_data
from nepton_desktop.importing.live import LiveData
from nepton_desktop.ui.error_dialog import await_dialog
from nepton_desktop.ui.import_wizard.cells_model import cell_text


async def confirm_revert(parent: QWidget, description: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("RevertImport", "Revert this import"),
        QCoreApplication.translate(
            "RevertImport",
            "Revert %1?\n\nEvents it created are deleted and fields it changed get their "
            "earlier values back. Fields changed in Nepton since are left as they are and "
            "listed.",
        ).replace("%1", description),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("confirm_revert")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    try:
        return await await_dialog(box) == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()


async def revert_job(
    service: NeptonServiceLike,
    journal: Journal,
    job_id: int,
    live: LiveData | None = None,
) -> RevertReport:
    """Run the revert; ``live`` (the import's snapshot) saves fetching codes again."""
    if live is None:
        live = await load_live_data(service, journal.job(job_id).entity, None)
    return await Submitter(service, journal).revert(job_id, live)


def describe_revert(report: RevertReport) -> str:
    """The revert's outcome as rich text: what was undone, what was kept and why."""
    parts = [
        "<p><b>"
        + html.escape(
            QCoreApplication.translate("RevertImport", "Reverted: %1 deleted, %2 restored.")
            .replace("%1", str(report.deleted))
            .replace("%2", str(report.restored))
        )
        + "</b></p>"
    ]
    if report.kept:
        parts.append(
            "<p>"
            + html.escape(
                QCoreApplication.translate(
                    "RevertImport", "Changed in Nepton since the import, so left as they are:"
                )
            )
            + "</p><ul>"
        )
        for conflict in report.kept:
            parts.append(
                "<li>"
                + html.escape(
                    QCoreApplication.translate(
                        "RevertImport", "row %1, %2: now %3 (the import wrote %4, before it was %5)"
                    )
                    .replace("%1", str(conflict.row or "?"))
                    .replace("%2", conflict.key)
                    .replace("%3", cell_text(conflict.now) or "—")
                    .replace("%4", cell_text(conflict.imported) or "—")
                    .replace("%5", cell_text(conflict.before) or "—")
                )
                + "</li>"
            )
        parts.append("</ul>")
    for title, lines in (
        (QCoreApplication.translate("RevertImport", "Not revertible:"), report.not_revertible),
        (QCoreApplication.translate("RevertImport", "Failed:"), report.failed),
    ):
        if lines:
            items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
            parts.append(f"<p>{html.escape(title)}</p><ul>{items}</ul>")
    return "".join(parts)
