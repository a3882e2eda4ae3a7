"""Render every tab of the app on the demo sandbox into PNG files (docs/screenshots/).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.e2e.screenshots [docs/screenshots]
(in English; with ``NEPTON_DESKTOP_LANGUAGE=fi`` or ``sv`` in that language and its locale).
(``--dark`` renders only ``main-window-dark.png`` with a dark palette, to judge the marks on a
dark scheme.)

``main-window.png`` shows the Events tab with pending changes of every kind (a changed cell,
a new row, a row to delete, a cell that is not valid) so the marks can be judged by eye.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QPalette

TABS = ("personnel", "projects", "absences", "events")


def dark_palette() -> QPalette:
    """A dark palette like a desktop's dark scheme (offscreen Qt has no system scheme)."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e0e0e0"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#262626"),
        (QPalette.ColorRole.Text, "#e0e0e0"),
        (QPalette.ColorRole.Button, "#333333"),
        (QPalette.ColorRole.ButtonText, "#e0e0e0"),
        (QPalette.ColorRole.Highlight, "#2f65ca"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.PlaceholderText, "#888888"),
    ):
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#777777"))
    return palette


async def render(out_dir: Path, data_dir: Path, *, dark: bool = False) -> list[Path]:
    from nepton_desktop.ui.demo import start_demo
    from nepton_desktop.ui.editing.journal import EditJournal, journal_path
    from nepton_desktop.ui.main_window import MainWindow

    out_dir.mkdir(parents=True, exist_ok=True)
    session = await start_demo(data_dir / "sandbox")
    window = MainWindow(
        session.service,
        identity=session.identity,
        journal=EditJournal(journal_path("Demo", data_dir)),
    )
    written: list[Path] = []
    try:
        window.resize(1360, 820)
        window.show()
        await window.start_loading()
        for name, tab in zip(TABS, window.entity_tabs.values(), strict=True):
            if dark:
                break
            window.tabs.setCurrentWidget(tab)
            if name == "absences":
                # Half table, half timeline, as HR uses it.
                tab.splitter.setSizes([380, 420])  # type: ignore[attr-defined]
            await asyncio.sleep(0.2)
            path = out_dir / f"{name}.png"
            window.grab().save(str(path))
            written.append(path)
        tab = window.events_tab
        window.tabs.setCurrentWidget(tab)
        model = tab.model
        # A short list (ten persons' first day) so every kind of mark shows in one picture.
        first_day = model.data(model.index(0, model.column_index("start"))).split(" ")[0]
        tab.filter_bar.fields[model.column_index("start")].setText(first_day + " ")
        tab.filter_bar.fields[model.column_index("person")].setText("1000")
        desc = model.column_index("description")
        model.setData(model.index(1, desc), "Customer visit, report sent")
        model.setData(model.index(2, model.column_index("end")), f"{first_day} 25.00")
        model.delete_rows([3])
        model.duplicate_rows([0])
        tab.view.clearSelection()
        tab.view.scrollToTop()
        await asyncio.sleep(0.3)
        path = out_dir / ("main-window-dark.png" if dark else "main-window.png")
        window.grab().save(str(path))
        written.append(path)
    finally:
        window._close_confirmed = True
        window.close()
        await session.aclose()
    return written


def main(argv: list[str]) -> int:
    import qasync

    from nepton_desktop.ui.app import create_application
    from nepton_desktop.ui.i18n.loader import install_translators

    dark = "--dark" in argv
    argv = [a for a in argv if a != "--dark"]
    out_dir = Path(argv[0]) if argv else Path("docs/screenshots")
    app = create_application([sys.argv[0]])
    # As the app starts: English (NEPTON_DESKTOP_LANGUAGE=fi renders Finnish) and its locale.
    install_translators(app, "en")
    if dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as folder, loop:
        for path in loop.run_until_complete(render(out_dir, Path(folder), dark=dark)):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
