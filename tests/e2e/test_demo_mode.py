"""``nepton-desktop --demo`` opens the window on the sandbox with no dialog, loads every tab,
and exits 0 when the window closes (the sandbox and the client closed on the way out)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

WATCH_AND_CLOSE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from nepton_desktop.cli import main
from nepton_desktop.ui.app import create_application
from nepton_desktop.ui.main_window import MainWindow

create_application([sys.argv[0]])  # timers need the application; run_gui takes this one

def check():
    app = QApplication.instance()
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    dialogs = [w.objectName() for w in app.topLevelWidgets()
               if w.isVisible() and not isinstance(w, MainWindow)]
    if dialogs:
        print("dialog shown:", dialogs, flush=True)
    if windows and all(t.loaded for t in windows[0].entity_tabs.values()) and not windows[0].tasks:
        window = windows[0]
        print("rows", *(t.model.rowCount() for t in window.entity_tabs.values()), flush=True)
        print("status", window.connection_label.text(), "|", window.environment_label.text())
        window.close()
        return
    QTimer.singleShot(100, check)

QTimer.singleShot(100, check)
sys.exit(main(["--demo"]))
"""


def test_demo_opens_loaded_without_a_dialog(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        NEPTON_DESKTOP_DATA_DIR=str(tmp_path / "data"),
        NEPTON_DESKTOP_CONFIG_DIR=str(tmp_path / "config"),
        XDG_CONFIG_HOME=str(tmp_path / "xdg"),
    )
    done = subprocess.run(
        [sys.executable, "-c", WATCH_AND_CLOSE],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "dialog shown" not in done.stdout
    rows = next(line for line in done.stdout.splitlines() if line.startswith("rows"))
    assert all(int(n) > 0 for n in rows.split()[1:]), rows
    assert "Profile: Demo · API user: api.integration | Demo sandbox" in done.stdout
