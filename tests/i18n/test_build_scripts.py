"""Every build of the app compiles the translations before PyInstaller bundles them: the .qm
files are build output, and a bundle without them runs in English only."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# (file, the text that compiles the translations, the text that runs PyInstaller)
BUILDS = [
    (ROOT / "scripts" / "build-deb", "scripts/build-translations", '"$VENV/bin/pyinstaller"'),
    (
        ROOT / "packaging" / "macos" / "build-dmg.sh",
        "scripts/build-translations",
        '"$VENV/bin/pyinstaller"',
    ),
    (
        ROOT / "packaging" / "windows" / "nepton-desktop.iss",
        "-m nepton_desktop.ui.i18n.build",
        "pyinstaller --noconfirm",
    ),
    (
        ROOT / "packaging" / "README.md",
        "-m nepton_desktop.ui.i18n.build",
        "pyinstaller --noconfirm",
    ),
]


@pytest.mark.parametrize(("path", "translations", "pyinstaller"), BUILDS, ids=lambda v: str(v))
def test_translations_are_compiled_before_pyinstaller(
    path: Path, translations: str, pyinstaller: str
) -> None:
    text = path.read_text(encoding="utf-8")
    assert translations in text, f"{path.name} does not compile the translations"
    assert text.index(translations) < text.index(pyinstaller), path.name


def test_the_mac_build_compiles_them_unconditionally() -> None:
    """Not behind an ``if [ -x ... ]`` that would skip the step silently, as it once was."""
    text = (ROOT / "packaging" / "macos" / "build-dmg.sh").read_text(encoding="utf-8")
    lines = [ln.strip() for ln in text.splitlines() if "build-translations" in ln]
    assert lines and not any(ln.startswith("if ") for ln in lines), lines


def test_the_spec_refuses_to_bundle_without_current_translations() -> None:
    spec = (ROOT / "packaging" / "nepton-desktop.spec").read_text(encoding="utf-8")
    assert "compile the translations first" in spec
