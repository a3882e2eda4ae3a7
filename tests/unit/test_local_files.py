"""The journals, which may hold identity codes and IBANs until sent, are owner-only files
whatever the umask; the window and the headless commands share one data folder."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from nepton_desktop.changes.changeset import ChangeSet, Operation, OpKind
from nepton_desktop.changes.journal import Journal
from nepton_desktop.domain import local_files
from nepton_desktop.domain.columns import Entity
from nepton_desktop.domain.local_files import private_file

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)


def test_a_private_file_and_the_folders_made_for_it_are_owner_only(
    tmp_path: Path, umask: int
) -> None:
    path = private_file(tmp_path / "made" / "inner" / "file.json")
    assert mode(path) == 0o600 and path.read_bytes() == b""
    assert mode(path.parent) == 0o700
    # A file made earlier with the umask's mode is made private too; its text stays.
    old = tmp_path / "old.json"
    old.write_text("kept")
    old.chmod(0o644)
    assert mode(private_file(old)) == 0o600 and old.read_text() == "kept"


def test_an_existing_folder_is_left_as_it_is(tmp_path: Path, umask: int) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    private_file(shared / "file")
    assert mode(shared) == 0o755 and mode(shared / "file") == 0o600


def test_the_import_journal_and_its_wal_are_owner_only(tmp_path: Path, umask: int) -> None:
    journal = Journal(tmp_path / "data" / "journal.sqlite3")
    op = Operation(OpKind.CREATE, Entity.PERSONNEL, {"identity_code": "010190-123A"}, row=2)
    journal.create_job(ChangeSet(Entity.PERSONNEL, [op]), source="x.xlsx", file_hash="h")
    files = sorted((tmp_path / "data").iterdir())
    assert any(f.name.endswith("-wal") for f in files), files
    assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
    assert mode(tmp_path / "data") == 0o700
    journal.close()


def test_one_data_folder_for_the_window_and_the_headless_commands(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from nepton_desktop.importing import command

    assert command.data_dir is local_files.data_dir
    monkeypatch.delenv(local_files.DATA_DIR_ENV, raising=False)
    assert local_files.data_dir().name == "nepton-desktop"
    monkeypatch.setenv(local_files.DATA_DIR_ENV, "/somewhere")
    assert local_files.data_dir() == Path("/somewhere")
