"""The built-in demo: a sandbox with the demo community, started on demand on loopback.

Whoever creates a :class:`DemoSandbox` owns it and stops it (the app at exit); the connection
dialog only asks it for the running sandbox's addresses. A demo profile's stored addresses go
stale between runs (the port is picked anew), so they are refreshed from here on connect.
"""

from __future__ import annotations

import asyncio

from nepton_desktop.api import Credentials, Environment, Profile
from nepton_desktop.sandbox import SandboxInfo, SandboxServer

DEMO_PROFILE_NAME = "Demo"


class DemoSandbox:
    def __init__(self, server: SandboxServer | None = None) -> None:
        self._server = server
        self._started = server is not None and _running(server)
        self._lock = asyncio.Lock()

    async def ensure_started(self) -> SandboxInfo:
        """The running sandbox's addresses and demo credentials; starts it the first time
        (off the GUI thread: seeding the store takes a moment)."""
        async with self._lock:
            if self._server is None:
                self._server = SandboxServer(seed="demo")
            if not self._started:
                await asyncio.to_thread(self._server.start)
                self._started = True
            return self._server.info

    def stop(self) -> None:
        if self._server is not None and self._started:
            self._server.stop()
            self._started = False


def _running(server: SandboxServer) -> bool:
    try:
        server.info  # noqa: B018 - raises while the server is not listening
    except RuntimeError:
        return False
    return True


def demo_profile(info: SandboxInfo, name: str = DEMO_PROFILE_NAME) -> Profile:
    return Profile(
        name,
        Environment.SANDBOX,
        info.worktime_url,
        info.hr_url,
        str(info.customer_id),
        str(info.deployment_id),
        info.username,
    )


def demo_credentials(info: SandboxInfo) -> Credentials:
    return Credentials(info.password, info.webservice_password)
