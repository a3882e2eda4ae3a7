"""Build metadata shared by the PyInstaller spec, the installer scripts and their tests.

The version lives in one place, ``nepton_desktop.__version__``. It is read here from the
source without importing the package (the spec and the installer helpers must not import
PySide6), and turned into the forms each installer format wants.

Run as a script it prints one value for shell scripts:

    python packaging/buildinfo.py version          # 0.1.0
    python packaging/buildinfo.py deb-version      # 0.1.0 (0.2.0rc1 -> 0.2.0~rc1)
    python packaging/buildinfo.py windows-version  # 0.1.0.0
    python packaging/buildinfo.py source-date-epoch
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

APP_NAME = "Nepton Desktop"
APP_ID = "nepton-desktop"
EXE_NAME = "nepton-desktop"
# Reverse-DNS id: the macOS bundle identifier and the desktop entry's file name base.
BUNDLE_IDENTIFIER = "fi.nepton.desktop"
PUBLISHER = "Nepton Desktop"
DESCRIPTION = "Edit and bulk-import Nepton personnel, projects, absences and worktime events"
# Inno Setup AppId: never change it, or installed copies stop being upgraded in place.
WINDOWS_APP_ID = "{8E4C2B6A-5F1D-4C3B-9A7E-2D6F0B1C9E35}"

_PEP440 = re.compile(
    r"^(?P<release>\d+(?:\.\d+)*)"
    r"(?:(?P<pre_label>a|b|rc)(?P<pre_num>\d+))?"
    r"(?:\.post(?P<post>\d+))?"
    r"(?:\.dev(?P<dev>\d+))?$"
)


def read_version(root: Path = ROOT) -> str:
    """Return ``__version__`` from ``nepton_desktop/__init__.py`` without importing it."""
    source = (root / "nepton_desktop" / "__init__.py").read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    raise ValueError("nepton_desktop/__init__.py has no __version__ = '...' string")


def _parse(version: str) -> re.Match[str]:
    match = _PEP440.match(version)
    if match is None:
        raise ValueError(f"unsupported version {version!r}: use N.N.N[aN|bN|rcN][.postN][.devN]")
    return match


def deb_version(version: str) -> str:
    """PEP 440 to Debian: pre-releases and dev builds sort before the release (``~``)."""
    match = _parse(version)
    result = match["release"]
    if match["pre_label"]:
        result += f"~{match['pre_label']}{match['pre_num']}"
    if match["post"]:
        result += f"+post{match['post']}"
    if match["dev"]:
        result += f"~dev{match['dev']}"
    return result


def windows_version_tuple(version: str) -> tuple[int, int, int, int]:
    """Four 16-bit numbers for the Windows VERSIONINFO resource and Inno's VersionInfoVersion."""
    numbers = [int(part) for part in _parse(version)["release"].split(".")]
    if len(numbers) > 4 or any(n > 0xFFFF for n in numbers):
        raise ValueError(f"version {version!r} does not fit a Windows version resource")
    padded = [*numbers, 0, 0, 0, 0][:4]
    return padded[0], padded[1], padded[2], padded[3]


def windows_version(version: str) -> str:
    return ".".join(str(n) for n in windows_version_tuple(version))


def source_date_epoch(root: Path = ROOT) -> int:
    """``SOURCE_DATE_EPOCH`` if set, else the last commit's time, else 0 (not a checkout)."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        completed = subprocess.run(
            ["git", "-C", str(root), "log", "-1", "--format=%ct"],
            check=True,
            capture_output=True,
            text=True,
        )
        return int(completed.stdout.strip())
    except (OSError, subprocess.CalledProcessError, ValueError):
        return 0


def main(argv: list[str]) -> int:
    version = read_version()
    values = {
        "version": lambda: version,
        "deb-version": lambda: deb_version(version),
        "windows-version": lambda: windows_version(version),
        "source-date-epoch": lambda: str(source_date_epoch()),
        "bundle-identifier": lambda: BUNDLE_IDENTIFIER,
    }
    if len(argv) != 1 or argv[0] not in values:
        print(f"usage: buildinfo.py {{{','.join(values)}}}", file=sys.stderr)
        return 2
    print(values[argv[0]]())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
