"""The main window: four entity tabs, menu bar, toolbar and status bar."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QTableView,
    QTabWidget,
    QToolBar,
)

TAB_TITLES = ("Personnel", "Projects", "Absences", "Events")


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Nepton Desktop")
        self.resize(1200, 760)
        self.tabs = QTabWidget(self)
        self.tables: dict[str, QTableView] = {}
        for title in TAB_TITLES:
            view = QTableView(self.tabs)
            view.setObjectName(f"table_{title.lower()}")
            self.tables[title] = view
            self.tabs.addTab(view, title)
        self.setCentralWidget(self.tabs)
        self._build_actions()
        self.connection_label = QLabel("Not connected")
        self.statusBar().addPermanentWidget(self.connection_label)

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.quit_action = QAction("&Quit", self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.refresh_action = QAction("&Refresh", self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        file_menu.addAction(self.refresh_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.menuBar().addMenu("&Edit")
        self.menuBar().addMenu("&Help")
        toolbar = QToolBar("Main", self)
        toolbar.setObjectName("main_toolbar")
        toolbar.addAction(self.refresh_action)
        self.addToolBar(toolbar)
