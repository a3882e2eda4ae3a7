"""The two passwords of a profile, and where they are kept (the OS keyring, or this run only).

Passwords are stored only through ``keyring``. When no keyring backend works (a server
without a desktop session, where ``keyring`` falls back to ``fail.Keyring``), saving says
why and the password is kept in memory for this run only. ``keyrings.alt`` must never be
installed: it would select itself and write passwords in plain text.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from nepton_desktop.api import xml_text
from nepton_desktop.domain.translatable import QT_TRANSLATE_NOOP

SERVICE_NAME = "nepton-desktop"
PASSWORD_KEY = "password"  # noqa: S105 - a key name, not a password  # API user's password (both APIs)
WS_PASSWORD_KEY = "webservice-password"  # noqa: S105 - a key name, not a password  # HR API WebServicePassword
ENV_PASSWORD = "NEPTON_PASSWORD"  # noqa: S105 - a key name, not a password
ENV_WS_PASSWORD = "NEPTON_WS_PASSWORD"  # noqa: S105 - a key name, not a password


@dataclass(frozen=True, slots=True)
class Credentials:
    """The API user's password and the HR API's WebServicePassword. Never printed."""

    password: str = field(repr=False)
    webservice_password: str = field(default="", repr=False)

    def __str__(self) -> str:
        return "Credentials(****)"


@dataclass(frozen=True, slots=True)
class StorageResult:
    """What happened when saving passwords: where they are, and why if not in the keyring."""

    stored_in_keyring: bool
    where: str  # plain words: "Windows Credential Manager", "this run only (memory)"
    reason: str = ""  # why the keyring could not be used; "" when it was


class CredentialStore:
    """Keyring-backed password storage with an in-memory fallback for this run."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend
        self._memory: dict[str, str] = {}

    def _kr(self) -> KeyringBackend:
        return self._backend or keyring.get_keyring()

    def describe_storage(self) -> str:
        """Plain words for where passwords are kept (the keyring backend's name)."""
        kr = self._kr()
        if _is_fail_backend(kr):
            return QT_TRANSLATE_NOOP(
                "CredentialStore",
                "this run only (memory): no working keyring was found on this computer",
            )
        name = getattr(kr, "name", type(kr).__name__)
        return f"the system keyring ({name})"

    @staticmethod
    def _key(profile: str, which: str) -> str:
        return f"{profile}/{which}"

    def save(self, profile: str, credentials: Credentials) -> StorageResult:
        check_password(credentials.password, "Password")
        if credentials.webservice_password:
            check_password(credentials.webservice_password, "WebServicePassword")
        pairs = [(PASSWORD_KEY, credentials.password)]
        if credentials.webservice_password:
            pairs.append((WS_PASSWORD_KEY, credentials.webservice_password))
        kr = self._kr()
        try:
            if _is_fail_backend(kr):
                raise keyring.errors.NoKeyringError("no keyring backend is available")
            for which, value in pairs:
                kr.set_password(SERVICE_NAME, self._key(profile, which), value)
        except keyring.errors.KeyringError as exc:
            for which, value in pairs:
                self._memory[self._key(profile, which)] = value
            return StorageResult(
                stored_in_keyring=False,
                where="this run only (memory)",
                reason=f"the system keyring could not be used ({type(exc).__name__}); the "
                "password is kept only until the app closes and will be asked again next time",
            )
        return StorageResult(True, self.describe_storage())

    def load(self, profile: str) -> Credentials | None:
        """The profile's passwords from the keyring (or this run's memory); None if absent."""
        values: dict[str, str | None] = {}
        for which in (PASSWORD_KEY, WS_PASSWORD_KEY):
            key = self._key(profile, which)
            value = self._memory.get(key)
            if value is None:
                try:
                    kr = self._kr()
                    value = None if _is_fail_backend(kr) else kr.get_password(SERVICE_NAME, key)
                except keyring.errors.KeyringError:
                    value = None
            values[which] = value
        password = values[PASSWORD_KEY]
        if password is None:
            return None
        return Credentials(password, values[WS_PASSWORD_KEY] or "")

    def delete(self, profile: str) -> None:
        for which in (PASSWORD_KEY, WS_PASSWORD_KEY):
            key = self._key(profile, which)
            self._memory.pop(key, None)
            with contextlib.suppress(keyring.errors.KeyringError):
                self._kr().delete_password(SERVICE_NAME, key)


def credentials_from_env(env: dict[str, str] | None = None) -> Credentials | None:
    """Passwords from NEPTON_PASSWORD / NEPTON_WS_PASSWORD, for headless runs without a keyring."""
    source = os.environ if env is None else env
    password = source.get(ENV_PASSWORD)
    if not password:
        return None
    return Credentials(password, source.get(ENV_WS_PASSWORD, ""))


def check_password(value: str, field: str) -> None:
    """Refuse what Nepton cannot take (a trailing '&', characters XML cannot carry)."""
    xml_text.password(value, field)


def _is_fail_backend(kr: KeyringBackend) -> bool:
    return type(kr).__module__.startswith("keyring.backends.fail")
