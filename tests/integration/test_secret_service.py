"""Passwords go to a real SecretService (gnome-keyring) through the real keyring API.

A private D-Bus session and an unlocked gnome-keyring-daemon are started for the test only;
scripts/test installs gnome-keyring, libsecret-tools and dbus.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(
        not all(
            shutil.which(t) for t in ("dbus-run-session", "gnome-keyring-daemon", "secret-tool")
        ),
        reason="needs dbus, gnome-keyring and libsecret-tools (scripts/test installs them)",
    ),
]

# The password has the characters that break naive XML building; the keyring must keep them.
CHILD = r"""
import sys
import keyring
from nepton_desktop.api.credentials import CredentialStore, Credentials

backend = keyring.get_keyring()
print("backend:", type(backend).__module__, flush=True)
store = CredentialStore()
result = store.save("acme", Credentials("p<w]]>&x1", "ws-Secret-2"))
print("stored_in_keyring:", result.stored_in_keyring, flush=True)
print("where:", result.where, flush=True)
loaded = CredentialStore().load("acme")
assert loaded is not None and loaded.password == "p<w]]>&x1", "password did not round-trip"
assert loaded.webservice_password == "ws-Secret-2"
"""

DELETE = (
    'from nepton_desktop.api.credentials import CredentialStore; CredentialStore().delete("acme")'
)

SESSION = """
set -eu
printf 'unlock-pw' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$PYTHON" -c "$CHILD"
secret-tool lookup service nepton-desktop username acme/password
echo
"$PYTHON" -c "$DELETE"
secret-tool lookup service nepton-desktop username acme/password && echo still-there || echo deleted
"""


def test_passwords_round_trip_through_gnome_keyring(tmp_path: Path) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = dict(
        os.environ,
        PYTHON=sys.executable,
        CHILD=CHILD,
        DELETE=DELETE,
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_RUNTIME_DIR=str(runtime),
        HOME=str(tmp_path),
    )
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", SESSION],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    out = done.stdout
    assert done.returncode == 0, out + done.stderr
    assert "backend: keyring.backends.SecretService" in out, out
    assert "stored_in_keyring: True" in out, out
    assert "SecretService" in out.split("where:")[1].splitlines()[0], out
    lines = out.splitlines()
    # secret-tool read the password back from the daemon, outside our code.
    assert "p<w]]>&x1" in lines, out
    assert lines[-1] == "deleted", out
