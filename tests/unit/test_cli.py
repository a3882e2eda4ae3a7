import subprocess
import sys

import pytest

from nepton_desktop import __version__
from nepton_desktop.cli import build_parser, main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_help_lists_the_gui() -> None:
    assert "gui" in build_parser().format_help()


def test_module_entry_point_runs() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "nepton_desktop", "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    assert "nepton-desktop" in out
