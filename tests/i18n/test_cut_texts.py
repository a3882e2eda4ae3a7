"""The cut-text finder sees clipped labels, elided buttons and tabs, and passes what fits."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from nepton_desktop.ui.i18n.cut_texts import find_cut_texts

LONG = "Henkilöstöhallinnon työaikatapahtumien tuontiasetukset"


def _shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_texts_that_fit_are_not_reported(qtbot: QtBot) -> None:
    root = QWidget()
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel("Henkilöstö"))
    layout.addWidget(QPushButton("Lähetä"))
    layout.addWidget(QCheckBox("Vain ongelmat"))
    wrapped = QLabel(LONG + " " + LONG)
    wrapped.setWordWrap(True)
    layout.addWidget(wrapped)
    _shown(qtbot, root)
    assert find_cut_texts(root) == []


def test_clipped_label_button_and_checkbox_are_reported(qtbot: QtBot) -> None:
    root = QWidget()
    row = QHBoxLayout(root)
    label, button, box = QLabel(LONG), QPushButton(LONG), QCheckBox(LONG)
    for widget in (label, button, box):
        widget.setFixedWidth(60)
        row.addWidget(widget)
    _shown(qtbot, root)
    cut = find_cut_texts(root)
    assert {c.widget.split(" > ")[-1] for c in cut} == {"QLabel", "QPushButton", "QCheckBox"}
    assert all(c.need > c.have for c in cut)


def test_a_word_wider_than_a_wrapped_label_is_reported(qtbot: QtBot) -> None:
    root = QWidget()
    layout = QVBoxLayout(root)
    label = QLabel("Lyhyt " + "~" * 80)
    label.setWordWrap(True)
    label.setObjectName("message")
    label.setFixedWidth(120)
    layout.addWidget(label)
    _shown(qtbot, root)
    assert [c.widget for c in find_cut_texts(root)] == ["QLabel#message"]


def test_elided_tabs_and_placeholders_are_reported(qtbot: QtBot) -> None:
    tabs = QTabWidget()
    tabs.setUsesScrollButtons(False)
    for title in ("Henkilöstö", "Projektit", "Poissaolot", "Työaikatapahtumat"):
        tabs.addTab(QWidget(), title * 3)
    edit = QLineEdit()
    edit.setPlaceholderText(LONG)
    edit.setFixedWidth(80)
    tabs.setCornerWidget(edit)
    tabs.setFixedWidth(300)
    _shown(qtbot, tabs)
    cut = find_cut_texts(tabs)
    assert any(c.widget.startswith("QTabBar") for c in cut)
    assert any(c.widget == "QLineEdit" and c.text == LONG for c in cut)


def test_narrow_header_sections_are_flagged_as_headers(qtbot: QtBot) -> None:
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels([LONG, "Id"])
    view = QTableView()
    view.setModel(model)
    _shown(qtbot, view)
    cut = find_cut_texts(view)
    assert [(c.text, c.header) for c in cut] == [(LONG, True)]
