"""The self-test command that CI and the packaged app run: every step, exit code 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_self_test_passes_and_says_what_it_did(tmp_path: Path) -> None:
    shot = tmp_path / "self-test.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "nepton_desktop", "self-test", "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    for step in (
        "find the keyring",
        "start the demo sandbox",
        "load every tab",
        "edit an event",
        "submit it through the review",
        "find it in the sandbox",
        "import a small .xlsx and submit it",
    ):
        assert f"[ ok ] {step}" in out, out
    assert "[FAIL]" not in out
    assert "self-test: all steps passed" in out
    assert shot.stat().st_size > 10_000
    # This machine has no keyring daemon for the test: the step says why, and passes.
    assert "no working keyring, passwords kept for this run only" in out or (
        "passwords are kept in the system keyring" in out
    ), out


def test_self_test_fails_when_a_step_fails(tmp_path: Path) -> None:
    # An unwritable screenshot path is a failed step: the exit code must say so.
    blocker = tmp_path / "file"
    blocker.write_text("x")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "nepton_desktop",
            "self-test",
            "--screenshot",
            str(blocker / "x.png"),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "[FAIL] save a screenshot" in done.stdout
