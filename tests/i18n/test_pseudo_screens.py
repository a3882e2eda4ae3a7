"""The pseudo-localised app (every text 40 % longer) renders with no text cut.

Writes the screens to a scratch folder; ``python -m nepton_desktop.ui.i18n.pseudo_screens``
writes the same ones to docs/screenshots/pseudo-*.png.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from nepton_desktop.ui.i18n import loader
from nepton_desktop.ui.i18n.pseudo_screens import run

EXPECTED = {
    "main-personnel",
    "main-projects",
    "main-absences",
    "main-events",
    "menu-1",
    "error",
    "error-details",
    "menu-language",
    "language-restart",
    "import-file",
    "import-sheet",
    "import-mapping",
    "import-preview",
    "about",
    "connection",
    "import-history",
    "submit-outcome",
    "review",
    "close-question",
}


def test_pseudo_localised_screens_have_no_cut_texts(qapp: QApplication, tmp_path: Path) -> None:
    screens = run(tmp_path, "pseudo")
    assert loader.active_language() is None  # the run removed its translators again
    names = {s.name for s in screens}
    assert names >= EXPECTED, f"screens not rendered: {sorted(EXPECTED - names)}"
    for screen in screens:
        image = QImage(str(screen.path))
        assert image.width() > 50 and image.height() > 15, screen.path
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)
        }
        assert len(colours) > 2, f"{screen.path} looks blank"
    cut = [f"{s.name}: {c}" for s in screens for c in s.cut_outside_headers]
    assert cut == [], "\n".join(cut)
