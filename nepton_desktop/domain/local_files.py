"""Where the app keeps its own files, and keeping the ones with personal data private.

The journals hold what HR typed or imported, which may include personal identity codes and
IBANs until the change is sent: on a shared computer other accounts must not read them. So
the folders the app makes for them are owner-only (0700) and their files 0600, whatever
the umask. On
Windows the modes mean little; the folders live in the user's own profile there.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "nepton-desktop"
DATA_DIR_ENV = "NEPTON_DESKTOP_DATA_DIR"

_PRIVATE_DIR = 0o700
_PRIVATE_FILE = 0o600


def data_dir() -> Path:
    """The app's data folder (journals, import history, remembered mappings): one for the
    window and the headless commands, so an import started in either is resumed in both."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def private_dir(path: Path) -> Path:
    """``path`` as a folder, made owner-only if it has to be made. A folder that exists is
    left as it is (it may be shared on purpose, or not ours to change): the files in it are
    private on their own."""
    path.mkdir(parents=True, exist_ok=True, mode=_PRIVATE_DIR)
    return path


def private_file(path: Path) -> Path:
    """``path`` created if missing, readable and writable by its owner only. SQLite gives its
    -wal and -shm files the database file's mode."""
    private_dir(path.parent)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, _PRIVATE_FILE))
    path.chmod(_PRIVATE_FILE)  # an older file may have been made with the umask's mode
    return path
