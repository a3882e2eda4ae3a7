"""After a submit: each row's outcome, refused rows with Nepton's reason."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nepton_desktop.ui.submit.plan import ChangeKind
from nepton_desktop.ui.submit.runner import RowOutcome, Status


class OutcomeDialog(QDialog):
    def __init__(
        self,
        outcomes: Sequence[RowOutcome],
        tab_titles: dict[str, str],
        *,
        cancelled: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("submit_outcome")
        self.setWindowTitle(self.tr("Submit finished"))
        self.resize(760, 460)
        counts = {status: 0 for status in Status}
        for outcome in outcomes:
            counts[outcome.status] += 1
        summary = self.tr("%1 saved, %2 refused, %3 unknown, %4 not sent.")
        for placeholder, status in zip(("%1", "%2", "%3", "%4"), Status, strict=True):
            summary = summary.replace(placeholder, str(counts[status]))
        if cancelled:
            summary += " " + self.tr(
                "You cancelled: the rows marked not sent are still pending and were not sent."
            )
        if counts[Status.FAILED]:
            summary += " " + self.tr(
                "Refused rows stay marked in their tab with the reason; fix them and send again."
            )
        self.summary = QLabel(summary, self)
        self.summary.setObjectName("outcome_summary")
        self.summary.setWordWrap(True)
        labels = {
            Status.SAVED: self.tr("Saved"),
            Status.FAILED: self.tr("Refused"),
            Status.UNKNOWN: self.tr("Unknown"),
            Status.NOT_SENT: self.tr("Not sent"),
        }
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("outcome_tree")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [self.tr("Outcome"), self.tr("Change"), self.tr("Row"), self.tr("Reason")]
        )
        kinds = {
            ChangeKind.CREATE: self.tr("Create"),
            ChangeKind.UPDATE: self.tr("Update"),
            ChangeKind.DELETE: self.tr("Delete"),
        }
        # Problems first: they are what the user has to act on.
        order = [Status.FAILED, Status.UNKNOWN, Status.NOT_SENT, Status.SAVED]
        for outcome in sorted(outcomes, key=lambda o: order.index(o.status)):
            tab = tab_titles.get(outcome.change.entity.value, outcome.change.entity.value)
            item = QTreeWidgetItem(
                self.tree,
                [
                    labels[outcome.status],
                    kinds[outcome.change.kind],
                    f"{tab}: {outcome.change.label}",
                    outcome.message,
                ],
            )
            item.setToolTip(3, outcome.message)  # Nepton's reasons can be long
        for col in range(4):
            self.tree.resizeColumnToContents(col)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
