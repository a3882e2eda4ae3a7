"""The review before a submit: exactly what will be sent, grouped create / update / delete."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nepton_desktop.ui.submit.plan import ChangeKind, SubmitPlan


class ReviewDialog(QDialog):
    def __init__(self, plan: SubmitPlan, tab_titles: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("submit_review")
        self.setWindowTitle(self.tr("Review changes before sending"))
        self.resize(760, 520)
        counts = plan.counts()
        self.summary = QLabel(
            self.tr(
                "%1 to create, %2 to update, %3 to delete. Nothing is sent until you press Send."
            )
            .replace("%1", str(counts[ChangeKind.CREATE]))
            .replace("%2", str(counts[ChangeKind.UPDATE]))
            .replace("%3", str(counts[ChangeKind.DELETE])),
            self,
        )
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("review_tree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Change"), self.tr("Before"), self.tr("After")])
        titles = {
            ChangeKind.CREATE: self.tr("Create"),
            ChangeKind.UPDATE: self.tr("Update"),
            ChangeKind.DELETE: self.tr("Delete"),
        }
        for kind in ChangeKind:
            changes = plan.of_kind(kind)
            if not changes:
                continue
            group = QTreeWidgetItem(self.tree, [f"{titles[kind]} ({len(changes)})"])
            group.setFirstColumnSpanned(True)
            for change in changes:
                tab = tab_titles.get(change.entity.value, change.entity.value)
                item = QTreeWidgetItem(group, [f"{tab}: {change.label}"])
                item.setFirstColumnSpanned(True)
                for field in change.fields:
                    QTreeWidgetItem(item, [field.header, field.before, field.after])
                item.setExpanded(len(changes) <= 50)
            group.setExpanded(True)
        for col in range(3):
            self.tree.resizeColumnToContents(col)
        buttons = QDialogButtonBox(self)
        self.send_button = buttons.addButton(
            self.tr("Send %1 changes").replace("%1", str(len(plan))),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
