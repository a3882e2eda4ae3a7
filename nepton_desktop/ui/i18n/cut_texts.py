"""Find texts that do not fit their widget: a label clipped, a button or tab elided.

A pseudo-localised run (every text 40 % longer) followed by :func:`find_cut_texts` over each
window and dialog shows where a Finnish or Swedish text would be cut. Each widget kind is
measured the way Qt lays it out:

- ``QLabel`` (not word-wrapped): its size hint against its width; word-wrapped: its longest
  word against its width, and the height its text needs at its width against its height;
- ``QPushButton``/``QToolButton``/``QCheckBox``/``QRadioButton``: the size the style needs for
  the text (a push button's minimum width of ~80 px is not counted as need);
- ``QTabBar``: each tab's rectangle against its size hint (Qt elides tab texts that do not fit)
  and tabs scrolled out of view;
- ``QComboBox``: the current text; ``QLineEdit``: the placeholder of an empty field;
- ``QGroupBox``: the title; ``QMenuBar``: menus pushed into the overflow button;
- ``QHeaderView``: section titles narrower than their text (``header=True``: a user can widen
  a column, so these are listed apart).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # pixels of rounding a layout may lose without cutting a glyph


@dataclass(frozen=True, slots=True)
class CutText:
    widget: str  # class name and objectName
    text: str
    need: int
    have: int
    header: bool = False  # a table header section: the user can widen it

    def __str__(self) -> str:
        return f"{self.widget}: {self.text!r} needs {self.need} px, has {self.have} px"


def _name(widget: QWidget) -> str:
    """``Class#objectName``; an unnamed widget also names its nearest named ancestor."""
    name = widget.objectName()
    if name:
        return f"{type(widget).__name__}#{name}"
    ancestor = widget.parentWidget()
    while ancestor is not None and not ancestor.objectName():
        ancestor = ancestor.parentWidget()
    if ancestor is None:
        return type(widget).__name__
    return f"{type(ancestor).__name__}#{ancestor.objectName()} > {type(widget).__name__}"


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _button_need(button: QAbstractButton) -> int:
    text = _plain(button.text())
    if not text:
        return 0
    fm = button.fontMetrics()
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        contents = QSize(fm.horizontalAdvance(text), fm.height())
        if not button.icon().isNull():
            contents.setWidth(contents.width() + button.iconSize().width() + 4)
        size = button.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, contents, button
        )
        return size.width()
    if isinstance(button, QCheckBox | QRadioButton | QToolButton):
        return button.sizeHint().width()
    return 0


def _combo_need(combo: QComboBox) -> int:
    text = combo.currentText()
    if not text:
        return 0
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    contents = QSize(combo.fontMetrics().horizontalAdvance(text), combo.fontMetrics().height())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        contents.setWidth(contents.width() + combo.iconSize().width() + 4)
    size = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, combo)
    return size.width()


def _visible(widget: QWidget, root: QWidget) -> bool:
    return widget is root or widget.isVisibleTo(root)


def find_cut_texts(root: QWidget) -> list[CutText]:
    """Every text in ``root`` (shown and laid out) that is cut, elided or hidden."""
    found: list[CutText] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not _visible(widget, root) or widget.width() <= 0:
            continue
        found.extend(_check(widget))
    return found


def _check(widget: QWidget) -> list[CutText]:
    if isinstance(widget, QLabel):
        return _check_label(widget)
    if isinstance(widget, QAbstractButton):
        need = _button_need(widget)
        if need > widget.width() + SLACK:
            return [CutText(_name(widget), widget.text(), need, widget.width())]
        return []
    if isinstance(widget, QTabBar):
        return _check_tabs(widget)
    if isinstance(widget, QComboBox):
        need = _combo_need(widget)
        if need > widget.width() + SLACK:
            return [CutText(_name(widget), widget.currentText(), need, widget.width())]
        return []
    if isinstance(widget, QLineEdit):
        placeholder = widget.placeholderText()
        if placeholder and not widget.text():
            room = widget.contentsRect().width() - widget.textMargins().left() - 8
            need = widget.fontMetrics().horizontalAdvance(placeholder)
            if need > room + SLACK:
                return [CutText(_name(widget), placeholder, need, room)]
        return []
    if isinstance(widget, QGroupBox):
        need = widget.minimumSizeHint().width()
        title = widget.title()
        if title and need > widget.width() + SLACK:
            return [CutText(_name(widget), title, need, widget.width())]
        return []
    if isinstance(widget, QMenuBar):
        return _check_menu_bar(widget)
    if isinstance(widget, QHeaderView):
        return _check_header(widget)
    return []


def _check_label(label: QLabel) -> list[CutText]:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    if label.wordWrap():
        # A word longer than the label's width runs over its edge; lines beyond its height
        # are cut off at the bottom.
        widest = label.minimumSizeHint().width()
        if widest > label.width() + SLACK:
            return [CutText(_name(label), text, widest, label.width())]
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return [CutText(_name(label), text, need, label.height())]
        return []
    need = label.sizeHint().width()
    if need > label.width() + SLACK:
        return [CutText(_name(label), text, need, label.width())]
    return []


def _check_tabs(bar: QTabBar) -> list[CutText]:
    found = []
    for index in range(bar.count()):
        rect = bar.tabRect(index)
        need = bar.tabSizeHint(index)
        horizontal = bar.shape() in (
            QTabBar.Shape.RoundedNorth,
            QTabBar.Shape.RoundedSouth,
            QTabBar.Shape.TriangularNorth,
            QTabBar.Shape.TriangularSouth,
        )
        need_len = need.width() if horizontal else need.height()
        have_len = rect.width() if horizontal else rect.height()
        outside = not bar.rect().contains(rect)
        if need_len > have_len + SLACK or outside:
            found.append(
                CutText(_name(bar), bar.tabText(index), need_len, 0 if outside else have_len)
            )
    return found


def _check_menu_bar(bar: QMenuBar) -> list[CutText]:
    found = []
    for action in bar.actions():
        if not action.isVisible() or action.isSeparator():
            continue
        geometry = bar.actionGeometry(action)
        if geometry.isEmpty() or geometry.right() > bar.width():
            found.append(CutText(_name(bar), action.text(), geometry.width(), 0))
    return found


def _check_header(header: QHeaderView) -> list[CutText]:
    model = header.model()
    if model is None:
        return []
    found = []
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        have = header.sectionSize(logical)
        need = (
            header.sectionSizeFromContents(logical).width()
            if header.orientation().name == "Horizontal"
            else header.sectionSizeFromContents(logical).height()
        )
        if need > have + SLACK:
            text = str(model.headerData(logical, header.orientation()) or "")
            found.append(CutText(_name(header), text, need, have, header=True))
    return found
