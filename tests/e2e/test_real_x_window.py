"""The app opens a real X11 window (platform xcb) under Xvfb, not only offscreen.

Catches missing xcb libraries, which offscreen tests never load: Qt then aborts at start.
scripts/test installs xvfb, xdotool and the xcb libraries.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool (scripts/test installs them)",
)

SHOW_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from nepton_desktop.ui.app import create_application
from nepton_desktop.ui.main_window import MainWindow
app = create_application(sys.argv)
window = MainWindow()
window.show()
QTimer.singleShot(int(sys.argv[1]), app.quit)
print("shown", flush=True)
sys.exit(app.exec())
"""


@pytest.fixture
def x_display(tmp_path: Path) -> Iterator[str]:
    for number in range(90, 120):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            break
    display = f":{number}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if time.monotonic() > deadline or server.poll() is not None:
                pytest.fail("Xvfb did not start")
            time.sleep(0.05)
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_main_window_maps_on_a_real_x_server(x_display: str) -> None:
    env = dict(os.environ, DISPLAY=x_display, QT_QPA_PLATFORM="xcb")
    app = subprocess.Popen(
        [sys.executable, "-c", SHOW_WINDOW, "8000"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        found = ""
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and app.poll() is None:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "Nepton Desktop"],
                env=env,
                capture_output=True,
                text=True,
            ).stdout.strip()
            if found:
                break
            time.sleep(0.1)
        said = app.stderr.read() if app.poll() is not None and app.stderr else ""
        assert found, f"no visible 'Nepton Desktop' window; the app said: {said}"
        geometry = subprocess.run(
            ["xdotool", "getwindowgeometry", found.splitlines()[0]],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "Geometry:" in geometry
    finally:
        app.terminate()
        app.wait(timeout=10)
