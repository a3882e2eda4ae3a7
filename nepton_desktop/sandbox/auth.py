"""Login checks shared by both APIs, with Nepton's temporary lockout after failed logins.

Nepton documents the lockout (Worktime 1018: too many failed logins by one person or from one
address) but not its numbers; the sandbox uses 5 failures within 10 minutes and a 15 minute
lock, configurable so that tests need not wait.
"""

from __future__ import annotations

import enum
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from nepton_desktop.sandbox.store import Store, password_matches

# The fixed demo facts of docs/dev/TEAM.md (README and UI rely on them).
CUSTOMER_ID = "1234"
DEPLOYMENT_ID = "123456"
API_USERNAME = "api.integration"
API_PASSWORD = "Demo-Api-Password-1"  # noqa: S105 - published demo credential
WEBSERVICE_PASSWORD = "Demo-WS-Password-1"  # noqa: S105 - published demo credential
DISABLED_USERNAME = "disabled.user"
NO_RIGHTS_USERNAME = "no.rights"


class LoginResult(enum.Enum):
    OK = "ok"
    BAD_CREDENTIALS = "bad"  # Worktime 1001
    LOCKED = "locked"  # Worktime 1018
    DISABLED = "disabled"  # Worktime 1020


@dataclass(frozen=True, slots=True)
class Caller:
    """The authenticated person a request acts as."""

    person_id: int
    username: str
    can_write: bool


class LoginGuard:
    """Counts failed logins per username and per client address; locks both for a while."""

    def __init__(
        self,
        threshold: int = 5,
        window_s: float = 600.0,
        lock_s: float = 900.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.threshold = threshold
        self.window_s = window_s
        self.lock_s = lock_s
        self._clock = clock
        self._lock = threading.Lock()
        self._failures: dict[str, deque[float]] = {}
        self._locked_until: dict[str, float] = {}

    def is_locked(self, username: str, address: str) -> bool:
        now = self._clock()
        with self._lock:
            return any(
                self._locked_until.get(key, 0.0) > now
                for key in (self._user_key(username), self._address_key(address))
            )

    def record_failure(self, username: str, address: str) -> None:
        now = self._clock()
        with self._lock:
            for key in (self._user_key(username), self._address_key(address)):
                failures = self._failures.setdefault(key, deque())
                failures.append(now)
                while failures and failures[0] < now - self.window_s:
                    failures.popleft()
                if len(failures) >= self.threshold:
                    self._locked_until[key] = now + self.lock_s
                    failures.clear()

    def record_success(self, username: str) -> None:
        with self._lock:
            self._failures.pop(self._user_key(username), None)

    def reset(self) -> None:
        with self._lock:
            self._failures.clear()
            self._locked_until.clear()

    @staticmethod
    def _user_key(username: str) -> str:
        return "user:" + username.strip().lower()

    @staticmethod
    def _address_key(address: str) -> str:
        return "addr:" + address


def check_login(
    store: Store,
    guard: LoginGuard,
    *,
    username: str | None,
    password: str | None,
    address: str,
    community_ok: bool,
    forced_lockout: bool = False,
) -> tuple[LoginResult, Caller | None]:
    """Check one login; ``community_ok`` says whether CustomerId (or DeploymentId and
    WebServicePassword) matched this working community."""
    user = (username or "").strip()
    if forced_lockout or guard.is_locked(user, address):
        return LoginResult.LOCKED, None
    row: sqlite3.Row | None = None
    if user and password is not None:
        with store.reading() as conn:
            row = conn.execute(
                "SELECT id, username, password_hash, account_enabled, removed, can_write"
                " FROM persons WHERE username = ?",
                (user,),
            ).fetchone()
    if (
        not community_ok
        or row is None
        or not password_matches(password or "", row["password_hash"])
    ):
        guard.record_failure(user, address)
        return LoginResult.BAD_CREDENTIALS, None
    if not row["account_enabled"] or row["removed"]:
        return LoginResult.DISABLED, None
    guard.record_success(user)
    return LoginResult.OK, Caller(int(row["id"]), str(row["username"]), bool(row["can_write"]))
